// One pace for every Graph call, shared by all workers and nodes through one database row. Pure arithmetic here:
// when may the next call go, and what Graph accepts. Without a 429 seen recently there is no pace at all: calls go
// at once and nothing is written.
//
// The rate is measured, not guessed: after a 429 and its hold, everything waiting goes back together once (a
// probe), and what Graph accepts of it in that second is its limit. Between probes the rate stays flat (a share of
// that limit), so a limit that holds costs no 429 at all. A lower limit shows as a 429 at the rate: the paced second
// that met it measures it, unless its burst came less than a second after the one before (a window still open, a
// bucket not yet refilled), when the pace only holds; the second time such a burst shows that Graph counts in
// one-second windows, the pace keeps to the window's limit with its bursts a second apart. Probes come back on a
// schedule and look for a higher limit only: less and less often while the limit holds (every probe costs the hold
// after its 429; at most a minute apart, when an idle pace is released), soon while the limit is below one measured
// before. A hold ends when Retry-After says, not at the next whole second: what is left of the second it ends in goes
// to its callers.

import { backoffSeconds } from './delivery.ts'

/** The pace row as numbers. `rate` 0 means "not pacing". Times are epoch ms. */
export interface PaceState {
    /** No call before this (Graph's Retry-After, or a backoff when it sent none). */
    holdUntilMs: number
    /** Calls per second now; 0 = not pacing; PROBE_RATE = probing (everything waiting goes, to measure Graph). */
    rate: number
    /** When the next paced call may go (the theoretical arrival time of a GCRA). */
    nextAtMs: number
    /** Where the next caller that must wait is booked, so waiting callers come back spread at the rate. */
    bookedAtMs: number
    /**
     * While probing: when the probe starts (a whole second, or a hold's end early in one). Else: when the rate was
     * last measured or set.
     */
    changedAtMs: number
    /** 429s since Graph last accepted a call: the exponent of the backoff when Graph sends no Retry-After. */
    streak: number
    /** Calls let through since the probe began (while probing) or since the rate was set. */
    granted: number
    /** 429s since the hold began. */
    rejected: number
    /** What Graph accepted in one second at the last measurement (0 = not measured in this pace). */
    measured: number
    /** The highest measurement in this pace: a limit below it may come back, so it is probed soon. */
    peak: number
    /** When the next probe starts (0 = none booked). */
    probeAtMs: number
    /** The interval from the last measurement to the next probe. */
    probeEveryMs: number
    /**
     * The whole second whose 429s measured the limit (a probe's start, or a paced second's; 0 = none): each later 429
     * of it measures again.
     */
    probedAtMs: number
    /** The calls Graph accepted in that second, as last counted. */
    probedAccepted: number
    /** Its span, from its first call's gate to the first refused call's: the refill correction. */
    probedSpanMs: number
    /**
     * The limit a probe cannot measure below: for a scheduled probe, the one the paced seconds before it held to
     * without a 429; none (0) for a probe after a hold.
     */
    probeFloor: number
    /**
     * Bursts that came early and shared a one-second window with the burst before (sharedWindow) in this pace. From
     * WINDOW_SIGNS on, Graph counts in windows (isWindowed): each second's burst starts a second after the one before
     * began (spacedAfter), and a probe counts what Graph accepted as its limit, with no refill.
     */
    windowSigns: number
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
    measured: 0,
    peak: 0,
    probeAtMs: 0,
    probeEveryMs: 0,
    probedAtMs: 0,
    probedAccepted: 0,
    probedSpanMs: 0,
    probeFloor: 0,
    windowSigns: 0,
}

/** While probing, every waiting call goes (its callers are booked a millisecond apart). */
export const PROBE_RATE = 1000
/** A probe lasts one second (after a hold that ends early in a second, the rest of it): what Graph accepted in it. */
export const PROBE_MS = 1000
/** The rate never goes below this (calls per second): one call every other second. */
export const MIN_RATE = 0.5
/**
 * How much earlier than a second after the one before a whole-second burst can arrive: the sandbox's workers poll
 * every 100 ms. How an instance's event processor spreads a second's events is not documented.
 */
