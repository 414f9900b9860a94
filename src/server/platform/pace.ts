// The pace row x_elm_bridge_pace (one row, name "graph"), read before every Graph call and written only while Graph
// throttles. Read-modify-write without a lock: two workers that race may both take one slot, or a worker may write
// back a row read before another worker's 429 (the hold it set is lost until the next 429 sets it again), so the
// pace can let calls through that Graph refuses. It never loses or doubles a resume (the send permits guard those).
// No documented scoped API updates a row only if it is unchanged since read.

import { GlideRecord } from '@servicenow/glide'
import { NO_PACE, PaceState, accepted, gate, isProbing, overRate, throttled, withinRate } from '../core/pace.ts'
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
            probedIndex: num(record, 'probed_index'),
            probedFirstAtMs: num(record, 'probed_first_at_ms'),
        },
    }
}

function fill(record: GlideRecord, state: PaceState): void {
    record.setValue('hold_until_ms', state.holdUntilMs)
    record.setValue('rate', Math.round(state.rate * 100) / 100)
    record.setValue('next_at_ms', Math.round(state.nextAtMs))
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
    record.setValue('probed_index', state.probedIndex)
    record.setValue('probed_first_at_ms', Math.round(state.probedFirstAtMs))
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
 * `waitUntilMs` null: the call may go now; else not before then (epoch ms), and the caller's booking is written.
 * `streak` tells paceAnswered whether there is a run of 429s to end (so an unthrottled call writes nothing).
 */
export interface PaceGateAnswer {
    waitUntilMs: number | null
    streak: number
    /** Calls before this one in its era (exact in a probe: counted from its rows). */
    index: number
    epoch: number
    /** The call goes in a probe: its 429 measures Graph. */
    probing: boolean
}

export function paceGate(nowMs: number): PaceGateAnswer {
    const { record, state } = readPace()
    const decision = gate(state, nowMs)
    if (decision.kind === 'wait') {
        writePace(record, decision.state)
        return { waitUntilMs: decision.atMs, streak: state.streak, index: 0, epoch: 0, probing: false }
    }
    let index = decision.index
    let next = decision.state
    if (next && decision.epoch > 0) {
        // Paced or probing: the call counts itself in its whole second, exactly (see x_elm_bridge_pace_call).
        const secondMs = Math.floor(nowMs / 1000) * 1000
        const mine = new GlideRecord(PACE_CALL_TABLE)
        mine.initialize()
        mine.setValue('second_ms', secondMs)
        mine.insert()
        const thisSecond = callsIn(secondMs)
        if (thisSecond === 1) {
            const old = new GlideRecord(PACE_CALL_TABLE)
            old.addQuery('second_ms', '<', secondMs - 1000)
            old.setWorkflow(false)
            old.deleteMultiple()
        }
        if (isProbing(next)) {
            // A probe's 429 measures Graph by the calls before it (a row another worker inserted in between counts
            // too: a call high at most, never low).
            index = Math.max(0, thisSecond - 1)
            next = { ...next, granted: Math.max(next.granted, index + 1) }
        } else if (!withinRate(next.rate, callsIn(secondMs - 1000), thisSecond)) {
            mine.deleteRecord()
            const wait = overRate(next, nowMs)
            writePace(record, wait.state)
            return { waitUntilMs: wait.atMs, streak: state.streak, index: 0, epoch: 0, probing: false }
        }
    }
    if (next) writePace(record, next)
    const probing = !!next && isProbing(next) && decision.epoch > 0
    return { waitUntilMs: null, streak: state.streak, index, epoch: decision.epoch, probing }
}

/** Calls counted in the whole second that starts at `secondMs`. */
function callsIn(secondMs: number): number {
    const calls = new GlideRecord(PACE_CALL_TABLE)
    calls.addQuery('second_ms', secondMs)
    calls.addQuery('refused', false)
    calls.query()
    return calls.getRowCount()
}

/**
 * Counts a refusal of a call in the probe that began at `probeAtMs`, with the calls that went before it in the probe.
 * Graph's answers to one second's calls come back in any order, and two 429s that read the pace row at once each
 * write what they measured: the fewest counted is what the probe measured (see fewestBeforeRefusal).
 */
function countRefusal(probeAtMs: number, place: number): void {
    const refusal = new GlideRecord(PACE_CALL_TABLE)
    refusal.initialize()
    refusal.setValue('second_ms', probeAtMs)
    refusal.setValue('refused', true)
    refusal.setValue('place', place)
    refusal.insert()
}

/** The fewest calls before any refusal counted so far in the probe that began at `probeAtMs` (-1: none counted). */
function fewestBeforeRefusal(probeAtMs: number): number {
    const first = new GlideRecord(PACE_CALL_TABLE)
    first.addQuery('second_ms', probeAtMs)
    first.addQuery('refused', true)
    first.orderBy('place')
    first.setLimit(1)
    first.query()
    return first.next() ? num(first, 'place') : -1
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
    let index = gated.index
    if (gated.probing) {
        countRefusal(gated.epoch, gated.index)
        index = Math.min(index, Math.max(0, fewestBeforeRefusal(gated.epoch)))
    }
    const { record, state } = readPace()
    const next = throttled(state, nowMs, retryAfterSeconds, retryBaseSeconds, index, gated.epoch)
    writePace(record, next.state)
    if (gated.probing) {
        // Another of the probe's 429s that read the row at once may have written over this one: the fewest wins.
        // Whichever writes last looks again after its write, so a refusal counted before that write is not lost.
        const fewest = fewestBeforeRefusal(gated.epoch)
        const again = readPace()
        if (fewest >= 0 && fewest < again.state.probedIndex && again.state.probedAtMs === gated.epoch) {
            const corrected = throttled(again.state, nowMs, retryAfterSeconds, retryBaseSeconds, fewest, gated.epoch)
            writePace(again.record, corrected.state)
        }
    }
    return next.atMs
}

/** Any other answer: ends a run of 429s (read and written only when the gate saw one). */
export function paceAnswered(streakAtGate: number): void {
    if (streakAtGate <= 0) return
    const { record, state } = readPace()
    const next = accepted(state)
    if (next && record) writePace(record, next)
}
