// The defaults the code falls back to (PROPERTY_DEFAULTS) are the values the built app ships in sys_properties:
// an unset property and a freshly installed one must mean the same thing.
import { PROPERTY_DEFAULTS, PROPERTY_PREFIX, PropertyName, readSettings } from '../../src/server/core/settings.ts'
import { loadBuiltRecords } from '../support/built-app.ts'

const shipped = new Map<string, string>()
for (const record of loadBuiltRecords()) {
    if (record.table === 'sys_properties' && record.fields.name.startsWith(PROPERTY_PREFIX)) {
        shipped.set(record.fields.name.slice(PROPERTY_PREFIX.length), record.fields.value || '')
    }
}

describe('property defaults', () => {
    it('every property the code has a default for ships with that value, and no shipped property lacks one', () => {
        const names = Object.keys(PROPERTY_DEFAULTS) as PropertyName[]
        expect(names.map((name) => [name, shipped.get(name)])).toEqual(
            names.map((name) => [name, PROPERTY_DEFAULTS[name]])
        )
        expect([...shipped.keys()].filter((name) => !(name in PROPERTY_DEFAULTS))).toEqual([])
    })

    it('settings read from the shipped properties equal the settings of an instance where none is set', () => {
        expect(readSettings((name) => shipped.get(name))).toEqual(readSettings(() => undefined))
    })
})
