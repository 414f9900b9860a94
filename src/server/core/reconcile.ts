// Two-way reconciliation (issue 12), the pure half: which open callouts are due for a read back from entitlement
// management, what a read means for the ledger row, and what a ticket found by the sweep means.
//
// Documented values relied on (../shared/reference/entra-entitlement-management.md, "Reading a request back"):
// - GET /v1.0/identityGovernance/entitlementManagement/assignmentRequests/{id} answers with `state`, one of
//   submitted, pendingApproval, delivering, delivered, deliveryFailed, denied, scheduled, canceled,
//   partiallyDelivered. Only `canceled` and `denied` (and 404, the request no longer exists) end the request here.
// - `customExtensionCalloutInstances` (may be absent; selected and expanded explicitly): `id` is the stage instance
//   id, `status` one of calloutSent, callbackReceived, calloutFailed, callbackTimedOut, waitingForCallback.
// Microsoft does not document which `state` a request shows while a callout waits, so the callout instance decides
// where it is present, and every other answer leaves the row open (and the log says why).

import { Closure, ClosureSettings, TicketStates, closureOf } from './closure.ts'
import { HttpResult, parseRetryAfter } from './delivery.ts'

/** The scheduled sweep runs every 5 minutes (fluent/resume-loop.now.ts). */
export const SWEEP_INTERVAL_MINUTES = 5
/** Reads per sweep never go below this, so a small backlog clears in one pass. */
export const MIN_READS_PER_PASS = 50
/** A 404 this soon after the callout arrived may be replication lag in Entra, not a removed request. */
export const NOT_FOUND_GRACE_MS = 15 * 60 * 1000
/** 429 without a usable Retry-After: pause reads this long (the next sweep is 5 minutes away anyway). */
export const DEFAULT_THROTTLE_PAUSE_SECONDS = 60
/** A Retry-After further out than a day is not believed; reads pause for a day at most. */
export const MAX_THROTTLE_PAUSE_SECONDS = 24 * 3600

export type EndedReason = 'canceled' | 'denied' | 'not_found'
export type StoppedReason = 'callbackTimedOut' | 'calloutFailed'

export type ReadOutcome =
    | { kind: 'ended_upstream'; reason: EndedReason }
    | { kind: 'expired'; reason: StoppedReason }
    | { kind: 'resumed_elsewhere' }
    /** A good answer that does not end the callout (still waiting, or not clear enough to act on). */
    | { kind: 'unchanged'; why: string }
    /** No usable answer; `stopPass` when every further read would fail the same way. */
    | { kind: 'read_error'; why: string; stopPass: boolean }
    /** 429: no read before `untilMs`, and the pass stops. */
    | { kind: 'throttled'; untilMs: number }

function slotHash(text: string): number {
    // A small deterministic hash (no Math.imul on the instance's engine): every product stays below 2^37.
    let hash = 7
    for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) % 2147483647
    return hash
}

/** Where in each period a row's read falls: spread by its sys_id, so rows are not all read at once. */
export function slotOffsetMs(sysId: string, periodMs: number): number {
    return slotHash(sysId.toLowerCase()) % periodMs
}

/**
 * A row is due when its slot in the period has come round since it was last read (or since it arrived), and a whole
 * period has passed since that read: the reads spread evenly over the period, and a read that came late (a budget
 * cut, a pause) never makes two reads of one row within one period.
 */
export function isReadDue(
    sysId: string,
    lastReadMs: number | null,
    createdMs: number | null,
    nowMs: number,
    reconcileMinutes: number
): boolean {
    // Stryker disable next-line EqualityOperator: at 0 minutes the slot is NaN (x % 0), so the answer is false either way
    if (reconcileMinutes <= 0) return false
    const periodMs = reconcileMinutes * 60 * 1000
    const offset = slotOffsetMs(sysId, periodMs)
    const latestSlot = Math.floor((nowMs - offset) / periodMs) * periodMs + offset
    if (lastReadMs !== null && nowMs - lastReadMs < periodMs) return false
    const since = lastReadMs !== null ? lastReadMs : createdMs !== null ? createdMs : -Infinity
    return latestSlot > since
}

