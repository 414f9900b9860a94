// The built app declares a cross-scope privilege for every global table its scripts touch (fluent/cross-scope.now.ts):
// "Required when your scripts read/write tables … from other scopes" (the SDK's crossscopeprivilege-api.md).
import * as fs from 'fs'
import * as path from 'path'
import { loadBuiltRecords } from '../support/built-app.ts'

const root = path.join(__dirname, '..', '..')

function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) return sources(full)
        return /\.(ts|js)$/.test(entry.name) ? [fs.readFileSync(full, 'utf8')] : []
    })
}

/** Tables the app's scripts name: GlideRecord('table') and the `TABLE = 'table'` constants they pass. */
function tablesNamedInScripts(): string[] {
    const text = sources(path.join(root, 'src')).join('\n')
    const named = new Set<string>()
    for (const match of text.matchAll(/GlideRecord(?:Secure)?\('([a-z0-9_]+)'\)/g)) named.add(match[1])
    for (const match of text.matchAll(/_TABLES? = \[?'([a-z0-9_]+)'/g)) named.add(match[1])
    return Array.from(named).sort()
}

const privileges = loadBuiltRecords().filter((r) => r.table === 'sys_scope_privilege')

it('lists every global table the scripts touch, and no other', () => {
    const global = tablesNamedInScripts().filter((table) => !table.startsWith('x_elm_bridge_'))
    expect(global).toEqual(['oauth_entity', 'sc_request', 'sys_user', 'sys_user_group', 'sysevent'])
    const declared = new Set(privileges.map((p) => p.fields.target_name))
    expect(Array.from(declared).sort()).toEqual(global)
})

it('allows what the scripts do to each: tickets are created, read and written; the rest only read', () => {
    const granted = privileges
        .map((p) => [p.fields.target_name, p.fields.operation, p.fields.status, p.fields.target_type].join(' '))
        .sort()
    expect(granted).toEqual([
        'oauth_entity read allowed sys_db_object',
        'sc_request create allowed sys_db_object',
        'sc_request read allowed sys_db_object',
        'sc_request write allowed sys_db_object',
        'sys_user read allowed sys_db_object',
        'sys_user_group read allowed sys_db_object',
        'sysevent read allowed sys_db_object',
    ])
})