export const BURST_JITTER_MS = 100
/**
 * Once Graph has shown one-second windows (isWindowed), a whole second's calls start no sooner than a second and this
 * long after the first call of the second before: a burst that reached Graph before the window the burst before
 * opened had passed would find that window full. The margin covers the few milliseconds by which the order of calls
 * at the gate and at Graph can differ. A token bucket needs no spacing (rateFor leaves it the refill of a poll).
 */
export const BURST_SPACING_MS = 25
/**
 * A second's burst may begin this late into the second at most: its callers come back with each poll until then. A
 * burst held later than that waits for the next whole second instead, so that a second's callers poll for at most
 * this long, and the next burst begins early in its second again. Each burst begins a little later in its second than
 * the one before (the spacing, and the poll that finds it may go), so this is where the drift starts over.
 */
export const LATEST_BURST_MS = 500
/** Slots this close to a whole second count in the next one (the pace row keeps hundredths of a millisecond). */
export const SLOT_EPSILON_MS = 0.5
/** A limit measured for the first time, or at a new level, is probed again after this long. */
export const PROBE_FIRST_MS = 20 * 1000
/** Each probe that finds the same limit doubles the interval, up to this (no later than the pace's release). */
export const PROBE_MAX_MS = 60 * 1000
/** A limit below the highest one measured in this pace is probed this often: it may come back. */
export const PROBE_BELOW_PEAK_MS = 5 * 1000
/** Two measurements within this share of each other are the same limit. */
export const SAME_LIMIT = 0.1
/** A pace with no 429 for this long is dropped: calls go unpaced again. */
export const RELEASE_MS = 60 * 1000
/**
 * A waiting caller is booked at most this far ahead. Callers are spread at the rate up to the next probe and go in
 * it when their slot is later, so this mostly bounds a pace with no probe booked. A short horizon brought the whole
 * backlog back every few seconds to be held again, and left the last callers of a drain booked seconds too late.
 */
export const BOOKING_HORIZON_MS = 60 * 1000

/**
 * `epoch`: when the era of the call that may go began (the probe, or the paced stretch; 0 when not pacing). A 429 for
 * a call of an earlier era changes nothing but the hold.
 */
export type Gate = { kind: 'go'; state: PaceState | null; epoch: number } | Wait

/**
 * A caller that waits until `atMs`, its booking in `state`. `soon`: held for a moment within the second that has
 * begun (nothing booked: it comes back with the next poll). `early`: it comes back at the whole second `atMs` falls
 * in, and is held there for a moment (the first second after a hold that ends early in it).
 */
export interface Wait {
    kind: 'wait'
    atMs: number
    state: PaceState
    soon?: boolean
    early?: boolean
}

function isPaced(state: PaceState, nowMs: number): boolean {
    return state.rate > 0 && nowMs - state.holdUntilMs < RELEASE_MS
}

/** Probing: every waiting call goes, and Graph's answers measure its limit. */
export function isProbing(state: PaceState): boolean {
    return state.rate >= PROBE_RATE
}

/** When the era of the calls now going began: the probe's first call, or the later of the hold and the measurement. */
function eraOf(state: PaceState): number {
    return isProbing(state) ? state.changedAtMs : Math.max(state.holdUntilMs, state.changedAtMs)
}

/** The rate the pace keeps to at `nowMs` (PROBE_RATE while probing, 0 when not pacing). */
export function currentRate(state: PaceState, nowMs: number): number {
    return isPaced(state, nowMs) || state.holdUntilMs > nowMs ? state.rate : 0
}

/**
 * The next probe after a measurement of `limit`: soon while the limit is below the peak (it may come back), else
 * after the interval, doubled when the limit is the same as last time.
 */
export function nextProbe(
    state: PaceState,
    limit: number,
    fromMs: number
): Pick<PaceState, 'measured' | 'peak' | 'probeAtMs' | 'probeEveryMs'> {
    const peak = Math.max(state.peak, limit)
    let every: number
    if (limit < peak * (1 - SAME_LIMIT)) every = PROBE_BELOW_PEAK_MS
    else if (state.measured > 0 && Math.abs(limit - state.measured) <= state.measured * SAME_LIMIT)
        every = Math.min(PROBE_MAX_MS, Math.max(PROBE_FIRST_MS, state.probeEveryMs * 2))
    else every = PROBE_FIRST_MS
    return { measured: limit, peak, probeAtMs: wholeSecondAfter(fromMs + every), probeEveryMs: every }
}

