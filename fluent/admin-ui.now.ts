// What an admin sees: the ELM Ticket Bridge menu and the two buttons on a callout.
import { ApplicationMenu, Record, UiAction } from '@servicenow/sdk/core'
import { retryNow, verifyConnection } from '../src/server/resume/admin-actions.ts'
import { adminRole } from './roles.now.ts'

UiAction({
    $id: Now.ID['ui_action_retry_now'],
    name: 'Retry now',
    table: 'x_elm_bridge_callout',
    actionName: 'x_elm_bridge_retry_now',
    active: true,
    hint: 'Send the resume now: a failed or expired callout starts a new round of attempts; a pending callout keeps its attempt count',
    condition: "current.status == 'failed' || current.status == 'expired' || current.status == 'pending'",
    roles: [adminRole],
    form: { showButton: true, style: 'primary' },
    list: { showContextMenu: true },
    showUpdate: true,
    script: retryNow,
})

UiAction({
    $id: Now.ID['ui_action_verify_connection'],
    name: 'Verify connection',
    table: 'x_elm_bridge_callout',
    actionName: 'x_elm_bridge_verify_connection',
    active: true,
    hint: 'Get a Graph token with the OAuth entry and make one read-only Graph call; says what is wrong if it fails',
    roles: [adminRole],
    form: { showButton: true },
    list: { showBannerButton: true },
    showUpdate: true,
    showQuery: true,
    script: verifyConnection,
})

export const menu = ApplicationMenu({
    $id: Now.ID['menu_elm_bridge'],
    title: 'ELM Ticket Bridge',
    hint: 'Entitlement management callouts and their tickets',
    roles: ['itil', adminRole],
    active: true,
})

Record({
    $id: Now.ID['module_open_callouts'],
    table: 'sys_app_module',
    data: {
        title: 'Open callouts',
        application: menu,
        link_type: 'FILTER',
        name: 'x_elm_bridge_callout',
        filter: 'statusINopen,pending,sending^ORDERBYcallback_deadline',
        hint: 'Callouts whose ticket is still open or whose resume is on its way',
        roles: ['itil', 'x_elm_bridge.admin'],
        active: true,
        order: 100,
    },
})

Record({
    $id: Now.ID['module_failed_callouts'],
    table: 'sys_app_module',
    data: {
        title: 'Failed callouts',
        application: menu,
        link_type: 'FILTER',
        name: 'x_elm_bridge_callout',
        filter: 'statusINfailed,expired^ORDERBYDESCsys_updated_on',
        hint: 'Callouts that need an admin: fix the cause, then Retry now',
        roles: ['itil', 'x_elm_bridge.admin'],
        active: true,
        order: 200,
    },
})

Record({
    $id: Now.ID['module_all_callouts'],
    table: 'sys_app_module',
    data: {
        title: 'All callouts',
        application: menu,
        link_type: 'LIST',
        name: 'x_elm_bridge_callout',
        roles: ['itil', 'x_elm_bridge.admin'],
        active: true,
        order: 300,
    },
})

Record({
    $id: Now.ID['module_properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: menu,
        link_type: 'DIRECT',
        // The category page, as ServiceNow's own apps link theirs: it lists the properties linked to the category.
        query: 'system_properties_ui.do?sysparm_category=ELM%20Ticket%20Bridge&sysparm_title=ELM%20Ticket%20Bridge%20properties',
        roles: ['x_elm_bridge.admin'],
        active: true,
        order: 400,
    },
})

Record({
    $id: Now.ID['module_routing_rules'],
    table: 'sys_app_module',
    data: {
        title: 'Routing rules',
        application: menu,
        link_type: 'LIST',
        name: 'x_elm_bridge_route',
        filter: 'ORDERBYorder',
        hint: 'Which assignment group, priority and prefix each catalog, access package or stage gets',
        roles: ['itil', 'x_elm_bridge.admin'],
        active: true,
        order: 350,
    },
})

// Rows a person must look at: failed or expired, delivery of unknown outcome, and requests that ended upstream
// while their ticket is still open (closure stays empty until the ticket closes) or whose ticket was closed complete
// (access was provisioned that entitlement management never granted). Without ^NQ: (status in the three OR
// uncertain) AND (closure empty OR complete OR not ended upstream).
export const NEEDS_ATTENTION_FILTER =
    'statusINfailed,expired,ended_upstream^ORdelivery_uncertain=true^closureISEMPTY^ORclosure=complete^ORstatus!=ended_upstream^ORDERBYDESCsys_updated_on'

Record({
    $id: Now.ID['module_needs_attention'],
    table: 'sys_app_module',
    data: {
        title: 'Needs attention',
        application: menu,
        link_type: 'FILTER',
        name: 'x_elm_bridge_callout',
        filter: NEEDS_ATTENTION_FILTER,
        hint: 'Failed, expired, uncertain deliveries, and requests that ended in entitlement management while the ticket is open or after it was closed complete',
        roles: ['itil', 'x_elm_bridge.admin'],
        active: true,
        order: 50,
    },
})

Record({
    $id: Now.ID['module_overview_by_status'],
    table: 'sys_app_module',
    data: {
        title: 'Overview by status',
        application: menu,
        link_type: 'FILTER',
        name: 'x_elm_bridge_callout',
        // GROUPBY in a list's query groups the list by that field, with a count per group.
        filter: 'GROUPBYstatus^ORDERBYDESCsys_updated_on',
        hint: 'Every callout grouped by status: what the bridge is doing at a glance',
        roles: ['itil', 'x_elm_bridge.admin'],
        active: true,
        order: 60,
    },
})
