// The ledger table x_elm_bridge_callout: one row per callout.

import { GlideRecord, gs } from '@servicenow/glide'
import { isGuid, isSysId } from '../core/identifiers.ts'
import { toGlideUtc } from '../core/time.ts'
import { STATUS } from '../core/ledger-status.ts'
import { dateValue, setDate, value } from './glide.ts'

export const LEDGER_TABLE = 'x_elm_bridge_callout'
export const RESUME_EVENT = 'x_elm_bridge.resume_due'
export const SEND_TABLE = 'x_elm_bridge_send'

export interface LedgerRow {
    sysId: string
    status: string
    stageInstanceId: string
    requestId: string
    stage: string
    attempts: number
    nextAttemptAtMs: number | null
    deadlineMs: number | null
    ticketTable: string
    ticketSysId: string
    ticketNumber: string
    closure: string
    resumeState: string
    resumeDetail: string
    deadlineWarned: boolean
    deliveryUncertain: boolean
    claimToken: string
    round: number
    createdMs: number | null
}

function flag(record: GlideRecord, field: string): boolean {
    const text = value(record, field)
    return text === 'true' || text === '1'
}

export function readRow(record: GlideRecord): LedgerRow {
    return {
        sysId: record.getUniqueValue(),
        status: value(record, 'status'),
        stageInstanceId: value(record, 'stage_instance_id'),
        requestId: value(record, 'request_id'),
        stage: value(record, 'stage'),
        attempts: parseInt(value(record, 'attempts'), 10) || 0,
        nextAttemptAtMs: dateValue(record, 'next_attempt_at'),
        deadlineMs: dateValue(record, 'callback_deadline'),
        ticketTable: value(record, 'ticket_table'),
        ticketSysId: value(record, 'ticket'),
        ticketNumber: value(record, 'ticket_number'),
        closure: value(record, 'closure'),
        resumeState: value(record, 'resume_state'),
        resumeDetail: value(record, 'resume_detail'),
        deadlineWarned: flag(record, 'deadline_warned'),
        deliveryUncertain: flag(record, 'delivery_uncertain'),
        claimToken: value(record, 'claim_token'),
        round: parseInt(value(record, 'round'), 10) || 0,
        createdMs: dateValue(record, 'sys_created_on'),
    }
}

export function getRecord(sysId: string): GlideRecord | null {
    if (!isSysId(sysId)) return null
    const record = new GlideRecord(LEDGER_TABLE)
    return record.get(sysId) ? record : null
}

export function findByStageInstanceId(stageInstanceId: string): GlideRecord | null {
    if (!isGuid(stageInstanceId)) return null
    const record = new GlideRecord(LEDGER_TABLE)
    record.addQuery('stage_instance_id', stageInstanceId.toLowerCase())
    record.setLimit(1)
    record.query()
    return record.next() ? record : null
}

/** Names one attempt of one delivery round: two workers that read the same row compute the same key. */
export function sendKey(row: LedgerRow): string {
    return row.sysId + '/' + row.round + '/' + row.attempts
}

/** True when some worker already took the permit for the row's next attempt. */
export function hasSendPermit(row: LedgerRow): boolean {
    const permit = new GlideRecord(SEND_TABLE)
    permit.addQuery('send_key', sendKey(row))
    permit.setLimit(1)
    permit.query()
    return permit.hasNext()
}

/**
 * Removes send permits taken before `beforeMs`. A permit guards one key (row, round, attempt), and a row's key only
 * moves on: each attempt, throttle, Retry now and takeback by the sweep gives a new one. The only permit still in use
 * is the one for a row's current key while its worker sends or its row waits for the sweep, which takes such rows
 * back within minutes; so a permit a day old guards nothing, and the table stays as small as a day's sends.
 */
export function pruneSendPermits(beforeMs: number): void {
    const old = new GlideRecord(SEND_TABLE)
    old.addQuery('sys_created_on', '<', toGlideUtc(beforeMs))
    old.setWorkflow(false)
    old.deleteMultiple()
}

/**
 * The permit for the row's next attempt, then compare-and-set pending → sending. The permit's unique index lets
 * exactly one worker (or node) through for an attempt; the compare-and-set, which updateMultiple() does not make
 * atomic across nodes, is the second guard. Returns the claimed row or null.
 */
