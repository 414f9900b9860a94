// A record definition removed from fluent/ leaves the instance on the next install: the build writes it to
// author_elective_update with action="DELETE" (node_modules/@servicenow/sdk/docs/fluent/now-del-guide.md), and the
// sandbox applies it as a deploy does. The send path's read-back now uses the reconcile read (`read_request`, which
// selects the callout instances); its old `get_request` function is such a record.
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { Instance } from '../../scripts/sandbox/instance.ts'
import { appDir, loadBuiltRecords, loadDeletedRecords } from '../support/built-app.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elm-removed-'))
const dataFile = path.join(dir, 'sandbox.sqlite')
const open = (reinstall: boolean) =>
    new Instance({ appDir: appDir(), dataFile, allowRemote: false, nodeName: 'removed', log: () => {}, reinstall })

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('records the build deletes', () => {
    it('include the REST function the send path no longer calls, and none the app still ships', () => {
        const deleted = loadDeletedRecords(appDir())
        const functions = deleted.filter((d) => d.table === 'sys_rest_message_fn')
        expect(functions).toHaveLength(1)
        const shipped = new Set(loadBuiltRecords(appDir()).map((r) => r.table + '/' + r.sysId))
        expect(deleted.filter((d) => shipped.has(d.table + '/' + d.sysId))).toEqual([])
        const names = loadBuiltRecords(appDir())
            .filter((r) => r.table === 'sys_rest_message_fn')
            .map((r) => r.fields.function_name)
            .sort()
        expect(names).toEqual(['read_request', 'resume', 'verify'])
    })

    it('are gone from an instance that held them after the app is installed again', async () => {
        const deleted = loadDeletedRecords(appDir())
        const first = open(false)
        // What an install of the version before left behind.
        for (const gone of deleted) {
            if (!first.store.hasTable(gone.table)) first.store.defineTable(gone.table, [], true)
            first.store.insert(gone.table, { sys_id: gone.sysId })
        }
        expect(deleted.every((gone) => first.store.get(gone.table, gone.sysId))).toBe(true)
        await first.close()

        const upgraded = open(true)
        try {
            expect(deleted.filter((gone) => upgraded.store.get(gone.table, gone.sysId))).toEqual([])
            const kept = upgraded.store
                .select('sys_rest_message_fn', { groups: [], orderBy: [] }, 10)
                .map((row) => row.function_name)
            expect(kept.sort()).toEqual(['read_request', 'resume', 'verify'])
        } finally {
            await upgraded.close()
        }
    })
})
