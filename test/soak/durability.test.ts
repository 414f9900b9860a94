// 500 closures through a crash (SIGKILL mid-delivery, restart on the same file) and through two sandbox
// nodes on one data file. Figures are printed as JSON lines for docs/RELIABILITY.md.
import Database from 'better-sqlite3'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { randomUUID } from 'crypto'
import { GraphEmulator } from '../../scripts/emulator/graph-emulator.ts'
import { flatCallout } from '../fixtures/callouts.ts'
import { OpenedCallout, Sandbox, call, openCallout, records, startSandbox, waitFor, wire } from '../e2e/harness.ts'

const N = Number(process.env.SOAK_N) || 500
let emulator: GraphEmulator
let emulatorUrl: string
let dir: string

beforeAll(async () => {
    emulator = new GraphEmulator()
    emulatorUrl = 'http://127.0.0.1:' + (await emulator.listen())
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elm-soak-'))
})

afterAll(async () => {
    await emulator.close()
    fs.rmSync(dir, { recursive: true, force: true })
})

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
    for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work))
}

async function openCallouts(nodes: Sandbox[]): Promise<OpenedCallout[]> {
    const opened: OpenedCallout[] = []
    await inBatches(
        Array.from({ length: N }, (_, i) => nodes[i % nodes.length]),
        25,
        async (node) => {
            opened.push(await openCallout(node.url, emulator))
        }
    )
    return opened
}

function figures(name: string, requests: { requestId: string }[], startedAt: number) {
    const resumes = requests.map((r) => emulator.resumeCalls(r.requestId))
    const delivered = requests.filter((r) => emulator.requests.get(r.requestId)!.state === 'resumed').length
    const calls = resumes.reduce((sum, list) => sum + list.length, 0)
    const successes = resumes.reduce((sum, list) => sum + list.filter((c) => c.status === 204).length, 0)
    const result = {
        scenario: name,
        requests: requests.length,
        resumes_delivered: delivered,
        successful_resume_calls: successes,
        duplicate_sends: calls - successes,
        graph_calls_per_request: Number((calls / requests.length).toFixed(3)),
        readbacks: emulator.calls.filter(
            (c) => c.kind === 'get_request' && requests.some((r) => r.requestId === c.requestId)
        ).length,
        time_to_drain_ms: Date.now() - startedAt,
    }
    process.stdout.write('RELIABILITY ' + JSON.stringify(result) + '\n')
    return result
}

it('SIGKILL while 500 closures are being delivered loses nothing', async () => {
    const data = path.join(dir, 'crash.sqlite')
    let node = await startSandbox(['--data', data, '--quiet'])
    await wire(node.url, emulator, emulatorUrl)
    emulator.latencyMs = 50
    const opened = await openCallouts([node])
    const startedAt = Date.now()
    await inBatches(opened, 25, async (o) => {
        expect(
            (await call(node.url, 'agent', 'PATCH', '/api/now/table/sc_request/' + o.ticketSysId, { state: '3' }))
                .status
        ).toBe(200)
    })
    await waitFor(
        'some deliveries before the crash',
        async () => emulator.calls.filter((c) => c.kind === 'resume').length >= N / 5,
        60000
    )
    node.process.kill('SIGKILL')
    await new Promise((resolve) => node.process.once('exit', resolve))
    const deliveredAtCrash = opened.filter((o) => emulator.requests.get(o.requestId)!.state === 'resumed').length
    // Counted in the file itself before anything restarts: rows a worker had claimed when it died. The sweep
    // takes a claim back after 5 minutes; the clock moves on 6 minutes while the node is down (moving it after
    // the restart would also make the new node's fresh claims look stale).
    const file = new Database(data)
    const inFlight = (
        file.prepare("SELECT COUNT(*) AS n FROM x_elm_bridge_callout WHERE status = 'sending'").get() as { n: number }
    ).n
    file.prepare(
        "UPDATE x_elm_sandbox_clock SET offset_ms = CAST(offset_ms AS INTEGER) + 360000 WHERE sys_id = 'clock'"
    ).run()
    file.close()
    node = await startSandbox(['--data', data, '--quiet'])
    try {
        // A restart is not an install: the node comes back with the configuration it had (reinstall.test.ts).
        // A real instance's sweep runs every 5 minutes; run it now instead of waiting.
        await call(node.url, 'admin', 'POST', '/api/x_elm_sandbox/jobs/run', { name: 'ELM Ticket Bridge sweep' })
        await waitFor(
            'all resumed',
            async () => (await records(node.url, 'x_elm_bridge_callout', 'status=resumed')).length === N || null,
            120000
        )
        const result = figures(
            'crash: SIGKILL after ' +
                deliveredAtCrash +
                ' of ' +
                N +
                ' reached Graph, ' +
                inFlight +
                ' in flight; restart on the same file',
            opened,
            startedAt
        )
        expect(result.resumes_delivered).toBe(N)
        expect(result.successful_resume_calls).toBe(N)
        // At most one send per worker thread (two) was in flight. Each one Graph had applied went out again, was
        // refused, and was recognised by reading the request back; the others simply went out again.
        expect(inFlight).toBeGreaterThanOrEqual(1)
        expect(inFlight).toBeLessThanOrEqual(2)
        expect(result.duplicate_sends).toBeGreaterThanOrEqual(1)
        expect(result.duplicate_sends).toBeLessThanOrEqual(inFlight)
        expect(result.readbacks).toBe(result.duplicate_sends)
        const confirmed = await records(node.url, 'x_elm_bridge_callout', 'outcomeLIKEearlier attempt reached Graph')
        expect(confirmed.length).toBe(result.duplicate_sends)
        expect((await records(node.url, 'x_elm_bridge_callout', 'status!=resumed')).length).toBe(0)
    } finally {
        emulator.latencyMs = 0
        await node.stop()
    }
}, 300000)

