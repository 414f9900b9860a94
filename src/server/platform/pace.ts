// The pace row x_elm_bridge_pace (one row, name "graph"), read before every Graph call and written only while Graph
// throttles. Read-modify-write without a lock: a worker may write back a row read before another worker's 429 (the
// hold it set is lost until the next 429 sets it again), so the pace can let calls through that Graph refuses. What
// must be exact is counted in rows of x_elm_bridge_pace_call instead: the calls of each paced second, and a probe's
// calls and refusals. It never loses or doubles a resume (the send permits guard those). No documented scoped API
// updates a row only if it is unchanged since read.

import { GlideRecord } from '@servicenow/glide'
import {
    NO_PACE,
    PacedSecond,
    PaceState,
    accepted,
    currentRate,
    gate,
    holdEndsSoon,
    isProbing,
    isWindowed,
    overRate,
    spacedAfter,
    throttled,
    wholeSecondOf,
    withinRate,
} from '../core/pace.ts'
import { value } from './glide.ts'

export const PACE_TABLE = 'x_elm_bridge_pace'
export const PACE_CALL_TABLE = 'x_elm_bridge_pace_call'
const PACE_NAME = 'graph'

function num(record: GlideRecord, field: string): number {
    const n = parseFloat(value(record, field))
    return isNaN(n) ? 0 : n
}

function readPace(): { record: GlideRecord | null; state: PaceState } {
    const record = new GlideRecord(PACE_TABLE)
    record.addQuery('name', PACE_NAME)
    record.setLimit(1)
    record.query()
    if (!record.next()) return { record: null, state: NO_PACE }
    return {
        record,
        state: {
            holdUntilMs: num(record, 'hold_until_ms'),
            rate: num(record, 'rate'),
            nextAtMs: num(record, 'next_at_ms'),
            bookedAtMs: num(record, 'booked_at_ms'),
            changedAtMs: num(record, 'changed_at_ms'),
            streak: num(record, 'streak'),
            granted: num(record, 'granted'),
            rejected: num(record, 'rejected'),
            measured: num(record, 'measured_rate'),
            peak: num(record, 'peak_rate'),
            probeAtMs: num(record, 'probe_at_ms'),
            probeEveryMs: num(record, 'probe_every_ms'),
            probedAtMs: num(record, 'probed_at_ms'),
            probedAccepted: num(record, 'probed_accepted'),
            probedSpanMs: num(record, 'probed_span_ms'),
            probeFloor: num(record, 'probe_floor'),
            windowSigns: num(record, 'window_signs'),
        },
    }
}

function fill(record: GlideRecord, state: PaceState): void {
    record.setValue('hold_until_ms', state.holdUntilMs)
    record.setValue('rate', Math.round(state.rate * 100) / 100)
    // Hundredths of a millisecond: slots 222.22 ms apart (4.5 a second) must not drift into the next second.
    record.setValue('next_at_ms', Math.round(state.nextAtMs * 100) / 100)
    record.setValue('booked_at_ms', Math.round(state.bookedAtMs))
    record.setValue('changed_at_ms', state.changedAtMs)
    record.setValue('streak', state.streak)
    record.setValue('granted', state.granted)
    record.setValue('rejected', state.rejected)
    record.setValue('measured_rate', state.measured)
    record.setValue('peak_rate', state.peak)
    record.setValue('probe_at_ms', Math.round(state.probeAtMs))
    record.setValue('probe_every_ms', state.probeEveryMs)
    record.setValue('probed_at_ms', state.probedAtMs)
    record.setValue('probed_accepted', state.probedAccepted)
    record.setValue('probed_span_ms', Math.round(state.probedSpanMs))
    record.setValue('probe_floor', state.probeFloor)
    record.setValue('window_signs', state.windowSigns)
}

function writePace(record: GlideRecord | null, state: PaceState): void {
    if (record) {
        fill(record, state)
        record.update()
        return
    }
    const created = new GlideRecord(PACE_TABLE)
    created.initialize()
    created.setValue('name', PACE_NAME)
    fill(created, state)
    if (created.insert()) return
    // Another worker created the row first: write over it.
    const again = readPace()
    if (again.record) {
        fill(again.record, state)
        again.record.update()
    }
}

/**
 * `waitUntilMs` null: the call may go now; else not before then (epoch ms), and the caller's booking is written (none
 * for a moment's hold).
 * `streak` tells paceAnswered whether there is a run of 429s to end (so an unthrottled call writes nothing).
 */
