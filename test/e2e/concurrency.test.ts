// Issue 15, item 2: races that only two nodes produce (one sandbox serialises its requests). Two sandbox nodes on
// one data file, driven at the same moment: two deliver() calls on one pending row, the sweep beside a worker, and
// a duplicate callout that loses the ledger's unique index.
import { flatCallout } from '../../scripts/emulator/callouts.ts'
import { GraphEmulator } from '../../scripts/emulator/graph-emulator.ts'
import {
    OpenedCallout,
    Response,
    Sandbox,
    background,
    call,
    newIds,
    openCallout,
    records,
    scriptRecords,
    waitFor,
} from './harness.ts'
import { startTwoNodes } from './harness.ts'

const API = '/api/x_elm_bridge/v1/callouts'
let emulator: GraphEmulator
let nodes: Sandbox[] = []
let stopNodes = async () => {}

beforeAll(async () => {
    ;({ emulator, nodes, stop: stopNodes } = await startTwoNodes('concurrency'))
}, 90000)

afterAll(() => stopNodes())

/** The Script Include's deliver() on one node, for each sys_id in turn; the messages it answered. */
async function deliver(node: Sandbox, sysIds: string[]): Promise<string[]> {
    const lines = await background(
        node.url,
        'var bridge = new x_elm_bridge.ElmTicketBridge(); var ids = ' +
            JSON.stringify(sysIds) +
            '; for (var i = 0; i < ids.length; i++) gs.print("ANSWER " + bridge.deliver(ids[i]).message);'
    )
    return lines.filter((l) => l.indexOf('ANSWER ') >= 0).map((l) => l.slice(l.indexOf('ANSWER ') + 7))
}

/**
 * Open callouts whose rows are pending with no event queued (written without business rules, as a row whose event
 * was lost): only the callers under test send them.
 */
async function pendingRows(count: number): Promise<{ opened: OpenedCallout; sysId: string }[]> {
    const rows: { opened: OpenedCallout; sysId: string }[] = []
    for (let i = 0; i < count; i++) {
        const opened = await openCallout(nodes[0].url, emulator)
        const [row] = await records(nodes[0].url, 'x_elm_bridge_callout', 'stage_instance_id=' + opened.stageInstanceId)
        rows.push({ opened, sysId: row.sys_id })
    }
    await background(
        nodes[0].url,
        'var ids = ' +
            JSON.stringify(rows.map((r) => r.sysId)) +
            "; for (var i = 0; i < ids.length; i++) { var gr = new GlideRecord('x_elm_bridge_callout'); gr.get(ids[i]);" +
            " gr.setWorkflow(false); gr.setValue('status', 'pending'); gr.setValue('closure', 'complete'); gr.update(); }"
    )
    return rows
}

async function settled(sysIds: string[]): Promise<any[]> {
    return waitFor(
        'every row settled',
        async () => {
            const rows = await records(nodes[0].url, 'x_elm_bridge_callout', 'sys_idIN' + sysIds.join(','))
            return rows.every((r) => ['resumed', 'failed'].indexOf(r.status) >= 0) ? rows : null
        },
        30000
    )
}

