// npm run bench: how fast a closed ticket becomes a resume, what it costs the agent's save, and how the app
// behaves against a rate-limited Graph. HTTP only, against the sandbox and the Graph emulator.
// Writes bench/results/<time>.json and docs/performance/close-to-resume.svg.
import * as fs from 'fs'
import * as path from 'path'
import { GraphEmulator } from '../emulator/graph-emulator.ts'
import { NO_PACE, PROBE_RATE, WINDOW_SIGNS, currentRate } from '../../src/server/core/pace.ts'
import {
    OpenedCallout,
    Sandbox,
    background,
    call,
    openCallout,
    records,
    sandboxStatus,
    setProperty,
    startSandbox,
    waitFor,
    wire,
} from '../sandbox/client.ts'
import { reconcileCost, reconcileRow } from './reconcile-bench.ts'

const root = path.join(__dirname, '..', '..')
const QUICK = process.argv.indexOf('--quick') >= 0
// --routing: only the inbound cost of 500 routing rules (npm run bench -- --routing).
const ROUTING_ONLY = process.argv.indexOf('--routing') >= 0
// --rate-limited: only the rate-limited drains and the learned-rate chart; with --bucket or --window, only that
// throttling model's two drains (half the time, for trying a change to the pace).
const RATE_LIMITED_ONLY = process.argv.indexOf('--rate-limited') >= 0
type LimitMode = 'window' | 'bucket'
const ONLY_MODE: LimitMode | null =
    process.argv.indexOf('--bucket') >= 0 ? 'bucket' : process.argv.indexOf('--window') >= 0 ? 'window' : null
const ROUTING_RULES = 500
const SIZES = QUICK ? [100] : [100, 1000, 5000]
const RUNS = QUICK ? 1 : 3
const CONCURRENCY = 20