/**
 * Books a waiting caller no earlier than `fromMs`, `rate` callers a second. Callers come back at whole seconds (their
 * retries are scheduled in whole seconds, rounded up but for `early` below): a caller whose slot falls after second
 * S - 1 began comes back at S. So a queue that starts afresh starts 1 ms into the second before the first one its
 * callers can come back in, and that second gets its whole rate. Slots from `fromMs` itself, a hold's end 150 ms into
 * a second, left the first second after a hold 15 % short.
 *
 * A hold that ends early in a second (Retry-After counts from Graph's answer, so most do) leaves the rest of that
 * second to its callers: they come back at its start (`early`) and poll until the hold's end, and no more of them
 * than the rate allows in what is left of it (the gate counts that second's slots from the hold's end). Rounded up to
 * the next whole second, every hold cost a second with no call.
 */
function book(state: PaceState, fromMs: number, rate: number): Wait {
    const holdSecondMs = wholeSecondOf(fromMs)
    const partial = endsEarlyInSecond(fromMs)
    const firstSecondStartMs = partial ? fromMs + BURST_JITTER_MS - 1000 : wholeSecondAfter(fromMs) - 1000
    const slotMs = Math.min(Math.max(state.bookedAtMs, firstSecondStartMs + 1), fromMs + BOOKING_HORIZON_MS)
    const atMs = Math.max(slotMs, fromMs)
    // A caller due after the next probe goes in it: the probe measures what Graph accepts of everything waiting.
    if (state.probeAtMs > 0 && atMs > state.probeAtMs) {
        return { kind: 'wait', atMs: Math.max(fromMs, state.probeAtMs), state }
    }
    const early = partial && slotMs <= holdSecondMs
    return { kind: 'wait', atMs, state: { ...state, bookedAtMs: slotMs + 1000 / rate }, ...(early ? { early } : {}) }
}

/**
 * A probe that began at `startMs` ends with the whole second it began in: its calls count in that second (a probe
 * that begins at a hold's end early in a second lasts the rest of it).
 */
export function probeEndMs(startMs: number): number {
    return wholeSecondOf(startMs) + PROBE_MS
}

/**
 * Where the slots of the whole second at `secondMs` start when a hold ended in it: a poll after the hold's end. Its
 * callers' burst lands up to a poll after the hold, and the next second's may land at once after that second begins:
 * counted from here, the two take no more than a token bucket full at the hold's end refills by then (rateFor).
 */
function afterHoldIn(holdUntilMs: number, secondMs: number): number {
    return holdUntilMs > secondMs && holdUntilMs < secondMs + 1000 ? holdUntilMs + BURST_JITTER_MS : 0
}

/** A hold (or a burst's moment) that ends within LATEST_BURST_MS of its whole second's start, and not on it. */
function endsEarlyInSecond(atMs: number): boolean {
    const intoSecondMs = atMs - wholeSecondOf(atMs)
    return intoSecondMs > 0 && intoSecondMs <= LATEST_BURST_MS
}

/** The hold ends early in the second that has begun at `nowMs`: its callers poll until then, nothing booked. */
export function holdEndsSoon(holdUntilMs: number, nowMs: number): boolean {
    return holdUntilMs > nowMs && wholeSecondOf(holdUntilMs) === wholeSecondOf(nowMs) && endsEarlyInSecond(holdUntilMs)
}

/**
 * The rate kept to under a limit of `limit` per second. Calls go in whole-second bursts that can arrive up to a poll
 * interval less than a second apart, when a token bucket has refilled only that much less than a second's calls. So
 * two bursts in a row stay within twice the limit less what refills in BURST_JITTER_MS, in whole calls: 19 a second
 * at 20, 38 at 40, 36 at 38, and at 5 five and four in turn (4.5), where a steady five would find an early burst one
 * short and a steady four would leave a fifth of the limit unused. `windowed`: the bursts start a second apart, and
 * each takes the whole limit.
 */
