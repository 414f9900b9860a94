// ATF: closing a ticket marks its callout pending and queues the resume event; no HTTP in the save. The ticket rule
// is async, and its scheduled job may run before or after this script looks: the script does the rule's work for the
// ticket through the Script Include (a second run changes nothing, as only an open callout reacts).
(function () {
    var stageInstanceId = gs.generateGUID().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    var ledger = new GlideRecord('x_elm_bridge_callout');
    ledger.initialize();
    ledger.setValue('stage_instance_id', stageInstanceId);
    ledger.setValue('request_id', '11111111-2222-4333-8444-555555555555');
    ledger.setValue('stage', 'assignmentRequestApproved');
    ledger.setValue('status', 'open');
    var ledgerId = ledger.insert();
    var ticket = new GlideRecord('sc_request');
    ticket.initialize();
    ticket.setValue('short_description', 'ATF ELM Ticket Bridge');
    ticket.setValue('x_elm_bridge_stage_instance_id', stageInstanceId);
    var ticketId = ticket.insert();
    ledger.get(ledgerId);
    ledger.setValue('ticket_table', 'sc_request');
    ledger.setValue('ticket', ticketId);
    ledger.update();

    ticket.get(ticketId);
    ticket.setValue('state', '3');
    ticket.update();
    var closed = new GlideRecord('sc_request');
    closed.get(ticketId);
    new x_elm_bridge.ElmTicketBridge().ticketStateChanged(closed);

    ledger.get(ledgerId);
    if (ledger.getValue('status') !== 'pending') throw new Error('expected pending, got ' + ledger.getValue('status'));
    if (ledger.getValue('closure') !== 'complete') throw new Error('expected closure complete');
    var event = new GlideRecord('sysevent');
    event.addQuery('name', 'x_elm_bridge.resume_due');
    event.addQuery('parm1', ledgerId);
    event.query();
    if (!event.next()) throw new Error('no x_elm_bridge.resume_due event queued');
    // The event is real, and so is the rule's job for the close above: the instance would send this made-up request
    // to Graph, get a 404 and log an error (this test fails on server errors). A callout that expects no callback
    // is never sent (the job acts on open callouts only, the worker on pending ones); set without the ledger rules.
    ledger.get(ledgerId);
    ledger.setWorkflow(false);
    ledger.setValue('status', 'no_callback');
    ledger.update();
    outputs.record_id = ledgerId;
})();
