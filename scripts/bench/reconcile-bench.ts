// Reconciliation cost (issue 12): Graph reads per period for N open callouts, and what reconciling does to the
// close → resume p95 of a concurrent closure run. Called from bench.ts; on its own:
// `tsx scripts/bench/reconcile-bench.ts [--quick]`.
import { GraphEmulator } from '../emulator/graph-emulator.ts'
import {
    OpenedCallout,
    Sandbox,
    call,
    openCallout,
    sandboxStatus,
    setProperty,
    startSandbox,
    waitFor,
    wire,
} from '../sandbox/client.ts'

const SWEEP = 'ELM Ticket Bridge sweep'
// Four minutes, not five: the sandbox's workers each run a job that is due (stricter than one node running it), so a
// step shorter than the job's interval leaves the sweep to this bench's one explicit run, as on an instance.
const STEP_SECONDS = 4 * 60
const STEPS_PER_PERIOD = 15
const CONCURRENCY = 20

export interface ReconcileCost {
    /** Open rows this scenario added. */
    openRows: number
    /** Every open row in the ledger when the period was measured (the main bench leaves other callouts open). */
    openInLedger: number
    /** Graph reads by 15 sweeps 4 minutes apart (inside one 60-minute period), after the first period. */
    readsPerPeriod: number
    /** Most reads of any one request in that period (1 = never read twice in a period). */
    maxReadsPerRow: number
    maxReadsPerSweep: number
    sweepMs: { p50: number; max: number }
    closures: number
    p95WithoutMs: number
    p95WithMs: number
    ratio: number
}

function percentile(values: number[], p: number): number {
    const sorted = values.slice().sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
    let next = 0
    await Promise.all(
        Array.from({ length: Math.min(concurrency, items.length) }, async () => {
            while (next < items.length) await work(items[next++])
        })
    )
}

async function openMany(sandbox: Sandbox, emulator: GraphEmulator, n: number): Promise<OpenedCallout[]> {
    const opened: OpenedCallout[] = []
    await pool(new Array(n).fill(0), CONCURRENCY, async () => {
        opened.push(await openCallout(sandbox.url, emulator))
    })
    return opened
}

const reads = (emulator: GraphEmulator) => emulator.calls.filter((c) => c.kind === 'get_request').length

async function openInLedger(sandbox: Sandbox): Promise<number> {
    const answer = await call(
        sandbox.url,
        'admin',
        'GET',
        '/api/now/table/x_elm_bridge_callout?sysparm_query=status=open&sysparm_fields=sys_id&sysparm_limit=100000'
    )
    return (answer.body as { result: unknown[] }).result.length
}