export function rateFor(limit: number, windowed: boolean = false): number {
    if (windowed) return Math.max(MIN_RATE, Math.floor(limit))
    return Math.max(MIN_RATE, Math.floor((limit * (2000 - BURST_JITTER_MS)) / 1000) / 2)
}

/**
 * What Graph accepts per second, from `accepted` calls in a probe that lasted `spanMs` from its first call to its
 * 429. A token bucket refills while the probe goes on, so it accepts its one second of calls plus what refilled:
 * counting all of them would overshoot by the probe's length, and every paced second would then end in a 429.
 */
export function perSecond(accepted: number, spanMs: number): number {
    return (accepted * 1000) / (1000 + Math.min(PROBE_MS, Math.max(0, spanMs)))
}

/**
 * Everything waiting goes again in a probe after the hold (a first 429, a storm, a limit moved): when the hold ends,
 * if that is early in a second, else at the whole second after it.
 */
function probeAfterHold(state: PaceState, holdUntilMs: number): PaceState {
    return {
        ...state,
        rate: PROBE_RATE,
        changedAtMs: endsEarlyInSecond(holdUntilMs) ? holdUntilMs : wholeSecondAfter(holdUntilMs),
        nextAtMs: 0,
        granted: 0,
        probeFloor: 0,
    }
}

/**
 * Graph's limit per second from a probe: Graph accepted `accepted` calls in its span and refused the next, so what
 * it takes in that span lies between the two: take the middle, less the refill. Graph's limits are whole calls:
 * round, so the refill correction does not cost a call a second. At least one call went through, and never below
 * the probe's floor.
 */
function probeLimit(accepted: number, spanMs: number, floor: number, windowed: boolean): number {
    // A window takes its limit whatever the probe's span: nothing refills within it.
    if (windowed) return Math.max(1, floor, accepted)
    return Math.max(1, floor, Math.round(perSecond(accepted + 0.5, spanMs)))
}

/**
 * A probe's second passed without a 429: Graph accepted everything in it. Its limit is at least what that is per
 * second once a bucket's refill is taken off (so a quiet probe raises a measured limit only well beyond it).
 */
function probeAccepted(state: PaceState, nowMs: number): PaceState {
    // Nothing measured yet and nothing refused: Graph's limit is beyond what was waiting, so calls go unpaced.
    if (state.measured === 0) return { ...state, rate: 0, changedAtMs: nowMs, granted: 0, probeAtMs: 0 }
    // While probing, nextAtMs keeps when the probe's first call went.
    const inSecond = isWindowed(state) ? state.granted : Math.round(perSecond(state.granted, nowMs - state.nextAtMs))
    const limit = Math.max(state.measured, inSecond)
    return {
        ...state,
        ...nextProbe(state, limit, nowMs),
        rate: rateFor(limit, isWindowed(state)),
        changedAtMs: nowMs,
        nextAtMs: nowMs,
        granted: 0,
        probedAtMs: 0,
    }
}

/**
 * May a call go now? `go` with a state to write (null: nothing to write, the common unthrottled case), or `wait`
 * until `atMs` (the caller comes back then; its booking is already in the returned state, and a moment's hold, `soon`,
 * books nothing).
 */
