import {
    BOOKING_HORIZON_MS,
    BURST_SPACING_MS,
    LATEST_BURST_MS,
    WINDOW_SIGNS,
    MIN_RATE,
    NO_PACE,
    PROBE_BELOW_PEAK_MS,
    PROBE_FIRST_MS,
    PROBE_MAX_MS,
    PROBE_MS,
    PROBE_RATE,
    Gate,
    PacedSecond,
    PaceState,
    RELEASE_MS,
    accepted,
    currentRate,
    gate,
    isProbing,
    isWindowed,
    nextProbe,
    overRate,
    perSecond,
    probeEndMs,
    rateFor,
    spacedAfter,
    throttled,
    wholeSecondAfter,
    withinRate,
} from '../../src/server/core/pace.ts'

// A whole second, as the hold's end and the probes are.
const NOW = Date.UTC(2026, 10, 27, 12, 0, 0)
const pace = (overrides: Partial<PaceState> = {}): PaceState => ({ ...NO_PACE, ...overrides })
/** Paced at `rate` since a hold that ended at NOW, Graph measured at `measured`, no probe booked. */
const paced = (rate: number, overrides: Partial<PaceState> = {}) =>
    pace({
        rate,
        holdUntilMs: NOW,
        changedAtMs: NOW - 1000,
        nextAtMs: NOW,
        bookedAtMs: NOW,
        measured: rate + 1,
        peak: rate + 1,
        ...overrides,
    })
/** Probing since the whole second NOW; the first call went at `firstMs`. */
const probing = (overrides: Partial<PaceState> = {}) =>
    pace({ rate: PROBE_RATE, holdUntilMs: NOW - 500, changedAtMs: NOW, nextAtMs: NOW + 20, ...overrides })

describe('pace: no throttling', () => {
    it('lets every call go at once and writes nothing', () => {
        expect(gate(NO_PACE, NOW)).toEqual({ kind: 'go', state: null, epoch: 0 })
        expect(accepted(NO_PACE)).toBeNull()
        expect(currentRate(NO_PACE, NOW)).toBe(0)
    })

    it('is released a minute after the last hold ended, and not before', () => {
        const state = paced(5)
        expect(gate(state, NOW + RELEASE_MS)).toEqual({ kind: 'go', state: null, epoch: 0 })
        expect(gate(state, NOW + RELEASE_MS - 1).state).not.toBeNull()
        expect(currentRate(state, NOW + RELEASE_MS - 1)).toBe(5)
        expect(currentRate(state, NOW + RELEASE_MS)).toBe(0)
    })
})

describe('pace: the first 429', () => {
    it('holds every call for Retry-After, then measures Graph with everything waiting when the hold ends', () => {
        const { state, atMs } = throttled(NO_PACE, NOW + 300, 1, 30, 0, 0)
        expect(state).toMatchObject({
            holdUntilMs: NOW + 1300,
            rate: PROBE_RATE,
            changedAtMs: NOW + 1300,
            nextAtMs: 0,
            streak: 1,
            granted: 0,
            rejected: 1,
            measured: 0,
            probeAtMs: 0,
        })
        expect(atMs).toBe(NOW + 1300)
        // The hold ends early in its second: waiting callers are booked a millisecond apart into what is left of it
        // a poll after its end, come back at its start (early) and wait there for the hold's end, when the probe begins.
        expect(state.bookedAtMs).toBe(NOW + 402)
        const held = gate(state, NOW + 800)
        expect(held).toMatchObject({ kind: 'wait', atMs: NOW + 1300, early: true })
        expect(held.state!.bookedAtMs).toBe(NOW + 403)
        // In the hold's last moment a caller comes back with the next poll, and nothing is booked.
        expect(gate(state, NOW + 1100)).toEqual({ kind: 'wait', atMs: NOW + 1300, state, soon: true })
        // The probe goes from the hold's end to the end of that whole second; its calls count under that second.
        const probe = gate(state, NOW + 1310)
        expect(probe).toMatchObject({ kind: 'go', epoch: NOW + 1300 })
        expect(gate(probe.state!, NOW + 1999)).toMatchObject({ kind: 'go', epoch: NOW + 1300 })
        expect(probeEndMs(NOW + 1300)).toBe(NOW + 2000)
        // Its 429 measures the calls counted under that whole second, and each later 429 of the probe again.
        const first429 = throttled(probe.state!, NOW + 1420, 1, 30, 21, NOW + 1300, NOW + 1410)
        expect(first429.state).toMatchObject({ probedAtMs: NOW + 1000, probedAccepted: 21, probedSpanMs: 100 })
        const later429 = throttled(first429.state, NOW + 1425, 1, 30, 20, NOW + 1300, NOW + 1412)
        expect(later429.state).toMatchObject({ probedAtMs: NOW + 1000, probedAccepted: 20, rejected: 2 })
    })

    it('a hold that ends late in a second is followed by the next whole second: no caller polls for long', () => {
        const { state } = throttled(NO_PACE, NOW + LATEST_BURST_MS + 1, 1, 30, 0, 0)
        expect(state).toMatchObject({ holdUntilMs: NOW + 1000 + LATEST_BURST_MS + 1, changedAtMs: NOW + 2000 })
        expect(state.bookedAtMs).toBe(NOW + 1002)
        const held = gate(state, NOW + 1100)
        expect(held).toMatchObject({ kind: 'wait', atMs: NOW + 1000 + LATEST_BURST_MS + 1 })
        expect(held).not.toHaveProperty('soon')
        expect(held).not.toHaveProperty('early')
        expect(gate(state, NOW + 1600)).toMatchObject({ kind: 'wait', atMs: NOW + 2000 })
    })

    it('a pace released long ago starts afresh: nothing it measured before counts', () => {
        const old = paced(8, { measured: 9, peak: 40, probeAtMs: NOW + 5000, probeEveryMs: PROBE_MAX_MS })
        const { state } = throttled(old, NOW + RELEASE_MS + 10, 2, 30, 3, NOW)
        expect(state).toMatchObject({ rate: PROBE_RATE, measured: 0, peak: 0, probeAtMs: 0, probeEveryMs: 0 })
        expect(state.holdUntilMs).toBe(NOW + RELEASE_MS + 2010)
    })

    it('without Retry-After backs off exponentially from the retry base, one step per 429 in a row', () => {
        expect(throttled(NO_PACE, NOW, null, 2, 0, 0).state.holdUntilMs).toBe(NOW + 2000)
        const second = throttled(pace({ holdUntilMs: NOW + 2000, rate: 5, streak: 1 }), NOW + 2000, null, 2, 0, NOW)
        expect(second.state.holdUntilMs).toBe(NOW + 2000 + 4000)
    })

    it('an answer that is not a 429 ends the run of 429s', () => {
        expect(accepted(pace({ streak: 3, rate: 5 }))).toMatchObject({ streak: 0, rate: 5 })
    })
})

