// One sandbox "instance": store, clock, users and roles, ACLs, business rules, event queue, scheduled jobs,
// OAuth tokens and outbound HTTP, with the built app installed from dist/app.
import { createHash, randomBytes } from 'crypto'
import { loadBuiltRecords, loadDeletedRecords, loadTables, packageHash } from './app-package.ts'
import { parseEncodedQuery } from './encoded-query.ts'
import { Glide, createGlide, fromGlideText, toGlideText } from './glide.ts'
import type { GlideHost, LogLevel, RuleRecord } from './glide-host.ts'
import { OAuth } from './oauth.ts'
import { ScriptHost } from './script-host.ts'
import { Store, Values } from './store.ts'
import { SyncHttp } from './sync-http.ts'

export interface InstanceOptions {
    appDir: string
    dataFile: string | null
    allowRemote: boolean
    nodeName: string
    log: (line: string) => void
    /** False for a worker thread of a node: it never installs. */
    install?: boolean
    /** Install the package again even when this data file already holds the same build (`now-sdk install` again). */
    reinstall?: boolean
    /** The database round trip between updateMultiple's read and its writes, in ms (default 5). */
    roundTripMs?: number
}

const BUILT_IN_TABLES: { [table: string]: { name: string; type: string; defaultValue?: string }[] } = {
    sys_user: [
        ...['user_name', 'first_name', 'last_name', 'name', 'email', 'password_hash'].map((name) => ({
            name,
            type: 'string',
        })),
        { name: 'active', type: 'boolean', defaultValue: 'true' },
    ],
    sys_user_role: [
        { name: 'name', type: 'string' },
        { name: 'description', type: 'string' },
    ],
    sys_user_has_role: [
        { name: 'user', type: 'reference' },
        { name: 'role', type: 'reference' },
    ],
    sys_user_group: [
        { name: 'name', type: 'string' },
        { name: 'active', type: 'boolean', defaultValue: 'true' },
    ],
    sc_request: [
        { name: 'number', type: 'string' },
        { name: 'short_description', type: 'string' },
        { name: 'description', type: 'string' },
        { name: 'requested_for', type: 'reference' },
        { name: 'opened_by', type: 'reference' },
        { name: 'assignment_group', type: 'reference' },
        { name: 'assigned_to', type: 'reference' },
        // task.priority: integer choice 1 (Critical) … 5 (Planning), default 4 (Low) on an out-of-box instance.
        { name: 'priority', type: 'integer', defaultValue: '4' },
        { name: 'state', type: 'integer', defaultValue: '1' },
        { name: 'request_state', type: 'string', defaultValue: 'requested' },
        { name: 'active', type: 'boolean', defaultValue: 'true' },
        { name: 'close_notes', type: 'string' },
        { name: 'work_notes', type: 'journal_input' },
        { name: 'comments', type: 'journal_input' },
    ],
    sys_journal_field: ['name', 'element', 'element_id', 'value'].map((name) => ({ name, type: 'string' })),
    sysevent: [
        'name',
        'table',
        'instance',
        'parm1',
        'parm2',
        'state',
        'queue',
        'claimed_by',
        'processed',
        'result',
        'user_id',
    ]
        .map((name) => ({ name, type: 'string' }))
        .concat([{ name: 'process_on', type: 'glide_date_time' }]),
    sys_number_counter: [
        { name: 'table_name', type: 'string' },
        { name: 'next', type: 'integer' },
    ],
    // The sandbox clock's offset, shared by every thread and node on one data file.
    x_elm_sandbox_clock: [{ name: 'offset_ms', type: 'integer' }],
    // Which build of the app this data file holds.
    x_elm_sandbox_install: [{ name: 'hash', type: 'string' }],
    // Async business rules' scheduled jobs (c_BusinessRules.md: the rule runs "after the scheduler runs the scheduled
    // job created from the business rule"), run by the worker threads of any node: `rules` the rules' sys_ids,
    // `run_as` the user whose save created the job.
    sys_trigger: ['name', 'document', 'document_key', 'rules', 'run_as', 'state', 'claimed_by']
        .map((name) => ({ name, type: 'string' }))
        .concat([
            { name: 'next_action', type: 'glide_date_time' },
            { name: 'claimed_at', type: 'glide_date_time' },
        ]),
    // Test control: while hold_async is true no async rule's job runs (a test changes a ticket before its job).
    x_elm_sandbox_scheduler: [{ name: 'hold_async', type: 'boolean' }],
    oauth_credential: ['key_hash', 'access_token', 'expires_at', 'lease_until'].map((name) => ({
        name,
        type: 'string',
    })),
}