export function gate(state: PaceState, nowMs: number): Gate {
    const holding = state.holdUntilMs > nowMs
    if (!holding && !isPaced(state, nowMs)) return { kind: 'go', state: null, epoch: 0 }
    if (holding && holdEndsSoon(state.holdUntilMs, nowMs)) {
        return { kind: 'wait', atMs: state.holdUntilMs, state, soon: true }
    }
    if (holding) return book(state, state.holdUntilMs, state.rate || MIN_RATE)
    let current = state
    const secondStartMs = wholeSecondOf(nowMs)
    // A probe starts at a time known to every worker (a whole second, or the end of the hold before it; its callers are
    // booked there): two workers that start it at once agree on it, and a 429 of its calls is counted as its
    // measurement. It looks for a higher limit only: the paced seconds before it held to the measured one without a
    // 429, so finding fewer calls accepted means the second before left the bucket short of full. A lower limit refuses
    // a paced call instead, and that 429 probes again after its hold, with no floor.
    if (!isProbing(current) && current.probeAtMs > 0 && nowMs >= current.probeAtMs) {
        current = {
            ...current,
            rate: PROBE_RATE,
            changedAtMs: current.probeAtMs,
            nextAtMs: 0,
            granted: 0,
            probeAtMs: 0,
            probeFloor: current.measured,
        }
    }
    if (isProbing(current)) {
        // A probe whose second passed with no call (a later 429 held its callers past it) starts again now.
        if (current.granted === 0 && nowMs >= probeEndMs(current.changedAtMs)) {
            current = { ...current, changedAtMs: secondStartMs, nextAtMs: 0 }
        }
        if (nowMs < current.changedAtMs) return book(current, current.changedAtMs, PROBE_RATE)
        if (nowMs < probeEndMs(current.changedAtMs)) {
            return {
                kind: 'go',
                state: {
                    ...current,
                    granted: current.granted + 1,
                    nextAtMs: current.nextAtMs < current.changedAtMs ? nowMs : current.nextAtMs,
                },
                epoch: current.changedAtMs,
            }
        }
        current = probeAccepted(current, nowMs)
        if (current.rate === 0) return { kind: 'go', state: current, epoch: 0 }
    }
    // The calls of a whole second go together (workers take events in whole seconds), but no more of them than the
    // rate allows in that second, however long the workers take over them: the slots are counted from the second's
    // start, not from now, and a second left unused is not banked.
    // A slot within SLOT_EPSILON_MS of the next second belongs to it: sums of slots a hair short of a whole second
    // (4.5 a second is 222.2 ms apart, nine of them 1999.99 ms) would let a fifth call into a second that has four.
    const due = Math.max(current.nextAtMs, secondStartMs, afterHoldIn(current.holdUntilMs, secondStartMs))
    if (due < secondStartMs + 1000 - SLOT_EPSILON_MS) {
        return {
            kind: 'go',
            state: { ...current, nextAtMs: due + 1000 / current.rate, granted: current.granted + 1 },
            epoch: eraOf(current),
        }
    }
    return book(current, due, current.rate)
}

/**
 * Whether a paced call may go in a whole second that has `thisSecond` calls counted (this one among them) after
 * `previousSecond` in the second before. The counts are exact (a row per call), where the pace row's count is read
 * and written without a lock and lets a call or two too many through when workers race. No second above the rate
 * rounded up, and no two seconds in a row above twice the rate: what a token bucket refills in 1.9 s (rateFor).
 */
export function withinRate(rate: number, previousSecond: number, thisSecond: number): boolean {
    return thisSecond <= Math.ceil(rate) && previousSecond + thisSecond <= Math.floor(2 * rate)
}

/**
 * May a call of a whole second go at `nowMs`, when the last burst before began (its first call passed the gate) at
 * `previousFirstAtMs` (0: none went)? Null: it may. Else `soon`: it comes back at once, with the next poll, and may
 * go at `atMs`; or not soon: it comes back at the whole second `atMs`, the next one, or the one the burst may begin
 * in when that is later. Callers come back in whole seconds, and the workers' polls and their work on a burst move
 * its start by up to a poll or more: without this, a burst that began earlier in its second than the one before did
 * in its own met Graph less than a second after it.
 */
export function spacedAfter(previousFirstAtMs: number, nowMs: number): { atMs: number; soon: boolean } | null {
    if (previousFirstAtMs <= 0) return null
    const mayGoAtMs = previousFirstAtMs + 1000 + BURST_SPACING_MS
    if (nowMs >= mayGoAtMs) return null
    const secondMs = wholeSecondOf(nowMs)
    if (mayGoAtMs - secondMs <= LATEST_BURST_MS) return { atMs: mayGoAtMs, soon: true }
    return { atMs: Math.max(secondMs + 1000, wholeSecondOf(mayGoAtMs)), soon: false }
}

/** A call the exact count turned back: it waits for the next whole second, booked like any waiting caller. */
export function overRate(state: PaceState, nowMs: number): Wait {
    return book(state, wholeSecondOf(nowMs) + 1000, state.rate || MIN_RATE)
}

/**
 * The first 429 of a second (a probe's, or a paced one's) measured Graph's limit: `accepted` calls in `spanMs` of the
 * second at `secondMs`. Each later 429 of that second measures again (probedAtMs names it).
 */