describe('pace: the probe', () => {
    it("lets every call through in its second, counting them, each with the probe's start as its era", () => {
        let state = probing({ nextAtMs: 0 })
        const counted: number[] = []
        for (const at of [NOW + 30, NOW + 40, NOW + PROBE_MS - 1]) {
            const decision = gate(state, at)
            expect(decision).toMatchObject({ kind: 'go', epoch: NOW })
            state = decision.state!
            counted.push(state.granted)
        }
        expect(counted).toEqual([1, 2, 3])
        // The first call's time is kept: the probe's length counts from it.
        expect(state).toMatchObject({ granted: 3, nextAtMs: NOW + 30 })
    })

    it("its 429 measures Graph's limit: the calls before it, less what a token bucket refilled meanwhile", () => {
        const { state, atMs } = throttled(probing({ granted: 25, measured: 0 }), NOW + 120, 1, 30, 22, NOW)
        // 22 calls in the 100 ms since the first call: 20 per second.
        expect(state.measured).toBe(20)
        expect(state).toMatchObject({ rate: 19, peak: 20, holdUntilMs: NOW + 1120, changedAtMs: NOW + 120 })
        expect(state).toMatchObject({ granted: 0, rejected: 1, streak: 1, nextAtMs: NOW + 1120 })
        // A limit measured for the first time is probed again after PROBE_FIRST_MS, at a whole second.
        expect(state.probeAtMs).toBe(wholeSecondAfter(NOW + 1120 + PROBE_FIRST_MS))
        expect(state.probeEveryMs).toBe(PROBE_FIRST_MS)
        expect(atMs).toBe(NOW + 1120)
        // The queue after the hold starts with what is left of the second it ends in, a poll after its end: 19 × 0.78
        // callers come back at NOW + 1000 and wait there for the hold's end, the next 19 at NOW + 2000.
        expect(state.bookedAtMs).toBeCloseTo(NOW + 221 + 1000 / 19, 6)
    })

    it("counts a probe's span between gates: from its first call's to the refused call's, not to the 429", () => {
        // 22 taken since the first call went at NOW + 20; the refused call passed the gate 100 ms after it, and its
        // 429 came back 100 ms later still: 20 a second, where counting to the 429 would make it 19.
        const sentEarlier = throttled(probing({ nextAtMs: NOW + 20 }), NOW + 220, 1, 30, 22, NOW, NOW + 120).state
        expect(sentEarlier).toMatchObject({ measured: 20, probedSpanMs: 100, holdUntilMs: NOW + 1220 })
        expect(throttled(probing({ nextAtMs: NOW + 20 }), NOW + 220, 1, 30, 22, NOW).state.measured).toBe(19)
    })

    it('rounds what a probe measured to whole calls', () => {
        // 5 calls in 100 ms is 4.5 a second once the refill is taken off: Graph's limit is 5 calls a second.
        const low = throttled(probing({ nextAtMs: NOW + 20 }), NOW + 120, 1, 30, 5, NOW).state
        expect(low).toMatchObject({ measured: 5, rate: 4.5 })
        const high = throttled(probing({ nextAtMs: NOW + 20 }), NOW + 120, 1, 30, 26, NOW).state
        expect(high).toMatchObject({ measured: 24, rate: 22.5 })
        // Graph took 21 calls and refused the 22nd 50 ms into the probe: between 20 and 21 a second. The middle.
        expect(throttled(probing({ nextAtMs: NOW + 20 }), NOW + 70, 1, 30, 21, NOW).state.measured).toBe(20)
        expect(throttled(probing({ nextAtMs: NOW + 20 }), NOW + 70, 1, 30, 20, NOW).state.measured).toBe(20)
        expect(throttled(probing({ nextAtMs: NOW + 20 }), NOW + 70, 1, 30, 22, NOW).state.measured).toBe(21)
    })

    it('a probe whose first call was refused measured nothing: it probes again after the hold', () => {
        const storm = probing({ measured: 12, peak: 20, streak: 2, probeEveryMs: PROBE_BELOW_PEAK_MS })
        const { state, atMs } = throttled(storm, NOW + 25, null, 1, 0, NOW)
        // No Retry-After, third 429 in a row: 1 s × 2² = 4 s.
        expect(state).toMatchObject({
            rate: PROBE_RATE,
            holdUntilMs: NOW + 4025,
            changedAtMs: NOW + 4025,
            nextAtMs: 0,
            granted: 0,
            streak: 3,
            measured: 12,
            peak: 20,
        })
        expect(atMs).toBe(NOW + 4025)
        // Once the storm is over the next probe passes, and with nothing measured the pace ends.
        const after = gate(throttled(probing(), NOW + 25, 1, 30, 0, NOW).state, NOW + 2000)
        expect(after).toMatchObject({ kind: 'go', epoch: NOW + 2000 })
        expect(gate(after.state!, NOW + 3000).state).toMatchObject({ rate: 0 })
        // One call refused after some were let through is a measurement, at least the floor.
        expect(throttled(probing(), NOW + 25, 1, 30, 1, NOW).state).toMatchObject({ measured: 1, rate: MIN_RATE })
    })

    it('each later 429 of the probe measures again from what Graph accepted, as counted then', () => {
        // The first 429 counted 7 accepted; two calls still on their way were refused after it.
        const first = throttled(probing({ nextAtMs: NOW + 20 }), NOW + 50, 1, 30, 7, NOW).state
        expect(first).toMatchObject({ measured: 7, peak: 7, rate: 6.5, probedAtMs: NOW, probedAccepted: 7 })
        expect(first.probedSpanMs).toBe(30)
        const second = throttled(first, NOW + 55, 1, 30, 6, NOW)
        // The refused caller is booked after the hold like any waiting caller: in what is left of the hold's second.
        expect(second.atMs).toBe(NOW + 1055)
        expect(second.state.bookedAtMs).toBeGreaterThan(first.bookedAtMs)
        const last = throttled(second.state, NOW + 90, 1, 30, 5, NOW).state
        // The refill correction keeps the first 429's span: a late answer does not make the probe longer.
        expect(last).toMatchObject({ measured: 5, peak: 5, rate: 4.5, probedAccepted: 5, rejected: 3 })
        expect(last.holdUntilMs).toBe(NOW + 1090)
        // The probe schedule and the era stay as the first 429 set them.
        expect(last).toMatchObject({ probeAtMs: first.probeAtMs, changedAtMs: first.changedAtMs })
        // The same count again changes nothing but the hold.
        expect(throttled(last, NOW + 95, 1, 30, 5, NOW).state).toEqual({
            ...last,
            holdUntilMs: NOW + 1095,
            rejected: 4,
            bookedAtMs: expect.any(Number),
        })
        // A peak measured before this probe stays.
        const fallen = throttled(probing({ nextAtMs: NOW + 20, peak: 20, measured: 20 }), NOW + 50, 1, 30, 7, NOW)
        expect(throttled(fallen.state, NOW + 55, 1, 30, 5, NOW).state).toMatchObject({ measured: 5, peak: 20 })
        // A 429 of another probe's call only extends the hold.
        expect(throttled(first, NOW + 55, 1, 30, 5, NOW - 20000).state).toMatchObject({ measured: 7, rejected: 2 })
    })

    it("when the probe's last 429 finds nothing accepted after all, it probes again after the hold", () => {
        const first = throttled(probing({ nextAtMs: NOW + 20 }), NOW + 50, 1, 30, 2, NOW).state
        const storm = throttled(first, NOW + 60, 2, 30, 0, NOW).state
        expect(storm).toMatchObject({
            rate: PROBE_RATE,
            holdUntilMs: NOW + 2060,
            changedAtMs: NOW + 2060,
            nextAtMs: 0,
            measured: 0,
            probedAtMs: 0,
        })
    })

    it("a probe that ended without a 429 ends the last measurement's: its late 429s change nothing", () => {
        const quiet = gate(probing({ granted: 4, measured: 20, peak: 20, probedAtMs: NOW - 20000 }), NOW + PROBE_MS + 5)
        expect(quiet.state!.probedAtMs).toBe(0)
        // A very late 429 of the probe that measured before.
        const late = throttled(quiet.state!, NOW + PROBE_MS + 9, 1, 30, 1, NOW - 20000)
        expect(late.state).toMatchObject({ measured: 20, rate: 19 })
    })

    it('a probe second without a 429 keeps the limit measured before, or what it let through when that is more', () => {
        const quiet = probing({ granted: 4, measured: 20, peak: 20, probeEveryMs: PROBE_FIRST_MS })
        const after = gate(quiet, NOW + PROBE_MS + 5)
        expect(after).toMatchObject({ kind: 'go', epoch: NOW + PROBE_MS + 5 })
        expect(after.state).toMatchObject({ rate: 19, measured: 20, changedAtMs: NOW + PROBE_MS + 5, granted: 1 })
        // The same limit again: the next probe comes twice as late.
        expect(after.state!.probeEveryMs).toBe(2 * PROBE_FIRST_MS)
        // 60 let through and none refused, over a second from the first call: at least 30 per second.
        const busy = probing({ granted: 60, measured: 20, peak: 20, nextAtMs: NOW })
        expect(gate(busy, NOW + PROBE_MS).state).toMatchObject({ measured: 30, peak: 30 })
    })

    it('a first probe without a 429 ends the pace: Graph took everything that was waiting', () => {
        const after = gate(probing({ granted: 3 }), NOW + PROBE_MS)
        expect(after).toMatchObject({ kind: 'go', epoch: 0 })
        expect(after.state).toMatchObject({ rate: 0, probeAtMs: 0 })
        // Nothing in the row it writes is infinite or not a number.
        for (const value of Object.values(after.state!)) expect(Number.isFinite(value)).toBe(true)
        expect(gate(after.state!, NOW + PROBE_MS + 1)).toEqual({ kind: 'go', state: null, epoch: 0 })
    })
})