const BUILT_IN_USERS = [
    { user_name: 'admin', password: 'admin', name: 'System Administrator', roles: ['admin'] },
    {
        user_name: 'elm.integration',
        password: 'integration',
        name: 'ELM Integration',
        roles: ['x_elm_bridge.integration'],
    },
    { user_name: 'itil.agent', password: 'agent', name: 'ITIL Agent', roles: ['itil'] },
    // The app's own admin (not a platform admin): configures the app's properties and presses Retry now.
    { user_name: 'elm.admin', password: 'elmadmin', name: 'ELM Admin', roles: ['x_elm_bridge.admin'] },
]

// Platform ACLs the app relies on but does not ship (what an out-of-box instance gives these roles).
const PLATFORM_ACLS: { [table: string]: { [operation: string]: string[] } } = {
    sc_request: { read: ['itil'], write: ['itil'], create: ['itil'] },
    sys_journal_field: { read: ['itil'] },
    sys_user: { read: ['itil'] },
    sys_user_group: { read: ['itil'] },
}

/**
 * The `when` values of an async rule: `async_always` is what the SDK writes for `when: 'async'` (the platform's
 * current async rules), `async` what it writes for `'async_deprecated'` (an async rule not yet migrated to the new
 * behaviour, c_BusinessRules.md "When").
 */
const ASYNC_WHEN = ['async_always', 'async']

/** An async rule's job still `running` this long after its claim belongs to a thread that died. */
const STALE_ASYNC_JOB_MS = 5 * 60 * 1000

export function hashPassword(password: string): string {
    return createHash('sha256')
        .update('elm-sandbox:' + password)
        .digest('hex')
}

export class Instance implements GlideHost {
    readonly store: Store
    readonly glide: Glide
    readonly scripts: ScriptHost
    readonly http: SyncHttp
    readonly oauth: OAuth
    private offsetMs = 0
    private logLines: string[] = []
    private jobsNextRun = new Map<string, number>()
    private scopeNames = new Map<string, string>()
    private ruleDepth = 0
    get roundTripMs(): number {
        return this.options.roundTripMs === undefined ? 5 : this.options.roundTripMs
    }
    readonly clock = { now: () => Date.now() + this.offsetMs }
    session = this.sessionFor('system')

    constructor(private options: InstanceOptions) {
        this.store = new Store(options.dataFile)
        this.http = new SyncHttp(options.allowRemote)
        this.oauth = new OAuth(this)
        this.glide = createGlide(this)
        this.scripts = new ScriptHost(this.store, this.glide)
        // A node that starts on a data file already holding this build is a restart (or another node), not an
        // install: nothing is written. A different build, or --reinstall, installs the way `now-sdk install` does.
        const hash = options.install === false ? '' : packageHash(options.appDir)
        if (options.install === false || (!options.reinstall && this.installedPackage() === hash))
            this.defineBuiltInTables()
        else this.install(hash)
        this.refreshClock()
        if (options.install !== false && this.asyncJobsHeld())
            this.log('warn', 'Async business rules are held (POST /api/x_elm_sandbox/async_jobs/hold {"hold": false})')
    }

    // ---- clock and identity ----
    advanceClock(seconds: number): number {
        this.store.transaction(() => {
            this.refreshClock()
            this.offsetMs += seconds * 1000
            this.store.update('x_elm_sandbox_clock', 'clock', { offset_ms: String(this.offsetMs) })
        })
        return this.clock.now()
    }

    /** Picks up a clock moved by another thread or node. */
    refreshClock(): void {
        const row = this.store.get('x_elm_sandbox_clock', 'clock')
        this.offsetMs = row ? Number(row.offset_ms) || 0 : 0
    }

    newSysId(): string {
        return randomBytes(16).toString('hex')
    }

    log(level: LogLevel, message: string): void {
        this.record(toGlideText(this.clock.now()) + ' ' + level.toUpperCase() + ' ' + message)
    }

    /** Keeps a log line (also lines from the worker thread) and hands it to the output. */
    record(line: string): void {
        this.logLines.push(line)
        if (this.logLines.length > 5000) this.logLines.shift()
        this.options.log(line)
    }

    logs(): string[] {
        return this.logLines.slice()
    }

