// Issue 9, item 2: what the admin enters survives a reinstall. The sandbox reinstalls the way `now-sdk install`
// does (every field the package holds, no other), so what the package leaves out (the OAuth entry's token URL,
// client ID and secret) survives, and property values go back to their shipped defaults
// (um-process-skipped-records.md: only an upgrade skips records an admin customised).
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { GraphEmulator } from '../../scripts/emulator/graph-emulator.ts'
import {
    Sandbox,
    openCallout,
    records,
    setProperty,
    startSandbox,
    updateTicket,
    waitForStatus,
    wire,
} from './harness.ts'

describe('a reinstall over a configured sandbox', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elm-reinstall-'))
    const dataFile = path.join(dir, 'sandbox.sqlite')
    const emulator = new GraphEmulator()
    let sandbox: Sandbox | null = null

    afterAll(async () => {
        await sandbox?.stop()
        await emulator.close()
        fs.rmSync(dir, { recursive: true, force: true })
    })

    it('keeps the OAuth entry the admin configured, resets property values, and the loop still resumes', async () => {
        const emulatorUrl = 'http://127.0.0.1:' + (await emulator.listen())
        sandbox = await startSandbox(['--data', dataFile])
        await wire(sandbox.url, emulator, emulatorUrl)
        await setProperty(sandbox.url, 'x_elm_bridge.source', 'Contoso ServiceNow')
        const opened = await openCallout(sandbox.url, emulator)
        await sandbox.stop()

        // A restart on the same data file is not an install: the admin's property values stay.
        sandbox = await startSandbox(['--data', dataFile])
        expect((await records(sandbox.url, 'sys_properties', 'name=x_elm_bridge.source'))[0].value).toBe(
            'Contoso ServiceNow'
        )
        await sandbox.stop()

        // `now-sdk install` of the same build again.
        sandbox = await startSandbox(['--data', dataFile, '--reinstall'])
        const [entity] = await records(sandbox.url, 'oauth_entity', 'name=ELM Ticket Bridge Graph')
        expect(entity.client_id).toBe(emulator.config.clientId)
        expect(entity.token_url).toBe(emulatorUrl + '/' + emulator.config.tenantId + '/oauth2/v2.0/token')
        expect(entity.client_secret).toBe('********')
        expect(entity.type).toBe('oauth_provider')
        const property = async (name: string) => (await records(sandbox!.url, 'sys_properties', 'name=' + name))[0]
        // The package holds every property's value: a development reinstall writes the shipped default again.
        expect((await property('x_elm_bridge.graph_endpoint')).value).toBe('https://graph.microsoft.com')
        expect((await property('x_elm_bridge.source')).value).toBe('ServiceNow')

        // The admin re-enters property values (the emulator stands in for graph.microsoft.com here); the OAuth
        // entry is not touched, and a ticket opened before the reinstall resumes.
        await setProperty(sandbox.url, 'x_elm_bridge.graph_endpoint', emulatorUrl)
        await updateTicket(sandbox.url, opened.ticketSysId)
        await waitForStatus(sandbox.url, opened.stageInstanceId, ['resumed'])
        expect(emulator.resumeCalls(opened.requestId).map((c) => c.status)).toEqual([204])
    }, 90000)
})