it('two nodes on one data file: exactly one successful resume per closure, no duplicate sends', async () => {
    const data = path.join(dir, 'two-nodes.sqlite')
    const first = await startSandbox(['--data', data, '--quiet', '--node', 'node-a'])
    const second = await startSandbox(['--data', data, '--quiet', '--node', 'node-b'])
    try {
        await wire(first.url, emulator, emulatorUrl)
        const opened = await openCallouts([first, second])
        const startedAt = Date.now()
        let i = 0
        await inBatches(opened, 25, async (o) => {
            const node = i++ % 2 === 0 ? first : second
            expect(
                (await call(node.url, 'agent', 'PATCH', '/api/now/table/sc_request/' + o.ticketSysId, { state: '3' }))
                    .status
            ).toBe(200)
        })
        // Both nodes also run the sweep at the same time.
        await Promise.all(
            [first, second].map((node) =>
                call(node.url, 'admin', 'POST', '/api/x_elm_sandbox/jobs/run', { name: 'ELM Ticket Bridge sweep' })
            )
        )
        await waitFor(
            'all resumed',
            async () => (await records(first.url, 'x_elm_bridge_callout', 'status=resumed')).length === N || null,
            120000
        )
        const result = figures('two nodes, one data file', opened, startedAt)
        expect(result.resumes_delivered).toBe(N)
        expect(result.successful_resume_calls).toBe(N)
        expect(result.duplicate_sends).toBe(0)
        const events = await records(first.url, 'sysevent', 'name=x_elm_bridge.resume_due')
        const byNode = new Set(events.map((e: { claimed_by: string }) => e.claimed_by.split('/')[0]))
        expect(Array.from(byNode).sort()).toEqual(['node-a', 'node-b'])
    } finally {
        await first.stop()
        await second.stop()
    }
}, 300000)

it('50 concurrent duplicates across two nodes open one ticket', async () => {
    const data = path.join(dir, 'duplicates.sqlite')
    const first = await startSandbox(['--data', data, '--quiet', '--node', 'node-a'])
    const second = await startSandbox(['--data', data, '--quiet', '--node', 'node-b'])
    try {
        const body = flatCallout({
            AccessPackageAssignmentRequestId: randomUUID(),
            CustomExtensionStageInstanceId: randomUUID(),
        })
        const post = (node: Sandbox) => call(node.url, 'integration', 'POST', '/api/x_elm_bridge/v1/callouts', body)
        let responses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(i % 2 === 0 ? first : second)))
        // A request that lost the race while the winner was still writing its ticket is told to retry (503 +
        // Retry-After), as the Logic App does; after that every answer names the same ticket.
        const refused = responses.filter((r) => r.status === 503)
        for (const response of refused) expect(response.headers.get('retry-after')).toBe('1')
        responses = responses.filter((r) => r.status !== 503).concat(await Promise.all(refused.map(() => post(first))))
        expect(responses.map((r) => r.status).sort()).toEqual([201].concat(new Array(49).fill(200)).sort())
        expect(new Set(responses.map((r) => r.body.result.ticket.sys_id)).size).toBe(1)
        expect((await records(first.url, 'sc_request', '')).length).toBe(1)
        expect((await records(first.url, 'x_elm_bridge_callout', '')).length).toBe(1)
        process.stdout.write(
            'RELIABILITY ' +
                JSON.stringify({
                    scenario: '50 concurrent duplicate callouts, two nodes',
                    tickets: 1,
                    retried_after_503: refused.length,
                }) +
                '\n'
        )
    } finally {
        await first.stop()
        await second.stop()
    }
}, 120000)