    // ---- install ----
    private defineBuiltInTables(): void {
        for (const table of Object.keys(BUILT_IN_TABLES)) this.store.defineTable(table, BUILT_IN_TABLES[table], false)
        for (const table of loadTables(this.options.appDir)) this.store.defineTable(table.name, table.columns, false)
        // Platform record tables the app installed into (sys_script, sys_properties ...) are known by their rows.
        for (const record of loadBuiltRecords(this.options.appDir)) {
            if (!this.store.hasTable(record.table)) this.store.defineTable(record.table, [], true)
        }
    }

    private installedPackage(): string {
        this.store.defineTable('x_elm_sandbox_install', BUILT_IN_TABLES.x_elm_sandbox_install, false)
        return this.store.get('x_elm_sandbox_install', 'package')?.hash || ''
    }

    private install(hash: string): void {
        this.installRecords(hash)
        for (const problem of this.forbiddenRules()) this.log('error', problem)
    }

    private installRecords(hash: string): void {
        for (const table of Object.keys(BUILT_IN_TABLES)) this.store.defineTable(table, BUILT_IN_TABLES[table], false)
        for (const table of loadTables(this.options.appDir)) {
            this.store.defineTable(table.name, table.columns, false)
            for (const index of table.indexes)
                this.store.defineIndex(table.name, table.name + '__' + index.name, index.columns, index.unique)
            for (const column of table.columns.filter((c) => c.unique))
                this.store.defineIndex(table.name, table.name + '__u_' + column.name, [column.name], true)
        }
        this.store.defineIndex('sysevent', 'sysevent__due', ['state', 'process_on'], false)
        this.store.defineIndex('sys_trigger', 'sys_trigger__due', ['state', 'next_action'], false)
        // Roles first, so references to them by name resolve to the app's own role records.
        const records = loadBuiltRecords(this.options.appDir).sort(
            (a, b) => (a.table === 'sys_user_role' ? 0 : 1) - (b.table === 'sys_user_role' ? 0 : 1)
        )
        this.store.transaction(() => {
            for (const record of records) {
                if (!this.store.hasTable(record.table)) this.store.defineTable(record.table, [], true)
                const existing = this.store.get(record.table, record.sysId)
                const values: Values = { ...record.fields }
                for (const field of ['sys_user_role', 'role', 'contains']) {
                    // Role references carry the role's name: resolve them to this instance's role record.
                    const name = record.attributes[field]?.name
                    if (name && record.table !== 'sys_user_role') values[field] = this.ensureRole(name)
                }
                if (existing) {
                    // A development install (`now-sdk install`) writes every field the package holds and no other
                    // (um-process-skipped-records.md: only an upgrade skips customised records). So a property
                    // value goes back to its shipped default, while fields the package leaves out (the OAuth
                    // entry's client ID, secret and token URL) keep what the admin entered.
                    this.store.update(record.table, record.sysId, values)
                } else
                    this.store.insert(record.table, {
                        sys_created_on: toGlideText(this.clock.now()),
                        sys_updated_on: toGlideText(this.clock.now()),
                        sys_mod_count: '0',
                        ...values,
                    })
            }
            for (const gone of loadDeletedRecords(this.options.appDir))
                if (this.store.hasTable(gone.table)) this.store.delete(gone.table, gone.sysId)
            this.installUsers()
            if (!this.store.get('x_elm_sandbox_clock', 'clock'))
                this.store.insert('x_elm_sandbox_clock', { sys_id: 'clock', offset_ms: '0' })
            if (this.store.get('x_elm_sandbox_install', 'package'))
                this.store.update('x_elm_sandbox_install', 'package', { hash })
            else this.store.insert('x_elm_sandbox_install', { sys_id: 'package', hash })
        })
    }

    private ensureRole(name: string): string {
        const found = this.store.select('sys_user_role', parseEncodedQuery('name=' + name), 1)[0]
        if (found) return found.sys_id
        const sysId = this.newSysId()
        this.store.insert('sys_user_role', { sys_id: sysId, name })
        return sysId
    }

    private installUsers(): void {
        for (const user of BUILT_IN_USERS) {
            let row = this.store.select('sys_user', parseEncodedQuery('user_name=' + user.user_name), 1)[0]
            if (!row) {
                const sysId = this.newSysId()
                this.store.insert('sys_user', {
                    sys_id: sysId,
                    user_name: user.user_name,
                    name: user.name,
                    active: 'true',
                    password_hash: hashPassword(user.password),
                    email: user.user_name + '@sandbox.local',
                })
                row = this.store.get('sys_user', sysId)!
                for (const role of user.roles)
                    this.store.insert('sys_user_has_role', {
                        sys_id: this.newSysId(),
                        user: sysId,
                        role: this.ensureRole(role),
                    })
            }
        }
        this.ensureRole('itil')
    }