function percentile(values: number[], p: number): number {
    if (values.length === 0) return NaN
    const sorted = values.slice().sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

function median(values: number[]): number {
    return percentile(values, 50)
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
    let next = 0
    await Promise.all(
        Array.from({ length: Math.min(concurrency, items.length) }, async () => {
            while (next < items.length) await work(items[next++])
        })
    )
}

interface RunResult {
    n: number
    graphLatencyMs: number
    inbound: { throughputPerS: number; p50: number; p95: number; p99: number }
    closeToResume: { p50: number; p95: number; p99: number; max: number; drainMs: number; latencies: number[] }
    graphCallsPerClosure: number
    tokenRequests: number
}

async function oneRun(
    sandbox: Sandbox,
    emulator: GraphEmulator,
    n: number,
    graphLatencyMs: number
): Promise<RunResult> {
    emulator.latencyMs = graphLatencyMs
    const tokensBefore = emulator.calls.filter((c) => c.kind === 'token').length
    const items: (OpenedCallout & { closedAt: number })[] = []
    const inboundLatencies: number[] = []
    const inboundStart = Date.now()
    await pool(new Array(n).fill(0), CONCURRENCY, async () => {
        const started = performance.now()
        const opened = await openCallout(sandbox.url, emulator)
        inboundLatencies.push(performance.now() - started)
        items.push({ ...opened, closedAt: 0 })
    })
    const inboundMs = Date.now() - inboundStart
    const closeStart = Date.now()
    await pool(items, CONCURRENCY, async (item) => {
        const closed = await call(sandbox.url, 'agent', 'PATCH', '/api/now/table/sc_request/' + item.ticketSysId, {
            state: '3',
        })
        item.closedAt = Date.now()
        if (closed.status !== 200) throw new Error('close failed: ' + closed.text)
    })
    const pending = new Set(items.map((i) => i.requestId))
    await waitFor(
        'all resumes',
        async () => {
            for (const id of Array.from(pending)) if (emulator.requests.get(id)!.state === 'resumed') pending.delete(id)
            return pending.size === 0
        },
        900000
    )
    const drainMs = Date.now() - closeStart
    const latencies = items.map((item) => {
        const success = emulator.resumeCalls(item.requestId).find((c) => c.status === 204)!
        return success.at - item.closedAt
    })
    const calls = items.reduce((sum, item) => sum + emulator.resumeCalls(item.requestId).length, 0)
    return {
        n,
        graphLatencyMs,
        inbound: {
            throughputPerS: (n / inboundMs) * 1000,
            p50: percentile(inboundLatencies, 50),
            p95: percentile(inboundLatencies, 95),
            p99: percentile(inboundLatencies, 99),
        },
        closeToResume: {
            p50: percentile(latencies, 50),
            p95: percentile(latencies, 95),
            p99: percentile(latencies, 99),
            max: Math.max(...latencies),
            drainMs,
            latencies,
        },
        graphCallsPerClosure: calls / n,
        tokenRequests: emulator.calls.filter((c) => c.kind === 'token').length - tokensBefore,
    }
}

interface RoutingCost {
    rules: number
    callouts: number
    withoutRules: number
    withRules: number
    addedMs: number
    rounds: number
}

/**
 * Inbound callout latency (POST to 201, one at a time) with no routing rules and with 500, alternating in rounds so
 * drift hits both sides. The 500 rules all pass the query (no stage) and the one that matches has the highest order.
 */
async function routingCost(sandbox: Sandbox, perRound: number, rounds: number): Promise<RoutingCost> {
    const group = await call(sandbox.url, 'admin', 'POST', '/api/now/table/sys_user_group', { name: 'Bench routing' })
    const groupSysId = group.body.result.sys_id
    const without: number[] = []
    const withRules: number[] = []
    const measure = async (into: number[]) => {
        for (let i = 0; i < perRound; i++) {
            const started = performance.now()
            await openCallout(sandbox.url, null)
            into.push(performance.now() - started)
        }
    }
    for (let warm = 0; warm < 50; warm++) await openCallout(sandbox.url, null)
    for (let round = 0; round < rounds; round++) {
        await measure(without)
        const created: string[] = []
        await pool(
            Array.from({ length: ROUTING_RULES }, (_, i) => i),
            CONCURRENCY,
            async (i) => {
                const last = i === ROUTING_RULES - 1
                const rule = await call(sandbox.url, 'admin', 'POST', '/api/now/table/x_elm_bridge_route', {
                    order: String(1000 + i),
                    catalog: last ? '' : 'Catalog ' + (i % 25),
                    access_package: last ? 'SAP Finance (manual)' : 'Package ' + i,
                    assignment_group: groupSysId,
                    priority: String((i % 5) + 1),
                    short_description_prefix: '[R' + i + ']',
                })
                if (rule.status !== 201) throw new Error('rule not created: ' + rule.text)
                created.push(rule.body.result.sys_id)
            }
        )
        const check = await openCallout(sandbox.url, null)
        const [ticket] = await records(sandbox.url, 'sc_request', 'sys_id=' + check.ticketSysId)
        if (ticket.assignment_group !== groupSysId || !/^\[R499\] /.test(ticket.short_description))
            throw new Error('the 500th rule did not route the bench callout: ' + ticket.short_description)
        await measure(withRules)
        await pool(created, CONCURRENCY, async (sysId) => {
            await call(sandbox.url, 'admin', 'DELETE', '/api/now/table/x_elm_bridge_route/' + sysId)
        })
    }
    const a = median(without)
    const b = median(withRules)
    return {
        rules: ROUTING_RULES,
        callouts: without.length + withRules.length,
        withoutRules: a,
        withRules: b,
        addedMs: b - a,
        rounds,
    }
}

function routingRow(cost: RoutingCost): string {
    return row([
        'inbound median, 0 rules (ms)',
        cost.withoutRules.toFixed(2),
        cost.rules + ' rules (ms)',
        cost.withRules.toFixed(2),
        'added (ms)',
        cost.addedMs.toFixed(2),
        'callouts',
        cost.callouts,
    ])
}

async function routingOnly(): Promise<void> {
    const sandbox = await startSandbox(['--quiet'])
    try {
        const cost = await routingCost(sandbox, QUICK ? 100 : 300, QUICK ? 2 : 4)
        process.stdout.write(routingRow(cost) + '\n')
    } finally {
        await sandbox.stop()
    }
}

/** Closing-save latency with the app's rule active (ticket from a callout) vs. a plain ticket, interleaved. */
async function agentCost(
    sandbox: Sandbox,
    emulator: GraphEmulator,
    n: number
): Promise<{ withCallout: number; plain: number; ratio: number }> {
    const withCallout: number[] = []
    const plain: number[] = []
    for (let i = 0; i < n; i++) {
        const opened = await openCallout(sandbox.url, emulator)
        const other = await call(sandbox.url, 'admin', 'POST', '/api/now/table/sc_request', {
            short_description: 'plain ticket',
        })
        for (const [sysId, into] of [
            [opened.ticketSysId, withCallout],
            [other.body.result.sys_id, plain],
        ] as [string, number[]][]) {
            const started = performance.now()
            await call(sandbox.url, 'agent', 'PATCH', '/api/now/table/sc_request/' + sysId, { state: '3' })
            into.push(performance.now() - started)
        }
    }
    return { withCallout: median(withCallout), plain: median(plain), ratio: median(withCallout) / median(plain) }
}

/** The rate the pace lets through now, from its row as the Table API shows it. */
function learnedRate(pace: { [field: string]: string }): number {
    const number = (field: string) => Number(pace[field]) || 0
    const rate = currentRate({ ...NO_PACE, rate: number('rate'), holdUntilMs: number('hold_until_ms') }, Date.now())
    // While a probe measures Graph, the pace keeps to what the last one measured (0 before the first).
    return rate >= PROBE_RATE ? number('measured_rate') : rate
}

/** One stretch of a rate-limited drain: Graph allows `perSecond` until `resumes` more closures were accepted. */
interface Segment {
    perSecond: number
    resumes: number
}

interface PaceSample {
    atMs: number
    real: number
    learned: number
    /** The pace took Graph to count in one-second windows (window_signs 2). */
    windowed: boolean
}

/**
 * Closes N tickets at once against a Graph that allows R resumes per second (or R changing after each segment) and
 * measures the drain against the sum of the segments' N/R. Samples the learned rate from the pace row (Table API).
 */
async function rateLimited(
    sandbox: Sandbox,
    emulator: GraphEmulator,
    segments: Segment[],
    mode: 'window' | 'bucket' = 'window'
) {
    const n = segments.reduce((sum, segment) => sum + segment.resumes, 0)
    emulator.latencyMs = 0
    emulator.rateLimitMode = mode
    emulator.rateLimitPerSecond = segments[0].perSecond
    const samples: PaceSample[] = []
    let sampling = true
    try {
        const items: OpenedCallout[] = []
        await pool(new Array(n).fill(0), CONCURRENCY, async () => {
            items.push(await openCallout(sandbox.url, emulator))
        })
        const ids = new Set(items.map((i) => i.requestId))
        const accepted = () =>
            emulator.calls.filter((c) => c.kind === 'resume' && c.status === 204 && ids.has(c.requestId!)).length
        const eventsBefore = await resumeEvents(sandbox)
        const started = Date.now()
        // The real limit follows the segments; the learned rate is read from the pace row as an admin would.
        const sampler = (async () => {
            while (sampling) {
                const done = accepted()
                let bound = 0
                let segment = segments[segments.length - 1]
                for (const candidate of segments) {
                    bound += candidate.resumes
                    if (done < bound) {
                        segment = candidate
                        break
                    }
                }
                emulator.rateLimitPerSecond = segment.perSecond
                // A build without the pace table (ELM_BENCH_APP before issue 14) has no learned rate.
                const [pace] = await records(sandbox.url, 'x_elm_bridge_pace', 'name=graph').catch(() => [])
                samples.push({
                    atMs: Date.now() - started,
                    real: segment.perSecond,
                    learned: pace ? learnedRate(pace) : 0,
                    windowed: !!pace && Number(pace.window_signs) >= WINDOW_SIGNS,
                })
                await new Promise((resolve) => setTimeout(resolve, 100))
            }
        })()
        await pool(items, CONCURRENCY, async (item) => {
            await call(sandbox.url, 'agent', 'PATCH', '/api/now/table/sc_request/' + item.ticketSysId, { state: '3' })
        })
        await waitFor(
            'rate-limited drain',
            async () => items.every((i) => emulator.requests.get(i.requestId)!.state === 'resumed'),
            600000
        )
        const drainMs = Date.now() - started
        sampling = false
        await sampler
        const events = (await resumeEvents(sandbox)) - eventsBefore
        const successes = items.map((i) => emulator.resumeCalls(i.requestId).filter((c) => c.status === 204).length)
        const calls = items.reduce((sum, i) => sum + emulator.resumeCalls(i.requestId).length, 0)
        const failed = (await records(sandbox.url, 'x_elm_bridge_callout', 'status=failed')).length
        // Per second of the drain: resumes Graph accepted and refused, and the limit then (where the time went).
        const timeline: { second: number; accepted: number; refused: number; limit: number }[] = []
        for (const seen of emulator.calls) {
            if (seen.kind !== 'resume' || !ids.has(seen.requestId!) || seen.at < started) continue
            const second = Math.floor((seen.at - started) / 1000)
            while (timeline.length <= second)
                timeline.push({ second: timeline.length, accepted: 0, refused: 0, limit: 0 })
            if (seen.status === 204) timeline[second].accepted++
            else if (seen.status === 429) timeline[second].refused++
        }
        for (const entry of timeline) {
            const sample = samples.find((s) => s.atMs >= entry.second * 1000)
            entry.limit = sample ? sample.real : segments[segments.length - 1].perSecond
        }
        return {
            n,
            mode,
            perSecond: segments.map((segment) => segment.perSecond).join(' → '),
            drainMs,
            boundMs: segments.reduce((sum, segment) => sum + (segment.resumes / segment.perSecond) * 1000, 0),
            lost: successes.filter((s) => s === 0).length + failed,
            duplicated: successes.filter((s) => s > 1).length,
            callsPerClosure: calls / n,
            eventsPerClosure: events / n,
            // When the pace first took Graph for windows (ms into the drain; null: never).
            windowedAtMs: samples.find((sample) => sample.windowed)?.atMs ?? null,
            throttled: calls - n,
            samples,
            timeline,
        }
    } finally {
        sampling = false
        emulator.rateLimitPerSecond = 0
        emulator.rateLimitMode = 'window'
    }
}

function limitedRow(limited: Limited): string {
    return row([
        'rate-limited (' + limited.mode + '): N',
        limited.n,
        'R/s',
        limited.perSecond,
        'drain (s)',
        (limited.drainMs / 1000).toFixed(2),
        'bound N/R (s)',
        (limited.boundMs / 1000).toFixed(2),
        'ratio',
        (limited.drainMs / limited.boundMs).toFixed(2),
        'lost',
        limited.lost,
        'duplicated',
        limited.duplicated,
        'calls/closure',
        limited.callsPerClosure.toFixed(2),
        'resume events/closure',
        limited.eventsPerClosure.toFixed(2),
        'windows seen at (s)',
        limited.windowedAtMs === null ? 'never' : (limited.windowedAtMs / 1000).toFixed(1),
    ])
}

/**
 * Resume events queued so far (x_elm_bridge.resume_due, kept after processing): a closure's first, and one for each
 * time the pace or a retry brought it back. What a drain costs the instance's event queue.
 */
async function resumeEvents(sandbox: Sandbox): Promise<number> {
    const output = await background(
        sandbox.url,
        "var e = new GlideRecord('sysevent'); e.addQuery('name', 'x_elm_bridge.resume_due'); e.query(); " +
            'gs.print(String(e.getRowCount()));'
    )
    const printed = /(\d+)\s*$/.exec(output[output.length - 1] || '')
    if (!printed) throw new Error('no event count: ' + output.join(' / '))
    return Number(printed[1])
}

/** The learned rate (pace row) against the rate Graph really allowed, over a drain whose limit changes. */
function rateSvg(limited: Limited, title: string): string {
    const width = 720
    const height = 320
    const margin = { left: 56, right: 16, top: 36, bottom: 44 }
    const plotW = width - margin.left - margin.right
    const plotH = height - margin.top - margin.bottom
    const samples = limited.samples
    const maxT = Math.max(limited.drainMs, 1)
    const maxR = Math.max(10, ...samples.map((s) => Math.max(s.real, s.learned > 200 ? 0 : s.learned))) * 1.15
    const x = (t: number) => (margin.left + Math.min(1, t / maxT) * plotW).toFixed(1)
    const y = (r: number) => (margin.top + plotH - Math.min(1, r / maxR) * plotH).toFixed(1)
    // The probe (rate 1000 until Graph's answer is measured) is drawn at the top edge.
    const line = (pick: (s: PaceSample) => number, colour: string, dash: string) =>
        '<polyline fill="none" stroke="' +
        colour +
        '" stroke-width="2"' +
        (dash ? ' stroke-dasharray="' + dash + '"' : '') +
        ' points="' +
        samples.map((s) => x(s.atMs) + ',' + y(pick(s))).join(' ') +
        '"/>'
    const ticks = [0, 0.25, 0.5, 0.75, 1]
        .map(
            (f) =>
                '<text x="' +
                x(f * maxT) +
                '" y="' +
                (height - 24) +
                '" font-size="11" text-anchor="middle">' +
                ((f * maxT) / 1000).toFixed(1) +
                '</text><text x="' +
                (margin.left - 6) +
                '" y="' +
                y(f * maxR) +
                '" font-size="11" text-anchor="end">' +
                Math.round(f * maxR) +
                '</text>'
        )
        .join('')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="' +
        width +
        '" height="' +
        height +
        '" font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>' +
        '<text x="' +
        margin.left +
        '" y="20" font-size="14">' +
        title +
        '</text>' +
        line((s) => s.real, '#d83b3b', '6 4') +
        line((s) => s.learned, '#3b7dd8', '') +
        ticks +
        '<text x="' +
        (width - margin.right - 230) +
        '" y="' +
        (margin.top + 14) +
        '" font-size="12" fill="#d83b3b">Graph limit (calls/s)</text><text x="' +
        (width - margin.right - 230) +
        '" y="' +
        (margin.top + 30) +
        '" font-size="12" fill="#3b7dd8">learned rate, x_elm_bridge_pace</text>' +
        '<text x="' +
        (margin.left + plotW / 2) +
        '" y="' +
        (height - 6) +
        '" font-size="12" text-anchor="middle">s since the first close</text></svg>\n'
    )
}

