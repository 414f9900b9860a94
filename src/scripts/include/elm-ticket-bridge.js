// Script Include x_elm_bridge.ElmTicketBridge: how scripts written by hand (the Flow action's step, ATF steps)
// reach the app's resume module. The require path is relative to the app's package, so it names no version
// and survives every upgrade (ServiceNow's module and Script Include guides use the same form).
/* exported ElmTicketBridge */
var ElmTicketBridge = Class.create();
ElmTicketBridge.prototype = {
    initialize: function () {
        this.service = require('./src/server/resume/resume-service.ts');
    },

    /** Flow action: resume or deny a recorded callout through the ledger; returns {status, httpStatus, message}. */
    resumeFromFlow: function (requestId, stageInstanceId, stage, outcome, detail) {
        return this.service.resumeFromFlow(requestId, stageInstanceId, stage, outcome, detail);
    },

    /**
     * The ticket rule's work for one ticket. The rule is async (a table of another scope allows no other kind with a
     * script), so it runs in a scheduled job an ATF step cannot wait for; ATF calls this instead. Only an open
     * callout reacts, so the rule's own job running as well changes nothing.
     */
    ticketStateChanged: function (ticket) {
        this.service.onTicketStateChanged(ticket);
    },

    /** One delivery attempt for a pending callout; ATF passes a stub transport instead of Graph. */
    deliver: function (sysId, transport) {
        return this.service.deliver(sysId, transport);
    },

    type: 'ElmTicketBridge',
};
