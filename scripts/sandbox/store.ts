// Records in SQLite (better-sqlite3): every value a string, like an instance; unique indexes enforced by SQLite.
import Database from 'better-sqlite3'
import { EncodedQuery, toSql } from './encoded-query.ts'

export type Values = { [field: string]: string }

export interface Column {
    type: string
    defaultValue: string
}

export interface TableSchema {
    name: string
    columns: Map<string, Column>
    /** Tables without a definition (platform record tables such as sys_script) grow a column per field seen. */
    dynamic: boolean
}

export const SYSTEM_COLUMNS = [
    'sys_id',
    'sys_created_on',
    'sys_created_by',
    'sys_updated_on',
    'sys_updated_by',
    'sys_mod_count',
]
const NUMERIC_TYPES = ['integer', 'decimal', 'float', 'longint']
export const JOURNAL_TYPES = ['journal', 'journal_input', 'journal_list']

function quote(name: string): string {
    if (!/^[a-z0-9_]+$/i.test(name)) throw new Error('Invalid name: ' + name)
    return '"' + name + '"'
}

export class UniqueViolation extends Error {}

export class Store {
    readonly db: Database.Database
    private schemas = new Map<string, TableSchema>()
    private statements = new Map<string, Database.Statement>()

    /** Prepared statements are cached by their text: preparing is the costliest step of a small query. */
    prepare(sql: string): Database.Statement {
        let statement = this.statements.get(sql)
        if (!statement) {
            statement = this.db.prepare(sql)
            this.statements.set(sql, statement)
        }
        return statement
    }

    constructor(file: string | null) {
        this.db = new Database(file || ':memory:')
        if (file) {
            this.db.pragma('journal_mode = WAL')
            this.db.pragma('busy_timeout = 5000')
        }
        this.db.pragma('synchronous = NORMAL')
    }

    schema(table: string): TableSchema {
        const schema = this.schemas.get(table)
        if (!schema) throw new Error('Invalid table name ' + table)
        return schema
    }

    hasTable(table: string): boolean {
        return this.schemas.has(table)
    }

    tables(): string[] {
        return Array.from(this.schemas.keys())
    }

    defineTable(
        table: string,
        columns: { name: string; type: string; defaultValue?: string }[],
        dynamic: boolean
    ): void {
        let schema = this.schemas.get(table)
        if (!schema) {
            schema = { name: table, columns: new Map(), dynamic }
            this.schemas.set(table, schema)
            for (const name of SYSTEM_COLUMNS)
                schema.columns.set(name, { type: name === 'sys_mod_count' ? 'integer' : 'string', defaultValue: '' })
            this.db.exec(
                'CREATE TABLE IF NOT EXISTS ' +
                    quote(table) +
                    ' (' +
                    SYSTEM_COLUMNS.map((c) => quote(c) + (c === 'sys_id' ? ' TEXT PRIMARY KEY' : ' TEXT')).join(', ') +
                    ')'
            )
        } else if (!dynamic) schema.dynamic = false
        const existing = new Set(
            (this.db.prepare('PRAGMA table_info(' + quote(table) + ')').all() as { name: string }[]).map((c) => c.name)
        )
        for (const column of columns) {
            schema.columns.set(column.name, { type: column.type, defaultValue: column.defaultValue || '' })
            if (JOURNAL_TYPES.indexOf(column.type) >= 0) continue
            if (!existing.has(column.name)) {
                this.statements.clear()
                try {
                    this.db.exec('ALTER TABLE ' + quote(table) + ' ADD COLUMN ' + quote(column.name) + ' TEXT')
                } catch (error) {
                    // Another sandbox node on the same data file added it first.
                    if (!String((error as Error).message).includes('duplicate column')) throw error
                }
                existing.add(column.name)
            }
        }
    }

    defineIndex(table: string, name: string, columns: string[], unique: boolean): void {
        this.db.exec(
            'CREATE ' +
                (unique ? 'UNIQUE ' : '') +
                'INDEX IF NOT EXISTS ' +
                quote(name) +
                ' ON ' +
                quote(table) +
                ' (' +
                columns.map(quote).join(', ') +
                ')'
        )
    }

    isNumeric(table: string, field: string): boolean {
        const column = this.schemas.get(table)?.columns.get(field)
        return !!column && NUMERIC_TYPES.indexOf(column.type) >= 0
    }

