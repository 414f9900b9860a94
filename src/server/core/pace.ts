// One pace for every Graph call, shared by all workers and nodes through one database row. Pure arithmetic here:
// when may the next call go, and how the learned rate moves (probe once, then additive increase, multiplicative
// decrease). Without a 429 seen recently there is no pace at all: calls go at once and nothing is written.

import { backoffSeconds } from './delivery.ts'

/** The pace row as numbers. `rate` 0 means "not pacing". Times are epoch ms. */
export interface PaceState {
    /** No call before this (Graph's Retry-After, or a backoff when it sent none). */
    holdUntilMs: number
    /** Learned calls per second; 0 = not pacing; PROBE_RATE = measuring what Graph accepts after the first 429. */
    rate: number
    /** When the next paced call may go (the theoretical arrival time of a GCRA). */
    nextAtMs: number
    /** Where the next caller that must wait is booked, so waiting callers come back spread at the rate. */
    bookedAtMs: number
    /** When the rate last went down; the additive increase counts from here, the release too. */
    changedAtMs: number
    /** 429s since Graph last accepted a call: the exponent of the backoff when Graph sends no Retry-After. */
    streak: number
    /** Calls let through since the hold began (the probe's measure of what Graph accepts). */
    granted: number
    /** 429s since the hold began. */
    rejected: number
}

export const NO_PACE: PaceState = {
    holdUntilMs: 0,
    rate: 0,
    nextAtMs: 0,
    bookedAtMs: 0,
    changedAtMs: 0,
    streak: 0,
    granted: 0,
    rejected: 0,
}

/** After the first 429 the waiting calls go back together once, and what Graph accepts of them is its rate. */
export const PROBE_RATE = 1000
/** The learned rate never goes below this (calls per second). */
export const MIN_RATE = 1
/** Multiplicative decrease on a 429 while paced. */
export const DECREASE = 0.9
/** Of what Graph accepted in the probe's second, the share the pace keeps to (headroom for bursts). */
export const PROBE_SHARE = 0.95
/** Growth after a decrease (calls/s per s³): flat near the rate of the last 429, then faster and faster (CUBIC). */
export const GROWTH = 0.3
/** A pace with no 429 for this long is dropped: calls go unpaced again. */
export const RELEASE_MS = 60 * 1000
/** A waiting caller is booked at most this far ahead, so a rate that grows is used within seconds. */
export const BOOKING_HORIZON_MS = 5000
/** Calls due within this much of now go at once: workers take events in whole seconds. */
export const TOLERANCE_MS = 1000

/**
 * `index`: how many calls the pace let through before this one since the hold began; `epoch`: that hold's end (0
 * when not pacing). A 429 for a call let through under an earlier hold does not lower the rate again.
 */
export type Gate =
    | { kind: 'go'; state: PaceState | null; index: number; epoch: number }
    | { kind: 'wait'; atMs: number; state: PaceState }

function isPaced(state: PaceState, nowMs: number): boolean {
    return state.rate > 0 && nowMs - state.holdUntilMs < RELEASE_MS
}

/**
 * The learned rate at `nowMs`. After a decrease to `rate` (= DECREASE × the rate Graph refused, `top`) it climbs back
 * to `top` slowly and then probes beyond it faster and faster: top + GROWTH × (t − K)³ with K chosen so that it starts
 * at `rate` (t counted from the end of the hold). The probe does not grow.
 */
export function currentRate(state: PaceState, nowMs: number): number {
    if (state.rate <= 0) return 0
    if (state.rate >= PROBE_RATE) return PROBE_RATE
    const top = state.rate / DECREASE
    const k = Math.pow((top - state.rate) / GROWTH, 1 / 3)
    const t = Math.max(0, nowMs - Math.max(state.changedAtMs, state.holdUntilMs)) / 1000
    return Math.min(PROBE_RATE - 1, Math.max(MIN_RATE, top + GROWTH * Math.pow(t - k, 3)))
}

function book(state: PaceState, fromMs: number, rate: number): { kind: 'wait'; atMs: number; state: PaceState } {
    const atMs = Math.min(Math.max(state.bookedAtMs, fromMs), fromMs + BOOKING_HORIZON_MS)
    return { kind: 'wait', atMs, state: { ...state, bookedAtMs: atMs + 1000 / rate } }
}

