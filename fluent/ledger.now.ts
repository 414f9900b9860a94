// The ledger: one row per callout, the state machine the resume loop runs on.
import {
    Acl,
    BooleanColumn,
    ChoiceColumn,
    DateTimeColumn,
    DocumentIdColumn,
    Form,
    IntegerColumn,
    List,
    ReferenceColumn,
    StringColumn,
    Table,
    TableNameColumn,
    default_view,
} from '@servicenow/sdk/core'
import { adminRole } from './roles.now.ts'

export const x_elm_bridge_callout = Table({
    name: 'x_elm_bridge_callout',
    label: 'ELM callout',
    display: 'ticket_number',
    allowWebServiceAccess: true,
    // Read and update from outside the app's scope, which includes the Table API ("Runtime access determines if an API
    // or web service call can run against an application table", r_TableApplicationAccessFields.md): the contract
    // lets an admin set a callout back to pending through it. The write ACLs still allow that to admins only.
    actions: ['read', 'update'],
    audit: true,
    schema: {
        stage_instance_id: StringColumn({ label: 'Stage instance ID', maxLength: 40, mandatory: true, readOnly: true }),
        request_id: StringColumn({ label: 'Assignment request ID', maxLength: 40, mandatory: true, readOnly: true }),
        stage: ChoiceColumn({
            label: 'Stage',
            maxLength: 60,
            choices: {
                assignmentRequestCreated: { label: 'Request created', sequence: 1 },
                assignmentRequestApproved: { label: 'Request approved', sequence: 2 },
                assignmentRequestGranted: { label: 'Assignment granted', sequence: 3 },
                assignmentRequestRemoved: { label: 'Assignment removed', sequence: 4 },
                assignmentFourteenDaysBeforeExpiration: { label: '14 days before expiration', sequence: 5 },
                assignmentOneDayBeforeExpiration: { label: '1 day before expiration', sequence: 6 },
            },
        }),
        status: ChoiceColumn({
            label: 'Status',
            maxLength: 20,
            default: 'open',
            dropdown: 'dropdown_with_none',
            choices: {
                open: { label: 'Open (waiting for the ticket)', sequence: 1 },
                pending: { label: 'Pending (resume due)', sequence: 2 },
                sending: { label: 'Sending', sequence: 3 },
                resumed: { label: 'Resumed', sequence: 4 },
                failed: { label: 'Failed', sequence: 5 },
                expired: { label: 'Expired (deadline passed)', sequence: 6 },
                no_callback: { label: 'No callback (fire-and-forget)', sequence: 7 },
                ended_upstream: { label: 'Ended upstream (no resume)', sequence: 8 },
            },
        }),
        attempts: IntegerColumn({ label: 'Attempts', default: '0' }),
        next_attempt_at: DateTimeColumn({ label: 'Next attempt at' }),
        last_http_status: IntegerColumn({ label: 'Last HTTP status' }),
        last_error: StringColumn({ label: 'Last error', maxLength: 1000 }),
        outcome: StringColumn({ label: 'Outcome', maxLength: 1000 }),
        callback_deadline: DateTimeColumn({ label: 'Callback deadline' }),
        waits_for_callback: BooleanColumn({ label: 'Waits for callback', default: 'true' }),
        deadline_warned: BooleanColumn({ label: 'Deadline warning sent', default: 'false' }),
        delivery_uncertain: BooleanColumn({
            label: 'Earlier attempt may have reached Graph',
            default: 'false',
            hint: 'Set when an attempt got no answer or a 5xx; a later refusal is then checked by reading the request back',
        }),
        ticket_table: TableNameColumn({ label: 'Ticket table', default: 'sc_request' }),
        ticket: DocumentIdColumn({ label: 'Ticket', dependent: 'ticket_table' }),
        ticket_number: StringColumn({ label: 'Ticket number', maxLength: 40 }),
        access_package: StringColumn({ label: 'Access package', maxLength: 255 }),
        catalog: StringColumn({ label: 'Catalog', maxLength: 255 }),
        policy: StringColumn({ label: 'Policy', maxLength: 255 }),
        target: StringColumn({ label: 'Target user', maxLength: 255 }),
        requestor: StringColumn({ label: 'Requestor', maxLength: 255 }),
        request_type: StringColumn({ label: 'Request type', maxLength: 40 }),
        routing_rule: ReferenceColumn({
            label: 'Routing rule',
            referenceTable: 'x_elm_bridge_route',
            readOnly: true,
            hint: "The routing rule that chose the ticket's assignment group; empty when the default group was used",
        }),
        closure: ChoiceColumn({
            label: 'Ticket closed',
            maxLength: 20,
            choices: { complete: { label: 'Complete' }, incomplete: { label: 'Incomplete' } },
        }),
        resume_state: StringColumn({ label: 'Resume state sent', maxLength: 20 }),
        resume_detail: StringColumn({ label: 'Resume detail (from a flow)', maxLength: 1000 }),
        resumed_at: DateTimeColumn({ label: 'Resumed at' }),
        claimed_at: DateTimeColumn({ label: 'Claimed at' }),
        claim_token: StringColumn({ label: 'Claim token', maxLength: 40 }),
        last_read_at: DateTimeColumn({
            label: 'Last read from Graph',
            readOnly: true,
            hint: 'When the sweep last read this request back from entitlement management (x_elm_bridge.reconcile_minutes)',
        }),
        read_claim: StringColumn({
            label: 'Read claim',
            maxLength: 40,
            readOnly: true,
            hint: 'Which sweep claimed the current read back of this request; two overlapping sweeps read it once',
        }),
        reads_paused_until: DateTimeColumn({
            label: 'Graph reads paused until',
            readOnly: true,
            hint: 'Graph throttled a read of this request (429): no request is read back before this time',
        }),
        round: IntegerColumn({
            label: 'Delivery round',
            default: '0',
            hint: 'Moves on when a failed callout is retried or a dead worker is replaced; part of each send permit key',
        }),
    },
    index: [
        { name: 'x_elm_bridge_callout_stage_instance', unique: true, element: 'stage_instance_id' },
        { name: 'x_elm_bridge_callout_status_next', unique: false, element: ['status', 'next_attempt_at'] },
    ],
})