/** The sweep window an instant falls in: one reconcile pass over Graph per window. */
export function passWindow(nowMs: number): number {
    return Math.floor(nowMs / (SWEEP_INTERVAL_MINUTES * 60 * 1000))
}

/** Reads one sweep may make: twice the steady rate (so a backlog catches up within half a period), at least 50. */
export function readBudget(openRows: number, reconcileMinutes: number): number {
    if (reconcileMinutes <= 0) return 0
    return Math.max(MIN_READS_PER_PASS, Math.ceil((2 * openRows * SWEEP_INTERVAL_MINUTES) / reconcileMinutes))
}

export interface DueCandidate {
    sysId: string
    lastReadMs: number | null
    createdMs: number | null
}

/** The due rows in the order they are read: longest unread first, so a budget cut leaves the freshest reads. */
export function dueRows<T extends DueCandidate>(rows: T[], nowMs: number, reconcileMinutes: number): T[] {
    const due = rows.filter((row) => isReadDue(row.sysId, row.lastReadMs, row.createdMs, nowMs, reconcileMinutes))
    const key = (row: T): number =>
        row.lastReadMs !== null ? row.lastReadMs : row.createdMs !== null ? row.createdMs : -Infinity
    return due.sort((a, b) => key(a) - key(b))
}

/** Reads are paused (a 429 asked for it) until this instant. */
export function isPaused(pausedUntilMs: number | null, nowMs: number): boolean {
    return pausedUntilMs !== null && pausedUntilMs > nowMs
}

function parseObject(body: string | undefined): { [key: string]: unknown } | null {
    try {
        // Stryker disable next-line StringLiteral: JSON.parse throws on '' and on any other non-JSON text alike
        const parsed = JSON.parse(body || '')
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null
    } catch (_error) {
        return null
    }
}

/** A 404 counts only as Graph's own JSON error: an HTML or empty 404 comes from a proxy or a wrong endpoint. */
function isGraphNotFound(body: string | undefined): boolean {
    const parsed = parseObject(body)
    const error = parsed ? parsed.error : null
    return !!error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string'
}

function calloutStatus(body: { [key: string]: unknown }, stageInstanceId: string): string | null {
    const instances = body.customExtensionCalloutInstances
    if (!Array.isArray(instances)) return null
    for (const instance of instances) {
        if (!instance || typeof instance !== 'object') continue
        if (String(instance.id).toLowerCase() !== stageInstanceId.toLowerCase()) continue
        return typeof instance.status === 'string' ? instance.status : ''
    }
    return null
}

/** The `why` of an `unchanged` read whose callout still waits for its callback. */
export const WAITING = 'waiting'