function svg(latencies: number[], title: string): string {
    const width = 720
    const height = 320
    const margin = { left: 56, right: 16, top: 36, bottom: 44 }
    const max = Math.max(percentile(latencies, 99.5), 1)
    const bins = 40
    const counts = new Array(bins).fill(0)
    for (const value of latencies) counts[Math.min(bins - 1, Math.max(0, Math.floor((value / max) * bins)))]++
    const top = Math.max(...counts)
    const plotW = width - margin.left - margin.right
    const plotH = height - margin.top - margin.bottom
    const bars = counts
        .map((count, i) => {
            const h = (count / top) * plotH
            return (
                '<rect x="' +
                (margin.left + (i * plotW) / bins).toFixed(1) +
                '" y="' +
                (margin.top + plotH - h).toFixed(1) +
                '" width="' +
                (plotW / bins - 1).toFixed(1) +
                '" height="' +
                h.toFixed(1) +
                '" fill="#3b7dd8"/>'
            )
        })
        .join('')
    const marks = [50, 95, 99]
        .map((p) => {
            const v = percentile(latencies, p)
            const x = margin.left + Math.min(1, v / max) * plotW
            return (
                '<line x1="' +
                x.toFixed(1) +
                '" x2="' +
                x.toFixed(1) +
                '" y1="' +
                margin.top +
                '" y2="' +
                (margin.top + plotH) +
                '" stroke="#d83b3b" stroke-dasharray="4 3"/><text x="' +
                (x + 3).toFixed(1) +
                '" y="' +
                (margin.top + 12) +
                '" font-size="11" fill="#d83b3b">p' +
                p +
                ' ' +
                Math.round(v) +
                ' ms</text>'
            )
        })
        .join('')
    const ticks = [0, 0.25, 0.5, 0.75, 1]
        .map(
            (f) =>
                '<text x="' +
                (margin.left + f * plotW).toFixed(1) +
                '" y="' +
                (height - 24) +
                '" font-size="11" text-anchor="middle">' +
                Math.round(f * max) +
                '</text>'
        )
        .join('')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="' +
        width +
        '" height="' +
        height +
        '" font-family="sans-serif">' +
        '<rect width="100%" height="100%" fill="white"/>' +
        '<text x="' +
        margin.left +
        '" y="20" font-size="14">' +
        title +
        '</text>' +
        '<line x1="' +
        margin.left +
        '" x2="' +
        (width - margin.right) +
        '" y1="' +
        (margin.top + plotH) +
        '" y2="' +
        (margin.top + plotH) +
        '" stroke="#333"/>' +
        bars +
        marks +
        ticks +
        '<text x="' +
        (margin.left + plotW / 2) +
        '" y="' +
        (height - 6) +
        '" font-size="12" text-anchor="middle">ms from the closing PATCH returning to Graph receiving the resume</text>' +
        '<text x="14" y="' +
        (margin.top + plotH / 2) +
        '" font-size="12" transform="rotate(-90 14 ' +
        (margin.top + plotH / 2) +
        ')" text-anchor="middle">closures</text>' +
        '</svg>\n'
    )
}