describe('pace: what a probe measured', () => {
    it('counts the calls before the 429 per second of probe, the probe lasting at most a second', () => {
        expect(perSecond(20, 0)).toBe(20)
        expect(perSecond(22, 100)).toBeCloseTo(20, 9)
        expect(perSecond(30, 500)).toBeCloseTo(20, 9)
        expect(perSecond(30, 5000)).toBe(15)
        expect(perSecond(30, -40)).toBe(30)
    })

    it('keeps two seconds in a row within what a bucket refills in 1.9 s, in whole calls', () => {
        expect(rateFor(20)).toBe(19)
        expect(rateFor(40)).toBe(38)
        expect(rateFor(38)).toBe(36)
        expect(rateFor(100)).toBe(95)
        expect(rateFor(10)).toBe(9.5)
        expect(rateFor(5)).toBe(4.5)
        expect(rateFor(2)).toBe(1.5)
        expect(rateFor(1)).toBe(MIN_RATE)
        expect(rateFor(0)).toBe(MIN_RATE)
        expect(MIN_RATE).toBe(0.5)
        // Limits a probe measures are whole calls; a product that is a hair short in floating point still counts.
        for (let limit = 1; limit <= 200; limit++) {
            expect(2 * rateFor(limit)).toBe(Math.max(1, Math.floor((limit * 19) / 10)))
        }
    })

    it('at a half rate, seconds in a row take five and four calls in turn, never five twice', () => {
        let state = paced(4.5, { nextAtMs: NOW })
        const callsPerSecond: number[] = []
        for (let second = 0; second < 40; second++) {
            let gone = 0
            for (let i = 0; i < 8; i++) {
                const decision = gate(state, NOW + second * 1000 + 10 * i)
                if (decision.kind === 'go') gone++
                state = decision.state!
            }
            callsPerSecond.push(gone)
        }
        for (let i = 1; i < callsPerSecond.length; i++) {
            expect(callsPerSecond[i - 1] + callsPerSecond[i]).toBeLessThanOrEqual(9)
        }
        expect(callsPerSecond.slice(0, 4)).toEqual([5, 4, 5, 4])
        // Nothing drifts: 40 s at 4.5 a second is 180 calls.
        expect(callsPerSecond.reduce((a, b) => a + b, 0)).toBe(180)
    })

    it('probes a limit that holds less and less often, one below the peak often, a new level after the first interval', () => {
        const steady = paced(19, { measured: 20, peak: 20, probeEveryMs: PROBE_FIRST_MS })
        expect(nextProbe(steady, 21, NOW)).toEqual({
            measured: 21,
            peak: 21,
            probeAtMs: NOW + 2 * PROBE_FIRST_MS,
            probeEveryMs: 2 * PROBE_FIRST_MS,
        })
        expect(nextProbe({ ...steady, probeEveryMs: PROBE_MAX_MS }, 20, NOW).probeEveryMs).toBe(PROBE_MAX_MS)
        // Fell to a quarter of the peak: it may come back, so it is probed soon, and again soon while it stays low.
        const fallen = nextProbe(steady, 5, NOW + 300)
        expect(fallen).toEqual({
            measured: 5,
            peak: 20,
            probeAtMs: NOW + 1000 + PROBE_BELOW_PEAK_MS,
            probeEveryMs: PROBE_BELOW_PEAK_MS,
        })
        expect(nextProbe({ ...steady, ...fallen }, 5, NOW).probeEveryMs).toBe(PROBE_BELOW_PEAK_MS)
        // Back above the old peak: a new level, probed after the first interval.
        expect(nextProbe({ ...steady, ...fallen }, 40, NOW)).toMatchObject({ peak: 40, probeEveryMs: PROBE_FIRST_MS })
        // 10 % apart is the same limit; more is not.
        expect(nextProbe(steady, 22, NOW).probeEveryMs).toBe(2 * PROBE_FIRST_MS)
        expect(nextProbe(steady, 22.5, NOW).probeEveryMs).toBe(PROBE_FIRST_MS)
    })
})