    private column(table: string, field: string): { sql: string; numeric: boolean } {
        const schema = this.schema(table)
        if (!schema.columns.has(field)) {
            if (schema.dynamic) this.defineTable(table, [{ name: field, type: 'string' }], true)
            else throw new Error('Invalid field ' + field + ' in a query on ' + table)
        }
        return { sql: quote(field), numeric: this.isNumeric(table, field) }
    }

    select(table: string, query: EncodedQuery, limit: number | null): Values[] {
        this.schema(table)
        const sql = toSql(query, (field) => this.column(table, field))
        const text =
            'SELECT * FROM ' +
            quote(table) +
            ' WHERE ' +
            sql.where +
            (sql.orderBy ? ' ORDER BY ' + sql.orderBy : ' ORDER BY rowid') +
            (limit !== null ? ' LIMIT ' + Math.max(0, Math.floor(limit)) : '')
        return (this.prepare(text).all(...sql.params) as Values[]).map((row) => this.clean(row))
    }

    get(table: string, sysId: string): Values | null {
        this.schema(table)
        const row = this.prepare('SELECT * FROM ' + quote(table) + ' WHERE sys_id = ?').get(sysId) as Values | undefined
        return row ? this.clean(row) : null
    }

    private clean(row: Values): Values {
        const out: Values = {}
        for (const key of Object.keys(row))
            out[key] = row[key] === null || row[key] === undefined ? '' : String(row[key])
        return out
    }

    private storable(table: string, values: Values): Values {
        const schema = this.schema(table)
        const out: Values = {}
        for (const field of Object.keys(values)) {
            const column = schema.columns.get(field)
            if (!column) {
                if (!schema.dynamic) continue
                this.defineTable(table, [{ name: field, type: 'string' }], true)
            } else if (JOURNAL_TYPES.indexOf(column.type) >= 0) continue
            out[field] = values[field]
        }
        return out
    }

    insert(table: string, values: Values): void {
        const row = this.storable(table, values)
        const fields = Object.keys(row)
        try {
            this.prepare(
                'INSERT INTO ' +
                    quote(table) +
                    ' (' +
                    fields.map(quote).join(', ') +
                    ') VALUES (' +
                    fields.map(() => '?').join(', ') +
                    ')'
            ).run(...fields.map((f) => row[f]))
        } catch (error) {
            if (String((error as Error).message).includes('UNIQUE')) throw new UniqueViolation((error as Error).message)
            throw error
        }
    }

    /** Updates one row; `where` adds compare-and-set conditions. Returns the number of rows changed. */
    update(table: string, sysId: string, values: Values): number {
        const row = this.storable(table, values)
        const fields = Object.keys(row).filter((f) => f !== 'sys_id')
        if (fields.length === 0) return 0
        try {
            return this.prepare(
                'UPDATE ' +
                    quote(table) +
                    ' SET ' +
                    fields.map((f) => quote(f) + ' = ?').join(', ') +
                    ' WHERE sys_id = ?'
            ).run(...fields.map((f) => row[f]), sysId).changes
        } catch (error) {
            if (String((error as Error).message).includes('UNIQUE')) throw new UniqueViolation((error as Error).message)
            throw error
        }
    }

    /** One atomic UPDATE for all matching rows (GlideRecord.updateMultiple without business rules). */
    updateWhere(table: string, query: EncodedQuery, values: Values): number {
        const row = this.storable(table, values)
        const fields = Object.keys(row)
        if (fields.length === 0) return 0
        const sql = toSql(query, (field) => this.column(table, field))
        return this.prepare(
            'UPDATE ' + quote(table) + ' SET ' + fields.map((f) => quote(f) + ' = ?').join(', ') + ' WHERE ' + sql.where
        ).run(...fields.map((f) => row[f]), ...sql.params).changes
    }

    delete(table: string, sysId: string): number {
        return this.prepare('DELETE FROM ' + quote(table) + ' WHERE sys_id = ?').run(sysId).changes
    }

    /** BEGIN IMMEDIATE: takes the write lock up front, so two nodes on one file never deadlock on an upgrade. */
    transaction<T>(work: () => T): T {
        return this.db.transaction(work).immediate()
    }
}