/** What one read of the request means for the open row whose callout is `stageInstanceId`. */
export function readOutcome(
    result: HttpResult,
    stageInstanceId: string,
    createdMs: number | null,
    nowMs: number
): ReadOutcome {
    if (result.notSent) return { kind: 'read_error', why: result.notSent, stopPass: true }
    // The shared Graph pace held the read back (Graph is throttling the app): not read, due again when it may go.
    if (result.paced) return { kind: 'throttled', untilMs: Math.max(result.paceAtMs || 0, nowMs) }
    if (result.status === 429) {
        const seconds = parseRetryAfter(result.retryAfter, nowMs)
        const pause = seconds === null ? DEFAULT_THROTTLE_PAUSE_SECONDS : Math.min(seconds, MAX_THROTTLE_PAUSE_SECONDS)
        return { kind: 'throttled', untilMs: nowMs + pause * 1000 }
    }
    if (result.status === 0) {
        const why = 'no answer from Graph' + (result.errorMessage ? ' (' + result.errorMessage + ')' : '')
        return { kind: 'read_error', why, stopPass: true }
    }
    if (result.status === 401 || result.status === 403) {
        return { kind: 'read_error', why: 'Graph refused the read (' + result.status + ')', stopPass: true }
    }
    if (result.status === 404) {
        if (!isGraphNotFound(result.body))
            return { kind: 'read_error', why: 'a 404 that is not a Graph error answer', stopPass: false }
        if (createdMs === null || nowMs - createdMs < NOT_FOUND_GRACE_MS)
            return { kind: 'unchanged', why: 'not found yet, but the callout is too new to trust a 404' }
        return { kind: 'ended_upstream', reason: 'not_found' }
    }
    if (result.status !== 200) {
        return { kind: 'read_error', why: 'Graph answered ' + result.status, stopPass: false }
    }
    const body = parseObject(result.body)
    if (!body) return { kind: 'read_error', why: 'the answer is not a JSON object', stopPass: false }
    const state = typeof body.state === 'string' ? body.state : ''
    // The end of the request wins over its callout: whatever the callout shows, nobody waits for a resume any more.
    if (state === 'canceled') return { kind: 'ended_upstream', reason: 'canceled' }
    if (state === 'denied') return { kind: 'ended_upstream', reason: 'denied' }
    const status = calloutStatus(body, stageInstanceId)
    if (status === null)
        return { kind: 'unchanged', why: 'the answer has no callout instance for this stage (state ' + state + ')' }
    if (status === 'callbackTimedOut' || status === 'calloutFailed') return { kind: 'expired', reason: status }
    if (status === 'callbackReceived') return { kind: 'resumed_elsewhere' }
    if (status === 'waitingForCallback' || status === 'calloutSent') return { kind: 'unchanged', why: WAITING }
    return { kind: 'unchanged', why: 'unknown callout status "' + status + '"' }
}

/** A read that ends the callout: nobody waits for a resume any more. */
export type EndedOutcome = Extract<ReadOutcome, { kind: 'ended_upstream' | 'expired' }>

export type ReadBack =
    /**
     * Our callout reports its callback as received: an attempt of this row whose answer was lost reached Graph, or,
     * when none can have, someone resumed the request outside ServiceNow.
     */
    | { kind: 'delivered' }
    /** The callout still waits: the refusal was about this resume itself. */
    | { kind: 'still_waiting' }
    /** The request ended, or entitlement management stopped waiting: nobody waits for this resume any more. */
    | { kind: 'ended'; outcome: EndedOutcome }
    /** Graph throttled the read (429, or the pace held it back). */
    | { kind: 'throttled' }
    /** No answer that says either way; `why` for the row's error. */
    | { kind: 'unknown'; why: string }

/**
 * What a read of the request means after Graph refused (400, 404, 409) a resume. The same read as a sweep's, with one
 * difference: a callback received wins over the request's end, as a deny sent by this row (or by whoever resumed the
 * request) ends the request as denied. A request whose callout is absent from the answer proves nothing either way.
 */
export function readBackVerdict(
    result: HttpResult,
    stageInstanceId: string,
    createdMs: number | null,
    nowMs: number
): ReadBack {
    const outcome = readOutcome(result, stageInstanceId, createdMs, nowMs)
    if (outcome.kind === 'resumed_elsewhere') return { kind: 'delivered' }
    if (outcome.kind === 'ended_upstream') {
        const body = parseObject(result.body)
        if (body && calloutStatus(body, stageInstanceId) === 'callbackReceived') return { kind: 'delivered' }
    }
    if (outcome.kind === 'ended_upstream' || outcome.kind === 'expired') return { kind: 'ended', outcome }
    if (outcome.kind === 'throttled') return { kind: 'throttled' }
    if (outcome.kind === 'unchanged' && outcome.why === WAITING) return { kind: 'still_waiting' }
    return { kind: 'unknown', why: outcome.why }
}