    // ---- system properties: cached like an instance does, re-read when any property row changed ----
    private propertyCache: { version: string; values: Map<string, string> } | null = null

    private transaction = 0
    private propertiesCheckedIn = -1

    /** Checked for changes once per transaction (request, event or job), as a cached read is on an instance. */
    properties(): Map<string, string> {
        if (this.propertyCache && this.propertiesCheckedIn === this.transaction) return this.propertyCache.values
        this.propertiesCheckedIn = this.transaction
        const version = this.store
            // The rows' ids too: a property deleted and another inserted keep the count and the sum of mod counts.
            .prepare("SELECT group_concat(sys_id || '.' || IFNULL(sys_mod_count, ''), ',') AS v FROM sys_properties")
            .get() as { v: string }
        if (!this.propertyCache || this.propertyCache.version !== version.v) {
            const values = new Map<string, string>()
            for (const row of this.store.select('sys_properties', { groups: [], orderBy: [] }, null))
                values.set(row.name, row.value || '')
            this.propertyCache = { version: version.v, values }
        }
        return this.propertyCache.values
    }

    // ---- sessions and roles ----
    private rolesOf(userSysId: string): Set<string> {
        const roles = new Set<string>()
        for (const link of this.store.select('sys_user_has_role', parseEncodedQuery('user=' + userSysId), null)) {
            const role = this.store.get('sys_user_role', link.role)
            if (role) roles.add(role.name)
        }
        // Contained roles (x_elm_bridge.admin contains x_elm_bridge.integration).
        let grew = true
        while (grew) {
            grew = false
            for (const contains of this.store.select('sys_user_role_contains', { groups: [], orderBy: [] }, null)) {
                const parent = this.store.get('sys_user_role', contains.role)?.name || contains.role
                const child = this.store.get('sys_user_role', contains.contains)?.name || contains.contains
                if (roles.has(parent) && !roles.has(child)) {
                    roles.add(child)
                    grew = true
                }
            }
        }
        return roles
    }

    sessionFor(userName: string) {
        const row =
            userName === 'system'
                ? null
                : this.store.select('sys_user', parseEncodedQuery('user_name=' + userName), 1)[0]
        const roles = row ? this.rolesOf(row.sys_id) : new Set(['admin'])
        return {
            userName,
            userId: row ? row.sys_id : '6816f79cc0a8016401c5a33be04be441',
            roles,
            messages: [] as { type: string; text: string }[],
            hasRole: (role: string) => roles.has('admin') || roles.has(role),
        }
    }

    authenticate(userName: string, password: string): ReturnType<Instance['sessionFor']> | null {
        const row = this.store.select('sys_user', parseEncodedQuery('user_name=' + userName), 1)[0]
        if (!row || row.active !== 'true' || row.password_hash !== hashPassword(password)) return null
        return this.sessionFor(userName)
    }

    /** Runs work as a user, restoring the previous session after. */
    as<T>(session: ReturnType<Instance['sessionFor']>, work: () => T): T {
        const saved = this.session
        this.session = session
        this.transaction++
        try {
            return work()
        } finally {
            this.session = saved
        }
    }