describe('pace: probing again', () => {
    it('a probe whose second passed with no call, its callers held past it by a later 429, starts again', () => {
        // The first 429's probe was set for NOW; a slower call's 429 held everyone until NOW + 1050.
        const held = probing({ holdUntilMs: NOW + 1050, nextAtMs: 0, granted: 0, measured: 20, peak: 20 })
        expect(gate(held, NOW + 500)).toMatchObject({ kind: 'wait', atMs: NOW + 1050 })
        const late = gate(held, NOW + 2010)
        expect(late).toMatchObject({ kind: 'go', epoch: NOW + 2000 })
        expect(late.state).toMatchObject({
            rate: PROBE_RATE,
            changedAtMs: NOW + 2000,
            nextAtMs: NOW + 2010,
            granted: 1,
        })
        // A scheduled probe whose time passed inside a hold starts at the second its callers come back in.
        const scheduled = paced(19, { holdUntilMs: NOW + 1200, probeAtMs: NOW + 1000, changedAtMs: NOW - 30000 })
        expect(gate(scheduled, NOW + 3005)).toMatchObject({ kind: 'go', epoch: NOW + 3000 })
        // A probe that had calls is not started again: its 429 still measures it.
        const started = probing({ granted: 4, measured: 20, peak: 20 })
        expect(gate(started, NOW + PROBE_MS + 5).state).toMatchObject({ rate: rateFor(20) })
    })

    it('probes at most a minute apart, as an idle pace is released after a minute', () => {
        expect(PROBE_MAX_MS).toBeLessThanOrEqual(RELEASE_MS)
    })

    it('books a caller whose slot comes after the next probe into the probe', () => {
        const state = paced(4, { bookedAtMs: NOW + 3000, probeAtMs: NOW + 2000, nextAtMs: NOW + 1000 })
        const decision = gate(state, NOW)
        expect(decision).toEqual({ kind: 'wait', atMs: NOW + 2000, state })
        const early = gate(paced(4, { bookedAtMs: NOW + 1200, probeAtMs: NOW + 2000, nextAtMs: NOW + 1000 }), NOW)
        expect(early).toMatchObject({ kind: 'wait', atMs: NOW + 1200 })
    })

    it('starts the probe at its whole second, whichever worker comes first', () => {
        const state = paced(4, { probeAtMs: NOW + 2000, nextAtMs: NOW + 2600, granted: 9 })
        const first = gate(state, NOW + 2040)
        expect(first).toMatchObject({ kind: 'go', epoch: NOW + 2000 })
        expect(first.state).toMatchObject({ rate: PROBE_RATE, changedAtMs: NOW + 2000, nextAtMs: NOW + 2040 })
        expect(first.state).toMatchObject({ probeAtMs: 0, granted: 1 })
        // A second worker that read the row before the first one wrote it agrees on the era.
        expect(gate(state, NOW + 2045)).toMatchObject({ kind: 'go', epoch: NOW + 2000 })
    })

    it('a scheduled probe looks for a higher limit only: it never measures below the limit the pace held to', () => {
        // Paced at 4.5 under a measured 5, peak 20: the probe at NOW takes the measured limit as its floor.
        const held = paced(4.5, { measured: 5, peak: 20, probeAtMs: NOW, probeEveryMs: PROBE_BELOW_PEAK_MS })
        const started = gate(held, NOW + 10)
        expect(started.state).toMatchObject({ rate: PROBE_RATE, probeFloor: 5, changedAtMs: NOW })
        // The second before left the bucket short: Graph took 3 before the first 429 (3 a second), then 2 in all.
        const first = throttled(started.state!, NOW + 40, 1, 30, 3, NOW).state
        expect(first).toMatchObject({ measured: 5, rate: 4.5, peak: 20, probedAtMs: NOW, probedAccepted: 3 })
        const later = throttled(first, NOW + 45, 1, 30, 2, NOW).state
        expect(later).toMatchObject({ measured: 5, rate: 4.5, peak: 20, probedAccepted: 2 })
        // Still below the peak: probed again soon.
        expect(first.probeEveryMs).toBe(PROBE_BELOW_PEAK_MS)
        // A higher limit is measured as before: 12 taken in 30 ms is 12 a second.
        expect(throttled(started.state!, NOW + 40, 1, 30, 12, NOW).state).toMatchObject({ measured: 12, rate: 11 })
        // Every call refused is still a storm: nothing measured, probe again after the hold, with no floor.
        const storm = throttled(started.state!, NOW + 40, 1, 30, 0, NOW).state
        expect(storm).toMatchObject({ rate: PROBE_RATE, changedAtMs: NOW + 1040, probeFloor: 0 })
    })

    it('a probe after a hold has no floor: it measures a limit that fell', () => {
        // Paced at 19 under 20; a 429 at the rate that held starts a probe after the hold, and it finds 5.
        const refused = throttled(paced(19, { measured: 20, peak: 20, probeFloor: 20 }), NOW + 400, 1, 30, 0, NOW).state
        expect(refused).toMatchObject({ rate: PROBE_RATE, probeFloor: 0 })
        const started = gate(refused, NOW + 2010)
        expect(started.state).toMatchObject({ rate: PROBE_RATE, probeFloor: 0 })
        const measured = throttled(started.state!, NOW + 2030, 1, 30, 5, NOW + 2000).state
        expect(measured).toMatchObject({ measured: 5, rate: 4.5, peak: 20 })
        // The first 429 of a pace has none either.
        expect(throttled(NO_PACE, NOW, 1, 30, 0, 0).state.probeFloor).toBe(0)
    })

    it('a 429 while paced at a rate that held starts a probe after the hold, keeping what was measured', () => {
        const state = paced(19, { measured: 20, peak: 20, probeAtMs: NOW + 9000, changedAtMs: NOW - 1000 })
        const { state: next, atMs } = throttled(state, NOW + 400, 1, 30, 30, NOW)
        expect(next).toMatchObject({
            rate: PROBE_RATE,
            holdUntilMs: NOW + 1400,
            changedAtMs: NOW + 1400,
            nextAtMs: 0,
            probeAtMs: 0,
            measured: 20,
            peak: 20,
            granted: 0,
            streak: 1,
        })
        expect(atMs).toBe(NOW + 1400)
    })

    it('a 429 of a call from an earlier era, or let through unpaced, only extends the hold', () => {
        const state = paced(10, { changedAtMs: NOW + 500, granted: 6 })
        // This era began at NOW + 500 (the last measurement); the call went under the hold that ended at NOW.
        const stale = throttled(state, NOW + 600, 1, 30, 4, NOW)
        // The caller is booked first in the queue for NOW + 2000, the first whole second after the hold.
        expect(stale.state).toEqual({ ...state, holdUntilMs: NOW + 1600, rejected: 1, bookedAtMs: NOW + 1101 })
        expect(stale.atMs).toBe(NOW + 1600)
        expect(throttled(paced(10), NOW + 600, 1, 30, 0, 0).state).toMatchObject({ rate: 10, rejected: 1 })
    })

    it('a 429 during a hold only extends it', () => {
        const holding = pace({ rate: 10, holdUntilMs: NOW + 800, measured: 11, peak: 11, rejected: 3 })
        expect(throttled(holding, NOW + 100, 2, 30, 1, NOW + 800)).toEqual({
            state: { ...holding, holdUntilMs: NOW + 2100, rejected: 4, bookedAtMs: NOW + 1301 },
            atMs: NOW + 2100,
        })
    })
})