// One row per resume attempt that may go out: the worker inserts it before it sends. The unique index on send_key
// (callout, delivery round, attempt) is the one atomic step the platform documents (insert() returns null on a
// unique-index violation, c_GlideRecordScopedAPI.md); updateMultiple() is not promised atomic across nodes, so the
// claim on the ledger row is only the second guard.
export const x_elm_bridge_send = Table({
    name: 'x_elm_bridge_send',
    label: 'ELM callout send permit',
    display: 'send_key',
    allowWebServiceAccess: false,
    actions: ['read'],
    schema: {
        callout: ReferenceColumn({ label: 'Callout', referenceTable: 'x_elm_bridge_callout', readOnly: true }),
        attempt: IntegerColumn({ label: 'Attempt', readOnly: true }),
        send_key: StringColumn({ label: 'Send key', maxLength: 100, mandatory: true, readOnly: true }),
    },
    index: [{ name: 'x_elm_bridge_send_key', unique: true, element: 'send_key' }],
})

// One row per reconcile pass that reads Graph: the unique pass_key (one per 5-minute sweep window) lets exactly one
// sweep read (two overlapping sweeps or nodes would otherwise read every due request twice). Kept for a day.
export const x_elm_bridge_reconcile_pass = Table({
    name: 'x_elm_bridge_reconcile_pass',
    label: 'ELM reconcile pass',
    display: 'pass_key',
    allowWebServiceAccess: false,
    actions: ['read'],
    schema: {
        pass_key: StringColumn({ label: 'Pass key', maxLength: 100, mandatory: true, readOnly: true }),
    },
    index: [{ name: 'x_elm_bridge_reconcile_pass_key', unique: true, element: 'pass_key' }],
})

List({
    table: 'x_elm_bridge_callout',
    view: default_view,
    columns: [
        'ticket_number',
        'status',
        'stage',
        'access_package',
        'target',
        'callback_deadline',
        'attempts',
        'last_http_status',
        'outcome',
        'resumed_at',
        'sys_updated_on',
    ],
})

Form({
    table: 'x_elm_bridge_callout',
    view: default_view,
    sections: [
        {
            caption: 'Callout',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'ticket_number', type: 'table_field' },
                        { field: 'ticket', type: 'table_field' },
                        { field: 'status', type: 'table_field' },
                        { field: 'outcome', type: 'table_field' },
                        { field: 'access_package', type: 'table_field' },
                        { field: 'target', type: 'table_field' },
                        { field: 'requestor', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'stage', type: 'table_field' },
                        { field: 'callback_deadline', type: 'table_field' },
                        { field: 'closure', type: 'table_field' },
                        { field: 'resume_state', type: 'table_field' },
                        { field: 'resumed_at', type: 'table_field' },
                        { field: 'catalog', type: 'table_field' },
                        { field: 'policy', type: 'table_field' },
                        { field: 'routing_rule', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Delivery',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'attempts', type: 'table_field' },
                        { field: 'next_attempt_at', type: 'table_field' },
                        { field: 'last_http_status', type: 'table_field' },
                        { field: 'last_error', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'request_id', type: 'table_field' },
                        { field: 'stage_instance_id', type: 'table_field' },
                        { field: 'request_type', type: 'table_field' },
                        { field: 'waits_for_callback', type: 'table_field' },
                        { field: 'deadline_warned', type: 'table_field' },
                        { field: 'delivery_uncertain', type: 'table_field' },
                        { field: 'last_read_at', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

// Agents (itil) read the ledger to see what happened to their ticket; only admins change it.
Acl({
    $id: Now.ID['acl_callout_read'],
    type: 'record',
    operation: 'read',
    table: 'x_elm_bridge_callout',
    roles: ['itil', adminRole],
    description: 'Agents and ELM Ticket Bridge admins can read callouts.',
})

Acl({
    $id: Now.ID['acl_callout_write'],
    type: 'record',
    operation: 'write',
    table: 'x_elm_bridge_callout',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins can write callouts.',
})

Acl({
    $id: Now.ID['acl_callout_create'],
    type: 'record',
    operation: 'create',
    table: 'x_elm_bridge_callout',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins can create callouts.',
})

Acl({
    $id: Now.ID['acl_callout_delete'],
    type: 'record',
    operation: 'delete',
    table: 'x_elm_bridge_callout',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins can delete callouts.',
})
