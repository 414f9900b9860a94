// Settings an admin tunes under ELM Ticket Bridge > Properties. Defaults match the product contract.
import { Property, Record } from '@servicenow/sdk/core'
import { adminRole } from './roles.now.ts'

// The app's own admins read and change its settings (platform admins pass every role check anyway).
const access = { read: [adminRole], write: [adminRole] }

export const graphEndpoint = Property({
    $id: Now.ID['prop_graph_endpoint'],
    name: 'x_elm_bridge.graph_endpoint',
    type: 'string',
    value: 'https://graph.microsoft.com',
    description:
        "Microsoft Graph host, without a path: https://graph.microsoft.com for the global cloud, or a national cloud's (https://graph.microsoft.us, https://dod-graph.microsoft.us, https://microsoftgraph.chinacloudapi.cn). No other host is accepted: the app's access token is sent there.",
    roles: access,
})

export const retryBaseSeconds = Property({
    $id: Now.ID['prop_retry_base_seconds'],
    name: 'x_elm_bridge.retry_base_seconds',
    type: 'integer',
    value: 30,
    description:
        'Seconds before the first retry after a transient Graph failure (429, 5xx, timeout). Each further retry waits twice as long, at most one hour; a Retry-After header from Graph wins.',
    roles: access,
})

export const maxAttempts = Property({
    $id: Now.ID['prop_max_attempts'],
    name: 'x_elm_bridge.max_attempts',
    type: 'integer',
    value: 12,
    description:
        'Attempts per callout before it is marked failed. Retries also stop when the callback deadline would pass first.',
    roles: access,
})

export const closedCompleteStates = Property({
    $id: Now.ID['prop_closed_complete_states'],
    name: 'x_elm_bridge.closed_complete_states',
    type: 'string',
    value: '3',
    description:
        'Comma-separated ticket state values that mean the work was done (resume, so entitlement management continues). Request state closed_complete always counts. Set it to none for no state value (an empty value means the default).',
    roles: access,
})

export const closedIncompleteStates = Property({
    $id: Now.ID['prop_closed_incomplete_states'],
    name: 'x_elm_bridge.closed_incomplete_states',
    type: 'string',
    value: '4,7',
    description:
        'Comma-separated ticket state values that mean the work was not done. At a stage in x_elm_bridge.deny_stages the resume then denies the request. Request states closed_incomplete, closed_cancelled, closed_rejected and closed_skipped always count. Set it to none for no state value (an empty value means the default).',
    roles: access,
})

export const denyStages = Property({
    $id: Now.ID['prop_deny_stages'],
    name: 'x_elm_bridge.deny_stages',
    type: 'string',
    value: 'assignmentRequestCreated,assignmentRequestApproved',
    description:
        'Stages at which a ticket closed incomplete sends state "denied" so entitlement management denies the request. At other stages the resume only reports the outcome. Set it to none so that no stage denies (an empty value means the default).',
    roles: access,
})

export const source = Property({
    $id: Now.ID['prop_source'],
    name: 'x_elm_bridge.source',
    type: 'string',
    value: 'ServiceNow',
    description: 'The "source" entitlement management records in its audit log for each resume.',
    roles: access,
})

export const deadlineWarningHours = Property({
    $id: Now.ID['prop_deadline_warning_hours'],
    name: 'x_elm_bridge.deadline_warning_hours',
    type: 'integer',
    value: 48,
    description:
        'Hours before the callback deadline at which one work note warns the agent that the ticket must close soon. 0 turns the warning off.',
    roles: access,
})

export const assignmentGroup = Property({
    $id: Now.ID['prop_assignment_group'],
    name: 'x_elm_bridge.assignment_group',
    type: 'string',
    value: '',
    description:
        'Name or sys_id of the group that new access tickets are assigned to. Empty leaves assignment to your usual rules.',
    roles: access,
})

export const httpTimeoutSeconds = Property({
    $id: Now.ID['prop_http_timeout_seconds'],
    name: 'x_elm_bridge.http_timeout_seconds',
    type: 'integer',
    value: 30,
    description:
        'Seconds to wait for Graph before an attempt counts as timed out and is retried (1 to 120). A timed-out resume that Graph applied anyway is recognised on the next attempt.',
    roles: access,
})

export const reconcileMinutes = Property({
    $id: Now.ID['prop_reconcile_minutes'],
    name: 'x_elm_bridge.reconcile_minutes',
    type: 'integer',
    value: 60,
    description:
        "How often (minutes) each open callout's access request is read back from Graph, spread over the period. A request canceled, denied or removed in entitlement management ends the callout; one whose callout timed out, failed or was resumed elsewhere is recorded. 0 turns reading back off.",
    roles: access,
})

export const closeTicketWhenEndedUpstream = Property({
    $id: Now.ID['prop_close_ticket_when_ended_upstream'],
    name: 'x_elm_bridge.close_ticket_when_ended_upstream',
    type: 'boolean',
    value: true,
    description:
        'When the access request was canceled, denied or removed in entitlement management, close its ticket as cancelled (request state closed_cancelled, state 4) with a work note. That close never sends a resume. false leaves the ticket open with the note.',
    roles: access,
})

// The Properties page (system_properties_ui.do?sysparm_category=ELM Ticket Bridge) lists the properties linked
// to this category, in this order, as ServiceNow's own apps ship theirs.
const propertyCategory = Record({
    $id: Now.ID['prop_category'],
    table: 'sys_properties_category',
    data: { name: 'ELM Ticket Bridge', title: 'ELM Ticket Bridge properties' },
})

Record({
    $id: Now.ID['prop_category_graph_endpoint'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: graphEndpoint, order: 100 },
})

Record({
    $id: Now.ID['prop_category_retry_base_seconds'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: retryBaseSeconds, order: 200 },
})

Record({
    $id: Now.ID['prop_category_max_attempts'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: maxAttempts, order: 300 },
})

Record({
    $id: Now.ID['prop_category_closed_complete_states'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: closedCompleteStates, order: 400 },
})

Record({
    $id: Now.ID['prop_category_closed_incomplete_states'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: closedIncompleteStates, order: 500 },
})

Record({
    $id: Now.ID['prop_category_deny_stages'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: denyStages, order: 600 },
})

Record({
    $id: Now.ID['prop_category_source'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: source, order: 700 },
})

Record({
    $id: Now.ID['prop_category_deadline_warning_hours'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: deadlineWarningHours, order: 800 },
})

Record({
    $id: Now.ID['prop_category_assignment_group'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: assignmentGroup, order: 900 },
})

Record({
    $id: Now.ID['prop_category_http_timeout_seconds'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: httpTimeoutSeconds, order: 1000 },
})

Record({
    $id: Now.ID['prop_category_reconcile_minutes'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: reconcileMinutes, order: 1100 },
})

Record({
    $id: Now.ID['prop_category_close_ticket_when_ended_upstream'],
    table: 'sys_properties_category_m2m',
    data: { category: propertyCategory, property: closeTicketWhenEndedUpstream, order: 1200 },
})