describe('pace: a paced second refused', () => {
    // Paced at 19 under a measured 20 (the peak); the refused call went in the second NOW, 140 ms into it.
    const state = paced(19, { measured: 20, peak: 20, probeAtMs: NOW + 20000, probeEveryMs: PROBE_FIRST_MS })
    const second = (overrides: Partial<PacedSecond> = {}): PacedSecond => ({
        secondMs: NOW,
        firstAtMs: NOW + 120,
        previousFirstAtMs: NOW - 1000,
        acceptedBefore: 19,
        ...overrides,
    })
    const refused = (accepted: number, at: PacedSecond, from: PaceState = state) =>
        throttled(from, NOW + 160, 1, 30, accepted, NOW, NOW + 140, at)

    it('in a burst that came less than 1.1 s after the one before: holds, and goes on at the rate after the hold', () => {
        // A one-second window the burst before opened was still open: Graph took 2 and refused the third.
        const early = refused(
            2,
            second({ firstAtMs: NOW + 20, previousFirstAtMs: NOW - 1000 + 80, acceptedBefore: 18 })
        )
        expect(early.state).toMatchObject({
            rate: 19,
            measured: 20,
            peak: 20,
            holdUntilMs: NOW + 1160,
            probeAtMs: NOW + 20000,
            streak: 1,
            // 2 + 18 in the two seconds: one sign of a window.
            windowSigns: 1,
        })
        expect(early.atMs).toBe(NOW + 1160)
        // No probe: the first burst after the hold goes at the rate, 19 in its second.
        let after = early.state
        let gone = 0
        for (let i = 0; i < 25; i++) {
            const decision = gate(after, NOW + 2000 + i)
            if (decision.kind !== 'go') break
            after = decision.state!
            gone++
        }
        expect(gone).toBe(19)
        // 1,099 ms after the burst before is early (a poll's jitter, 100 ms); 1,100 ms is not.
        const edge = (gapMs: number) => refused(5, second({ previousFirstAtMs: NOW + 120 - gapMs })).state.rate
        expect(edge(1099)).toBe(19)
        expect(edge(1100)).toBe(4.5)
    })

    it("is no sign of windows after a burst that began late in its second (what was left of a hold's second)", () => {
        // The burst before began 101 ms into its second: it went in the rest of a hold's second, and a bucket refilled
        // less than a second's calls since. The same counts with the burst before 100 ms into its second are a sign.
        const afterHold = second({ firstAtMs: NOW + 20, previousFirstAtMs: NOW - 1000 + 101, acceptedBefore: 11 })
        expect(refused(18, afterHold).state).toMatchObject({ windowSigns: 0, rate: 19, holdUntilMs: NOW + 1160 })
        const whole = second({ firstAtMs: NOW + 20, previousFirstAtMs: NOW - 1000 + 100, acceptedBefore: 11 })
        expect(refused(18, whole).state).toMatchObject({ windowSigns: 1 })
    })

    it('where the limit fell: that second measures it, and each later 429 of it again', () => {
        // Graph took 5 of the second's calls, after 19 in the second before: 24 in two seconds, over 20 in one.
        const fall = refused(5, second())
        expect(fall.state).toMatchObject({
            measured: 5,
            rate: 4.5,
            peak: 20,
            holdUntilMs: NOW + 1160,
            probedAtMs: NOW,
            probedAccepted: 5,
            probedSpanMs: 20,
            probeEveryMs: PROBE_BELOW_PEAK_MS,
            probeAtMs: NOW + 1160 + PROBE_BELOW_PEAK_MS + 840,
            probeFloor: 0,
        })
        // The caller comes back after the hold, at the new rate.
        expect(fall.atMs).toBe(NOW + 1160)
        expect(isProbing(fall.state)).toBe(false)
        // A later 429 of that second, after other refusals were counted: 4 accepted in all.
        const later = throttled(fall.state, NOW + 180, 1, 30, 4, NOW, NOW + 150, second())
        expect(later.state).toMatchObject({ measured: 4, rate: 3.5, probedAccepted: 4, peak: 20, rejected: 2 })
        // After a hold (no call in the second before) the burst measures too.
        const afterHold = refused(5, second({ previousFirstAtMs: 0, acceptedBefore: 0 }))
        expect(afterHold.state).toMatchObject({ measured: 5, rate: 4.5, probedAtMs: NOW })
    })

    it('a second sign of a shared window: Graph counts in windows, at the limit it accepted when last measured', () => {
        const early = second({ firstAtMs: NOW + 20, previousFirstAtMs: NOW - 1000 + 80, acceptedBefore: 18 })
        // A token bucket a poll short takes most of a second's calls: 17 + 19 is no sign.
        expect(refused(17, { ...early, acceptedBefore: 19 }).state.windowSigns).toBe(0)
        // Nor is a call refused with nothing taken (it went in a hold), or a burst right after a probe's second.
        expect(refused(0, early).state.windowSigns).toBe(0)
        expect(refused(2, early, { ...state, probedAtMs: NOW - 1000 }).state.windowSigns).toBe(0)
        const first = refused(2, early, { ...state, probedAtMs: NOW - 2000 }).state
        expect(first.windowSigns).toBe(1)
        expect(isWindowed(first)).toBe(false)
        // The limit of 20 was measured from 24 calls Graph accepted in a probe (a bucket's refill taken off).
        const second2 = refused(3, early, { ...first, holdUntilMs: NOW, probedAccepted: 24 })
        expect(WINDOW_SIGNS).toBe(2)
        // Windows: each burst may take the whole window as Graph counted it, 24, from the hold on; no probe. The
        // peak stays the measured 20: should Graph take fewer, the pace must not probe for 24 every few seconds.
        expect(second2.state).toMatchObject({
            windowSigns: 2,
            measured: 24,
            peak: 20,
            rate: 24,
            holdUntilMs: NOW + 1160,
            probeAtMs: NOW + 1160 + PROBE_FIRST_MS + 840,
        })
        expect(isWindowed(second2.state)).toBe(true)
        expect(isProbing(second2.state)).toBe(false)
        expect(second2.atMs).toBe(NOW + 1160)
        // A raw count below the measured limit (a quiet probe raised it since) keeps the measured limit.
        expect(refused(3, early, { ...first, holdUntilMs: NOW, probedAccepted: 12 }).state).toMatchObject({
            measured: 20,
            rate: 20,
        })
        // Windowed, a probe's 429 counts what Graph accepted as the limit: 20 in 300 ms measures 20, not 15.
        const probe = { ...probing({ granted: 21, measured: 17 }), windowSigns: 2 }
        // Its bursts start a second apart, so each may take the whole limit: 20, where a bucket's pace keeps to 19.
        expect(throttled(probe, NOW + 330, 1, 30, 20, NOW, NOW + 320).state).toMatchObject({ measured: 20, rate: 20 })
        expect([rateFor(20, true), rateFor(5, true), rateFor(0, true), rateFor(20)]).toEqual([20, 5, MIN_RATE, 19])
        expect(throttled({ ...probe, windowSigns: 1 }, NOW + 330, 1, 30, 20, NOW, NOW + 320).state.measured).toBe(16)
        // A probe second that passed without a 429 took everything it let through.
        const quiet = gate({ ...probe, granted: 22, nextAtMs: NOW + 20 }, NOW + PROBE_MS + 400).state!
        expect(quiet).toMatchObject({ measured: 22, windowSigns: 2 })
        // Windowed, an early burst's refusal is no further sign: hold, and go on at the rate (no probe).
        expect(refused(2, early, { ...state, windowSigns: 2 }).state).toMatchObject({ windowSigns: 2, rate: 19 })
        // A new pace (after the release) starts without signs.
        const released = { ...second2.state, holdUntilMs: NOW - RELEASE_MS - 1 }
        expect(throttled(released, NOW + 160, 1, 30, 0, 0).state.windowSigns).toBe(0)
    })

    it('a sign of a shared window is dropped when the first burst after its hold finds that the limit fell', () => {
        const early = second({ firstAtMs: NOW + 20, previousFirstAtMs: NOW - 1000 + 80, acceptedBefore: 19 })
        // 19 and then 4 of a burst that came early: a window, or a limit that fell to 5 as the burst came.
        const sign = refused(4, early).state
        expect(sign).toMatchObject({ windowSigns: 1, rate: 19 })
        // After the hold the burst finds 5: the limit fell, and the sign was its doing.
        const fell = refused(5, second({ previousFirstAtMs: 0, acceptedBefore: 0 }), {
            ...sign,
            holdUntilMs: NOW,
        }).state
        expect(fell).toMatchObject({ measured: 5, rate: 4.5, windowSigns: 0 })
        // A probe after a hold that measures a fall drops a single sign too.
        const probeAfterSign = { ...probing({ measured: 20 }), windowSigns: 1 }
        expect(throttled(probeAfterSign, NOW + 120, 1, 30, 5, NOW, NOW + 100).state).toMatchObject({
            measured: 5,
            windowSigns: 0,
        })
        expect(throttled(probeAfterSign, NOW + 120, 1, 30, 20, NOW, NOW + 100).state.windowSigns).toBe(1)
        // Once windowed, a fall keeps the windows.
        const windowed = { ...sign, holdUntilMs: NOW, windowSigns: WINDOW_SIGNS }
        expect(refused(5, second({ previousFirstAtMs: 0, acceptedBefore: 0 }), windowed).state.windowSigns).toBe(2)
    })

    it('with about as many accepted, or two seconds that add up to the limit, a probe after the hold measures it', () => {
        const probe = { rate: PROBE_RATE, changedAtMs: NOW + 1160, probeAtMs: 0, measured: 20 }
        // 18 of a limit of 20: a bucket a poll short, or a limit that moved by a little.
        expect(refused(18, second()).state).toMatchObject(probe)
        expect(refused(17, second()).state).toMatchObject({ measured: 17, rate: 16 })
        // A window shared with the second before (2 + 18 = 20), even with the bursts 1.1 s apart.
        expect(refused(2, second({ acceptedBefore: 18 })).state).toMatchObject(probe)
        expect(refused(2, second({ acceptedBefore: 20 })).state).toMatchObject({ measured: 2, rate: 1.5 })
        // Nothing accepted: a storm, not a measurement.
        expect(refused(0, second()).state).toMatchObject(probe)
        // Not counted (a build without the call times): as before.
        expect(throttled(state, NOW + 160, 1, 30, 5, NOW, NOW + 140).state).toMatchObject(probe)
    })
})