export function claim(row: LedgerRow, nowMs: number): LedgerRow | null {
    const permit = new GlideRecord(SEND_TABLE)
    permit.initialize()
    permit.setValue('callout', row.sysId)
    permit.setValue('attempt', row.attempts + 1)
    permit.setValue('send_key', sendKey(row))
    if (!permit.insert()) return null
    const token = gs.generateGUID()
    const update = new GlideRecord(LEDGER_TABLE)
    update.addQuery('sys_id', row.sysId)
    update.addQuery('status', STATUS.pending)
    update.addQuery('attempts', row.attempts)
    update.setWorkflow(false)
    update.setValue('status', STATUS.sending)
    update.setValue('claim_token', token)
    setDate(update, 'claimed_at', nowMs)
    update.updateMultiple()
    const check = getRecord(row.sysId)
    if (!check) return null
    const claimed = readRow(check)
    return claimed.status === STATUS.sending && claimed.claimToken === token ? claimed : null
}

export interface RowChanges {
    status?: string
    attempts?: number
    nextAttemptAtMs?: number | null
    lastHttpStatus?: number | null
    lastError?: string
    outcome?: string
    resumedAtMs?: number
    closure?: string
    resumeState?: string
    resumeDetail?: string
    deadlineWarned?: boolean
    deliveryUncertain?: boolean
    round?: number
    lastReadAtMs?: number | null
    readsPausedUntilMs?: number | null
}

/** Writes changes to a row with business rules on (the ledger rule queues delivery when a row becomes pending). */
export function updateRow(sysId: string, changes: RowChanges): boolean {
    const record = getRecord(sysId)
    return record ? updateRecord(record, changes) : false
}

/** As updateRow, on a record the caller has already read. */
export function updateRecord(record: GlideRecord, changes: RowChanges): boolean {
    if (changes.status !== undefined) record.setValue('status', changes.status)
    if (changes.attempts !== undefined) record.setValue('attempts', changes.attempts)
    if (changes.nextAttemptAtMs !== undefined) setDate(record, 'next_attempt_at', changes.nextAttemptAtMs)
    if (changes.lastHttpStatus !== undefined) {
        record.setValue('last_http_status', changes.lastHttpStatus === null ? '' : changes.lastHttpStatus)
    }
    if (changes.lastError !== undefined) record.setValue('last_error', changes.lastError.slice(0, 1000))
    if (changes.outcome !== undefined) record.setValue('outcome', changes.outcome.slice(0, 1000))
    if (changes.resumedAtMs !== undefined) setDate(record, 'resumed_at', changes.resumedAtMs)
    if (changes.closure !== undefined) record.setValue('closure', changes.closure)
    if (changes.resumeState !== undefined) record.setValue('resume_state', changes.resumeState)
    if (changes.resumeDetail !== undefined) record.setValue('resume_detail', changes.resumeDetail.slice(0, 1000))
    if (changes.deadlineWarned !== undefined) record.setValue('deadline_warned', changes.deadlineWarned)
    if (changes.deliveryUncertain !== undefined) record.setValue('delivery_uncertain', changes.deliveryUncertain)
    if (changes.round !== undefined) record.setValue('round', changes.round)
    if (changes.lastReadAtMs !== undefined) setDate(record, 'last_read_at', changes.lastReadAtMs)
    if (changes.readsPausedUntilMs !== undefined) setDate(record, 'reads_paused_until', changes.readsPausedUntilMs)
    if (changes.status !== STATUS.sending) record.setValue('claim_token', '')
    return !!record.update()
}

/** Rows matching an encoded query built only from constants and validated values. */
export function rowsWhere(encodedQuery: string, limit: number): LedgerRow[] {
    const record = new GlideRecord(LEDGER_TABLE)
    record.addEncodedQuery(encodedQuery)
    record.orderBy('sys_created_on')
    record.setLimit(limit)
    record.query()
    const rows: LedgerRow[] = []
    while (record.next()) rows.push(readRow(record))
    return rows
}

/** An open row as the reconcile pass sees it: when it arrived, was last read back, and any pause a 429 asked for. */
export interface OpenRow {
    row: LedgerRow
    sysId: string
    createdMs: number | null
    lastReadMs: number | null
    pausedUntilMs: number | null
}

/** Every open row (oldest first), up to `limit`. */
export function openRows(limit: number): OpenRow[] {
    const record = new GlideRecord(LEDGER_TABLE)
    record.addQuery('status', STATUS.open)
    record.orderBy('sys_created_on')
    record.setLimit(limit)
    record.query()
    const rows: OpenRow[] = []
    while (record.next()) {
        const row = readRow(record)
        rows.push({
            row,
            sysId: row.sysId,
            createdMs: row.createdMs,
            lastReadMs: dateValue(record, 'last_read_at'),
            pausedUntilMs: dateValue(record, 'reads_paused_until'),
        })
    }
    return rows
}