    // ---- ACLs ----
    readonly acl = {
        can: (table: string, operation: string, row: Values | null): boolean => {
            if (this.session.roles.has('admin')) return true
            if (table === 'sys_properties' && (operation === 'read' || operation === 'write'))
                return this.propertyAccess(operation, row)
            const acls = this.store.hasTable('sys_security_acl')
                ? this.store.select(
                      'sys_security_acl',
                      {
                          groups: [
                              [{ field: 'name', operator: '=', value: table }],
                              [{ field: 'operation', operator: '=', value: operation }],
                              [{ field: 'active', operator: '=', value: 'true' }],
                          ],
                          orderBy: [],
                      },
                      null
                  )
                : []
            if (acls.length > 0)
                return acls.some((acl) => this.aclRoles(acl.sys_id).some((role) => this.session.roles.has(role)))
            const platform = PLATFORM_ACLS[table]?.[operation]
            return !!platform && platform.some((role) => this.session.roles.has(role))
        },
        /**
         * A field's own rules (`table.field`), on top of the table's: both must pass (exploring-access-control-list.md,
         * "ACL evaluation process"); no rule for the field leaves it to the table's rules. Create falls back to the
         * field's write rules when it has no create rule of its own: the page says so for the wild-card create rule,
         * and is silent for a named field, so the sandbox takes the stricter reading.
         */
        canField: (table: string, field: string, operation: string, _row: Values | null): boolean => {
            if (this.session.roles.has('admin')) return true
            let acls = this.activeAcls(table + '.' + field, operation)
            if (acls.length === 0 && operation === 'create') acls = this.activeAcls(table + '.' + field, 'write')
            if (acls.length === 0) return true
            // Several rules at the same point: passing any one of them is enough (same page).
            return acls.some((acl) => this.aclRoles(acl.sys_id).some((role) => this.session.roles.has(role)))
        },
        /**
         * REST endpoint ACLs by sys_id (scripted REST enforce_acl). An inactive rule is no rule ("If there are no
         * matching access control rules ... grants the user access", exploring-access-control-list.md). "By default
         * the ACL engine completely denies access if an ACL is empty or invalid": a rule with no role, condition
         * or script denies, and so does a sys_id that leads to no rule (the page is silent; stricter). The sandbox
         * does not evaluate conditions or scripts, so a rule that has one denies too (stricter), and says so.
         */
        allowsAll: (aclSysIds: string[]): boolean => {
            if (this.session.roles.has('admin')) return true
            return aclSysIds.every((sysId) => {
                const acl = this.store.get('sys_security_acl', sysId)
                if (!acl) return false
                if (acl.active !== 'true') return true
                if ((acl.condition || '').trim() !== '' || (acl.script || '').trim() !== '') {
                    this.log(
                        'warn',
                        'ACL ' + (acl.name || sysId) + ': the sandbox does not evaluate its condition or script; denied'
                    )
                    return false
                }
                return this.aclRoles(sysId).some((role) => this.session.roles.has(role))
            })
        },
    }

    /**
     * A property's Read roles / Write roles (read_roles, write_roles; the SDK's Property `roles`) name who may
     * read or change it. Without a row (the Table API's table-level check) it is whether any property would let
     * this user in; the row check follows. An empty list leaves the property to admin: the documentation here
     * is silent, and that is the stricter reading.
     */
    private propertyAccess(operation: string, row: Values | null): boolean {
        const field = operation === 'read' ? 'read_roles' : 'write_roles'
        const holds = (property: Values) =>
            String(property[field] || '')
                .split(',')
                .map((role) => role.trim())
                .some((role) => role && this.session.roles.has(role))
        if (row) return holds(row)
        return this.store.select('sys_properties', { groups: [], orderBy: [] }, null).some(holds)
    }

    private activeAcls(name: string, operation: string): Values[] {
        if (!this.store.hasTable('sys_security_acl')) return []
        return this.store.select(
            'sys_security_acl',
            {
                groups: [
                    [{ field: 'name', operator: '=', value: name }],
                    [{ field: 'operation', operator: '=', value: operation }],
                    [{ field: 'active', operator: '=', value: 'true' }],
                ],
                orderBy: [],
            },
            null
        )
    }

    private aclRoles(aclSysId: string): string[] {
        return this.store
            .select(
                'sys_security_acl_role',
                { groups: [[{ field: 'sys_security_acl', operator: '=', value: aclSysId }]], orderBy: [] },
                null
            )
            .map((link) => this.store.get('sys_user_role', link.sys_user_role)?.name || link.sys_user_role)
    }

    // ---- numbering ----
    beforeInsert(table: string, values: Values): void {
        if (table === 'sc_request' && !values.number)
            values.number = 'REQ' + String(this.nextNumber(table)).padStart(7, '0')
    }

    private nextNumber(table: string): number {
        return this.store.transaction(() => {
            const row = this.store.select('sys_number_counter', parseEncodedQuery('table_name=' + table), 1)[0]
            if (!row) {
                this.store.insert('sys_number_counter', { sys_id: this.newSysId(), table_name: table, next: '10002' })
                return 10001
            }
            this.store.update('sys_number_counter', row.sys_id, { next: String(parseInt(row.next, 10) + 1) })
            return parseInt(row.next, 10)
        })
    }

    firstValuesInContext(table: string, sysId: string, before: Values): Values {
        return this.scripts.firstValuesInContext(table, sysId, before)
    }

