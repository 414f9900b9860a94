// The built app's admin experience (Properties page, property roles) and what it does to tables it does not own.
import * as fs from 'fs'
import * as path from 'path'
import { XMLParser } from 'fast-xml-parser'
import { BuiltRecord, appDir, loadBuiltRecords } from '../support/built-app.ts'

const records = loadBuiltRecords()

function all(table: string, match: { [field: string]: string } = {}): BuiltRecord[] {
    return records.filter((r) => r.table === table && Object.keys(match).every((key) => r.fields[key] === match[key]))
}

describe('the Properties page', () => {
    const appProperties = all('sys_properties').filter((p) => p.fields.name.startsWith('x_elm_bridge.'))

    it('the module opens the category page of a category the app ships', () => {
        const [module] = all('sys_app_module', { title: 'Properties' })
        const link = new URL('https://instance/' + module.fields.query)
        expect(link.pathname).toBe('/system_properties_ui.do')
        const name = link.searchParams.get('sysparm_category')
        expect(all('sys_properties_category', { name: name! }).length).toBe(1)
        expect(link.searchParams.get('sysparm_title')).toBeTruthy()
        expect(link.searchParams.get('sysparm_query')).toBeNull()
    })

    it('every app property is on that page exactly once', () => {
        const [module] = all('sys_app_module', { title: 'Properties' })
        const name = new URL('https://instance/' + module.fields.query).searchParams.get('sysparm_category')!
        const [category] = all('sys_properties_category', { name })
        const links = all('sys_properties_category_m2m', { category: category.sysId })
        expect(appProperties.length).toBeGreaterThanOrEqual(10)
        expect(links.map((l) => l.fields.property).sort()).toEqual(appProperties.map((p) => p.sysId).sort())
        expect(new Set(links.map((l) => l.fields.order)).size).toBe(links.length)
    })

    it('x_elm_bridge.admin may read and change every app property', () => {
        for (const property of appProperties) {
            const roles = (field: string) => property.fields[field].split(',').map((r) => r.trim())
            expect([property.fields.name, roles('read_roles')]).toEqual([
                property.fields.name,
                expect.arrayContaining(['x_elm_bridge.admin']),
            ])
            expect([property.fields.name, roles('write_roles')]).toEqual([
                property.fields.name,
                expect.arrayContaining(['x_elm_bridge.admin']),
            ])
        }
    })
})

// Every file in dist/app, whatever folder it loads from (update, author_elective_update, dictionary ...).
function everyXml(dir: string = appDir()): { file: string; doc: any }[] {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false })
    const out: { file: string; doc: any }[] = []
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) out.push(...everyXml(full))
        else if (entry.name.endsWith('.xml'))
            out.push({ file: path.relative(appDir(), full), doc: parser.parse(fs.readFileSync(full, 'utf8')) })
    }
    return out
}

// Records that describe a table itself (its existence, label, access, licensing, numbering, indexes).
const TABLE_METADATA = [
    'sys_db_object',
    'sys_dictionary',
    'sys_documentation',
    'ua_table_licensing_config',
    'sys_dictionary_override',
    'sys_number',
    'sys_index',
]

describe('tables the app does not own', () => {
    const files = everyXml()
    // The tables the app creates: a sys_db_object record of its own, in its scope's namespace.
    const owned = new Set(all('sys_db_object').map((t) => t.fields.name))

    it('the app creates only tables in its own namespace', () => {
        expect(owned.has('x_elm_bridge_callout')).toBe(true)
        for (const table of owned) expect(table).toMatch(/^x_elm_bridge_/)
    })

    it('no table-level dictionary element (application access: ws_access, create_access ...) for them', () => {
        const foreign: string[] = []
        for (const { file, doc } of files.filter((f) => f.doc.database)) {
            const elements = [].concat(doc.database.element || [])
            for (const element of elements as any[])
                if (!owned.has(element['@name'])) foreign.push(file + ': ' + element['@name'])
        }
        expect(foreign).toEqual([])
    })

    it('no record about the table itself and no DELETE on it: only the three column entries', () => {
        const offending: string[] = []
        const columns: string[] = []
        for (const { file, doc } of files.filter((f) => f.doc.record_update)) {
            for (const table of Object.keys(doc.record_update).filter((k) => !k.startsWith('@'))) {
                const node = doc.record_update[table]
                const name = typeof node.name === 'string' ? node.name : ''
                if (TABLE_METADATA.indexOf(table) < 0 || !name || owned.has(name)) continue
                const element = typeof node.element === 'string' ? node.element : ''
                const column =
                    table === 'sys_dictionary' &&
                    node['@action'] === 'INSERT_OR_UPDATE' &&
                    element.startsWith('x_elm_bridge_') &&
                    node.internal_type !== 'collection'
                if (column) columns.push(name + '.' + element)
                else offending.push(file + ' (' + node['@action'] + ' ' + table + ' ' + name + ')')
            }
        }
        expect(offending).toEqual([])
        expect(columns.sort()).toEqual([
            'sc_request.x_elm_bridge_request_id',
            'sc_request.x_elm_bridge_stage',
            'sc_request.x_elm_bridge_stage_instance_id',
        ])
    })
})
