// The Glide API surface the sandbox gives server scripts: GlideRecord(Secure), GlideDateTime, gs, sn_ws.RESTMessageV2.
// Host objects, handed into vm contexts; behaviour follows the instance where the app relies on it.
import { EncodedQuery, Term, matches, parseEncodedQuery } from './encoded-query.ts'
import { JOURNAL_TYPES, UniqueViolation, Values } from './store.ts'
import type { GlideHost } from './glide-host.ts'
import { createDateTime, fromGlideText, toGlideText, zoneOffset } from './glide-datetime.ts'

const BOOLEAN_TYPES = ['boolean']

export { toGlideText, fromGlideText }

export function createGlide(instance: GlideHost) {
    /** The session's time zone: the user's time_zone (c_GlideSessionScopedAPI.md, getTimeZoneName()), else UTC. */
    function sessionTimeZone(): string {
        const user = instance.session.userId ? instance.store.get('sys_user', instance.session.userId) : null
        const zone = user && user.time_zone ? user.time_zone : 'UTC'
        try {
            zoneOffset(zone, 0)
            return zone
        } catch {
            return 'UTC'
        }
    }
    const { GlideDateTime, GlideDate, GlideTime, GlideDuration } = createDateTime(
        () => instance.clock.now(),
        sessionTimeZone
    )
    type GlideDateTime = InstanceType<typeof GlideDateTime>

    function normalise(table: string, field: string, value: unknown): string {
        if (value === null || value === undefined) return ''
        if (value instanceof GlideDateTime) return value.getValue()
        if (value instanceof GlideRecord) return value.getUniqueValue()
        if (value instanceof GlideElement) return value.toString()
        const column = instance.store.hasTable(table) ? instance.store.schema(table).columns.get(field) : undefined
        if (column && BOOLEAN_TYPES.indexOf(column.type) >= 0) {
            return value === true || value === 'true' || value === '1' || value === 1 ? 'true' : 'false'
        }
        if (typeof value === 'boolean') return value ? 'true' : 'false'
        return String(value)
    }

    /** What a GlideElement needs from its record; kept off the script-visible surface of GlideRecord. */
    interface FieldAccess {
        table: string
        record: GlideRecord
        current(): Values | null
        original(): Values | null
        queueJournal(field: string, text: string): void
    }

    /** The field's dictionary entry (sys_dictionary), where the instance has one. */
    function dictionaryEntry(table: string, field: string): Values | null {
        if (!instance.store.hasTable('sys_dictionary')) return null
        return (
            instance.store.select(
                'sys_dictionary',
                {
                    groups: [
                        [{ field: 'name', operator: '=', value: table }],
                        [{ field: 'element', operator: '=', value: field }],
                    ],
                    orderBy: [],
                },
                1
            )[0] || null
        )
    }

    /** A choice field's label for a value (sys_choice, the session language en), or null when none is defined. */
    function choiceLabel(table: string, field: string, value: string): string | null {
        if (!value || !instance.store.hasTable('sys_choice')) return null
        const schema = instance.store.schema('sys_choice')
        if (!schema.columns.has('element') || !schema.columns.has('value')) return null
        const choice = instance.store
            .select(
                'sys_choice',
                {
                    groups: [
                        [{ field: 'name', operator: '=', value: table }],
                        [{ field: 'element', operator: '=', value: field }],
                        [{ field: 'value', operator: '=', value }],
                    ],
                    orderBy: [],
                },
                null
            )
            .find((row) => row.inactive !== 'true' && (!row.language || row.language === 'en'))
        return choice ? choice.label || '' : null
    }

    /** A record's display value: its dictionary display field, else number, name, sys_id (the sandbox's order). */
    function recordDisplayValue(table: string, row: Values): string {
        if (instance.store.hasTable('sys_dictionary')) {
            const display = instance.store
                .select('sys_dictionary', parseEncodedQuery('name=' + table + '^display=true'), 1)
                .map((entry) => entry.element)[0]
            if (display) return row[display] || ''
        }
        return row.number || row.name || row.sys_id || ''
    }

    /** A field's display value: a choice's label, a reference's record display value, else the value. */
    function fieldDisplayValue(table: string, field: string, value: string): string {
        const label = choiceLabel(table, field, value)
        if (label !== null) return label
        const column = instance.store.hasTable(table) ? instance.store.schema(table).columns.get(field) : undefined
        // A date/time shows in the session's time zone (c_GlideElementScopedAPI.md, getDisplayValue()).
        if (value && column && column.type === 'glide_date_time' && fromGlideText(value) !== null)
            return new GlideDateTime(value).getDisplayValue()
        if (value && column && column.type === 'reference') {
            const target = dictionaryEntry(table, field)?.reference
            const row = target && instance.store.hasTable(target) ? instance.store.get(target, value) : null
            if (row) return recordDisplayValue(target!, row)
        }
        return value
    }

    /** What getED() gives: the field's descriptor from the dictionary. */
    class GlideElementDescriptor {
        constructor(
            private table: string,
            private field: string
        ) {}
        getName(): string {
            return this.field
        }
        getLabel(): string {
            return fieldLabel(this.table, this.field)
        }
        getInternalType(): string {
            const column = instance.store.hasTable(this.table)
                ? instance.store.schema(this.table).columns.get(this.field)
                : undefined
            return dictionaryEntry(this.table, this.field)?.internal_type || (column ? column.type : '')
        }
    }

    /** A field's label: its sys_documentation label (en), else its dictionary column_label, else its name. */
    function fieldLabel(table: string, field: string): string {
        if (instance.store.hasTable('sys_documentation')) {
            const documentation = instance.store.select(
                'sys_documentation',
                parseEncodedQuery('name=' + table + '^element=' + field + '^language=en'),
                1
            )[0]
            if (documentation && documentation.label) return documentation.label
        }
        return dictionaryEntry(table, field)?.column_label || field
    }

    /** `gr.field`: the instance's field object (c_GlideElementScopedAPI.md). Reads the record's live value. */
    class GlideElement {
        constructor(
            private access: FieldAccess,
            private field: string
        ) {}
        private column() {
            return instance.store.schema(this.access.table).columns.get(this.field)
        }
        private isJournal(): boolean {
            const column = this.column()
            return !!column && JOURNAL_TYPES.indexOf(column.type) >= 0
        }
        private raw(): string {
            const current = this.access.current()
            return current ? current[this.field] || '' : ''
        }
        toString(): string {
            return this.raw()
        }
        getValue(): string {
            return this.raw()
        }
        getName(): string {
            return this.field
        }
        getTableName(): string {
            return this.access.table
        }
        getLabel(): string {
            return fieldLabel(this.access.table, this.field)
        }
        getED(): GlideElementDescriptor {
            return new GlideElementDescriptor(this.access.table, this.field)
        }
        /** A dictionary attribute (sys_dictionary.attributes, `name=value` pairs); null when the field has none. */
        getAttribute(name: string): string | null {
            const attributes = dictionaryEntry(this.access.table, this.field)?.attributes || ''
            for (const pair of attributes.split(',')) {
                const at = pair.indexOf('=')
                if (at > 0 && pair.slice(0, at).trim() === String(name)) return pair.slice(at + 1).trim()
            }
            return null
        }
        getBooleanAttribute(name: string): boolean {
            return this.getAttribute(name) === 'true'
        }
        /** The label of the field's current choice; null when the value is no choice of the field. */
        getChoiceValue(): string | null {
            return choiceLabel(this.access.table, this.field, this.raw())
        }
        nil(): boolean {
            return this.raw() === ''
        }
        // The record's rules and the field's own rules must both pass (exploring-access-control-list.md).
        private fieldAllows(operation: string): boolean {
            return instance.acl.canField(this.access.table, this.field, operation, this.access.current())
        }
        canRead(): boolean {
            return this.access.record.canRead() && this.fieldAllows('read')
        }
        canWrite(): boolean {
            return this.access.record.canWrite() && this.fieldAllows('write')
        }
        canCreate(): boolean {
            return this.access.record.canCreate() && this.fieldAllows('create')
        }
        getDisplayValue(maxCharacters?: number): string {
            const text = this.access.record.getDisplayValue(this.field)
            return maxCharacters && maxCharacters > 0 ? text.slice(0, maxCharacters) : text
        }
        setValue(value: unknown): void {
            this.access.record.setValue(this.field, value)
        }
        setDisplayValue(value: unknown): void {
            this.access.record.setDisplayValue(this.field, value)
        }
        /** The docs exclude journal fields from changes(); stricter reading: a journal field never reports a change. */
        changes(): boolean {
            if (this.isJournal()) return false
            const original = this.access.original()
            return !!original && (original[this.field] || '') !== this.raw()
        }
        changesFrom(value: unknown): boolean {
            const original = this.access.original()
            return (
                this.changes() &&
                !!original &&
                (original[this.field] || '') === normalise(this.access.table, this.field, value)
            )
        }
        changesTo(value: unknown): boolean {
            return this.changes() && this.raw() === normalise(this.access.table, this.field, value)
        }
        // No setJournalEntry: c_GlideElementScopedAPI.md does not list it for scoped scripts (c_JournalFields.md
        // documents assignment, which the app uses).
        getJournalEntry(mostRecent: number): string {
            const current = this.access.current()
            if (!current || !current.sys_id || !this.isJournal()) return ''
            const entries = instance.store
                .select(
                    'sys_journal_field',
                    {
                        groups: [
                            [{ field: 'name', operator: '=', value: this.access.table }],
                            [{ field: 'element', operator: '=', value: this.field }],
                            [{ field: 'element_id', operator: '=', value: current.sys_id }],
                        ],
                        orderBy: [{ field: 'sys_created_on', descending: true }],
                    },
                    null
                )
                .map((row) => row.sys_created_on + ' - ' + row.sys_created_by + ' (' + this.field + ')\n' + row.value)
            return mostRecent === 1 ? entries[0] || '' : entries.join('\n\n')
        }
        dateNumericValue(): number {
            return fromGlideText(this.raw()) ?? 0
        }
        setDateNumericValue(milliseconds: number): void {
            this.access.record.setValue(this.field, toGlideText(Number(milliseconds)))
        }
        getGlideObject(): GlideDateTime | null {
            const value = this.raw()
            return value && fromGlideText(value) !== null ? new GlideDateTime(value) : null
        }
    }

    const hosts = new WeakMap<object, GlideRecord>()
    // Script-visible methods exclude the host's helpers (an instance's GlideRecord has none of these).
    const HOST_ONLY = [
        'load',
        'readable',
        'mayWrite',
        'queryValue',
        'write',
        'writeJournal',
        'fieldAccess',
        'property',
        'assign',
    ]

    class GlideRecord {
        private table: string
        private valid: boolean
        private conditions: EncodedQuery = { groups: [], orderBy: [] }
        private limit: number | null = null
        private windowStart = 0
        private userQuery = false
        private rows: Values[] | null = null
        private index = -1
        private current: Values | null = null
        private original: Values | null = null
        private isNew = false
        /** Written by insert() and not loaded since: deleteRecord() deletes nothing (see there). */
        private inserted = false
        private workflow = true
        private abort = false
        private journal: { element: string; value: string }[] = []
        private pending: Values = {}
        protected secure = false
        /** The proxy scripts hold; handed to business rules as `current`. */
        private self: GlideRecord = this
        private bound: Map<string, unknown> | null = null
        private elements: Map<string, GlideElement> | null = null
        private access: FieldAccess | null = null

        // Field access the way an instance gives it: methods win, a column name is its GlideElement, assigning to
        // a column sets it (a journal column queues an entry), and the record's own state is not visible.
        private static handler: ProxyHandler<GlideRecord> = {
            get(target, name) {
                if (typeof name !== 'string') return (target as unknown as { [key: symbol]: unknown })[name]
                return target.property(name)
            },
            set(target, name, value) {
                if (typeof name === 'string') target.assign(name, value)
                return true
            },
        }

        constructor(table: string, secure = false) {
            this.table = String(table)
            this.secure = secure
            this.valid = instance.store.hasTable(this.table)
            if (!this.valid) instance.log('warn', 'GlideRecord: invalid table ' + this.table)
            this.self = new Proxy(this, GlideRecord.handler)
            hosts.set(this.self, this)
            return this.self
        }

        /** What `gr.<name>` gives a script: a bound method, a field's GlideElement, or undefined. */
        private property(name: string): unknown {
            const own = Object.prototype.hasOwnProperty.call(this, name)
            const value = own ? undefined : (this as unknown as { [key: string]: unknown })[name]
            if (typeof value === 'function' && name !== 'constructor' && HOST_ONLY.indexOf(name) < 0) {
                if (!this.bound) this.bound = new Map()
                let method = this.bound.get(name)
                if (!method) {
                    method = (value as (...args: unknown[]) => unknown).bind(this)
                    this.bound.set(name, method)
                }
                return method
            }
            if (name === 'constructor') return value
            return this.getElement(name) ?? undefined
        }

        /** `gr.<name> = value`: sets a column; a journal column queues an entry, as on an instance (c_JournalFields.md). */
        private assign(name: string, value: unknown): void {
            if (!this.valid) return
            const schema = instance.store.schema(this.table)
            const column = schema.columns.get(name)
            // The docs are silent on assigning a name that is no field; the stricter reading keeps nothing.
            if (!column && !schema.dynamic) return
            if (column && JOURNAL_TYPES.indexOf(column.type) >= 0) {
                if (!this.current) this.initialize()
                this.fieldAccess().queueJournal(name, normalise(this.table, name, value))
                return
            }
            this.setValue(name, value)
        }

        private fieldAccess(): FieldAccess {
            if (!this.access) {
                this.access = {
                    table: this.table,
                    record: this.self,
                    current: () => this.current,
                    original: () => this.original,
                    queueJournal: (field, text) => {
                        if (text) this.journal.push({ element: field, value: text })
                    },
                }
            }
            return this.access
        }

        getElement(field: string): GlideElement | null {
            if (!this.valid || !instance.store.schema(this.table).columns.has(String(field))) return null
            if (!this.elements) this.elements = new Map()
            let element = this.elements.get(field)
            if (!element) {
                element = new GlideElement(this.fieldAccess(), String(field))
                this.elements.set(field, element)
            }
            return element
        }

        getTableName(): string {
            return this.table
        }
        getRecordClassName(): string {
            return this.current && this.current.sys_class_name ? this.current.sys_class_name : this.table
        }
        isActionAborted(): boolean {
            return this.abort
        }
        getEncodedQuery(): string {
            const terms = this.conditions.groups.map((group) =>
                group.map((term) => term.field + term.operator + term.value).join('^OR')
            )
            for (const order of this.conditions.orderBy)
                terms.push((order.descending ? 'ORDERBYDESC' : 'ORDERBY') + order.field)
            return terms.join('^')
        }
        isValid(): boolean {
            return this.valid
        }
        initialize(): void {
            this.current = {}
            for (const [name, column] of instance.store.schema(this.table).columns) {
                if (column.defaultValue && !column.defaultValue.startsWith('javascript:'))
                    this.current[name] = column.defaultValue
            }
            this.original = null
            this.isNew = true
            this.journal = []
            this.pending = {}
        }
        newRecord(): void {
            this.initialize()
            this.current!.sys_id = instance.newSysId()
        }
        addQuery(field: string, operatorOrValue?: unknown, value?: unknown): void {
            let term: Term
            if (arguments.length >= 3)
                term = {
                    field,
                    operator: String(operatorOrValue).toUpperCase(),
                    value: normalise(this.table, field, value),
                }
            else if (arguments.length === 2)
                term = { field, operator: '=', value: normalise(this.table, field, operatorOrValue) }
            else {
                const parsed = parseEncodedQuery(field)
                this.conditions.groups.push(...parsed.groups)
                return
            }
            if (term.operator === '==') term.operator = '='
            this.conditions.groups.push([term])
        }
        addEncodedQuery(query: string): void {
            const parsed = parseEncodedQuery(String(query))
            this.conditions.groups.push(
                ...parsed.groups.map((group) => group.map((term) => ({ ...term, value: this.queryValue(term) })))
            )
            this.conditions.orderBy.push(...parsed.orderBy)
        }
        private queryValue(term: Term): string {
            const column = instance.store.schema(this.table).columns.get(term.field)
            if (
                column &&
                BOOLEAN_TYPES.indexOf(column.type) >= 0 &&
                (term.operator === '=' || term.operator === '!=')
            ) {
                return normalise(this.table, term.field, term.value)
            }
            return term.value
        }
        addActiveQuery(): void {
            this.addQuery('active', true)
        }
        // The sandbox enforces no query ACLs on addQuery (there are none), so the system variants are the same
        // calls; the user variants keep only rows the user may read: the stricter reading of "query access".
        addSystemQuery(...args: [string, unknown?, unknown?]): void {
            this.addQuery(...args)
        }
        addSystemEncodedQuery(query: string): void {
            this.addEncodedQuery(query)
        }
        addSystemOrderBy(field: string): void {
            this.orderBy(field)
        }
        addSystemOrderByDesc(field: string): void {
            this.orderByDesc(field)
        }
        addUserQuery(...args: [string, unknown?, unknown?]): void {
            this.userQuery = true
            this.addQuery(...args)
        }
        addUserEncodedQuery(query: string): void {
            this.userQuery = true
            this.addEncodedQuery(query)
        }
        addUserOrderBy(field: string): void {
            this.userQuery = true
            this.orderBy(field)
        }
        addUserOrderByDesc(field: string): void {
            this.userQuery = true
            this.orderByDesc(field)
        }
        addNullQuery(field: string): void {
            this.conditions.groups.push([{ field, operator: 'ISEMPTY', value: '' }])
        }
        addNotNullQuery(field: string): void {
            this.conditions.groups.push([{ field, operator: 'ISNOTEMPTY', value: '' }])
        }
        orderBy(field: string): void {
            this.conditions.orderBy.push({ field, descending: false })
        }
        orderByDesc(field: string): void {
            this.conditions.orderBy.push({ field, descending: true })
        }
        /** setLimit() and chooseWindow() overwrite each other, whichever comes last wins (chooseWindow() docs). */
        setLimit(limit: number): void {
            this.limit = limit
            this.windowStart = 0
        }
        /** Rows firstRow (inclusive) to lastRow (exclusive), zero-based. */
        chooseWindow(firstRow: number, lastRow: number, _forceCount?: boolean): void {
            this.windowStart = Math.max(0, Math.floor(Number(firstRow) || 0))
            this.limit = Math.max(0, Math.floor(Number(lastRow) || 0) - this.windowStart)
        }
        /** Only skips the COUNT(*) an instance would run; the sandbox runs none. */
        setNoCount(): void {}
        setWorkflow(on: boolean): void {
            this.workflow = !!on
        }
        setAbortAction(abort: boolean): void {
            this.abort = !!abort
        }
        private readable(row: Values): boolean {
            return !this.secure || instance.acl.can(this.table, 'read', row)
        }
        query(field?: string, value?: unknown): void {
            // query(field, value) adds that condition first (c_GlideRecordScopedAPI.md, query()).
            if (arguments.length >= 2) this.addQuery(String(field), value)
            this.index = -1
            this.current = null
            if (!this.valid) {
                this.rows = []
                return
            }
            const start = this.windowStart
            this.rows = instance.store
                .select(this.table, this.conditions, this.limit === null ? null : start + this.limit)
                .slice(start)
                .filter((row) => this.readable(row) && (!this.userQuery || instance.acl.can(this.table, 'read', row)))
        }
        _query(field?: string, value?: unknown): void {
            if (arguments.length >= 2) this.query(field, value)
            else this.query()
        }
        hasNext(): boolean {
            return !!this.rows && this.index + 1 < this.rows.length
        }
        next(): boolean {
            if (!this.rows) this.query()
            if (!this.hasNext()) {
                this.current = null
                return false
            }
            this.index++
            this.load(this.rows![this.index])
            return true
        }
        _next(): boolean {
            return this.next()
        }
        private load(row: Values): void {
            this.current = { ...row }
            this.original = { ...row }
            this.isNew = false
            this.inserted = false
            this.journal = []
            this.pending = {}
        }
        getRowCount(): number {
            return this.rows ? this.rows.length : 0
        }
        get(fieldOrId: string, value?: unknown): boolean {
            if (!this.valid) return false
            let row: Values | null
            if (arguments.length >= 2) {
                row =
                    instance.store.select(
                        this.table,
                        {
                            groups: [
                                [{ field: fieldOrId, operator: '=', value: normalise(this.table, fieldOrId, value) }],
                            ],
                            orderBy: [],
                        },
                        1
                    )[0] || null
            } else row = fieldOrId ? instance.store.get(this.table, String(fieldOrId)) : null
            if (!row || !this.readable(row)) {
                this.current = null
                return false
            }
            this.load(row)
            return true
        }
        isValidRecord(): boolean {
            return this.current !== null && !this.isNew
        }
        isNewRecord(): boolean {
            return this.isNew
        }
        getUniqueValue(): string {
            return this.current ? this.current.sys_id || '' : ''
        }
        getValue(field: string): string | null {
            if (!this.current) return null
            const column = instance.store.schema(this.table).columns.get(field)
            const value = this.current[field]
            if (value === undefined || value === null || value === '') return null
            if (column && BOOLEAN_TYPES.indexOf(column.type) >= 0) return value === 'true' ? '1' : '0'
            return value
        }
        getDisplayValue(field?: string): string {
            if (!this.current) return ''
            if (!field) return recordDisplayValue(this.table, this.current)
            return fieldDisplayValue(this.table, String(field), this.current[field] || '')
        }
        /** The table's label (sys_db_object), else its name. */
        getClassDisplayValue(): string {
            const table = this.getRecordClassName()
            const row = instance.store.hasTable('sys_db_object')
                ? instance.store.select('sys_db_object', parseEncodedQuery('name=' + table), 1)[0]
                : undefined
            return (row && row.label) || table
        }
        /** `<table>.do?sys_id=…`; with the stack, the table's list of active records to return to. The page's one
         * example shows that stack whatever the record's query was; for a table without `active` the sandbox
         * returns to the unfiltered list (the docs are silent). */
        getLink(noStack?: boolean): string {
            if (!this.current || !this.current.sys_id) return ''
            const link = this.table + '.do?sys_id=' + this.current.sys_id
            if (noStack) return link
            const active = instance.store.schema(this.table).columns.has('active')
            return link + '&sysparm_stack=' + this.table + '_list.do' + (active ? '?sysparm_query=active=true' : '')
        }
        getElements(): GlideElement[] {
            if (!this.valid) return []
            return Array.from(instance.store.schema(this.table).columns.keys()).map((name) => this.getElement(name)!)
        }
        setValue(field: string, value: unknown): void {
            if (!this.current) this.initialize()
            const column = instance.store.schema(this.table).columns.get(field)
            const text = normalise(this.table, field, value)
            // "The setValue() method is not supported for journal fields" (c_JournalFields.md). The page does not say
            // what happens instead; the stricter reading is that nothing is written.
            if (column && JOURNAL_TYPES.indexOf(column.type) >= 0) return
            this.current![field] = text
            this.pending[field] = text
        }
        setDisplayValue(field: string, value: unknown): void {
            this.setValue(field, value)
        }
        changes(): boolean {
            return (
                Object.keys(this.pending).some((f) => !this.original || this.original[f] !== this.pending[f]) ||
                this.journal.length > 0
            )
        }
        operation(): string {
            return this.isNew ? 'insert' : 'update'
        }
        /** A read-only copy for `previous` in business rules. */
        snapshot(): GlideRecord | null {
            if (!this.original) return null
            const copy = new GlideRecord(this.table)
            hostOf(copy).load(this.original)
            return copy
        }
        values(): Values {
            return { ...(this.current || {}) }
        }
        /** `previous` for an update: the row before its first update in the running execution context (GlideHost). */
        private previousInContext(): GlideRecord | null {
            if (!this.original) return null
            const copy = new GlideRecord(this.table)
            hostOf(copy).load(instance.firstValuesInContext(this.table, this.original.sys_id, this.original))
            return copy
        }
        insert(): string | null {
            if (!this.valid) return null
            if (!this.current) this.initialize()
            if (this.secure && !this.mayWrite('create')) return null
            const now = toGlideText(instance.clock.now())
            if (!this.current!.sys_id) this.current!.sys_id = instance.newSysId()
            this.isNew = true
            this.abort = false
            instance.beforeInsert(this.table, this.current!)
            if (this.workflow) instance.rules.run(this.table, 'before', 'insert', this.self, null)
            if (this.abort) return null
            Object.assign(this.current!, {
                sys_created_on: now,
                sys_updated_on: now,
                sys_created_by: instance.session.userName,
                sys_updated_by: instance.session.userName,
                sys_mod_count: '0',
            })
            const current = this.current!
            if (!this.write(() => instance.store.insert(this.table, current))) return null
            this.writeJournal()
            this.original = { ...this.current! }
            this.isNew = false
            this.inserted = true
            this.pending = {}
            if (this.workflow) {
                instance.rules.run(this.table, 'after', 'insert', this.self, null)
                instance.rules.queueAsync(this.table, 'insert', this.self, null)
            }
            return this.current!.sys_id
        }
        update(): string | null {
            if (!this.current) return null
            if (this.isNew) return this.insert()
            if (this.secure && !this.mayWrite('write')) return null
            const previous = this.previousInContext()
            this.abort = false
            if (this.workflow) instance.rules.run(this.table, 'before', 'update', this.self, previous)
            if (this.abort) return null
            const changed: Values = {}
            for (const field of Object.keys(this.current)) {
                if (!this.original || this.original[field] !== this.current[field]) changed[field] = this.current[field]
            }
            if (Object.keys(changed).length > 0 || this.journal.length > 0) {
                changed.sys_updated_on = toGlideText(instance.clock.now())
                changed.sys_updated_by = instance.session.userName
                changed.sys_mod_count = String((parseInt(this.current.sys_mod_count || '0', 10) || 0) + 1)
                Object.assign(this.current, changed)
                const sysId = this.current.sys_id
                if (!this.write(() => instance.store.update(this.table, sysId, changed))) return null
                this.writeJournal()
            }
            this.original = { ...this.current }
            this.pending = {}
            if (this.workflow) {
                instance.rules.run(this.table, 'after', 'update', this.self, previous)
                instance.rules.queueAsync(this.table, 'update', this.self, previous ? previous.values() : null)
            }
            return this.current.sys_id
        }
        /** GlideRecordSecure: the table's rule, and each set field's own rule (exploring-access-control-list.md). */
        private mayWrite(operation: string): boolean {
            if (!instance.acl.can(this.table, operation, this.current)) return false
            return Object.keys(this.pending).every((field) =>
                instance.acl.canField(this.table, field, operation, this.current)
            )
        }
        /** A write refused by a unique index fails the way an instance fails it: logged, and no sys_id returned. */
        private write(work: () => unknown): boolean {
            try {
                work()
                return true
            } catch (error) {
                if (!(error instanceof UniqueViolation)) throw error
                instance.log('error', 'Unique Key violation detected by database (' + this.table + ')')
                return false
            }
        }
        updateMultiple(): void {
            if (!this.valid) return
            // "This method sets new values and does not clear existing values. To clear an existing value, use the
            // setValue() method and set the field to 'NULL'" (c_GlideRecordScopedAPI.md, updateMultiple()).
            const changes: Values = {}
            for (const field of Object.keys(this.pending)) {
                const pending = this.pending[field]
                if (pending === 'NULL') changes[field] = ''
                else if (pending !== '' && pending !== null && pending !== undefined) changes[field] = pending
            }
            if (!this.workflow) {
                const values: Values = {
                    ...changes,
                    sys_updated_on: toGlideText(instance.clock.now()),
                    sys_updated_by: instance.session.userName,
                }
                // The documentation promises no atomic compare-and-set across nodes (c_GlideRecordScopedAPI.md,
                // updateMultiple): read the matching rows, then write them one by one, as a scripted loop would.
                // Another node may change a row in between, and this write does not look again. On an instance the
                // read and the writes are separate database round trips; a pause (--round-trip-ms, default 5) keeps
                // that window open here.
                const matching = instance.store.select(this.table, this.conditions, this.limit)
                if (matching.length > 0 && instance.roundTripMs > 0)
                    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, instance.roundTripMs)
                for (const row of matching) {
                    instance.firstValuesInContext(this.table, row.sys_id, row)
                    instance.store.update(this.table, row.sys_id, values)
                }
                return
            }
            const each = new GlideRecord(this.table)
            hostOf(each).conditions = this.conditions
            hostOf(each).limit = this.limit
            each.query()
            while (each.next()) {
                for (const field of Object.keys(changes)) each.setValue(field, changes[field])
                each.update()
            }
        }
        deleteRecord(): boolean {
            // "The GlideRecord must be reloaded after the insert before it can be deleted" (c_GlideRecordScopedAPI.md,
            // deleteRecord()). The page does not say what happens otherwise; the stricter guess: nothing is deleted.
            if (!this.current || this.isNew || this.inserted) return false
            if (this.secure && !instance.acl.can(this.table, 'delete', this.current)) return false
            if (this.workflow) instance.rules.run(this.table, 'before', 'delete', this.self, this.snapshot())
            const deleted = instance.store.delete(this.table, this.current.sys_id) > 0
            if (deleted && this.workflow) instance.rules.run(this.table, 'after', 'delete', this.self, this.snapshot())
            return deleted
        }
        deleteMultiple(): void {
            this.query()
            while (this.next()) this.deleteRecord()
        }
        canRead(): boolean {
            return instance.acl.can(this.table, 'read', this.current)
        }
        canWrite(): boolean {
            return instance.acl.can(this.table, 'write', this.current)
        }
        canCreate(): boolean {
            return instance.acl.can(this.table, 'create', this.current)
        }
        canDelete(): boolean {
            return instance.acl.can(this.table, 'delete', this.current)
        }
        private writeJournal(): void {
            for (const entry of this.journal) {
                instance.store.insert('sys_journal_field', {
                    sys_id: instance.newSysId(),
                    name: this.table,
                    element: entry.element,
                    element_id: this.current!.sys_id,
                    value: entry.value,
                    sys_created_on: toGlideText(instance.clock.now()),
                    sys_created_by: instance.session.userName,
                    sys_updated_on: toGlideText(instance.clock.now()),
                    sys_updated_by: instance.session.userName,
                    sys_mod_count: '0',
                })
            }
            this.journal = []
        }
        /** The rule engine evaluates filter conditions with this. */
        matchesCondition(condition: string, previous: Values | null): boolean {
            if (!condition) return true
            return matches(parseEncodedQuery(condition), this.current || {}, previous, (field) =>
                instance.store.isNumeric(this.table, field)
            )
        }
    }

    class GlideRecordSecure extends GlideRecord {
        constructor(table: string) {
            super(table, true)
        }
    }

    /** The record behind a script's proxy, for the host's own bookkeeping. */
    function hostOf(record: GlideRecord): GlideRecord {
        return hosts.get(record) || record
    }

    class RESTResponseV2 {
        constructor(
            private result: { status: number; body: string; headers: { [name: string]: string }; error: string | null }
        ) {}
        getStatusCode(): number {
            return this.result.status
        }
        getBody(): string {
            return this.result.body
        }
        getHeader(name: string): string | null {
            return this.result.headers[String(name).toLowerCase()] ?? null
        }
        getHeaders(): { [name: string]: string } {
            return { ...this.result.headers }
        }
        haveError(): boolean {
            return this.result.error !== null
        }
        getErrorMessage(): string {
            return this.result.error || ''
        }
        getErrorCode(): number {
            return this.result.error ? this.result.status || 1 : 0
        }
    }

    class RESTMessageV2 {
        private method = 'get'
        private endpoint = ''
        private headers: { [name: string]: string } = {}
        private parameters: { [name: string]: string } = {}
        private body = ''
        private timeoutMs = 60000
        private oauthProfile = ''

        constructor(messageName?: string, functionName?: string) {
            if (!messageName) return
            const message = instance.store.select('sys_rest_message', parseEncodedQuery('name=' + messageName), 1)[0]
            if (!message) throw new Error('REST message not found: ' + messageName)
            const fn = instance.store.select(
                'sys_rest_message_fn',
                {
                    groups: [
                        [{ field: 'rest_message', operator: '=', value: message.sys_id }],
                        [{ field: 'function_name', operator: '=', value: String(functionName) }],
                    ],
                    orderBy: [],
                },
                1
            )[0]
            if (!fn) throw new Error('REST message function not found: ' + messageName + '.' + functionName)
            this.method = fn.http_method || 'get'
            this.endpoint = fn.rest_endpoint || message.rest_endpoint || ''
            for (const header of instance.store.select(
                'sys_rest_message_headers',
                { groups: [[{ field: 'rest_message', operator: '=', value: message.sys_id }]], orderBy: [] },
                null
            )) {
                this.headers[header.name] = header.value
            }
            for (const header of instance.store.select(
                'sys_rest_message_fn_headers',
                { groups: [[{ field: 'rest_message_function', operator: '=', value: fn.sys_id }]], orderBy: [] },
                null
            )) {
                this.headers[header.name] = header.value
            }
            const auth = fn.authentication_type && fn.authentication_type !== 'inherit_from_parent' ? fn : message
            if (auth.authentication_type === 'oauth2') this.oauthProfile = auth.oauth2_profile || ''
        }
        setHttpMethod(method: string): void {
            this.method = String(method).toLowerCase()
        }
        setEndpoint(endpoint: string): void {
            this.endpoint = String(endpoint)
        }
        getEndpoint(): string {
            return this.substitute(this.endpoint)
        }
        setRequestHeader(name: string, value: string): void {
            this.headers[String(name)] = String(value)
        }
        setStringParameterNoEscape(name: string, value: string): void {
            this.parameters[String(name)] = String(value)
        }
        setStringParameter(name: string, value: string): void {
            this.parameters[String(name)] = String(value)
                .replace(/&/g, '&amp;')
                .replace(/</g, '&lt;')
                .replace(/>/g, '&gt;')
                .replace(/"/g, '&quot;')
                .replace(/'/g, '&apos;')
        }
        setRequestBody(body: string): void {
            this.body = String(body)
        }
        setHttpTimeout(ms: number): void {
            this.timeoutMs = Math.max(1, Number(ms) || 60000)
        }
        private substitute(text: string): string {
            return text.replace(/\$\{([a-zA-Z0-9_]+)\}/g, (whole, name) =>
                name in this.parameters ? this.parameters[name] : whole
            )
        }
        execute(): RESTResponseV2 {
            const headers: { [name: string]: string } = {}
            for (const name of Object.keys(this.headers)) headers[name] = this.substitute(this.headers[name])
            const url = this.substitute(this.endpoint)
            if (this.oauthProfile) {
                // No token (wrong kind of entry, refused or unreachable token endpoint): the call still goes out,
                // without it, and the far side answers 401, as on an instance.
                const token = instance.oauth.tokenForProfile(this.oauthProfile)
                if (token) headers.Authorization = 'Bearer ' + token
            }
            const result = instance.http.request({
                method: this.method.toUpperCase(),
                url,
                headers,
                body: this.method === 'get' ? '' : this.body,
                timeoutMs: this.timeoutMs,
            })
            const error = result.error
                ? result.error
                : result.status >= 300
                  ? 'Method failed: (' + new URL(url).pathname + ') with code: ' + result.status
                  : null
            return new RESTResponseV2({ status: result.status, body: result.body, headers: result.headers, error })
        }
    }

    const session = {
        getTimeZoneName: () => sessionTimeZone(),
    }

    let captured: string[] | null = null

    /**
     * A gs log message with arguments is "the Java MessageFormat placeholder replacement pattern"
     * (c_GlideSystemScopedAPI.md, info()): `{n}` takes the n-th argument, an apostrophe quotes (two make one), and
     * an unclosed or non-numeric `{` throws as java.text.MessageFormat does. A message without arguments is written
     * as it is: the pages' examples log text with apostrophes ("Can't launch 64-bit Windows 7 virtual machine",
     * c_GlideRecordScopedAPI.md orderBy(); "Invalid date time: '2011-aa-31 aa:00:00', ignored", c_GlideDateTimeScoped.md
     * isValid()) and print it unchanged.
     */
    function format(message: unknown, parms: unknown[]): string {
        const pattern = String(message)
        if (parms.length === 0) return pattern
        let out = ''
        let quoted = false
        for (let i = 0; i < pattern.length; i++) {
            const c = pattern[i]
            if (c === "'") {
                if (pattern[i + 1] === "'") {
                    out += "'"
                    i++
                } else quoted = !quoted
                continue
            }
            if (quoted || c !== '{') {
                out += c
                continue
            }
            let depth = 1
            let end = i + 1
            for (; end < pattern.length; end++) {
                if (pattern[end] === '{') depth++
                else if (pattern[end] === '}' && --depth === 0) break
            }
            if (depth > 0) throw new Error('java.lang.IllegalArgumentException: Unmatched braces in the pattern.')
            const index = pattern
                .slice(i + 1, end)
                .split(',')[0]
                .trim()
            if (!/^\d+$/.test(index))
                throw new Error("java.lang.IllegalArgumentException: can't parse argument number: " + index)
            out += +index < parms.length ? String(parms[+index]) : '{' + index + '}'
            i = end
        }
        return out
    }

    function write(level: 'info' | 'warn' | 'error', message: unknown, parms: unknown[]): void {
        const text = format(message, parms)
        instance.log(level, text)
        if (captured) captured.push(text)
    }

    /** Runs work and returns what gs wrote meanwhile (the background script console). */
    function captureOutput(work: () => void): { output: string[]; error?: string } {
        const saved = captured
        const output: string[] = []
        captured = output
        try {
            work()
            return { output }
        } catch (caught) {
            return { output, error: String(caught && (caught as Error).message ? (caught as Error).message : caught) }
        } finally {
            captured = saved
        }
    }

    const gs = {
        getProperty(name: string, alt?: unknown): unknown {
            const properties = instance.properties()
            // The page promises the alternate for a property "not found" and is silent on one whose value is
            // empty; an instance may store a cleared value as null. The alternate then too (stricter: an app that
            // reads an empty value as "none" finds its default here).
            const value = properties.get(String(name))
            if (value === undefined || value === null || value === '') return alt === undefined ? null : alt
            return value
        },
        info: (message: unknown, ...parms: unknown[]) => write('info', message, parms),
        warn: (message: unknown, ...parms: unknown[]) => write('warn', message, parms),
        error: (message: unknown, ...parms: unknown[]) => write('error', message, parms),
        // Debug lines reach the output only with the session's debug logging on, which the sandbox leaves off.
        debug: (message: unknown, ...parms: unknown[]) => instance.log('debug', format(message, parms)),
        log: (message: unknown) => write('info', message, []),
        getUserDisplayName: () => {
            const user = instance.store.get('sys_user', instance.session.userId)
            return user ? user.name : 'System Administrator'
        },
        // The system defaults (the sandbox's users set no formats of their own).
        getDateFormat: () => 'yyyy-MM-dd',
        getDateTimeFormat: () => 'yyyy-MM-dd HH:mm:ss',
        getTimeFormat: () => 'HH:mm:ss',
        isMobile: () => false,
        tableExists: (name: string) => instance.store.hasTable(String(name)),
        setProperty(name: string, value: unknown, description?: string): void {
            const property = new GlideRecord('sys_properties')
            if (!property.get('name', String(name))) {
                property.initialize()
                property.setValue('name', String(name))
                if (description) property.setValue('description', String(description))
            }
            property.setValue('value', normalise('sys_properties', 'value', value))
            property.update()
        },
        generateGUID: () => instance.newSysId(),
        getUserName: () => instance.session.userName,
        getUserID: () => instance.session.userId,
        hasRole: (role: string) => instance.session.hasRole(String(role)),
        nowDateTime: () => toGlideText(instance.clock.now()),
        nil: (value: unknown) =>
            value === null ||
            value === undefined ||
            value === '' ||
            (value instanceof GlideElement && value.nil()) ||
            // A GlideRecord that holds no record (no table, or not positioned on a row) is nil.
            (value instanceof GlideRecord && value.getUniqueValue() === ''),
        addInfoMessage: (message: unknown) => instance.session.messages.push({ type: 'info', text: String(message) }),
        addErrorMessage: (message: unknown) => instance.session.messages.push({ type: 'error', text: String(message) }),
        getSession: () => session,
        eventQueue(name: string, record: GlideRecord | null, parm1?: unknown, parm2?: unknown, queue?: string): void {
            instance.events.queue(
                String(name),
                record ? record.getTableName() : '',
                record ? record.getUniqueValue() : '',
                parm1,
                parm2,
                instance.clock.now(),
                queue
            )
        },
        eventQueueScheduled(
            name: string,
            record: GlideRecord | null,
            parm1: unknown,
            parm2: unknown,
            when: GlideDateTime | string
        ): void {
            const at =
                when instanceof GlideDateTime
                    ? when.getNumericValue()
                    : (fromGlideText(String(when)) ?? instance.clock.now())
            instance.events.queue(
                String(name),
                record ? record.getTableName() : '',
                record ? record.getUniqueValue() : '',
                parm1,
                parm2,
                at
            )
        },
    }

    /** The global scope's gs, as a background script sees it: it also has print() (gs.print is not in scoped gs). */
    const globalGs = { ...gs, print: (message: unknown) => write('info', message, []) }

    return {
        GlideRecord,
        GlideRecordSecure,
        GlideDateTime,
        GlideDate,
        GlideTime,
        GlideDuration,
        RESTMessageV2,
        RESTResponseV2,
        gs,
        globalGs,
        captureOutput,
        sn_auth: instance.oauth.scriptApi(),
    }
}

export type Glide = ReturnType<typeof createGlide>