    // ---- business rules ----
    readonly rules = {
        run: (
            table: string,
            when: string,
            operation: string,
            current: RuleRecord,
            previous: RuleRecord | null
        ): void => {
            if (!this.store.hasTable('sys_script')) return
            let rules = this.store
                .select(
                    'sys_script',
                    {
                        groups: [
                            [{ field: 'collection', operator: '=', value: table }],
                            [{ field: 'when', operator: '=', value: when }],
                            [{ field: 'active', operator: '=', value: 'true' }],
                            [{ field: 'action_' + operation, operator: '=', value: 'true' }],
                        ],
                        orderBy: [],
                    },
                    null
                )
                .sort((a, b) => (parseInt(a.order || '100', 10) || 0) - (parseInt(b.order || '100', 10) || 0))
            // On a table of another scope only an app's async rules run (ruleMayRun); these are the synchronous ones.
            rules = rules.filter((rule) => this.ruleMayRun(rule, table))
            if (rules.length === 0) return
            if (this.ruleDepth > 20) throw new Error('Business rules recursed too deeply on ' + table)
            this.ruleDepth++
            try {
                for (const rule of rules) {
                    if (!current.matchesCondition(rule.filter_condition || '', previous ? previous.values() : null))
                        continue
                    this.scripts.run(rule.script, 'sys_script:' + rule.name, { current, previous })
                }
            } finally {
                this.ruleDepth--
            }
        },
        queueAsync: (table: string, operation: string, current: RuleRecord, previousValues: Values | null): void => {
            if (!this.store.hasTable('sys_script')) return
            const asyncRules = this.store.select(
                'sys_script',
                {
                    groups: [
                        [{ field: 'collection', operator: '=', value: table }],
                        [{ field: 'when', operator: 'IN', value: ASYNC_WHEN.join(',') }],
                        [{ field: 'active', operator: '=', value: 'true' }],
                        [{ field: 'action_' + operation, operator: '=', value: 'true' }],
                    ],
                    orderBy: [],
                },
                null
            )
            // The condition is evaluated when the record is saved: that is when the platform creates the rule's
            // scheduled job, and the condition builder's changes() needs the record before the save; the platform
            // evaluates it a second time only when glide.businessrule.async_condition_check is true
            // (c_BusinessRules.md), which the app does not set. The script runs later, off the saving transaction,
            // on the record as it then is, without `previous` ("Not available on async operations").
            const due = asyncRules.filter((rule) =>
                current.matchesCondition(rule.filter_condition || '', previousValues)
            )
            if (due.length === 0) return
            // One job per save, run by a worker thread after the save's transaction, as the user whose save queued
            // it: the pages do not say whose session an async rule's job has, and the saving user (an agent closing a
            // ticket) has fewer rights than the system.
            this.store.insert('sys_trigger', {
                sys_id: this.newSysId(),
                name: 'ASYNC: ' + due.map((rule) => rule.name).join(', '),
                document: table,
                document_key: current.values().sys_id,
                rules: due.map((rule) => rule.sys_id).join(','),
                run_as: this.session.userName,
                state: 'ready',
                next_action: toGlideText(this.clock.now()),
                sys_created_on: toGlideText(this.clock.now()),
                sys_updated_on: toGlideText(this.clock.now()),
                sys_mod_count: '0',
            })
        },
    }

    /**
     * "For tables that are in a different scope than the business rule record, the types of rules are limited"
     * (c_BusinessRules.md, Business rules on specific tables): async rules (scripts allowed), and before rules with
     * Set field values actions only ("You cannot write scripts"). "You cannot create any other types of business
     * rules on tables in a different scope", so on an instance such a rule does not exist; here it never runs, and
     * the install logs it. The sandbox does not model Set field values actions, so a before rule of the app on such a
     * table does nothing here either (the app ships none). A scoped table's name starts with its scope's namespace.
     */
    private ruleMayRun(rule: Values, table: string): boolean {
        const scope = this.scopeName(rule.sys_scope || '')
        if (scope === 'global' || table === scope || table.startsWith(scope + '_')) return true
        return ASYNC_WHEN.indexOf(rule.when) >= 0
    }

    /** A scope's name by its sys_id, read once: every rule run asks, and an app's scope does not change. */
    private scopeName(scopeSysId: string): string {
        if (!scopeSysId || scopeSysId === 'global' || !this.store.hasTable('sys_app')) return 'global'
        let name = this.scopeNames.get(scopeSysId)
        if (name === undefined) {
            const app = this.store.get('sys_app', scopeSysId)
            name = app && app.scope ? app.scope : 'global'
            this.scopeNames.set(scopeSysId, name)
        }
        return name
    }