/** Whether the pass goes on to the next row after this outcome. */
export function passContinues(outcome: ReadOutcome): boolean {
    if (outcome.kind === 'throttled') return false
    if (outcome.kind === 'read_error') return !outcome.stopPass
    return true
}

const ENDED_WHAT: { [reason in EndedReason]: string } = {
    canceled:
        'the access request was canceled in entitlement management (by the requester in My Access or by an admin)',
    denied: 'the access request was denied in entitlement management',
    not_found: 'the access request no longer exists in entitlement management (Graph answers 404)',
}

/** The ledger row's outcome text for each change a read makes. */
export function outcomeText(outcome: ReadOutcome): string {
    if (outcome.kind === 'ended_upstream') return 'Ended upstream: ' + ENDED_WHAT[outcome.reason]
    if (outcome.kind === 'expired')
        return 'Entitlement management stopped waiting: its callout reports ' + outcome.reason
    if (outcome.kind === 'resumed_elsewhere')
        return 'Resumed outside ServiceNow: entitlement management reports the callback as received'
    return ''
}

const PROVISIONED_WITHOUT_GRANT =
    ' This ticket was closed complete: whatever was provisioned for it was not granted through entitlement management, so review it and remove it.'

/**
 * The work note when a close's resume finds the request already ended (or its callout no longer waiting). A ticket
 * closed complete had the access provisioned, which entitlement management never granted: the note says so.
 */
export function endedAfterCloseNote(outcome: EndedOutcome, closure: string): string {
    if (closure !== 'complete') return workNoteText(outcome, false)
    if (outcome.kind === 'ended_upstream')
        return (
            endedSentence(outcome.reason) +
            ' Nobody waits for this access any more, and no resume will be sent.' +
            PROVISIONED_WITHOUT_GRANT
        )
    return workNoteText(outcome, false) + PROVISIONED_WITHOUT_GRANT
}

/** What ended the request, as the first sentence of a work note. */
function endedSentence(reason: EndedReason): string {
    const what = ENDED_WHAT[reason]
    return what.charAt(0).toUpperCase() + what.slice(1) + '.'
}

/** The work note on the ticket for each change a read makes. */
export function workNoteText(outcome: ReadOutcome, ticketClosed: boolean): string {
    if (outcome.kind === 'ended_upstream')
        return (
            endedSentence(outcome.reason) +
            ' Nobody waits for this access any more: no provisioning is needed, and no resume will be sent.' +
            (ticketClosed ? ' The ticket was closed as cancelled.' : '')
        )
    if (outcome.kind === 'expired')
        return (
            'Entitlement management stopped waiting for this ticket (its callout reports ' +
            outcome.reason +
            '). No resume will be sent: the access request has failed in entitlement management, so the user must request it again.'
        )
    if (outcome.kind === 'resumed_elsewhere')
        return 'The access request was resumed outside ServiceNow (entitlement management reports the callback as received). ServiceNow will not send a resume for this ticket.'
    return ''
}

export type TicketSide = { kind: 'deleted' } | { kind: 'open' } | { kind: 'closed'; closure: Closure }

/** What the sweep finds behind an open row: the same close rules as the ticket's business rule. */
export function ticketSide(found: boolean, states: TicketStates, settings: ClosureSettings): TicketSide {
    if (!found) return { kind: 'deleted' }
    const closure = closureOf(states, settings)
    return closure === null ? { kind: 'open' } : { kind: 'closed', closure }
}

export const DELETED_TICKET_OUTCOME =
    'Failed: the ticket behind this callout was deleted, so nobody will close it; no resume was sent. An admin can use Retry now to resume the request as complete, or handle it in entitlement management.'

/** The ticket field values that close an ended-upstream ticket (contract: closed_cancelled, state 4). */
export const CANCELLED_TICKET = { request_state: 'closed_cancelled', state: '4' }
