// Reads the built app (dist/app) as records: { table, sys_id, fields } per record, as the instance would load them.
import * as fs from 'fs'
import * as path from 'path'
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
            const node = update[table]
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
            records.push({ table, sysId: fields.sys_id, fields, attributes, file })
        }
    }
    return records
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
