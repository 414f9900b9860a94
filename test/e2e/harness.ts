// Drives a sandbox process over HTTP only, as an outside client would drive an instance, with the Graph
// emulator in this process. The client itself lives with the sandbox (scripts/sandbox/client.ts).
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { GraphEmulator } from '../../scripts/emulator/graph-emulator.ts'
import {
    Response,
    Sandbox,
    UserName,
    call,
    records,
    startSandbox,
    waitFor,
    wire,
} from '../../scripts/sandbox/client.ts'

export * from '../../scripts/sandbox/client.ts'

export async function ledgerRow(base: string, stageInstanceId: string): Promise<any> {
    return (await records(base, 'x_elm_bridge_callout', 'stage_instance_id=' + stageInstanceId))[0]
}

export async function waitForStatus(
    base: string,
    stageInstanceId: string,
    statuses: string[],
    timeoutMs = 15000
): Promise<any> {
    return waitFor(
        'status ' + statuses.join('|') + ' for ' + stageInstanceId,
        async () => {
            const row = await ledgerRow(base, stageInstanceId)
            return row && statuses.indexOf(row.status) >= 0 ? row : null
        },
        timeoutMs
    )
}

export async function workNotes(base: string, ticketSysId: string): Promise<string[]> {
    return (await records(base, 'sys_journal_field', 'element_id=' + ticketSysId + '^element=work_notes')).map(
        (n) => n.value
    )
}

/**
 * The ticket's work notes, joined, once they contain `text`. The app saves the ledger row before it writes the note
 * (two writes), so a test that saw the row change must wait for the note too. Times out, and so fails, when the
 * note never comes.
 */
export async function waitForWorkNote(base: string, ticketSysId: string, text: string, timeoutMs = 10000) {
    return waitFor(
        'a work note containing ' + JSON.stringify(text),
        async () => {
            const notes = (await workNotes(base, ticketSysId)).join('\n')
            return notes.indexOf(text) >= 0 ? notes : null
        },
        timeoutMs
    )
}

/** Presses Retry now on a callout as `user` (an admin by default); answers the UI action's reply. */
export function retryNow(base: string, calloutSysId: string, user: UserName = 'admin'): Promise<Response> {
    return call(base, user, 'POST', '/api/x_elm_sandbox/ui_action', {
        table: 'x_elm_bridge_callout',
        action_name: 'x_elm_bridge_retry_now',
        sys_id: calloutSysId,
    })
}

/** An agent's save on the ticket (closing it by default). */
export async function updateTicket(
    base: string,
    ticketSysId: string,
    values: { [field: string]: string } = { state: '3' }
): Promise<void> {
    const response = await call(base, 'agent', 'PATCH', '/api/now/table/sc_request/' + ticketSysId, values)
    if (response.status !== 200) throw new Error('ticket update failed: ' + response.status + ' ' + response.text)
}

/** An emulator and a sandbox wired to it, as an admin would configure an instance. */
export async function startLoop(
    args: string[] = []
): Promise<{ sandbox: Sandbox; emulator: GraphEmulator; emulatorUrl: string }> {
    const emulator = new GraphEmulator()
    const emulatorUrl = 'http://127.0.0.1:' + (await emulator.listen())
    const sandbox = await startSandbox(args)
    await wire(sandbox.url, emulator, emulatorUrl)
    return { sandbox, emulator, emulatorUrl }
}

/** For a jest file: one wired sandbox and emulator for all its tests, stopped afterwards. */
export function useLoop(args: string[] = []): { sandbox: Sandbox; emulator: GraphEmulator; emulatorUrl: string } {
    const loop = {} as { sandbox: Sandbox; emulator: GraphEmulator; emulatorUrl: string }
    beforeAll(async () => {
        Object.assign(loop, await startLoop(args))
    }, 90000)
    afterAll(async () => {
        await loop.sandbox?.stop()
        await loop.emulator?.close()
    })
    return loop
}

/**
 * Two sandbox nodes on one data file (two nodes of one instance; one sandbox serialises its requests, two race),
 * wired to one emulator. `stop` stops both and removes the data file; a node that fails to start stops the other.
 */
export async function startTwoNodes(
    name: string
): Promise<{ emulator: GraphEmulator; nodes: Sandbox[]; stop: () => Promise<void> }> {
    const emulator = new GraphEmulator()
    const emulatorUrl = 'http://127.0.0.1:' + (await emulator.listen())
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elm-' + name + '-'))
    const data = path.join(dir, 'two-nodes.sqlite')
    const nodes: Sandbox[] = []
    const stop = async () => {
        await Promise.all(nodes.map((node) => node.stop()))
        await emulator.close()
        fs.rmSync(dir, { recursive: true, force: true })
    }
    try {
        nodes.push(await startSandbox(['--data', data, '--quiet', '--node', 'node-a']))
        nodes.push(await startSandbox(['--data', data, '--quiet', '--node', 'node-b']))
        await wire(nodes[0].url, emulator, emulatorUrl)
    } catch (error) {
        await stop()
        throw error
    }
    return { emulator, nodes, stop }
}
