// ATF: the worker's outcome handling with stubbed Graph responses (429 with Retry-After, 204, 403).
// The 403 case logs an error on purpose, so this test runs with failOnServerError off.
(function () {
    var bridge = new x_elm_bridge.ElmTicketBridge();
    function pendingRow() {
        var row = new GlideRecord('x_elm_bridge_callout');
        row.initialize();
        row.setValue(
            'stage_instance_id',
            gs.generateGUID().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')
        );
        row.setValue('request_id', '11111111-2222-4333-8444-555555555555');
        row.setValue('stage', 'assignmentRequestApproved');
        row.setValue('status', 'open');
        var id = row.insert();
        row.get(id);
        row.setWorkflow(false);
        row.setValue('status', 'pending');
        row.update();
        return id;
    }
    function expect(id, status, attempts) {
        var row = new GlideRecord('x_elm_bridge_callout');
        row.get(id);
        if (row.getValue('status') !== status)
            throw new Error('expected ' + status + ', got ' + row.getValue('status'));
        if (String(row.getValue('attempts')) !== String(attempts))
            throw new Error('expected ' + attempts + ' attempts');
        return row;
    }
    var throttled = pendingRow();
    bridge.deliver(throttled, {
        resume: function () {
            return { status: 429, body: '', retryAfter: '120', errorMessage: null };
        },
    });
    // A 429 spends no attempt.
    var row = expect(throttled, 'pending', 0);
    if (String(row.getValue('last_http_status')) !== '429') throw new Error('the 429 is not recorded');
    var wait =
        new GlideDateTime(row.getValue('next_attempt_at')).getNumericValue() - new GlideDateTime().getNumericValue();
    if (wait < 100000 || wait > 125000) throw new Error('Retry-After 120 not honoured: ' + wait + ' ms');

    var ok = pendingRow();
    bridge.deliver(ok, {
        resume: function () {
            return { status: 204, body: '', retryAfter: null, errorMessage: null };
        },
    });
    expect(ok, 'resumed', 1);

    var forbidden = pendingRow();
    bridge.deliver(forbidden, {
        resume: function () {
            return {
                status: 403,
                body: '{"error":{"code":"Forbidden","message":"no"}}',
                retryAfter: null,
                errorMessage: null,
            };
        },
    });
    var failed = expect(forbidden, 'failed', 1);
    if (String(failed.getValue('last_error')).indexOf('Access package assignment manager') < 0) {
        throw new Error('403 reason does not name the missing role');
    }
})();
