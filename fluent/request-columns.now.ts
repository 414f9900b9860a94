// The three identifiers entitlement management needs back, on the ticket itself (contract names and labels).
// sc_request belongs to the platform, so the app ships only its three dictionary entries. Table({ augments })
// would also write dist/app/dictionary/sc_request.xml, whose table element carries application-access settings
// (ws_access="false", create_access="false", caller_access ...) for a table other integrations rely on.
import { Acl, Record } from '@servicenow/sdk/core'
import { adminRole } from './roles.now.ts'

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

// Who may set or change the three identifiers: the app itself (its inbound API writes them with GlideRecord, which
// ACLs do not govern) and its admins. Agents (itil) see them read-only on the form and lists, and the Table API
// refuses their writes (exploring-access-control-list.md: a failed field write ACL makes the field read-only and
// stops updates through web services; table and field rules must both pass). The table is in another scope, so
// these rules use roles only: no script (same page, "ACL rules in scoped applications"). Create gets rules of its
// own rather than relying on the wild-card create rule reusing the write conditions.
Acl({
    $id: Now.ID['acl_sc_request_request_id_write'],
    type: 'record',
    operation: 'write',
    table: 'sc_request',
    field: 'x_elm_bridge_request_id',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins (and the app itself) may change x_elm_bridge_request_id.',
})

Acl({
    $id: Now.ID['acl_sc_request_request_id_create'],
    type: 'record',
    operation: 'create',
    table: 'sc_request',
    field: 'x_elm_bridge_request_id',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins (and the app itself) may set x_elm_bridge_request_id.',
})

Acl({
    $id: Now.ID['acl_sc_request_stage_write'],
    type: 'record',
    operation: 'write',
    table: 'sc_request',
    field: 'x_elm_bridge_stage',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins (and the app itself) may change x_elm_bridge_stage.',
})

Acl({
    $id: Now.ID['acl_sc_request_stage_create'],
    type: 'record',
    operation: 'create',
    table: 'sc_request',
    field: 'x_elm_bridge_stage',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins (and the app itself) may set x_elm_bridge_stage.',
})

Acl({
    $id: Now.ID['acl_sc_request_stage_instance_id_write'],
    type: 'record',
    operation: 'write',
    table: 'sc_request',
    field: 'x_elm_bridge_stage_instance_id',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins (and the app itself) may change x_elm_bridge_stage_instance_id.',
})

Acl({
    $id: Now.ID['acl_sc_request_stage_instance_id_create'],
    type: 'record',
    operation: 'create',
    table: 'sc_request',
    field: 'x_elm_bridge_stage_instance_id',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins (and the app itself) may set x_elm_bridge_stage_instance_id.',
})