function measuredIn(
    state: PaceState,
    nowMs: number,
    holdUntilMs: number,
    secondMs: number,
    accepted: number,
    spanMs: number
): PaceState {
    const limit = probeLimit(accepted, spanMs, state.probeFloor, isWindowed(state))
    // A limit that fell explains a single sign of a window seen before it.
    const fellBelow = state.measured > 0 && limit < state.measured * (1 - SAME_LIMIT)
    return {
        ...state,
        windowSigns: isWindowed(state) || !fellBelow ? state.windowSigns : 0,
        ...nextProbe(state, limit, holdUntilMs),
        rate: rateFor(limit, isWindowed(state)),
        changedAtMs: nowMs,
        granted: 0,
        probedAtMs: secondMs,
        probedAccepted: accepted,
        probedSpanMs: spanMs,
    }
}

/** The whole second a paced call went in, as counted (x_elm_bridge_pace_call) when Graph refused the call. */
export interface PacedSecond {
    secondMs: number
    /** When its first call passed the gate. */
    firstAtMs: number
    /** When the first call of the second before passed the gate (0: no call went then). */
    previousFirstAtMs: number
    /** What Graph accepted in the second before: its calls less its refusals. */
    acceptedBefore: number
}

/**
 * A paced burst that began less than a second after the one before (and a poll's jitter, as the gate's clock is not
 * Graph's): a one-second window the burst before opened may still have been open, or a bucket not yet refilled. A
 * refusal then need not mean that the limit moved.
 */
function cameEarly(second: PacedSecond): boolean {
    return second.previousFirstAtMs > 0 && second.firstAtMs - second.previousFirstAtMs < 1000 + BURST_JITTER_MS
}

/**
 * Graph counts in windows (the second sign): the pace keeps to the whole window's limit, the most calls it saw Graph
 * accept in a measured second (the raw count `probedAccepted` the last measurement came from, or the measured limit).
 * Should that be more than the window takes, the first windowed burst's 429 measures it again (a probe after the
 * hold, or a fall).
 */
function windowsSeen(state: PaceState, nowMs: number, holdUntilMs: number): PaceState {
    const limit = Math.max(1, state.measured, state.probedAccepted)
    return {
        ...state,
        ...nextProbe(state, limit, holdUntilMs),
        // Not measured, so not a peak: should Graph take fewer, probes below a peak would come every few seconds.
        peak: Math.max(state.peak, state.measured),
        rate: rateFor(limit, true),
        changedAtMs: nowMs,
        granted: 0,
    }
}

/** Two seconds that got fewer than this many seconds' worth of the measured limit accepted shared one window. */
export const SHARED_WINDOW_SHARE = 1.5
/** Signs of a shared window (in a pace) after which Graph is taken to count in one-second windows. */
export const WINDOW_SIGNS = 2

/** Graph has shown that it counts in one-second windows (see windowSigns). */
export function isWindowed(state: PaceState): boolean {
    return state.windowSigns >= WINDOW_SIGNS
}

/**
 * A burst that came early and was refused shared a one-second window with the burst before when the two seconds
 * together got clearly less than two seconds' calls accepted: a token bucket refills most of a second's calls in the
 * 0.9 s or more between them, so at 20 a second it takes some 36 over the two, where a window takes 20 and the calls
 * still on their way (counted as accepted until their own 429 comes back).
 */
function sharedWindow(state: PaceState, accepted: number, second: PacedSecond): boolean {
    // A burst that shared a window took the room the burst before left it (the pace keeps below the limit it
    // measured, which a probe measures low in a window). A call refused with nothing taken went in a hold (workers
    // race on the pace row), and so did one right after the second that measured the limit (a probe's or a fall's):
    // the hold after its 429 keeps paced bursts more than a second off its window.
    const afterProbe = second.secondMs - 1000 === state.probedAtMs
    // A burst before that began late in its second was what was left of it after a hold: a token bucket refilled
    // less than a second's calls between the two, so their sum tells nothing.
    const afterHold = second.previousFirstAtMs - (second.secondMs - 1000) > BURST_JITTER_MS
    return (
        accepted > 0 &&
        second.acceptedBefore > 0 &&
        !afterProbe &&
        !afterHold &&
        accepted + second.acceptedBefore < SHARED_WINDOW_SHARE * state.measured
    )
}