async function resetPace(sandbox: Sandbox): Promise<void> {
    await call(sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/background', {
        script: "var p = new GlideRecord('x_elm_bridge_pace'); p.query(); while (p.next()) p.deleteRecord();",
    })
}

/** N = 400 at R = 20/s, then the same N with R 20/s → 5/s → 40/s (each from a fresh pace). Writes the rate chart. */
type Limited = Awaited<ReturnType<typeof rateLimited>>

type LimitedRuns = { [name in 'limited' | 'changing' | 'bucketLimited' | 'bucketChanging']: Limited }

async function rateLimitedRuns(
    sandbox: Sandbox,
    emulator: GraphEmulator,
    modes: LimitMode[] = ['window', 'bucket']
): Promise<Partial<LimitedRuns>> {
    const n = QUICK ? 100 : 400
    const changingSegments = [
        { perSecond: 20, resumes: (n * 2) / 5 },
        { perSecond: 5, resumes: n / 5 },
        { perSecond: 40, resumes: (n * 2) / 5 },
    ]
    const runs: Partial<LimitedRuns> = {}
    // A fixed one-second window that restarts with the first call after it ended (the emulator's first limit) and a
    // token bucket (how Microsoft describes its identity limits), each from a fresh pace.
    for (const mode of modes) {
        await resetPace(sandbox)
        const steady = await rateLimited(sandbox, emulator, [{ perSecond: 20, resumes: n }], mode)
        await resetPace(sandbox)
        const changing = await rateLimited(sandbox, emulator, changingSegments, mode)
        if (mode === 'window') Object.assign(runs, { limited: steady, changing })
        else Object.assign(runs, { bucketLimited: steady, bucketChanging: changing })
    }
    const bucketChanging = runs.bucketChanging
    if (!bucketChanging) return runs
    const chart = rateSvg(
        bucketChanging,
        'Learned rate vs Graph limit (token bucket), N=' + bucketChanging.n + ', R 20 → 5 → 40 /s (sandbox)'
    )
    const resultsDir = path.join(root, 'bench', 'results')
    fs.mkdirSync(resultsDir, { recursive: true })
    fs.writeFileSync(path.join(resultsDir, 'learned-rate.svg'), chart)
    // Only a full run's chart goes to the docs: a --rate-limited run is for trying a change (an A/B).
    if (!QUICK && !RATE_LIMITED_ONLY) {
        fs.mkdirSync(path.join(root, 'docs', 'performance'), { recursive: true })
        fs.writeFileSync(path.join(root, 'docs', 'performance', 'learned-rate.svg'), chart)
    }
    return runs
}

