import {
    DECREASE,
    GROWTH,
    MIN_RATE,
    NO_PACE,
    PROBE_RATE,
    PROBE_SHARE,
    PaceState,
    RELEASE_MS,
    TOLERANCE_MS,
    BOOKING_HORIZON_MS,
    accepted,
    currentRate,
    gate,
    loweredRate,
    throttled,
    wholeSecondAfter,
} from '../../src/server/core/pace.ts'

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0)
const pace = (overrides: Partial<PaceState> = {}): PaceState => ({ ...NO_PACE, ...overrides })
/** Paced at `rate` since a hold that ended at NOW. */
const paced = (rate: number, overrides: Partial<PaceState> = {}) =>
    pace({ rate, holdUntilMs: NOW, changedAtMs: NOW - 1000, nextAtMs: NOW, bookedAtMs: NOW, ...overrides })

describe('pace: no throttling', () => {
    it('lets every call go at once and writes nothing', () => {
        expect(gate(NO_PACE, NOW)).toEqual({ kind: 'go', state: null, index: 0, epoch: 0 })
        expect(accepted(NO_PACE)).toBeNull()
    })

    it('is released a minute after the last hold ended, and not before', () => {
        const state = paced(5)
        expect(gate(state, NOW + RELEASE_MS)).toEqual({ kind: 'go', state: null, index: 0, epoch: 0 })
        expect(gate(state, NOW + RELEASE_MS - 1).state).not.toBeNull()
    })
})

describe('pace: hold after a 429', () => {
    it('the first 429 holds every call for Retry-After and starts a probe', () => {
        const { state, atMs } = throttled(NO_PACE, NOW, 1, 30, 0, 0)
        expect(state).toMatchObject({
            holdUntilMs: NOW + 1000,
            rate: PROBE_RATE,
            changedAtMs: NOW,
            nextAtMs: NOW + 1000,
            streak: 1,
            granted: 0,
            rejected: 1,
        })
        expect(atMs).toBe(NOW + 1000)
        // The probe's callers are booked a millisecond apart: they go back together.
        expect(state.bookedAtMs).toBe(NOW + 1001)
    })

    it('holds any caller until the hold passes, booking them one after another at the rate', () => {
        const held = pace({ holdUntilMs: NOW + 2000, rate: 4, changedAtMs: NOW, bookedAtMs: NOW + 2000 })
        const first = gate(held, NOW + 500)
        expect(first).toMatchObject({ kind: 'wait', atMs: NOW + 2000 })
        const second = gate(first.state!, NOW + 600)
        expect(second).toMatchObject({ kind: 'wait', atMs: NOW + 2250 })
        expect(second.state!.bookedAtMs).toBe(NOW + 2500)
        // The hold's last millisecond still holds; at its end the call goes.
        expect(gate(held, NOW + 1999).kind).toBe('wait')
        expect(gate(held, NOW + 2000).kind).toBe('go')
    })

    it('books a held caller at the later of the hold and the booking cursor', () => {
        const held = pace({ holdUntilMs: NOW + 2000, rate: 2, changedAtMs: NOW, bookedAtMs: NOW + 7000 })
        expect(gate(held, NOW)).toMatchObject({ kind: 'wait', atMs: NOW + 7000 })
    })

    it('a 429 of a call already on its way only extends the hold, once lowered', () => {
        const holding = paced(10, { holdUntilMs: NOW + 1000, changedAtMs: NOW, streak: 1, bookedAtMs: NOW + 1000 })
        const later = throttled(holding, NOW + 100, 3, 30, 4, NOW + 1000)
        expect(later.state).toMatchObject({ holdUntilMs: NOW + 3100, rate: 10, changedAtMs: NOW, streak: 1 })
        expect(later.state.rejected).toBe(1)
        const shorter = throttled(holding, NOW + 100, 0, 30, 4, NOW + 1000)
        expect(shorter.state.holdUntilMs).toBe(NOW + 1100)
        const none = throttled(holding, NOW + 100, null, 30, 4, NOW + 1000)
        // The second 429 in a row without Retry-After: twice the base.
        expect(none.state.holdUntilMs).toBe(NOW + 60100)
    })

    it('a 429 arriving after the hold for a call let through before it does not lower the rate again', () => {
        const after = paced(10, { holdUntilMs: NOW, changedAtMs: NOW - 1000, streak: 1, granted: 3 })
        const stale = throttled(after, NOW + 100, 1, 30, 0, NOW - 5000)
        expect(stale.state).toMatchObject({ rate: 10, holdUntilMs: NOW + 1100, changedAtMs: NOW - 1000, streak: 1 })
        expect(stale.state).toMatchObject({ granted: 3, rejected: 1 })
        const current = throttled(after, NOW + 100, 1, 30, 3, NOW)
        expect(current.state).toMatchObject({ changedAtMs: NOW + 100, streak: 2, granted: 0, rejected: 1 })
        expect(current.state.rate).toBeLessThan(10)
    })

    it('a 429 arriving the very millisecond the hold ends, for a call let through under it, lowers the rate', () => {
        const ending = paced(10, { holdUntilMs: NOW, changedAtMs: NOW - 1000, streak: 1, granted: 3 })
        const { state } = throttled(ending, NOW, 1, 30, 3, NOW)
        expect(state).toMatchObject({ changedAtMs: NOW, streak: 2, granted: 0, rejected: 1 })
        expect(state.rate).toBeLessThan(10)
    })

    it('without Retry-After backs off exponentially from the retry base, one step per 429 in a row', () => {
        expect(throttled(NO_PACE, NOW, null, 2, 0, 0).state.holdUntilMs).toBe(NOW + 2000)
        expect(throttled(pace({ streak: 2 }), NOW, null, 2, 0, 0).state.holdUntilMs).toBe(NOW + 8000)
        expect(throttled(pace({ streak: 2 }), NOW, null, 0, 0, 0).state.holdUntilMs).toBe(NOW + 1000)
        expect(throttled(pace({ streak: 2 }), NOW, 0, 2, 0, 0).state.holdUntilMs).toBe(NOW + 1000)
    })

    it('an answer that is not a 429 ends the run of 429s', () => {
        expect(accepted(pace({ streak: 3, rate: 7 }))).toEqual(pace({ streak: 0, rate: 7 }))
        expect(accepted(pace({ streak: 0, rate: 7 }))).toBeNull()
    })
})

