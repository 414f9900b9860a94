// Issue 14: one pace for every Graph call, shared by every worker and node through the database. Two sandbox nodes
// on one data file: after one 429 with Retry-After no call from either node reaches Graph before it has passed, the
// 429 spends no attempt, Verify connection waits too, and without throttling the pace writes and delays nothing.
import { GraphEmulator } from '../../scripts/emulator/graph-emulator.ts'
import { OpenedCallout, Sandbox, call, openCallout, records, waitFor } from './harness.ts'
import { startTwoNodes } from './harness.ts'
import { ledgerRow, updateTicket, waitForStatus } from './harness.ts'

let emulator: GraphEmulator
let nodes: Sandbox[] = []
let stopNodes = async () => {}

beforeAll(async () => {
    ;({ emulator, nodes, stop: stopNodes } = await startTwoNodes('pacing'))
}, 90000)

afterAll(() => stopNodes())

/** Graph calls (not token requests) the emulator saw. */
const graphCalls = () => emulator.calls.filter((c) => c.kind !== 'token')

async function verifyConnection(node: Sandbox): Promise<{ type: string; text: string }[]> {
    const response = await call(node.url, 'admin', 'POST', '/api/x_elm_sandbox/ui_action', {
        table: 'x_elm_bridge_callout',
        action_name: 'x_elm_bridge_verify_connection',
    })
    if (response.status !== 200) throw new Error('Verify connection failed: ' + response.text)
    return response.body.result.messages
}

async function first429(opened: OpenedCallout) {
    return waitFor('the 429', async () => emulator.resumeCalls(opened.requestId).find((c) => c.status === 429), 20000)
}

describe('one Graph pace', () => {
    it('without throttling every resume goes at once and the pace writes nothing', async () => {
        const opened: OpenedCallout[] = []
        for (let i = 0; i < 6; i++) opened.push(await openCallout(nodes[i % 2].url, emulator))
        await Promise.all(opened.map((o, i) => updateTicket(nodes[i % 2].url, o.ticketSysId)))
        for (const o of opened) {
            const row = await waitForStatus(nodes[0].url, o.stageInstanceId, ['resumed'], 20000)
            expect(row.attempts).toBe('1')
            expect(emulator.resumeCalls(o.requestId).map((c) => c.status)).toEqual([204])
        }
        expect(await records(nodes[0].url, 'x_elm_bridge_pace', '')).toEqual([])
    }, 60000)

    it('after a 429 with Retry-After no call from either node reaches Graph before it passes; no attempt spent', async () => {
        const [a, b] = nodes
        const throttled = await openCallout(a.url, emulator)
        const other = await openCallout(b.url, emulator)
        emulator.injectFaults(throttled.requestId, [{ status: 429, retryAfter: '3' }])
        await updateTicket(a.url, throttled.ticketSysId)
        const refused = await first429(throttled)
        // The other node's ticket closes inside the hold: its resume waits for the shared pace.
        await updateTicket(b.url, other.ticketSysId)
        const waiting = await waitFor(
            'the throttled callout pending again',
            async () => {
                const row = await ledgerRow(a.url, throttled.stageInstanceId)
                return row.status === 'pending' && row.last_http_status === '429' ? row : null
            },
            10000
        )
        expect(waiting.attempts).toBe('0')
        expect(waiting.outcome).toContain('throttling spends no attempt')
        const [pace] = await records(b.url, 'x_elm_bridge_pace', 'name=graph')
        expect(Number(pace.hold_until_ms)).toBeGreaterThanOrEqual(refused.at - 1000 + 3000)
        const rows = await Promise.all(
            [throttled, other].map((o) => waitForStatus(a.url, o.stageInstanceId, ['resumed'], 30000))
        )
        // Retry-After: 3 from the 429's arrival; the sandbox clock and the emulator share the machine's clock.
        const afterRefusal = graphCalls().filter((c) => c.at > refused.at)
        expect(afterRefusal.length).toBeGreaterThanOrEqual(2)
        for (const c of afterRefusal) expect(c.at - refused.at).toBeGreaterThanOrEqual(3000 - 50)
        expect(emulator.resumeCalls(throttled.requestId).map((c) => c.status)).toEqual([429, 204])
        expect(emulator.resumeCalls(other.requestId).map((c) => c.status)).toEqual([204])
        expect(rows.map((row) => row.attempts)).toEqual(['1', '1'])
    }, 60000)

    it('Verify connection honours the hold: no Graph call, and it says why', async () => {
        const throttled = await openCallout(nodes[0].url, emulator)
        emulator.injectFaults(throttled.requestId, [{ status: 429, retryAfter: '30' }])
        await updateTicket(nodes[0].url, throttled.ticketSysId)
        const refused = await first429(throttled)
        const messages = await verifyConnection(nodes[1])
        expect(messages).toEqual([
            { type: 'error', text: expect.stringContaining('Graph is throttling this app (429)') },
        ])
        expect(graphCalls().filter((c) => c.at > refused.at)).toEqual([])
        const row = await ledgerRow(nodes[0].url, throttled.stageInstanceId)
        expect(row.attempts).toBe('0')
    }, 60000)
})