/**
 * Bookkeeping of a read that changed nothing: business rules off, as no rule reacts to these fields and a read of
 * every open row each period should not run them. Only an open row is touched.
 */
export function markRead(
    sysId: string,
    changes: { lastReadAtMs?: number | null; readsPausedUntilMs?: number | null }
): void {
    const update = new GlideRecord(LEDGER_TABLE)
    update.addQuery('sys_id', sysId)
    update.addQuery('status', STATUS.open)
    update.setWorkflow(false)
    if (changes.lastReadAtMs !== undefined) setDateOrClear(update, 'last_read_at', changes.lastReadAtMs)
    if (changes.readsPausedUntilMs !== undefined)
        setDateOrClear(update, 'reads_paused_until', changes.readsPausedUntilMs)
    update.updateMultiple()
}

/**
 * A date for updateMultiple(), which "does not clear existing values. To clear an existing value, use the setValue()
 * method and set the field to 'NULL'" (c_GlideRecordScopedAPI.md): an empty value would leave the old one.
 */
function setDateOrClear(update: GlideRecord, field: string, ms: number | null): void {
    if (ms === null) update.setValue(field, 'NULL')
    else setDate(update, field, ms)
}

function readPermitKey(sysId: string, seenLastReadMs: number | null): string {
    return 'read/' + sysId + '/' + (seenLastReadMs === null ? 'first' : String(seenLastReadMs))
}

/** A claimed read that did not happen (Graph throttled it): the row's next pass may claim it again. */
export function releaseRead(sysId: string, seenLastReadMs: number | null): void {
    const permit = new GlideRecord(PASS_TABLE)
    permit.addQuery('pass_key', readPermitKey(sysId, seenLastReadMs))
    permit.setWorkflow(false)
    permit.deleteMultiple()
}

/**
 * Claims the read of an open row. Two overlapping sweeps (the job and an admin's Execute Now, or a pass that outlives
 * its window) then read a request once: `taken` means another sweep claimed it first, `gone` that the row is no
 * longer open. The atomic step is the insert of a permit keyed by the row and the last read the pass saw (insert()
 * returns null on a unique-index violation, c_GlideRecordScopedAPI.md); updateMultiple() is not promised atomic
 * across nodes, and the bench saw two passes both win its compare-and-set. The permits go with the pass permits
 * (claimPass keeps a day of them).
 */
export function claimRead(sysId: string, seenLastReadMs: number | null, nowMs: number): 'claimed' | 'taken' | 'gone' {
    const permit = new GlideRecord(PASS_TABLE)
    permit.initialize()
    permit.setValue('pass_key', readPermitKey(sysId, seenLastReadMs))
    if (!permit.insert()) return 'taken'
    const token = gs.generateGUID()
    const update = new GlideRecord(LEDGER_TABLE)
    update.addQuery('sys_id', sysId)
    update.addQuery('status', STATUS.open)
    if (seenLastReadMs === null) update.addNullQuery('last_read_at')
    else update.addQuery('last_read_at', toGlideUtc(seenLastReadMs))
    update.setWorkflow(false)
    setDate(update, 'last_read_at', nowMs)
    update.setValue('read_claim', token)
    update.updateMultiple()
    const check = getRecord(sysId)
    if (!check || value(check, 'status') !== STATUS.open) return 'gone'
    return value(check, 'read_claim') === token ? 'claimed' : 'taken'
}

export const PASS_TABLE = 'x_elm_bridge_reconcile_pass'

/**
 * The permit for one reconcile pass over Graph: insert() returns null on a unique-index violation
 * (c_GlideRecordScopedAPI.md), so one sweep per key reads. Permits older than `keepBeforeMs` are removed.
 */
export function claimPass(passKey: string, keepBeforeMs: number): boolean {
    const permit = new GlideRecord(PASS_TABLE)
    permit.initialize()
    permit.setValue('pass_key', passKey)
    if (!permit.insert()) return false
    const old = new GlideRecord(PASS_TABLE)
    old.addQuery('sys_created_on', '<', toGlideUtc(keepBeforeMs))
    old.setWorkflow(false)
    old.deleteMultiple()
    return true
}