/**
 * A paced second that did not come early shows by its refusal that Graph's limit fell below `measured` (the one the
 * pace kept to) when Graph accepted clearly fewer calls in it (by more than SAME_LIMIT and more than a call: a bucket
 * one poll short takes 18 at 20), and, after a second with calls, the two took more than the limit allows in one
 * second (two seconds that shared one window would add up to no more than the limit).
 */
function fell(measured: number, accepted: number, second: PacedSecond): boolean {
    const clearlyFewer = accepted > 0 && accepted < Math.min(measured * (1 - SAME_LIMIT), measured - 1)
    return clearlyFewer && (second.previousFirstAtMs === 0 || accepted + second.acceptedBefore > measured + 1)
}

/**
 * Graph answered 429. Holds every call until Retry-After (or a backoff when Graph sent none) has passed.
 * - A probe's 429 measures the limit from `accepted`, the calls Graph accepted in the probe as counted now (its calls
 *   less its refusals so far); each later 429 of that probe measures again. A probe's span runs from its first
 *   call's gate to the refused one's (`sentAtMs`): both taken at the same point, so the time from the gate to Graph
 *   and back does not lengthen it (22 calls in a span 100 ms too long measure 19 for a limit of 20).
 * - A paced call's 429 (`second`: the second it went in; `accepted`: what Graph accepted in it): in a burst that came
 *   early, the pace holds and goes on at its rate (at the second sign of one-second windows, at the window's limit);
 *   where the limit fell, that second measures it as a probe would, and each later 429 of it again; otherwise a probe
 *   after the hold measures it.
 * - The first 429 starts a probe after the hold. Other 429s of calls already on their way only extend the hold.
 * Returns the new state and when this caller may try again (booked after the hold like any waiting caller).
 */