/**
 * May a call go now? `go` with a state to write (null: nothing to write, the common unthrottled case), or `wait`
 * until `atMs` (the caller comes back then; its booking is already in the returned state).
 */
export function gate(state: PaceState, nowMs: number): Gate {
    const holding = state.holdUntilMs > nowMs
    if (!holding && !isPaced(state, nowMs)) return { kind: 'go', state: null, index: 0, epoch: 0 }
    const rate = currentRate(state, nowMs) || MIN_RATE
    if (holding) return book(state, state.holdUntilMs, rate)
    const due = Math.max(state.nextAtMs, nowMs)
    if (due - nowMs < TOLERANCE_MS) {
        return {
            kind: 'go',
            state: { ...state, nextAtMs: due + 1000 / rate, granted: state.granted + 1 },
            index: state.granted,
            epoch: state.holdUntilMs,
        }
    }
    return book(state, due, rate)
}

/**
 * The rate after a 429 that started a hold: the first one starts a probe; a probe's 429 sets the rate to what Graph
 * accepted of the probe (a share of it); a paced 429 lowers the rate multiplicatively, or to what Graph accepted
 * since the hold when that is lower.
 */
export function loweredRate(state: PaceState, nowMs: number, index: number): number {
    if (!isPaced(state, nowMs)) return PROBE_RATE
    // The probe's calls went out together when the hold ended: the ones before this refused call got through.
    if (state.rate >= PROBE_RATE) return Math.max(MIN_RATE, index * PROBE_SHARE)
    // What Graph accepted since the hold ended, per second (a whole second at least): a limit that fell far is
    // followed in one step instead of many decreases, each with its own hold.
    const seconds = Math.max(1, (nowMs - state.holdUntilMs) / 1000)
    const acceptedRate = (index / seconds) * PROBE_SHARE
    return Math.max(MIN_RATE, Math.min(currentRate(state, nowMs) * DECREASE, acceptedRate))
}

/**
 * Graph answered 429. Holds every call until Retry-After (or a backoff when Graph sent none) has passed and
 * lowers the rate once per hold: later 429s of calls that were already on their way only extend the hold.
 * Returns the new state and when this caller may try again (booked after the hold like any waiting caller).
 */
export function throttled(
    state: PaceState,
    nowMs: number,
    retryAfterSeconds: number | null,
    retryBaseSeconds: number,
    index: number,
    epoch: number
): { state: PaceState; atMs: number } {
    // Without Retry-After: exponential from the retry base, one step per 429 in a row (Graph's throttling guidance).
    const seconds =
        retryAfterSeconds !== null ? retryAfterSeconds : backoffSeconds(state.streak + 1, retryBaseSeconds, 0)
    const waitMs = Math.max(seconds, 1) * 1000
    const holdUntilMs = Math.max(state.holdUntilMs, nowMs + waitMs)
    let next: PaceState
    if (state.holdUntilMs > nowMs || epoch < state.holdUntilMs) {
        // Already holding, or this call went out before the latest hold: that hold has lowered the rate already.
        next = { ...state, holdUntilMs, rejected: state.rejected + 1 }
    } else {
        next = {
            ...state,
            holdUntilMs,
            rate: loweredRate(state, nowMs, index),
            changedAtMs: nowMs,
            nextAtMs: holdUntilMs,
            bookedAtMs: holdUntilMs,
            streak: state.streak + 1,
            granted: 0,
            rejected: 1,
        }
    }
    const booked = book(next, holdUntilMs, currentRate(next, holdUntilMs) || MIN_RATE)
    return { state: booked.state, atMs: booked.atMs }
}

/** Graph accepted (or answered anything but 429): the no-Retry-After backoff starts again. Null: nothing to write. */
export function accepted(state: PaceState): PaceState | null {
    return state.streak > 0 ? { ...state, streak: 0 } : null
}

/** Whole seconds, rounded up: date/time fields and scheduled events keep whole seconds. */
export function wholeSecondAfter(ms: number): number {
    return Math.ceil(ms / 1000) * 1000
}