describe('one pending row, two senders at the same moment', () => {
    // The bug it catches: a claim that lets two callers through for one attempt. The send permit's unique index is
    // the guard that holds across nodes (updateMultiple is no atomic compare-and-set there).
    it('two deliver() calls on two nodes make exactly one Graph call per row', async () => {
        const rows = await pendingRows(10)
        const answers: string[] = []
        for (const row of rows) {
            const [a, b] = await Promise.all([deliver(nodes[0], [row.sysId]), deliver(nodes[1], [row.sysId])])
            answers.push(a[0], b[0])
        }
        const final = await settled(rows.map((r) => r.sysId))
        expect(final.map((r) => r.status)).toEqual(new Array(rows.length).fill('resumed'))
        expect(rows.map((r) => emulator.resumeCalls(r.opened.requestId).length)).toEqual(new Array(rows.length).fill(1))
        // Each pair: one sender, and one caller told another has it (or, if it came second, that it is done).
        const sent = answers.filter((a) => a === 'Graph accepted the resume (204)')
        const raced = answers.filter((a) => a === 'Another worker is sending this callout')
        const late = answers.filter((a) => /^Not pending \((sending|resumed)\); nothing sent$/.test(a))
        expect([sent.length, raced.length + late.length]).toEqual([rows.length, rows.length])
        // The pairs really overlapped: most callers that lost found the row claimed, not already done.
        expect(raced.length).toBeGreaterThan(0)
        const permits = await scriptRecords(nodes[0].url, 'x_elm_bridge_send', '', ['callout'])
        expect(permits.filter((p) => rows.some((r) => r.sysId === p.callout))).toHaveLength(rows.length)
    }, 60000)

    it('the sweep on one node beside deliver() on the other sends each row once', async () => {
        const rows = await pendingRows(10)
        // The rows' events count as lost once they are a minute past due: move the shared clock on.
        await call(nodes[0].url, 'admin', 'POST', '/api/x_elm_sandbox/clock', { advance_seconds: 120 })
        const [ran] = await Promise.all([
            call(nodes[0].url, 'admin', 'POST', '/api/x_elm_sandbox/jobs/run', { name: 'ELM Ticket Bridge sweep' }),
            deliver(
                nodes[1],
                rows.map((r) => r.sysId)
            ),
        ])
        expect(ran.body.result.ran).toEqual(['ELM Ticket Bridge sweep'])
        const final = await settled(rows.map((r) => r.sysId))
        // Any event the sweep queued runs now, and finds nothing to send.
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(final.map((r) => r.status)).toEqual(new Array(rows.length).fill('resumed'))
        expect(rows.map((r) => emulator.resumeCalls(r.opened.requestId).length)).toEqual(new Array(rows.length).fill(1))
    }, 60000)
})

describe('a duplicate callout that loses the unique index', () => {
    // The bug it catches: the request whose ledger insert the unique index refused answering without the winner's
    // ticket (500, or a second ticket). Rounds are repeated until some request has really lost the insert.
    it('gets the winner ticket: one ticket, and both answers name it', async () => {
        const lostBefore = await lostInserts()
        let rounds = 0
        while (rounds < 80 && (rounds < 5 || (await lostInserts()) === lostBefore)) {
            rounds++
            const ids = newIds()
            const body = flatCallout({
                AccessPackageAssignmentRequestId: ids.requestId,
                CustomExtensionStageInstanceId: ids.stageInstanceId,
            })
            const post = (node: Sandbox) => call(node.url, 'integration', 'POST', API, body)
            let answers: Response[] = await Promise.all([post(nodes[0]), post(nodes[1])])
            // A request that came while the winner was still writing its ticket is told to come back (503 with
            // Retry-After), as the Logic App does; it then gets the ticket.
            for (const answer of answers.filter((a) => a.status === 503))
                expect(answer.headers.get('retry-after')).toBe('1')
            if (answers.some((a) => a.status === 503)) {
                await new Promise((resolve) => setTimeout(resolve, 1000))
                answers = await Promise.all(
                    answers.map((a, i) => (a.status === 503 ? post(nodes[i]) : Promise.resolve(a)))
                )
            }
            expect(answers.map((a) => a.status).sort()).toEqual([200, 201])
            const tickets = await records(
                nodes[0].url,
                'sc_request',
                'x_elm_bridge_stage_instance_id=' + ids.stageInstanceId
            )
            expect(tickets).toHaveLength(1)
            expect(answers.map((a) => a.body.result.ticket.sys_id)).toEqual([tickets[0].sys_id, tickets[0].sys_id])
            expect(
                await records(nodes[0].url, 'x_elm_bridge_callout', 'stage_instance_id=' + ids.stageInstanceId)
            ).toHaveLength(1)
        }
        // The losing branch was really reached (a ledger insert refused by the unique index).
        expect(await lostInserts()).toBeGreaterThan(lostBefore)
    }, 90000)
})

/** Ledger inserts the unique index refused, on either node (each node keeps its own log). */
async function lostInserts(): Promise<number> {
    let count = 0
    for (const node of nodes) {
        const logs = (await call(node.url, 'admin', 'GET', '/api/x_elm_sandbox/logs')).body.result as string[]
        count += logs.filter(
            (l) => l.indexOf('Unique Key violation detected by database (x_elm_bridge_callout)') >= 0
        ).length
    }
    return count
}