export interface PaceGateAnswer {
    waitUntilMs: number | null
    streak: number
    /** When the era of the call began (0: it went unpaced). */
    epoch: number
    /** The call goes in a probe: its 429 measures Graph. */
    probing: boolean
    /** When the gate let the call go (0: it waits). */
    gateAtMs: number
    /** The call waits a moment only (the spacing between bursts, a hold's last moment): it comes back at once. */
    soon: boolean
    /** It comes back at the start of the whole second `waitUntilMs` falls in, and waits there for a moment. */
    early: boolean
}

export function paceGate(nowMs: number): PaceGateAnswer {
    const { record, state } = readPace()
    const decision = gate(state, nowMs)
    if (decision.kind === 'wait') {
        // A moment's hold books nothing: nothing to write.
        if (!decision.soon) writePace(record, decision.state)
        return waiting(decision.atMs, state.streak, !!decision.soon, !!decision.early)
    }
    let next = decision.state
    if (next && decision.epoch > 0) {
        const secondMs = wholeSecondOf(nowMs)
        // Graph counts in windows and the burst before began less than a second ago: held for a moment, nothing
        // counted, booked or written.
        const spacing = isWindowed(state) ? spacedAfter(previousBurstAt(secondMs), nowMs) : null
        if (spacing) return waiting(spacing.atMs, state.streak, spacing.soon)
        // Paced or probing: the call counts itself in its whole second, exactly (see x_elm_bridge_pace_call).
        const mine = new GlideRecord(PACE_CALL_TABLE)
        mine.initialize()
        mine.setValue('second_ms', String(secondMs))
        mine.setValue('at_ms', String(nowMs))
        const mineId = mine.insert()
        const thisSecond = countIn(secondMs, false)
        if (thisSecond === 1) {
            // The two seconds before stay: a 429 compares the second its call went in with the one before, and a
            // call of the second before can still come back refused.
            const old = new GlideRecord(PACE_CALL_TABLE)
            old.addQuery('second_ms', '<', String(secondMs - 2000))
            old.setWorkflow(false)
            old.deleteMultiple()
        }
        // A 429 may have set a hold since the row was read (the counting took a moment): then this call waits too.
        const fresh = readPace()
        const turnedBack =
            fresh.state.holdUntilMs > nowMs
                ? gate(fresh.state, nowMs)
                : !isProbing(next) && !withinRate(next.rate, countIn(secondMs - 1000, false), thisSecond)
                  ? overRate(next, nowMs)
                  : null
        if (turnedBack && turnedBack.kind === 'wait') {
            uncount(mineId)
            if (!turnedBack.soon) writePace(fresh.record, turnedBack.state)
            return waiting(turnedBack.atMs, state.streak, !!turnedBack.soon, !!turnedBack.early)
        }
        if (isProbing(next)) next = { ...next, granted: Math.max(next.granted, thisSecond) }
    }
    if (next) writePace(record, next)
    const probing = !!next && isProbing(next) && decision.epoch > 0
    return {
        waitUntilMs: null,
        streak: state.streak,
        epoch: decision.epoch,
        probing,
        gateAtMs: nowMs,
        soon: false,
        early: false,
    }
}

/**
 * When the gate would hold a call made at `nowMs` for a moment only (the spacing between bursts, or the last moment of
 * a hold that ends early in the second), that moment's end; else null. Read-only: the resume worker asks before it
 * claims its send, so a call held for a moment costs a read and a new event instead of a claim, its undoing and the
 * gate's counting, which made a held burst start late and every later burst with it. The gate decides again when the
 * call is made.
 */
export function paceMomentUntil(nowMs: number): number | null {
    const { state } = readPace()
    if (holdEndsSoon(state.holdUntilMs, nowMs)) return state.holdUntilMs
    if (!isWindowed(state) || state.holdUntilMs > nowMs || currentRate(state, nowMs) === 0) return null
    const spacing = spacedAfter(previousBurstAt(wholeSecondOf(nowMs)), nowMs)
    return spacing && spacing.soon ? spacing.atMs : null
}

function waiting(atMs: number, streak: number, soon: boolean, early: boolean = false): PaceGateAnswer {
    return { waitUntilMs: atMs, streak, epoch: 0, probing: false, gateAtMs: 0, soon, early }
}

/** A call that does not go does not count (a record is reloaded before it is deleted). */
function uncount(callId: string | null): void {
    const call = new GlideRecord(PACE_CALL_TABLE)
    if (callId && call.get(callId)) call.deleteRecord()
}