describe('pace: spacing calls at the rate', () => {
    it('lets a second of calls through at once, then books the rest a second at a time', () => {
        let state = paced(4)
        const gone: number[] = []
        for (let i = 0; i < 4; i++) {
            const decision = gate(state, NOW)
            expect(decision).toMatchObject({ kind: 'go', epoch: NOW })
            state = decision.state!
            gone.push(state.granted)
        }
        expect(gone).toEqual([1, 2, 3, 4])
        expect(state).toMatchObject({ nextAtMs: NOW + 1000, granted: 4 })
        // Callers come back at whole seconds: the next four all come back at NOW + 1000, the fifth a second later.
        let waiting = state
        const back: number[] = []
        for (let i = 0; i < 5; i++) {
            const decision = gate(waiting, NOW)
            if (decision.kind === 'wait') back.push(wholeSecondAfter(decision.atMs))
            waiting = decision.state!
        }
        expect(back).toEqual([NOW + 1000, NOW + 1000, NOW + 1000, NOW + 1000, NOW + 2000])
        // A second later the next second's calls go; the rate stays flat between probes.
        const later = gate(state, NOW + 1000)
        expect(later).toMatchObject({ kind: 'go', epoch: NOW })
        expect(later.state).toMatchObject({ granted: 5, nextAtMs: NOW + 1250, rate: 4 })
    })

    it('gives what is left of the second a hold ends in its share of the rate, and the next second its whole rate', () => {
        // A probe's 429 150 ms into NOW measured 20 (a rate of 19): the hold ends at NOW + 1150.
        const measured = throttled(probing({ nextAtMs: NOW + 20, measured: 0 }), NOW + 150, 1, 30, 22, NOW)
        expect(measured.state).toMatchObject({ measured: 20, rate: 19, holdUntilMs: NOW + 1150 })
        let state = measured.state
        const decisions: Gate[] = []
        for (let i = 0; i < 40; i++) {
            const decision = gate(state, NOW + 500)
            decisions.push(decision)
            state = decision.state!
        }
        // The 750 ms from a poll after the hold take 19 × 0.75 calls: 15 slots, the first the refused caller's (it comes
        // back no sooner than the whole second after its own Retry-After). 14 callers come back at NOW + 1000 (early)
        // and wait there for the hold's end. Then 19 a second, from NOW + 2000 on.
        const early = decisions.filter((d) => d.kind === 'wait' && d.early)
        expect(early).toHaveLength(14)
        expect(decisions.slice(0, 14)).toEqual(early)
        expect(early.every((d) => d.kind === 'wait' && d.atMs === NOW + 1150)).toBe(true)
        const later = decisions.slice(14).map((d) => (d.kind === 'wait' ? wholeSecondAfter(d.atMs) : 0))
        expect(later.filter((at) => at === NOW + 2000)).toHaveLength(19)
        expect(later.slice(19)).toEqual(new Array(7).fill(NOW + 3000))
        // The gate lets as many through in that second: its slots count from the hold's end.
        let after = measured.state
        let went = 0
        for (let i = 0; i < 25; i++) {
            const decision = gate(after, NOW + 1150 + i)
            if (decision.kind !== 'go') break
            went++
            after = decision.state!
        }
        expect(went).toBe(15)
        // A bucket of 20, full at the hold's end: that burst may land a poll late (NOW + 1250), the next one as NOW +
        // 2000 begins, with 750 ms of refill between them. Both fit.
        expect(20 - went + 20 * 0.75).toBeGreaterThanOrEqual(19)
        // Where the hold ends later in its second, fewer go; never more than the bucket allows.
        for (const endsAt of [1, 50, 100, 250, 400, LATEST_BURST_MS]) {
            let late = { ...measured.state, holdUntilMs: NOW + 1000 + endsAt, nextAtMs: 0 }
            let count = 0
            for (let i = 0; i < 25; i++) {
                const decision = gate(late, NOW + 1000 + endsAt + i)
                if (decision.kind !== 'go') break
                count++
                late = decision.state!
            }
            expect(20 - count + (20 * (1000 - endsAt - 100)) / 1000).toBeGreaterThanOrEqual(19)
        }
    })

    it('books a waiting caller no further than the horizon ahead', () => {
        const far = paced(2, { bookedAtMs: NOW + 5 * BOOKING_HORIZON_MS, nextAtMs: NOW + 1000 })
        const booked = gate(far, NOW)
        expect(booked).toMatchObject({ kind: 'wait', atMs: NOW + 1000 + BOOKING_HORIZON_MS })
        expect(booked.state!.bookedAtMs).toBe(NOW + 1000 + BOOKING_HORIZON_MS + 500)
        const held = pace({ holdUntilMs: NOW + 2000, rate: 4, bookedAtMs: NOW + 5 * BOOKING_HORIZON_MS })
        expect(gate(held, NOW)).toMatchObject({ kind: 'wait', atMs: NOW + 2000 + BOOKING_HORIZON_MS })
        // Short of the horizon, a caller is booked at its slot: spread at the rate, not piled at the horizon.
        const backlog = paced(2, { bookedAtMs: NOW + 30000, nextAtMs: NOW + 1000 })
        expect(gate(backlog, NOW)).toMatchObject({ kind: 'wait', atMs: NOW + 30000 })
    })

    it('goes while its slot is in the current whole second, however late in the second; books it otherwise', () => {
        const state = paced(2, { nextAtMs: NOW + 999 })
        expect(gate(state, NOW + 10)).toMatchObject({ kind: 'go' })
        expect(gate(state, NOW + 10).state!.nextAtMs).toBe(NOW + 999 + 500)
        expect(gate(paced(2, { nextAtMs: NOW + 1000 }), NOW + 999)).toMatchObject({ kind: 'wait', atMs: NOW + 1000 })
    })

    it('lets no more than the rate through in a whole second, however long the workers take over it', () => {
        let state = paced(19)
        let gone = 0
        // A pile of callers taken over 400 ms of one second: 19 go, the rest wait for the next second.
        for (let i = 0; i < 40; i++) {
            const decision = gate(state, NOW + 10 * i)
            if (decision.kind === 'go') gone++
            state = decision.state!
        }
        expect(gone).toBe(19)
    })

    it('exact counts: no second above the rate rounded up, no two in a row above twice the rate', () => {
        expect(withinRate(19, 19, 19)).toBe(true)
        expect(withinRate(19, 18, 20)).toBe(false)
        expect(withinRate(19, 0, 19)).toBe(true)
        expect(withinRate(19, 0, 20)).toBe(false)
        // 4.5 a second: five then four, never five twice.
        expect(withinRate(4.5, 4, 5)).toBe(true)
        expect(withinRate(4.5, 5, 4)).toBe(true)
        expect(withinRate(4.5, 5, 5)).toBe(false)
        expect(withinRate(4.5, 0, 6)).toBe(false)
        // One call every other second.
        expect(withinRate(MIN_RATE, 0, 1)).toBe(true)
        expect(withinRate(MIN_RATE, 1, 1)).toBe(false)
    })

    it('a call the exact count turns back waits for the next whole second, booked like any waiting caller', () => {
        const state = paced(4, { bookedAtMs: NOW })
        // First in the queue for NOW + 1000: three more come back with it.
        expect(overRate(state, NOW + 300)).toEqual({
            kind: 'wait',
            atMs: NOW + 1000,
            state: { ...state, bookedAtMs: NOW + 251 },
        })
        const backlog = paced(4, { bookedAtMs: NOW + 7000 })
        expect(overRate(backlog, NOW + 300)).toMatchObject({ atMs: NOW + 7000, state: { bookedAtMs: NOW + 7250 } })
    })

    it('does not bank unused time: an idle pace counts from the start of the current second', () => {
        expect(gate(paced(2, { nextAtMs: NOW - 30000 }), NOW + 300).state!.nextAtMs).toBe(NOW + 500)
    })
})

