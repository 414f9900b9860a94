// Script step of the Flow Designer action "Resume Entitlement Management request".
// It only calls the app's resume service, so flows share the ledger, the claim, retries and work notes.
;(function execute(inputs, outputs) {
    var service = require('x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/resume/resume-service.ts')
    var result = service.resumeFromFlow(
        String(inputs.request_id || ''),
        String(inputs.stage_instance_id || ''),
        String(inputs.stage || ''),
        String(inputs.outcome || 'resume'),
        String(inputs.detail || '')
    )
    outputs.status = result.status
    outputs.http_status = result.httpStatus === null ? '' : String(result.httpStatus)
    outputs.message = result.message
})(inputs, outputs)
