// Pressing a UI action as the signed-in user: POST /api/x_elm_sandbox/ui_action
// {"table", "sys_id", "action_name"} (no sys_id: a list banner button). As on an instance, the button is there only for a user with one of its
// roles and when its condition holds on the record; its script runs with `current`, and what it says through
// gs.addInfoMessage / addErrorMessage comes back as the form's messages.
import type { Instance } from './instance.ts'

export interface UiActionReply {
    status: number
    body: unknown
}

function failure(status: number, message: string, detail: string): UiActionReply {
    return { status, body: { error: { message, detail }, status: 'failure' } }
}

export function pressUiAction(instance: Instance, values: { [name: string]: unknown }): UiActionReply {
    const table = String(values.table || '')
    const sysId = String(values.sys_id || '')
    const actionName = String(values.action_name || '')
    if (!instance.store.hasTable('sys_ui_action') || !instance.store.hasTable(table))
        return failure(404, 'No such UI action', table + ' / ' + actionName)
    const action = instance.store
        .select(
            'sys_ui_action',
            {
                groups: [
                    [{ field: 'table', operator: '=', value: table }],
                    [{ field: 'action_name', operator: '=', value: actionName }],
                    [{ field: 'active', operator: '=', value: 'true' }],
                ],
                orderBy: [],
            },
            1
        )
        .find((row) => row.form_button === 'true' || row.form_action === 'true' || row.list_banner_button === 'true')
    if (!action) return failure(404, 'No such UI action', table + ' / ' + actionName)
    const session = instance.session
    const roles = instance.store.hasTable('sys_ui_action_role')
        ? instance.store
              .select(
                  'sys_ui_action_role',
                  { groups: [[{ field: 'sys_ui_action', operator: '=', value: action.sys_id }]], orderBy: [] },
                  null
              )
              .map((link) => instance.store.get('sys_user_role', link.sys_user_role)?.name || link.sys_user_role)
        : []
    if (roles.length > 0 && !roles.some((role) => session.hasRole(role)))
        return failure(403, 'User Not Authorized', 'The UI action needs one of: ' + roles.join(', '))
    const current = new instance.glide.GlideRecord(table)
    // A list banner button runs without a record; a form button on the record given.
    if (!(sysId === '' && action.list_banner_button === 'true') && !current.get(sysId))
        return failure(404, 'No Record found', sysId)
    // A condition reads fields as GlideElements (`current.status == 'failed'`), as on an instance.
    if (action.condition && !instance.scripts.run('return (' + action.condition + ');', 'condition', { current }))
        return failure(409, 'UI action not available', 'Its condition does not hold on this record')
    session.messages.length = 0
    instance.scripts.run(action.script, 'sys_ui_action:' + action.name, { current })
    return { status: 200, body: { result: { messages: session.messages.slice() } } }
}
