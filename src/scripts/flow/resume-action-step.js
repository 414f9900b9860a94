// Script step of the Flow Designer action "Resume Entitlement Management request".
// It only calls the app's resume service (through its Script Include, so no module path or version here),
// so flows share the ledger, the claim, retries and work notes.
(function execute(inputs, outputs) {
    var result = new x_elm_bridge.ElmTicketBridge().resumeFromFlow(
        String(inputs.request_id || ''),
        String(inputs.stage_instance_id || ''),
        String(inputs.stage || ''),
        String(inputs.outcome || 'resume'),
        String(inputs.detail || '')
    );
    outputs.status = result.status;
    // For the action's Integer output (it reaches the action as a string): 0 when no HTTP response was received.
    outputs.http_status = typeof result.httpStatus === 'number' ? result.httpStatus : 0;
    outputs.message = result.message;
})(inputs, outputs);
