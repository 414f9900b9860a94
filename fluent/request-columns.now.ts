// The three identifiers entitlement management needs back, on the ticket itself (contract names and labels).
// sc_request belongs to the platform, so the app ships only its three dictionary entries. Table({ augments })
// would also write dist/app/dictionary/sc_request.xml, whose table element carries application-access settings
// (ws_access="false", create_access="false", caller_access ...) for a table other integrations rely on.
import { Record } from '@servicenow/sdk/core'

Record({
    $id: Now.ID['dictionary_sc_request_request_id'],
    table: 'sys_dictionary',
    data: {
        name: 'sc_request',
        element: 'x_elm_bridge_request_id',
        internal_type: 'string',
        column_label: 'AccessPackageAssignmentRequestId',
        max_length: 40,
        active: true,
        mandatory: false,
        read_only: false,
        unique: false,
        display: false,
        audit: false,
    },
})

Record({
    $id: Now.ID['dictionary_sc_request_stage'],
    table: 'sys_dictionary',
    data: {
        name: 'sc_request',
        element: 'x_elm_bridge_stage',
        internal_type: 'string',
        column_label: 'AccessPackageAssignmentStage',
        max_length: 60,
        active: true,
        mandatory: false,
        read_only: false,
        unique: false,
        display: false,
        audit: false,
    },
})

Record({
    $id: Now.ID['dictionary_sc_request_stage_instance_id'],
    table: 'sys_dictionary',
    data: {
        name: 'sc_request',
        element: 'x_elm_bridge_stage_instance_id',
        internal_type: 'string',
        column_label: 'StageInstanceId',
        max_length: 40,
        active: true,
        mandatory: false,
        read_only: false,
        unique: false,
        display: false,
        audit: false,
    },
})