/**
 * When the last burst before the whole second at `secondMs` began: the first call of the second before, or, when
 * none went then, of the one before that (a burst late in its second still holds the window it opened into the next).
 */
function previousBurstAt(secondMs: number): number {
    return firstCallAt(secondMs - 1000) || firstCallAt(secondMs - 2000)
}

/** Calls (or, `refused`, their refusals) counted under the whole second that starts at `secondMs`. */
function countIn(secondMs: number, refused: boolean): number {
    const rows = new GlideRecord(PACE_CALL_TABLE)
    rows.addQuery('second_ms', String(secondMs))
    rows.addQuery('refused', refused)
    rows.query()
    return rows.getRowCount()
}

/** What Graph accepted in the whole second at `secondMs` (a probe's: the one it began in), as counted now. */
function acceptedIn(secondMs: number): number {
    return Math.max(0, countIn(secondMs, false) - countIn(secondMs, true))
}

/** Counts a refusal in the whole second at `secondMs` (a row of its own, not counted as a call). */
function countRefusal(secondMs: number): void {
    const refusal = new GlideRecord(PACE_CALL_TABLE)
    refusal.initialize()
    refusal.setValue('second_ms', String(secondMs))
    refusal.setValue('refused', true)
    refusal.insert()
}

/** When the first call counted in the whole second at `secondMs` passed the gate (0: none, or not recorded). */
function firstCallAt(secondMs: number): number {
    const rows = new GlideRecord(PACE_CALL_TABLE)
    rows.addQuery('second_ms', String(secondMs))
    rows.addQuery('refused', false)
    rows.orderBy('at_ms')
    rows.setLimit(1)
    rows.query()
    if (!rows.next()) return 0
    const at = parseFloat(value(rows, 'at_ms'))
    return isNaN(at) ? 0 : at
}

/** The paced second a refused call went in, and the one before it, as counted now. */
function pacedSecond(secondMs: number): PacedSecond | undefined {
    const firstAtMs = firstCallAt(secondMs)
    if (firstAtMs === 0) return undefined
    return {
        secondMs,
        firstAtMs,
        previousFirstAtMs: firstCallAt(secondMs - 1000),
        acceptedBefore: acceptedIn(secondMs - 1000),
    }
}

/**
 * A 429: hold everyone; measure Graph's limit, or probe for it after the hold. `gated` is what the gate answered for
 * this call. Returns when this caller may try again (epoch ms).
 */
export function paceThrottled(
    nowMs: number,
    retryAfterSeconds: number | null,
    retryBaseSeconds: number,
    gated: PaceGateAnswer
): number {
    // A counted call's 429 (a probe's, or a paced one's) measures what Graph accepted in its second: its calls less
    // its refusals, as counted now. Calls of it still on their way count as accepted until their own 429 comes back
    // and measures again. A probe's calls count under the whole second it began in (it ends with that second).
    const countedIn = gated.epoch === 0 ? 0 : wholeSecondOf(gated.probing ? gated.epoch : gated.gateAtMs)
    let acceptedSoFar = 0
    let second: PacedSecond | undefined
    if (countedIn > 0) {
        countRefusal(countedIn)
        acceptedSoFar = acceptedIn(countedIn)
        if (!gated.probing) second = pacedSecond(countedIn)
    }
    const { record, state } = readPace()
    const sentAtMs = gated.gateAtMs
    const measure = (from: PaceState, acceptedNow: number) =>
        throttled(from, nowMs, retryAfterSeconds, retryBaseSeconds, acceptedNow, gated.epoch, sentAtMs, second)
    const next = measure(state, acceptedSoFar)
    writePace(record, next.state)
    if (countedIn > 0) {
        // Another 429 of the second that read the row at once may have written over this one, counting fewer
        // refusals. Whichever writes last counts again after its write, so no refusal is left out.
        const acceptedNow = acceptedIn(countedIn)
        const again = readPace()
        if (again.state.probedAtMs === countedIn && again.state.probedAccepted !== acceptedNow) {
            writePace(again.record, measure(again.state, acceptedNow).state)
        }
    }
    return next.atMs
}

/** Any other answer: ends a run of 429s (read and written only when the gate saw one). */
export function paceAnswered(streakAtGate: number): void {
    if (streakAtGate <= 0) return
    const { record, state } = readPace()
    const next = accepted(state)
    // Only the streak: a 429 may have set a hold since the row was read, and callers come back early in the second
    // that hold ends in, trusting it.
    if (next && record) {
        record.setValue('streak', next.streak)
        record.update()
    }
}