async function step(sandbox: Sandbox): Promise<number> {
    await call(sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/clock', { advance_seconds: STEP_SECONDS })
    const started = performance.now()
    await call(sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/jobs/run', { name: SWEEP })
    return performance.now() - started
}

/**
 * Close `n` fresh tickets concurrently with one sweep (the job runs every 5 minutes; a closure burst drains in
 * seconds, so one sweep overlaps it at most); close → resume latencies.
 */
async function closureRun(sandbox: Sandbox, emulator: GraphEmulator, n: number): Promise<number[]> {
    const items = (await openMany(sandbox, emulator, n)).map((item) => ({ ...item, closedAt: 0 }))
    const sweeps = step(sandbox)
    await pool(items, CONCURRENCY, async (item) => {
        const closed = await call(sandbox.url, 'agent', 'PATCH', '/api/now/table/sc_request/' + item.ticketSysId, {
            state: '3',
        })
        item.closedAt = Date.now()
        if (closed.status !== 200) throw new Error('close failed: ' + closed.text)
    })
    await waitFor(
        'all resumes',
        async () => items.every((item) => emulator.requests.get(item.requestId)!.state === 'resumed'),
        900000
    )
    await sweeps
    return items.map((item) => emulator.resumeCalls(item.requestId).find((c) => c.status === 204)!.at - item.closedAt)
}

export async function reconcileCost(
    sandbox: Sandbox,
    emulator: GraphEmulator,
    openRows: number,
    closures: number
): Promise<ReconcileCost> {
    emulator.latencyMs = 0
    await setProperty(sandbox.url, 'x_elm_bridge.reconcile_minutes', '60')
    await openMany(sandbox, emulator, openRows)
    // The first period reads every row once (at its slot); then 15 sweeps 4 minutes apart, which fit inside one
    // 60-minute period (56 minutes plus the real time the steps take), are the steady state measured.
    for (let i = 0; i < STEPS_PER_PERIOD - 1; i++) await step(sandbox)
    const before = reads(emulator)
    const callsBefore = emulator.calls.length
    const openNow = await openInLedger(sandbox)
    const sweepMs: number[] = []
    let maxReadsPerSweep = 0
    for (let i = 0; i < STEPS_PER_PERIOD; i++) {
        const at = reads(emulator)
        sweepMs.push(await step(sandbox))
        maxReadsPerSweep = Math.max(maxReadsPerSweep, reads(emulator) - at)
    }
    const readsPerPeriod = reads(emulator) - before
    const perRequest = new Map<string, number>()
    for (const c of emulator.calls.slice(callsBefore))
        if (c.kind === 'get_request' && c.requestId) perRequest.set(c.requestId, (perRequest.get(c.requestId) || 0) + 1)
    const maxReadsPerRow = Math.max(0, ...perRequest.values())
    // The same closure run twice, with the open rows still open: reading back off, then on.
    await setProperty(sandbox.url, 'x_elm_bridge.reconcile_minutes', '0')
    const without = percentile(await closureRun(sandbox, emulator, closures), 95)
    await setProperty(sandbox.url, 'x_elm_bridge.reconcile_minutes', '60')
    const readsBefore = reads(emulator)
    const withReads = percentile(await closureRun(sandbox, emulator, closures), 95)
    if (reads(emulator) === readsBefore) throw new Error('no reads happened during the reconciling closure run')
    return {
        openRows,
        openInLedger: openNow,
        readsPerPeriod,
        maxReadsPerRow,
        maxReadsPerSweep,
        sweepMs: { p50: percentile(sweepMs, 50), max: Math.max(...sweepMs) },
        closures,
        p95WithoutMs: without,
        p95WithMs: withReads,
        ratio: withReads / without,
    }
}

export function reconcileRow(cost: ReconcileCost): string {
    return (
        '| reconcile: open rows (all in the ledger) | ' +
        cost.openRows +
        ' (' +
        cost.openInLedger +
        ') | Graph reads / period | ' +
        cost.readsPerPeriod +
        ' | max reads of one request / period | ' +
        cost.maxReadsPerRow +
        ' | max reads / sweep | ' +
        cost.maxReadsPerSweep +
        ' | sweep p50/max (ms) | ' +
        Math.round(cost.sweepMs.p50) +
        ' / ' +
        Math.round(cost.sweepMs.max) +
        ' | closures | ' +
        cost.closures +
        ' | close→resume p95 without/with (ms) | ' +
        Math.round(cost.p95WithoutMs) +
        ' / ' +
        Math.round(cost.p95WithMs) +
        ' | ratio | ' +
        cost.ratio.toFixed(2) +
        ' |'
    )
}

async function standalone(): Promise<void> {
    const quick = process.argv.indexOf('--quick') >= 0
    const emulator = new GraphEmulator()
    const emulatorUrl = 'http://127.0.0.1:' + (await emulator.listen())
    const sandbox = await startSandbox(['--quiet', '--workers', '4'])
    try {
        await wire(sandbox.url, emulator, emulatorUrl)
        const cost = await reconcileCost(sandbox, emulator, quick ? 500 : 5000, quick ? 200 : 1000)
        process.stdout.write(reconcileRow(cost) + '\n' + JSON.stringify(cost) + '\n')
    } catch (error) {
        process.stderr.write(sandboxStatus(sandbox) + '\n')
        throw error
    } finally {
        await sandbox.stop()
        await emulator.close()
    }
}

if (require.main === module)
    standalone().catch((error) => {
        process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
        // fetch failed: the cause (a reset socket, a refused connection) is what tells a sandbox crash from the network.
        if (error && error.cause) process.stderr.write('cause: ' + String(error.cause.stack || error.cause) + '\n')
        process.exit(1)
    })
