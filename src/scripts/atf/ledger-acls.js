// ATF: agents (itil) read the ledger but cannot change it.
(function () {
    var row = new GlideRecordSecure('x_elm_bridge_callout');
    if (!row.canRead()) throw new Error('itil cannot read the ledger');
    if (row.canCreate()) throw new Error('itil can create ledger rows');
    if (row.canWrite()) throw new Error('itil can write ledger rows');
    if (row.canDelete()) throw new Error('itil can delete ledger rows');
})();