describe('pace: learning the rate', () => {
    it("the probe's 429 counts every call let through before it, however long the probe lasted", () => {
        const probe = paced(PROBE_RATE)
        expect(loweredRate(probe, NOW + 10000, 20)).toBe(20 * PROBE_SHARE)
    })

    it('a pace row with no rate is no pace, even right after a hold: a 429 starts a probe', () => {
        const noRate = pace({ holdUntilMs: NOW - 1000, changedAtMs: NOW - 2000, nextAtMs: NOW + 500 })
        expect(gate(noRate, NOW)).toEqual({ kind: 'go', state: null, index: 0, epoch: 0 })
        expect(loweredRate(noRate, NOW, 3)).toBe(PROBE_RATE)
    })

    it("the probe's 429 sets the rate to a share of the calls Graph let through before it", () => {
        const probe = paced(PROBE_RATE)
        expect(loweredRate(probe, NOW + 100, 20)).toBe(20 * PROBE_SHARE)
        expect(loweredRate(probe, NOW + 100, 0)).toBe(MIN_RATE)
        const { state } = throttled(probe, NOW + 100, 1, 30, 20, NOW)
        expect(state).toMatchObject({ rate: 20 * PROBE_SHARE, holdUntilMs: NOW + 1100, changedAtMs: NOW + 100 })
    })

    it('a paced 429 lowers the rate multiplicatively, never below the floor', () => {
        expect(loweredRate(paced(10, { changedAtMs: NOW }), NOW, 30)).toBeCloseTo(10 * DECREASE, 9)
        expect(loweredRate(paced(MIN_RATE, { changedAtMs: NOW }), NOW, 30)).toBe(MIN_RATE)
        expect(loweredRate(paced(10, { changedAtMs: NOW }), NOW, 0)).toBe(MIN_RATE)
    })

    it('a paced 429 follows a limit that fell far to what Graph accepted since the hold', () => {
        // 5 let through in the first second after the hold, then refused: about 5 per second.
        const state = paced(14, { changedAtMs: NOW - 60000 })
        expect(loweredRate(state, NOW + 400, 5)).toBeCloseTo(5 * PROBE_SHARE, 9)
        // Over ten seconds, 120 let through: 12 per second.
        expect(loweredRate(state, NOW + 10000, 120)).toBeCloseTo(12 * PROBE_SHARE, 9)
        // Steady at the rate: the multiplicative decrease is the smaller.
        const steady = currentRate(state, NOW + 10000)
        expect(loweredRate(state, NOW + 10000, Math.round(steady * 10))).toBeCloseTo(steady * DECREASE, 9)
        expect(loweredRate(NO_PACE, NOW, 3)).toBe(PROBE_RATE)
        // An old pace (released) starts a new probe.
        expect(loweredRate(paced(10), NOW + RELEASE_MS, 3)).toBe(PROBE_RATE)
    })

    it('climbs back to the rate Graph refused slowly, then faster and faster beyond it', () => {
        const state = paced(18, { changedAtMs: NOW - 60000 })
        const top = 18 / DECREASE
        const k = Math.pow((top - 18) / GROWTH, 1 / 3)
        expect(currentRate(state, NOW)).toBeCloseTo(18, 9)
        expect(currentRate(state, NOW - 5000)).toBeCloseTo(18, 9)
        expect(currentRate(state, NOW + k * 1000)).toBeCloseTo(top, 5)
        expect(currentRate(state, NOW + (k + 2) * 1000)).toBeCloseTo(top + GROWTH * 8, 5)
        const early = currentRate(state, NOW + 500) - currentRate(state, NOW)
        const late = currentRate(state, NOW + (k + 3) * 1000) - currentRate(state, NOW + (k + 2.5) * 1000)
        expect(early).toBeGreaterThan(0)
        expect(late).toBeGreaterThan(early)
        // Counted from the later of the decrease and the hold's end.
        expect(currentRate(paced(18, { changedAtMs: NOW + 1000 }), NOW + 1000)).toBeCloseTo(18, 9)
        expect(currentRate(state, NOW + 3600 * 1000)).toBe(PROBE_RATE - 1)
        expect(currentRate(NO_PACE, NOW)).toBe(0)
        expect(currentRate(paced(PROBE_RATE), NOW + 30000)).toBe(PROBE_RATE)
        expect(currentRate(paced(MIN_RATE), NOW)).toBe(MIN_RATE)
    })
})