    /** Business rules an instance would not have let an app create (ruleMayRun): the install names them in the log. */
    forbiddenRules(): string[] {
        if (!this.store.hasTable('sys_script')) return []
        return this.store
            .select('sys_script', parseEncodedQuery('active=true'), null)
            .filter((rule) => !this.ruleMayRun(rule, rule.collection || '') && (rule.script || '').trim() !== '')
            .map(
                (rule) =>
                    'Business rule "' +
                    rule.name +
                    '" (' +
                    rule.when +
                    ', with a script) on ' +
                    rule.collection +
                    ', a table of another scope, cannot exist on an instance (c_BusinessRules.md): it never runs'
            )
    }

    // ---- events ----
    readonly events = {
        queue: (
            name: string,
            table: string,
            instance: string,
            parm1: unknown,
            parm2: unknown,
            atMs: number,
            queue?: string
        ): void => {
            this.store.insert('sysevent', {
                sys_id: this.newSysId(),
                name,
                table,
                instance,
                parm1: parm1 === undefined || parm1 === null ? '' : String(parm1),
                parm2: parm2 === undefined || parm2 === null ? '' : String(parm2),
                process_on: toGlideText(atMs),
                state: 'ready',
                queue: queue || '',
                user_id: this.session.userId,
                sys_created_on: toGlideText(this.clock.now()),
                sys_updated_on: toGlideText(this.clock.now()),
                sys_mod_count: '0',
            })
        },
    }

    /** Rows of a queue (events, async jobs) that are ready and due by `dueField`, oldest first. */
    private readyRows(table: string, dueField: string, limit: number): Values[] {
        return this.store.select(
            table,
            {
                groups: [
                    [{ field: 'state', operator: '=', value: 'ready' }],
                    [{ field: dueField, operator: '<=', value: toGlideText(this.clock.now()) }],
                ],
                orderBy: [{ field: dueField, descending: false }],
            },
            limit
        )
    }

    /** Takes a ready row for this thread: false when another thread or node took it first. */
    private claimReady(table: string, sysId: string, claim: Values): boolean {
        const claimed = this.store.updateWhere(
            table,
            {
                groups: [
                    [{ field: 'sys_id', operator: '=', value: sysId }],
                    [{ field: 'state', operator: '=', value: 'ready' }],
                ],
                orderBy: [],
            },
            claim
        )
        return claimed === 1
    }

    /** Processes due events (claimed so that two sandbox nodes on one file never both run one). */
    processEvents(limit = 50): number {
        this.refreshClock()
        let processed = 0
        for (const row of this.readyRows('sysevent', 'process_on', limit)) {
            if (!this.claimReady('sysevent', row.sys_id, { state: 'processing', claimed_by: this.options.nodeName }))
                continue
            let result = 'processed'
            try {
                this.as(this.sessionFor('system'), () => this.runScriptActions(row))
            } catch (error) {
                result = 'error'
                this.log('error', 'Script action for ' + row.name + ' failed: ' + (error as Error).message)
            }
            this.store.update('sysevent', row.sys_id, { state: result, processed: toGlideText(this.clock.now()) })
            processed++
        }
        return processed
    }

    /**
     * "Registration lets other parts of the system, such as Email and SMS notifications and Script Actions, see the
     * event in their list of available events and react to the event when it occurs" (c_EventRegistry.md). Read
     * strictly: an event with no registration runs no script action.
     */
    private isRegistered(eventName: string): boolean {
        return (
            this.store.hasTable('sysevent_register') &&
            this.store.select(
                'sysevent_register',
                { groups: [[{ field: 'event_name', operator: '=', value: eventName }]], orderBy: [] },
                1
            ).length > 0
        )
    }

    private runScriptActions(eventRow: Values): void {
        if (!this.store.hasTable('sysevent_script_action')) return
        if (!this.isRegistered(eventRow.name)) {
            this.log('warn', 'Event ' + eventRow.name + ' is not registered: no script action sees it')
            return
        }
        const actions = this.store
            .select(
                'sysevent_script_action',
                {
                    groups: [
                        [{ field: 'event_name', operator: '=', value: eventRow.name }],
                        [{ field: 'active', operator: '=', value: 'true' }],
                    ],
                    orderBy: [],
                },
                null
            )
            .sort((a, b) => (parseInt(a.order || '0', 10) || 0) - (parseInt(b.order || '0', 10) || 0))
        for (const action of actions) {
            const event = new this.glide.GlideRecord('sysevent')
            event.get(eventRow.sys_id)
            let current: unknown = null
            if (eventRow.table && this.store.hasTable(eventRow.table)) {
                const record = new this.glide.GlideRecord(eventRow.table)
                if (record.get(eventRow.instance)) current = record
            }
            const name = 'sysevent_script_action:' + action.name
            const condition = (action.condition_script || '').trim().replace(/;$/, '')
            if (
                condition &&
                !this.scripts.run('return (' + condition + '\n);', name + ':condition', { event, current })
            )
                continue
            this.scripts.run(action.script, name, { event, current })
        }
    }

