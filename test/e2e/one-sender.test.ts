// Issue 11, item 3: exactly one sender without a platform lock. Two sandbox nodes on one data file; for each
// callout the ticket is closed on one node while the Flow action runs on both and Retry now is pressed on both.
// The sandbox's updateMultiple reads then writes row by row (no atomic compare-and-set), so only the app's own
// design keeps it to one resume: the event's worker is the only sender, and a send permit is unique per attempt.
import { GraphEmulator } from '../../scripts/emulator/graph-emulator.ts'
import { OpenedCallout, Sandbox, call, openCallout, records, scriptRecords, waitFor } from './harness.ts'
import { startTwoNodes } from './harness.ts'

const CALLOUTS = 12
let emulator: GraphEmulator
let nodes: Sandbox[] = []
let stopNodes = async () => {}

beforeAll(async () => {
    ;({ emulator, nodes, stop: stopNodes } = await startTwoNodes('one-sender'))
}, 90000)

afterAll(() => stopNodes())

function flowAction(node: Sandbox, opened: OpenedCallout) {
    return call(node.url, 'admin', 'POST', '/api/x_elm_sandbox/flow_action', {
        action: 'x_elm_bridge_resume_em_request',
        inputs: {
            request_id: opened.requestId,
            stage_instance_id: opened.stageInstanceId,
            stage: 'assignmentRequestApproved',
            outcome: 'resume',
            detail: 'approved in a flow',
        },
    })
}

async function retryNow(node: Sandbox, opened: OpenedCallout) {
    const [row] = await records(node.url, 'x_elm_bridge_callout', 'stage_instance_id=' + opened.stageInstanceId)
    return call(node.url, 'elmAdmin', 'POST', '/api/x_elm_sandbox/ui_action', {
        table: 'x_elm_bridge_callout',
        sys_id: row.sys_id,
        action_name: 'x_elm_bridge_retry_now',
    })
}

describe('one sender on two nodes', () => {
    it('the Flow action, Retry now and the ticket event racing for one callout resume it exactly once', async () => {
        const [a, b] = nodes
        const opened: OpenedCallout[] = []
        for (let i = 0; i < CALLOUTS; i++) opened.push(await openCallout(nodes[i % 2].url, emulator))
        await Promise.all(
            opened.map(async (o, i) => {
                const first = i % 2 === 0 ? a : b
                const second = first === a ? b : a
                const raced = await Promise.all([
                    call(first.url, 'agent', 'PATCH', '/api/now/table/sc_request/' + o.ticketSysId, { state: '3' }),
                    flowAction(first, o),
                    flowAction(second, o),
                ])
                expect(raced.map((r) => r.status)).toEqual([200, 200, 200])
                // Retry now on both nodes while the row is pending (or already sending or resumed: then the
                // button is not there, 409).
                for (const response of await Promise.all([retryNow(first, o), retryNow(second, o)]))
                    expect([200, 409]).toContain(response.status)
            })
        )
        const ids = opened.map((o) => o.stageInstanceId).join(',')
        await waitFor(
            'every callout settled',
            async () =>
                (
                    await records(
                        a.url,
                        'x_elm_bridge_callout',
                        'stage_instance_idIN' + ids + '^statusINopen,pending,sending'
                    )
                ).length === 0 || null,
            60000
        )
        // Any event still queued runs now, and finds nothing to send.
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const sends = opened.map((o) => emulator.resumeCalls(o.requestId).length)
        expect(sends).toEqual(new Array(CALLOUTS).fill(1))
        const settled = await records(a.url, 'x_elm_bridge_callout', 'stage_instance_idIN' + ids)
        expect(settled.map((row: { status: string }) => row.status)).toEqual(new Array(CALLOUTS).fill('resumed'))
        const events = await records(a.url, 'sysevent', 'name=x_elm_bridge.resume_due')
        // The race really ran on both nodes, with more than one event for some callouts.
        expect(new Set(events.map((e: { claimed_by: string }) => e.claimed_by.split('/')[0])).size).toBe(2)
        expect(events.length).toBeGreaterThan(CALLOUTS)
        const permits = await scriptRecords(a.url, 'x_elm_bridge_send', '', ['callout'])
        expect(permits.length).toBe(CALLOUTS)
    }, 120000)

    it('the Flow action only queues: it answers pending and never sends in its own transaction', async () => {
        const o = await openCallout(nodes[0].url, emulator)
        // The worker threads are busy elsewhere or not: either way the flow's answer is the queued row.
        const response = await flowAction(nodes[1], o)
        expect(response.body.result.outputs).toEqual({ status: 'pending', http_status: '0', message: 'Resume queued' })
        await waitFor(
            'resumed',
            async () =>
                (await records(nodes[0].url, 'x_elm_bridge_callout', 'stage_instance_id=' + o.stageInstanceId))[0]
                    .status === 'resumed' || null
        )
        expect(emulator.resumeCalls(o.requestId).length).toBe(1)
    })
})