describe('pace: spacing calls at the learned rate', () => {
    it('lets a second of calls through at once, then books the rest one interval apart', () => {
        let state = paced(4)
        const gone: number[] = []
        for (let i = 0; i < 4; i++) {
            const decision = gate(state, NOW)
            expect(decision).toMatchObject({ kind: 'go', epoch: NOW })
            if (decision.kind === 'go') gone.push(decision.index)
            state = decision.state!
        }
        expect(gone).toEqual([0, 1, 2, 3])
        expect(state).toMatchObject({ nextAtMs: NOW + 1000, granted: 4 })
        const waiting = gate(state, NOW)
        expect(waiting).toMatchObject({ kind: 'wait', atMs: NOW + 1000 })
        const next = gate(waiting.state!, NOW)
        expect(next).toMatchObject({ kind: 'wait', atMs: NOW + 1250 })
        // A second later the next second's calls go, counted on from the hold.
        const later = gate(state, NOW + 1000)
        expect(later).toMatchObject({ kind: 'go', index: 4 })
        expect(later.state!.granted).toBe(5)
        expect(later.state!.nextAtMs).toBeCloseTo(NOW + 1000 + 1000 / currentRate(state, NOW + 1000), 6)
        expect(currentRate(state, NOW + 1000)).toBeGreaterThan(4)
    })

    it('books a waiting caller no further than the horizon ahead, so a growing rate is used soon', () => {
        const far = paced(2, { bookedAtMs: NOW + 60000, nextAtMs: NOW + 1000 })
        const booked = gate(far, NOW)
        expect(booked).toMatchObject({ kind: 'wait', atMs: NOW + 1000 + BOOKING_HORIZON_MS })
        expect(booked.state!.bookedAtMs).toBe(NOW + 1000 + BOOKING_HORIZON_MS + 500)
        const held = pace({ holdUntilMs: NOW + 2000, rate: 4, changedAtMs: NOW, bookedAtMs: NOW + 90000 })
        expect(gate(held, NOW)).toMatchObject({ kind: 'wait', atMs: NOW + 2000 + BOOKING_HORIZON_MS })
    })

    it('goes when the next slot is less than the tolerance ahead, books it otherwise', () => {
        const state = paced(2, { nextAtMs: NOW + TOLERANCE_MS - 1 })
        expect(gate(state, NOW)).toMatchObject({ kind: 'go' })
        expect(gate(state, NOW).state!.nextAtMs).toBe(NOW + TOLERANCE_MS - 1 + 500)
        expect(gate(paced(2, { nextAtMs: NOW + TOLERANCE_MS }), NOW)).toMatchObject({
            kind: 'wait',
            atMs: NOW + TOLERANCE_MS,
        })
    })

    it('does not bank unused time: an idle pace starts from now', () => {
        const idle = paced(2, { nextAtMs: NOW - 30000 })
        expect(gate(idle, NOW).state!.nextAtMs).toBe(NOW + 500)
    })

    it('counts the calls let through since the hold and the 429s after it', () => {
        const state = paced(10, { granted: 6, rejected: 2, changedAtMs: NOW - 100000 })
        const decision = gate(state, NOW + 999)
        expect(decision).toMatchObject({ kind: 'go', index: 6 })
        const after = throttled(decision.state!, NOW + 999, 1, 30, 6, NOW)
        expect(after.state).toMatchObject({ granted: 0, rejected: 1 })
        const onTheWay = throttled(after.state, NOW + 1000, 1, 30, 5, NOW)
        expect(onTheWay.state).toMatchObject({ granted: 0, rejected: 2 })
    })

    it('after a paced 429 the callers come back after the hold at the lowered rate', () => {
        const { state, atMs } = throttled(paced(10, { changedAtMs: NOW - 100000 }), NOW + 100, 2, 30, 9, NOW)
        expect(atMs).toBe(NOW + 2100)
        expect(state.nextAtMs).toBe(NOW + 2100)
        expect(state.bookedAtMs).toBeCloseTo(NOW + 2100 + 1000 / state.rate, 6)
    })
})

describe('whole seconds', () => {
    it('rounds up to the next whole second, keeps a whole second', () => {
        expect(wholeSecondAfter(NOW)).toBe(NOW)
        expect(wholeSecondAfter(NOW + 1)).toBe(NOW + 1000)
        expect(wholeSecondAfter(NOW + 999)).toBe(NOW + 1000)
    })
})