/** All four drains (the full bench runs both models). */
async function allRateLimitedRuns(sandbox: Sandbox, emulator: GraphEmulator): Promise<LimitedRuns> {
    const { limited, changing, bucketLimited, bucketChanging } = await rateLimitedRuns(sandbox, emulator)
    if (!limited || !changing || !bucketLimited || !bucketChanging) throw new Error('a rate-limited drain is missing')
    return { limited, changing, bucketLimited, bucketChanging }
}

/** npm run bench -- --rate-limited: only the rate-limited drains (add --quick for N = 100). */
async function rateLimitedOnly(): Promise<void> {
    const emulator = new GraphEmulator()
    const emulatorUrl = 'http://127.0.0.1:' + (await emulator.listen())
    // ELM_BENCH_APP=<dir>: another build (e.g. the app before the pace) for a before/after on one machine.
    const app = process.env.ELM_BENCH_APP ? ['--app', process.env.ELM_BENCH_APP] : []
    const sandbox = await startSandbox(['--quiet', '--workers', '4', ...app])
    try {
        await wire(sandbox.url, emulator, emulatorUrl)
        await setProperty(sandbox.url, 'x_elm_bridge.retry_base_seconds', '1')
        const runs = await rateLimitedRuns(sandbox, emulator, ONLY_MODE ? [ONLY_MODE] : undefined)
        const resultsDir = path.join(root, 'bench', 'results')
        fs.mkdirSync(resultsDir, { recursive: true })
        for (const run of [runs.limited, runs.changing, runs.bucketLimited, runs.bucketChanging]) {
            if (!run) continue
            process.stdout.write(limitedRow(run) + '\n')
            process.stdout.write(
                '  per second (accepted/refused@limit): ' +
                    run.timeline.map((t) => t.accepted + '/' + t.refused + '@' + t.limit).join(' ') +
                    '\n'
            )
        }
        fs.writeFileSync(path.join(resultsDir, 'rate-limited-timeline.json'), JSON.stringify(runs, null, 1))
        process.stdout.write(
            'learned rate samples (s, real, learned): ' +
                (runs.bucketChanging || runs.changing)!.samples
                    .filter((_s, i) => i % 5 === 0)
                    .map((s) => (s.atMs / 1000).toFixed(1) + ',' + s.real + ',' + s.learned)
                    .join(' ') +
                '\n'
        )
    } finally {
        await sandbox.stop()
        await emulator.close()
    }
}