export function throttled(
    state: PaceState,
    nowMs: number,
    retryAfterSeconds: number | null,
    retryBaseSeconds: number,
    accepted: number,
    epoch: number,
    sentAtMs: number = nowMs,
    second?: PacedSecond
): { state: PaceState; atMs: number } {
    // The second whose count measured: a probe's calls count under the whole second its era began in.
    const countedIn = second ? second.secondMs : wholeSecondOf(epoch)
    // Without Retry-After: exponential from the retry base, one step per 429 in a row (Graph's throttling guidance).
    const seconds =
        retryAfterSeconds !== null ? retryAfterSeconds : backoffSeconds(state.streak + 1, retryBaseSeconds, 0)
    const waitMs = Math.max(seconds, 1) * 1000
    const holdUntilMs = Math.max(state.holdUntilMs, nowMs + waitMs)
    // A new hold starts the queue afresh (bookedAtMs 0): its callers fill what is left of the second the hold ends in
    // (when it ends early in it) and the whole seconds after it.
    const fresh = { holdUntilMs, nextAtMs: holdUntilMs, bookedAtMs: 0, streak: state.streak + 1, rejected: 1 }
    let next: PaceState
    if (!isPaced(state, nowMs) && state.holdUntilMs <= nowMs) {
        // The first 429 of a pace: measure what Graph accepts once the hold has passed.
        next = probeAfterHold({ ...NO_PACE, ...fresh }, holdUntilMs)
    } else if (countedIn > 0 && countedIn === state.probedAtMs && !isProbing(state) && accepted === 0) {
        // Every call of the second that measured the limit was refused after all (a 429 storm): probe again.
        next = probeAfterHold({ ...state, ...fresh, measured: 0, probedAtMs: 0, probedAccepted: 0 }, holdUntilMs)
    } else if (countedIn > 0 && countedIn === state.probedAtMs && !isProbing(state)) {
        // Another 429 of the second (a probe's or a paced one) that measured the limit. Graph's answers to a
        // second's calls come back in any order, so an earlier 429 counted calls still on their way as accepted:
        // each 429 measures again from what is counted now, and the last one counts them all. A peak equal to the
        // measurement was this one's.
        const limit = probeLimit(accepted, state.probedSpanMs, state.probeFloor, isWindowed(state))
        next = {
            ...state,
            holdUntilMs,
            rejected: state.rejected + 1,
            measured: limit,
            peak: state.peak === state.measured ? limit : state.peak,
            rate: rateFor(limit, isWindowed(state)),
            probedAccepted: accepted,
        }
    } else if (state.holdUntilMs > nowMs || epoch !== eraOf(state) || epoch === 0) {
        // Already holding, or this call went out in an earlier era: that era's 429 has been counted.
        next = { ...state, holdUntilMs, rejected: state.rejected + 1 }
    } else if (isProbing(state) && accepted === 0) {
        // Graph refused the probe's first call: still throttling (a 429 storm), nothing measured. Probe again after
        // this hold, keeping what was measured before.
        next = probeAfterHold({ ...state, ...fresh }, holdUntilMs)
    } else if (isProbing(state)) {
        // The probe's first 429: Graph accepted the calls counted as accepted so far.
        const spanMs = Math.max(0, sentAtMs - state.nextAtMs)
        const probeSecondMs = wholeSecondOf(state.changedAtMs)
        next = measuredIn({ ...state, ...fresh }, nowMs, holdUntilMs, probeSecondMs, accepted, spanMs)
    } else if (second && cameEarly(second) && !isWindowed(state) && sharedWindow(state, accepted, second)) {
        // A sign of one-second windows. One alone may be a limit that fell as the burst came (a burst or a probe
        // after the hold then measures the fall, and the sign is dropped), or a false sign in a token bucket, which a
        // probe could not refute (a full bucket takes at least its limit, as a fresh window does): hold and go on at
        // the rate, as for any early burst. At the second sign Graph counts in windows: from then on each burst starts
        // a second after the one before, at the window's limit as Graph counted it when it was last measured (the
        // calls it accepted, before a bucket's refill correction measured it low). No probe: it would cost the hold
        // after its 429 to learn the same count.
        const windowSigns = state.windowSigns + 1
        next =
            windowSigns >= WINDOW_SIGNS
                ? windowsSeen({ ...state, ...fresh, windowSigns }, nowMs, holdUntilMs)
                : { ...state, ...fresh, windowSigns }
    } else if (second && cameEarly(second)) {
        // Refused at the rate that held, in a burst that came early: hold, and go on at the rate after the hold. The
        // first burst after it goes in what is left of the hold's second, or in the whole second after: it comes more
        // than a second after this one, so should the limit have fallen, its 429 measures it.
        next = { ...state, ...fresh }
    } else if (second && fell(state.measured, accepted, second)) {
        // Refused at the rate that held, and the limit fell: this second measures it as a probe would, from its first
        // call's gate to the refused one's, with no floor (a probe finds a higher limit).
        const spanMs = Math.max(0, sentAtMs - second.firstAtMs)
        // A sign of windows seen before it was this fall's doing.
        const windowSigns = isWindowed(state) ? state.windowSigns : 0
        next = measuredIn(
            { ...state, ...fresh, probeFloor: 0, windowSigns },
            nowMs,
            holdUntilMs,
            second.secondMs,
            accepted,
            spanMs
        )
    } else {
        // Refused at the rate that held, with about as many accepted (or not counted): the limit moved by a little,
        // or a bucket came up short. Measure it again once the hold has passed.
        next = probeAfterHold({ ...state, ...fresh, probeAtMs: 0 }, holdUntilMs)
    }
    const booked = book(next, holdUntilMs, next.rate || MIN_RATE)
    return { state: booked.state, atMs: booked.atMs }
}

/** Graph accepted (or answered anything but 429): the no-Retry-After backoff starts again. Null: nothing to write. */
export function accepted(state: PaceState): PaceState | null {
    return state.streak > 0 ? { ...state, streak: 0 } : null
}

/** The whole second `ms` falls in (its start). */
export function wholeSecondOf(ms: number): number {
    return Math.floor(ms / 1000) * 1000
}

/** Whole seconds, rounded up: date/time fields and scheduled events keep whole seconds. */
export function wholeSecondAfter(ms: number): number {
    return Math.ceil(ms / 1000) * 1000
}
