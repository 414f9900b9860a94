// Reads a built Fluent app (dist/app) as an instance would install it: records per table, and table definitions.
import * as fs from 'fs'
import * as path from 'path'
import { createHash } from 'crypto'
import { XMLParser } from 'fast-xml-parser'

export interface BuiltRecord {
    table: string
    sysId: string
    fields: { [name: string]: string }
    attributes: { [name: string]: { [attribute: string]: string } }
    file: string
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    textNodeName: '#text',
    cdataPropName: '#cdata',
})

function text(node: unknown): string {
    if (node === null || node === undefined) return ''
    if (typeof node !== 'object') return String(node)
    const object = node as { [key: string]: unknown }
    if (object['#cdata'] !== undefined) return String(object['#cdata'])
    if (object['#text'] !== undefined) return String(object['#text'])
    return ''
}

export function appDir(): string {
    return path.join(__dirname, '..', '..', 'dist', 'app')
}

export interface ColumnDefinition {
    name: string
    type: string
    maxLength: number
    defaultValue: string
    unique: boolean
}

export interface TableDefinition {
    name: string
    /** Set for a table the app creates; absent when the app only adds columns to someone else's table. */
    label?: string
    columns: ColumnDefinition[]
    indexes: { name: string; unique: boolean; columns: string[] }[]
}

function asList<T>(value: T | T[] | undefined): T[] {
    if (value === undefined) return []
    return Array.isArray(value) ? value : [value]
}

export function loadTables(dir: string = appDir()): TableDefinition[] {
    const tables: TableDefinition[] = []
    const raw = loadTableDefinitions(dir) as { [table: string]: any }
    for (const name of Object.keys(raw)) {
        const element = raw[name]
        tables.push({
            name,
            label: element['@type'] === 'collection' && element['@label'] ? element['@label'] : undefined,
            columns: asList(element.element).map((column: any) => ({
                name: column['@name'],
                type: column['@type'],
                maxLength: parseInt(column['@max_length'] || '40', 10),
                defaultValue: column['@default_value'] || '',
                unique: column['@unique'] === 'true',
            })),
            indexes: asList(element.index).map((index: any) => ({
                name: index['@name'],
                unique: index['@unique'] === 'true',
                columns: asList(index.element).map((e: any) => e['@name']),
            })),
        })
    }
    // A sys_dictionary record on its own adds its column, as installing one does on an instance (how the app
    // adds columns to a table it does not own, with no table-level dictionary file).
    for (const entry of loadBuiltRecords(dir).filter((r) => r.table === 'sys_dictionary')) {
        const { name, element, internal_type: type } = entry.fields
        if (!name || !element || type === 'collection') continue
        let table = tables.find((t) => t.name === name)
        if (!table) tables.push((table = { name, columns: [], indexes: [] }))
        if (table.columns.some((c) => c.name === element)) continue
        table.columns.push({
            name: element,
            type,
            maxLength: parseInt(entry.fields.max_length || '40', 10),
            defaultValue: entry.fields.default_value || '',
            unique: entry.fields.unique === 'true',
        })
    }
    return tables
}

export function loadBuiltRecords(dir: string = appDir()): BuiltRecord[] {
    const records: BuiltRecord[] = []
    const files: string[] = []
    for (const sub of ['scope', 'update']) {
        const subDir = path.join(dir, sub)
        if (!fs.existsSync(subDir)) continue
        for (const name of fs.readdirSync(subDir).filter((n) => n.endsWith('.xml'))) files.push(path.join(subDir, name))
    }
    for (const file of files) {
        const doc = parser.parse(fs.readFileSync(file, 'utf8'))
        const update = doc.record_update || doc.unload
        if (!update) continue
        for (const table of Object.keys(update).filter((key) => !key.startsWith('@') && key !== '#text')) {
            // One update file may hold several records of a table (a Flow action's steps and variables, an ATF
            // step's inputs): each is a record; a delete_multiple entry only clears old ones.
            for (const node of asList<any>(update[table]).filter((n) => n && n['@action'] !== 'delete_multiple'))
                records.push(toRecord(table, node, file))
        }
    }
    return records
}

/**
 * The records the build deletes: a record definition removed from fluent/ (the SDK tracks it in keys.ts) or a
 * Now.del(). The build writes them to author_elective_update with action="DELETE", and a deploy removes them from
 * the instance (node_modules/@servicenow/sdk/docs/fluent/now-del-guide.md).
 */
export function loadDeletedRecords(dir: string = appDir()): { table: string; sysId: string }[] {
    const deleted: { table: string; sysId: string }[] = []
    const subDir = path.join(dir, 'author_elective_update')
    if (!fs.existsSync(subDir)) return deleted
    for (const name of fs.readdirSync(subDir).filter((n) => n.endsWith('.xml'))) {
        const update = parser.parse(fs.readFileSync(path.join(subDir, name), 'utf8')).record_update
        if (!update) continue
        for (const table of Object.keys(update).filter((key) => !key.startsWith('@') && key !== '#text')) {
            for (const node of asList<any>(update[table])) {
                if (node && String(node['@action']).toUpperCase() === 'DELETE' && text(node.sys_id))
                    deleted.push({ table, sysId: text(node.sys_id) })
            }
        }
    }
    return deleted
}

function toRecord(table: string, node: any, file: string): BuiltRecord {
    const fields: { [name: string]: string } = {}
    const attributes: { [name: string]: { [attribute: string]: string } } = {}
    for (const name of Object.keys(node).filter((key) => !key.startsWith('@'))) {
        fields[name] = text(node[name])
        if (typeof node[name] === 'object' && node[name] !== null) {
            const attrs: { [attribute: string]: string } = {}
            for (const key of Object.keys(node[name]).filter((k) => k.startsWith('@')))
                attrs[key.slice(1)] = node[name][key]
            attributes[name] = attrs
        }
    }
    return { table, sysId: fields.sys_id, fields, attributes, file }
}

export function loadTableDefinitions(dir: string = appDir()): { [table: string]: unknown } {
    const tables: { [table: string]: unknown } = {}
    const dictionaryDir = path.join(dir, 'dictionary')
    for (const file of fs.readdirSync(dictionaryDir).filter((name) => name.endsWith('.xml'))) {
        const doc = parser.parse(fs.readFileSync(path.join(dictionaryDir, file), 'utf8'))
        const element = doc.database.element
        tables[element['@name']] = element
    }
    return tables
}

/** One fingerprint of everything the package holds: a different build is a different package. */
export function packageHash(dir: string = appDir()): string {
    const hash = createHash('sha256')
    const walk = (sub: string) => {
        for (const name of fs.readdirSync(path.join(dir, sub)).sort()) {
            const relative = path.join(sub, name)
            if (fs.statSync(path.join(dir, relative)).isDirectory()) walk(relative)
            else
                hash.update(relative + '\0')
                    .update(fs.readFileSync(path.join(dir, relative)))
                    .update('\0')
        }
    }
    walk('')
    return hash.digest('hex')
}