describe('pace: spacing bursts a second apart', () => {
    it('lets a call go when no burst went in the second before, or its own burst began a second and the margin after', () => {
        expect(spacedAfter(0, NOW + 5)).toBeNull()
        expect(spacedAfter(NOW - 1000 + 40, NOW + 40 + BURST_SPACING_MS)).toBeNull()
        expect(spacedAfter(NOW - 1000 + 40, NOW + 900)).toBeNull()
    })

    it('holds a burst that would begin less than that after the one before: back at once when the wait is short', () => {
        // The burst before began 60 ms into its second; this worker polled 10 ms into this one.
        expect(spacedAfter(NOW - 1000 + 60, NOW + 10)).toEqual({ atMs: NOW + 60 + BURST_SPACING_MS, soon: true })
        expect(spacedAfter(NOW - 1000 + 60, NOW + 60 + BURST_SPACING_MS - 1)).toEqual({
            atMs: NOW + 60 + BURST_SPACING_MS,
            soon: true,
        })
    })

    it('sends every caller of a second to the next whole second when its burst could begin only late in it', () => {
        // The burst before began 480 ms into its second: this one could begin 505 ms into its own, too late.
        const late = NOW - 1000 + 480
        expect(LATEST_BURST_MS).toBe(500)
        expect(spacedAfter(late, NOW + 5)).toEqual({ atMs: NOW + 1000, soon: false })
        expect(spacedAfter(late, NOW + 504)).toEqual({ atMs: NOW + 1000, soon: false })
        // Up to 500 ms in, every caller of the second comes back at once, the first pollers as the last.
        const latest = NOW - 1000 + LATEST_BURST_MS - BURST_SPACING_MS
        expect(spacedAfter(latest, NOW + 5)).toEqual({ atMs: NOW + LATEST_BURST_MS, soon: true })
        expect(spacedAfter(latest, NOW + 499)).toEqual({ atMs: NOW + LATEST_BURST_MS, soon: true })
        // A burst that could begin only in the next second: its callers come back at that second, not at once.
        expect(spacedAfter(NOW - 1000 + 990, NOW + 900)).toEqual({ atMs: NOW + 1000, soon: false })
        // A call late in an otherwise empty second before (the last burst, at NOW - 10): back at NOW + 1000 and go 15 ms
        // into it, not a second later.
        expect(spacedAfter(NOW - 10, NOW + 300)).toEqual({ atMs: NOW + 1000, soon: false })
        expect(spacedAfter(NOW - 10, NOW + 1000)).toEqual({ atMs: NOW + 1015, soon: true })
    })
})

describe('whole seconds', () => {
    it('rounds up to the next whole second, keeps a whole second', () => {
        expect(wholeSecondAfter(NOW)).toBe(NOW)
        expect(wholeSecondAfter(NOW + 1)).toBe(NOW + 1000)
        expect(wholeSecondAfter(NOW + 999)).toBe(NOW + 1000)
    })
})