    /**
     * Runs the async rules' jobs that are due (claimed, so that two threads or nodes never both run one), each on the
     * record as it is now: a record changed again since the save is judged by its later state, as the page warns
     * ("multiple updates to the record in quick succession can cause the business rule to execute out of order or
     * incorrectly"). Nothing runs while a test holds the jobs. A job's row is deleted once it ran.
     */
    runAsyncJobs(limit = 50): number {
        if (!this.store.hasTable('sys_trigger') || this.asyncJobsHeld()) return 0
        this.refreshClock()
        // A job claimed by a thread that died (a killed node) goes back to the queue after five minutes.
        this.store.updateWhere(
            'sys_trigger',
            {
                groups: [
                    [{ field: 'state', operator: '=', value: 'running' }],
                    [
                        {
                            field: 'claimed_at',
                            operator: '<',
                            value: toGlideText(this.clock.now() - STALE_ASYNC_JOB_MS),
                        },
                    ],
                ],
                orderBy: [],
            },
            { state: 'ready', claimed_by: '' }
        )
        let ran = 0
        for (const job of this.readyRows('sys_trigger', 'next_action', limit)) {
            if (this.asyncJobsHeld()) break
            const claim = {
                state: 'running',
                claimed_by: this.options.nodeName,
                claimed_at: toGlideText(this.clock.now()),
            }
            if (!this.claimReady('sys_trigger', job.sys_id, claim)) continue
            // Each rule on its own, as if each had its own job: one that throws does not stop the next.
            for (const ruleId of (job.rules || '').split(',')) {
                try {
                    this.as(this.sessionFor(job.run_as || 'system'), () => {
                        const rule = this.store.get('sys_script', ruleId)
                        const record = new this.glide.GlideRecord(job.document)
                        if (!rule || rule.active !== 'true' || !record.get(job.document_key)) return
                        this.scripts.run(rule.script, 'sys_script:' + rule.name, { current: record, previous: null })
                    })
                } catch (error) {
                    this.log('error', 'Async business rule failed: ' + (error as Error).message)
                }
            }
            this.store.delete('sys_trigger', job.sys_id)
            ran++
        }
        return ran
    }

    private asyncJobsHeld(): boolean {
        const scheduler = this.store.hasTable('x_elm_sandbox_scheduler')
            ? this.store.get('x_elm_sandbox_scheduler', 'scheduler')
            : undefined
        return !!scheduler && scheduler.hold_async === 'true'
    }

    /** Holds (or lets go) every async rule's job, on every thread and node of this data file. */
    holdAsyncJobs(hold: boolean): void {
        const values = { hold_async: hold ? 'true' : 'false' }
        if (this.store.get('x_elm_sandbox_scheduler', 'scheduler'))
            this.store.update('x_elm_sandbox_scheduler', 'scheduler', values)
        else this.store.insert('x_elm_sandbox_scheduler', { sys_id: 'scheduler', ...values })
    }

    // ---- scheduled jobs ----
    private periodMs(job: Values): number | null {
        if (job.run_type !== 'periodically') return null
        const period = fromGlideText(job.run_period || '')
        return period && period > 0 ? period : null
    }

    runDueJobs(force: string | null = null): string[] {
        if (!this.store.hasTable('sysauto_script')) return []
        this.refreshClock()
        const ran: string[] = []
        for (const job of this.store.select('sysauto_script', parseEncodedQuery('active=true'), null)) {
            const period = this.periodMs(job)
            const now = this.clock.now()
            if (force === null) {
                if (period === null) continue
                const next = this.jobsNextRun.get(job.sys_id)
                if (next === undefined) {
                    this.jobsNextRun.set(job.sys_id, now + period)
                    continue
                }
                if (now < next) continue
                this.jobsNextRun.set(job.sys_id, now + period)
            } else if (job.name !== force) continue
            try {
                this.as(this.sessionFor('system'), () => this.scripts.run(job.script, 'sysauto_script:' + job.name, {}))
                ran.push(job.name)
            } catch (error) {
                this.log('error', 'Scheduled job ' + job.name + ' failed: ' + (error as Error).message)
            }
        }
        return ran
    }

    close(): Promise<number> {
        this.store.db.close()
        return this.http.close()
    }
}
