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

    /** One delivery attempt for a pending callout; ATF passes a stub transport instead of Graph. */
    deliver: function (sysId, transport) {
        return this.service.deliver(sysId, transport);
    },

    type: 'ElmTicketBridge',
};