function row(cells: (string | number)[]): string {
    return (
        '| ' +
        cells.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(2)) : c)).join(' | ') +
        ' |'
    )
}

async function main(): Promise<void> {
    const startedAt = Date.now()
    const emulator = new GraphEmulator()
    const emulatorUrl = 'http://127.0.0.1:' + (await emulator.listen())
    // Four event workers, as an instance node runs several; the default sandbox runs two.
    // ELM_BENCH_ROUND_TRIP_MS=0 separates the sandbox's modelled database round trip from the app's own cost.
    const roundTrip = process.env.ELM_BENCH_ROUND_TRIP_MS
        ? ['--round-trip-ms', process.env.ELM_BENCH_ROUND_TRIP_MS]
        : []
    // ELM_BENCH_APP=<dir>: another build (e.g. the app before a change) for a before/after on one machine.
    const app = process.env.ELM_BENCH_APP ? ['--app', process.env.ELM_BENCH_APP] : []
    const sandbox = await startSandbox(['--quiet', '--workers', '4', ...roundTrip, ...app])
    const summary: { [key: string]: unknown } = {
        machine: { cpus: require('os').cpus().length, node: process.version },
        startedAt: new Date(startedAt).toISOString(),
    }
    try {
        await wire(sandbox.url, emulator, emulatorUrl)
        await setProperty(sandbox.url, 'x_elm_bridge.retry_base_seconds', '1')
        const runs: RunResult[] = []
        const plan: [number, number, number][] = []
        for (const n of SIZES)
            for (const latency of [0, 200])
                if (!(latency === 200 && n > 1000)) plan.push([n, latency, n >= 5000 ? 1 : RUNS])
        for (const [n, latency, times] of plan) {
            for (let i = 0; i < times; i++) {
                const result = await oneRun(sandbox, emulator, n, latency)
                runs.push(result)
                process.stdout.write(
                    'run N=' +
                        n +
                        ' graph latency ' +
                        latency +
                        ' ms #' +
                        (i + 1) +
                        ': close→resume p95 ' +
                        Math.round(result.closeToResume.p95) +
                        ' ms, drain ' +
                        result.closeToResume.drainMs +
                        ' ms\n'
                )
            }
        }
        const table: string[] = [
            row([
                'N',
                'Graph latency (ms)',
                'runs',
                'inbound /s',
                'inbound p50/p95/p99 (ms)',
                'close→resume p50/p95/p99/max (ms)',
                'drain (s)',
                'per item (ms)',
                'Graph calls / closure',
                'token requests',
            ]),
        ]
        table.splice(
            1,
            0,
            row(
                table[0]
                    .split('|')
                    .slice(1, -1)
                    .map(() => '---')
            )
        )
        const medians: { [key: string]: unknown }[] = []
        for (const [n, latency] of plan) {
            const group = runs.filter((r) => r.n === n && r.graphLatencyMs === latency)
            const m = {
                n,
                graphLatencyMs: latency,
                runs: group.length,
                inboundPerS: median(group.map((r) => r.inbound.throughputPerS)),
                inbound: [50, 95, 99].map((p) => median(group.map((r) => (r.inbound as any)['p' + p]))),
                closeToResume: ['p50', 'p95', 'p99', 'max'].map((k) =>
                    median(group.map((r) => (r.closeToResume as any)[k]))
                ),
                drainMs: median(group.map((r) => r.closeToResume.drainMs)),
                callsPerClosure: median(group.map((r) => r.graphCallsPerClosure)),
                tokenRequests: median(group.map((r) => r.tokenRequests)),
            }
            medians.push(m)
            table.push(
                row([
                    n,
                    latency,
                    m.runs,
                    m.inboundPerS,
                    m.inbound.map((v) => v.toFixed(1)).join(' / '),
                    m.closeToResume.map((v) => Math.round(v)).join(' / '),
                    (m.drainMs / 1000).toFixed(2),
                    (m.drainMs / n).toFixed(2),
                    m.callsPerClosure,
                    m.tokenRequests,
                ])
            )
        }
        const cost = await agentCost(sandbox, emulator, QUICK ? 30 : 200)
        const { limited, changing, bucketLimited, bucketChanging } = await allRateLimitedRuns(sandbox, emulator)
        const routing = await routingCost(sandbox, QUICK ? 100 : 300, QUICK ? 2 : 4)
        // The reconcile scenario runs last, and its long sweeps once reset the requests behind them (the sandbox's
        // keep-alive timeout, since removed): should it fail, report that, with whether the sandbox was gone, and keep
        // every other figure of the run.
        const reconcile = await reconcileCost(sandbox, emulator, QUICK ? 500 : 5000, QUICK ? 200 : 1000).catch(
            (error: Error & { cause?: unknown }) => {
                const why = String(error.message) + (error.cause ? ' (' + String(error.cause) + ')' : '')
                return { failed: why + '; ' + sandboxStatus(sandbox) }
            }
        )
        const chartRun = runs.find((r) => r.n === (QUICK ? 100 : 1000) && r.graphLatencyMs === 0)!
        const chart = svg(
            chartRun.closeToResume.latencies,
            'Close → resume, N=' +
                chartRun.n +
                ', Graph latency 0 ms (sandbox, ' +
                (summary.machine as { cpus: number }).cpus +
                ' cores)'
        )
        Object.assign(summary, {
            medians,
            agentCost: cost,
            rateLimited: { ...limited, samples: undefined },
            rateChanging: changing,
            rateLimitedBucket: { ...bucketLimited, samples: undefined },
            rateChangingBucket: bucketChanging,
            routing,
            reconcile,
            totalSeconds: (Date.now() - startedAt) / 1000,
        })
        const resultsDir = path.join(root, 'bench', 'results')
        fs.mkdirSync(resultsDir, { recursive: true })
        const stamp = new Date().toISOString().replace(/[:.]/g, '-')
        fs.writeFileSync(
            path.join(resultsDir, stamp + '.json'),
            JSON.stringify(
                {
                    ...summary,
                    runs: runs.map((r) => ({ ...r, closeToResume: { ...r.closeToResume, latencies: undefined } })),
                },
                null,
                2
            )
        )
        fs.writeFileSync(path.join(resultsDir, 'close-to-resume.svg'), chart)
        if (!QUICK) {
            fs.mkdirSync(path.join(root, 'docs', 'performance'), { recursive: true })
            fs.writeFileSync(path.join(root, 'docs', 'performance', 'close-to-resume.svg'), chart)
        }
        process.stdout.write('\n' + table.join('\n') + '\n\n')
        process.stdout.write(
            row([
                'closing PATCH median with the rule active (ms)',
                cost.withCallout.toFixed(2),
                'plain ticket (ms)',
                cost.plain.toFixed(2),
                'ratio',
                cost.ratio.toFixed(2),
            ]) + '\n'
        )
        for (const run of [limited, changing, bucketLimited, bucketChanging])
            process.stdout.write(limitedRow(run) + '\n')
        process.stdout.write(routingRow(routing) + '\n')
        process.stdout.write(
            ('failed' in reconcile ? '| reconcile | FAILED: ' + reconcile.failed + ' |' : reconcileRow(reconcile)) +
                '\n'
        )
        // Every other figure is printed and saved; the run still fails.
        if ('failed' in reconcile) process.exitCode = 1
        process.stdout.write(
            '\nresults: bench/results/' +
                stamp +
                '.json, total ' +
                ((Date.now() - startedAt) / 1000).toFixed(0) +
                ' s\n'
        )
    } catch (error) {
        process.stderr.write(sandboxStatus(sandbox) + '\n')
        throw error
    } finally {
        await sandbox.stop()
        await emulator.close()
    }
}

;(ROUTING_ONLY ? routingOnly() : RATE_LIMITED_ONLY ? rateLimitedOnly() : main()).catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
    // fetch failed: the cause (a reset socket, a refused connection) is what tells a sandbox crash from the network.
    if (error && error.cause) process.stderr.write('cause: ' + String(error.cause.stack || error.cause) + '\n')
    process.exit(1)
})
