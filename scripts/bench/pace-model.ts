// A discrete-event model of the shared pace (src/server/core/pace.ts, the real functions) draining a backlog against
// the emulator's two rate limits. It answers in a second what the bench measures in minutes, so the pace's constants
// can be compared; `npm run bench` against the sandbox stays the figure of record. Modelled: event workers that poll
// every 100 ms and take up to 50 due events oldest first, retries stored in whole seconds, the pace row read and
// written per call, and a Graph that answers at once (as the bench's emulator does). Not modelled: two workers
// racing on the pace row.
import { decide } from '../../src/server/core/delivery.ts'
import { NO_PACE, PaceState, accepted, gate, throttled } from '../../src/server/core/pace.ts'

export interface Segment {
    perSecond: number
    resumes: number
}

export type LimitMode = 'window' | 'bucket'

export interface ModelRun {
    /** Drain time over the sum of the segments' N/R. */
    ratio: number
    callsPerClosure: number
    drainMs: number
    /** Calls sent before a Retry-After Graph gave had passed (must be 0). */
    earlyCalls: number
    /** Per whole second of the drain: calls accepted, 429s, and the pace's stored rate at the end of it. */
    seconds: { second: number; accepted: number; refused: number; rate: number }[]
}

/** The emulator's limits (scripts/emulator/graph-emulator.ts): a fixed window or a one-second token bucket. */
class Limiter {
    perSecond = 0
    private windowStart = -Infinity
    private windowCount = 0
    private tokens = 0
    private tokensAt = -Infinity
    constructor(readonly mode: LimitMode) {}

    /** null: accepted; else the Retry-After (seconds) of a 429. */
    call(now: number): number | null {
        const rate = this.perSecond
        if (this.mode === 'bucket') {
            this.tokens = Math.min(rate, this.tokens + ((now - this.tokensAt) / 1000) * rate)
            this.tokensAt = now
            if (this.tokens < 1) return Math.max(1, Math.ceil((1 - this.tokens) / rate))
            this.tokens -= 1
            return null
        }
        if (now - this.windowStart >= 1000) {
            this.windowStart = now
            this.windowCount = 0
        }
        if (++this.windowCount > rate) return Math.max(1, Math.ceil((this.windowStart + 1000 - now) / 1000))
        return null
    }
}

/** A small seeded generator, so a run can be repeated. */
function random(seed: number): () => number {
    let s = seed >>> 0 || 1
    return () => {
        s ^= s << 13
        s ^= s >>> 17
        s ^= s << 5
        return ((s >>> 0) % 1000000) / 1000000
    }
}

const WORKERS = 4
const POLL_MS = 100
const BATCH = 50

/**
 * N tickets closed over the first two seconds, drained against a limit of `perSecond` that changes after each
 * segment's resumes were accepted. `costMs`: a worker's time per call (a held-back call costs 60 % of it).
 */
export function simulateDrain(segments: Segment[], mode: LimitMode, seed: number, costMs = 8): ModelRun {
    const rnd = random(seed)
    const n = segments.reduce((sum, segment) => sum + segment.resumes, 0)
    const limiter = new Limiter(mode)
    const due: { at: number; seq: number }[] = []
    let seq = 0
    for (let row = 0; row < n; row++) due.push({ at: Math.floor(rnd() * 2) * 1000, seq: seq++ })
    const workerAt = Array.from({ length: WORKERS }, () => rnd() * POLL_MS)
    const perSecond = new Map<number, { second: number; accepted: number; refused: number; rate: number }>()
    let pace: PaceState = NO_PACE
    let done = 0
    let calls = 0
    let earlyCalls = 0
    let notBefore = 0
    let now = 0
    const limitFor = (acceptedSoFar: number): number => {
        let bound = 0
        for (const segment of segments) {
            bound += segment.resumes
            if (acceptedSoFar < bound) return segment.perSecond
        }
        return segments[segments.length - 1].perSecond
    }
    while (done < n && now < 600000) {
        // The worker that is free first polls and takes the events due then, oldest first.
        let worker = 0
        for (let i = 1; i < WORKERS; i++) if (workerAt[i] < workerAt[worker]) worker = i
        now = workerAt[worker]
        due.sort((a, b) => a.at - b.at || a.seq - b.seq)
        let taken = 0
        while (taken < BATCH && taken < due.length && due[taken].at <= now) taken++
        // Each event is one ledger row's delivery; which row does not matter to the pace.
        due.splice(0, taken)
        for (let event = 0; event < taken; event++) {
            const decision = gate(pace, now)
            if (decision.state) pace = decision.state
            if (decision.kind === 'wait') {
                due.push({ at: Math.ceil(decision.atMs / 1000) * 1000, seq: seq++ })
                now += costMs * 0.6
                continue
            }
            calls++
            if (now < notBefore) earlyCalls++
            limiter.perSecond = limitFor(done)
            const retryAfter = limiter.call(now)
            const second = Math.floor(now / 1000)
            const tally = perSecond.get(second) || { second, accepted: 0, refused: 0, rate: 0 }
            perSecond.set(second, tally)
            if (retryAfter === null) {
                done++
                tally.accepted++
                pace = accepted(pace) || pace
            } else {
                tally.refused++
                notBefore = Math.max(notBefore, now + retryAfter * 1000)
                const held = throttled(pace, now, retryAfter, 2, decision.index, decision.epoch)
                pace = held.state
                const retry = decide(
                    { status: 429, retryAfter: String(retryAfter), paceAtMs: held.atMs },
                    { attempt: 1, maxAttempts: 5, retryBaseSeconds: 2, nowMs: now, deadlineMs: null, jitter: 0 }
                )
                if (retry.kind !== 'retry') throw new Error('a 429 must be retried, not ' + retry.kind)
                due.push({ at: retry.atMs, seq: seq++ })
            }
            tally.rate = pace.rate
            now += costMs
        }
        workerAt[worker] = now + POLL_MS
    }
    const boundMs = segments.reduce((sum, segment) => sum + (segment.resumes / segment.perSecond) * 1000, 0)
    return {
        ratio: now / boundMs,
        callsPerClosure: calls / n,
        drainMs: now,
        earlyCalls,
        seconds: Array.from(perSecond.values()).sort((a, b) => a.second - b.second),
    }
}

/** The bench's two drains: N = 400 at R = 20/s, and R 20 → 5 → 40/s. */
export const DRAINS: { name: string; segments: Segment[] }[] = [
    { name: 'R = 20/s', segments: [{ perSecond: 20, resumes: 400 }] },
    {
        name: 'R 20 → 5 → 40/s',
        segments: [
            { perSecond: 20, resumes: 160 },
            { perSecond: 5, resumes: 80 },
            { perSecond: 40, resumes: 160 },
        ],
    },
]
