// The built app's admin experience (Properties page, property roles) and what it does to tables it does not own.
import { BuiltRecord, loadBuiltRecords } from '../support/built-app.ts'

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
