// The pace row x_elm_bridge_pace (one row, name "graph"), read before every Graph call and written only while Graph
// throttles. Read-modify-write without a lock: two workers that race may both take one slot, or a worker may write
// back a row read before another worker's 429 (the hold it set is lost until the next 429 sets it again), so the
// pace can let calls through that Graph refuses. It never loses or doubles a resume (the send permits guard those).
// No documented scoped API updates a row only if it is unchanged since read.

import { GlideRecord } from '@servicenow/glide'
import { NO_PACE, PaceState, accepted, gate, throttled } from '../core/pace.ts'
import { value } from './glide.ts'

export const PACE_TABLE = 'x_elm_bridge_pace'
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
export function paceGate(nowMs: number): {
    waitUntilMs: number | null
    streak: number
    index: number
    epoch: number
} {
    const { record, state } = readPace()
    const decision = gate(state, nowMs)
    if (decision.state) writePace(record, decision.state)
    if (decision.kind === 'wait') return { waitUntilMs: decision.atMs, streak: state.streak, index: 0, epoch: 0 }
    return { waitUntilMs: null, streak: state.streak, index: decision.index, epoch: decision.epoch }
}

/**
 * A 429: hold everyone; measure Graph's limit, or probe for it after the hold. `index` and `epoch` are what the gate
 * answered for this call. Returns when
 * this caller may try again (epoch ms).
 */
export function paceThrottled(
    nowMs: number,
    retryAfterSeconds: number | null,
    retryBaseSeconds: number,
    index: number,
    epoch: number
): number {
    const { record, state } = readPace()
    const next = throttled(state, nowMs, retryAfterSeconds, retryBaseSeconds, index, epoch)
    writePace(record, next.state)
    return next.atMs
}

/** Any other answer: ends a run of 429s (read and written only when the gate saw one). */
export function paceAnswered(streakAtGate: number): void {
    if (streakAtGate <= 0) return
    const { record, state } = readPace()
    const next = accepted(state)
    if (next && record) writePace(record, next)
}
