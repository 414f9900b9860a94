// What the app's scripts do to tables of the global scope. A cross-scope privilege is "Required when your scripts
// read/write tables … from other scopes" (the SDK's crossscopeprivilege-api.md). With runtime access tracking left
// permissive (the default) an instance records these itself as the app runs; shipping them means an admin who sets
// tracking to enforcing, or reviews the app's access before the first ticket, sees every one up front.
// test/dist/cross-scope.test.ts fails when a script names a global table that is not listed here.
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Tickets: the inbound API creates them, the resume loop reads them and writes work notes and the close.
CrossScopePrivilege({
    $id: Now.ID['xsp_sc_request_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sc_request',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['xsp_sc_request_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sc_request',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['xsp_sc_request_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sc_request',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The requester of a new ticket, looked up by user name or email.
CrossScopePrivilege({
    $id: Now.ID['xsp_sys_user_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The assignment group of a new ticket (the property, or a routing rule's).
CrossScopePrivilege({
    $id: Now.ID['xsp_sys_user_group_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_group',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Verify connection and a Graph 401 read the app's own OAuth entry (a row of a global table) to say what is missing.
CrossScopePrivilege({
    $id: Now.ID['xsp_oauth_entity_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The ATF test that closes a ticket looks for the queued event.
CrossScopePrivilege({
    $id: Now.ID['xsp_sysevent_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sysevent',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
