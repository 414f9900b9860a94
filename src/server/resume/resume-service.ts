// The one resume path. Every entry point (ticket rule, ledger rule, script action, sweep job, UI actions,
// Flow action) ends in these functions; every decision comes from the pure core.

import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { isBoundTicket, wrongTicketNote } from '../core/binding.ts'
import { Closure, closureOf, resumeStateFor, stageInstanceDetail } from '../core/closure.ts'
import {
    Decision,
    HttpResult,
    decide,
    deniedRefusalHint,
    isDeadlineWarningDue,
    isPastDeadline,
    mayHaveBeenApplied,
    shouldReadBack,
    staleSendingMs,
} from '../core/delivery.ts'
import { isSysId } from '../core/identifiers.ts'
import { TokenDiagnosis } from '../core/oauth-entry.ts'
import { STATUS, closingStep } from '../core/ledger-status.ts'
import {
    EndedOutcome,
    ReadOutcome,
    endedAfterCloseNote,
    outcomeText,
    readBackVerdict,
    workNoteText,
} from '../core/reconcile.ts'
import { GRAPH_ROOTS_HINT, ResumeState, resumeBodyJson } from '../core/resume.ts'
import { Settings } from '../core/settings.ts'
import { Stage, parseStage } from '../core/stages.ts'
import { toGlideUtc } from '../core/time.ts'
import { displayTime, log, nowMs, value } from '../platform/glide.ts'
import { readRequestState, sendResume } from '../platform/graph.ts'
import { diagnoseGraphToken } from '../platform/oauth.ts'
import {
    LedgerRow,
    RESUME_EVENT,
    claim,
    findByStageInstanceId,
    getRecord,
    hasSendPermit,
    pruneSendPermits,
    readRow,
    rowsWhere,
    updateRecord,
    updateRow,
} from '../platform/ledger.ts'
import { paceMomentUntil } from '../platform/pace.ts'
import { loadSettings } from '../platform/settings.ts'
import { addWorkNote, ticketValue } from '../platform/tickets.ts'
import { reconcile } from './reconcile.ts'

/** A pending row this far past due lost its event, or waits behind a busy queue; the sweep queues it again. */
export const LOST_EVENT_GRACE_MS = 60 * 1000
/** Send permits are kept a day: far longer than the sweep takes to move a stuck row to a new key (pruneSendPermits). */
export const SEND_PERMIT_KEEP_MS = 24 * 3600 * 1000
const SWEEP_BATCH = 200

function note(row: LedgerRow, text: string): void {
    if (row.ticketTable && row.ticketSysId) addWorkNote(row.ticketTable, row.ticketSysId, text)
}

function expire(row: LedgerRow, reason: string): void {
    updateRow(row.sysId, { status: STATUS.expired, nextAttemptAtMs: null, outcome: reason })
    note(
        row,
        reason +
            ' (deadline ' +
            displayTime(row.deadlineMs as number) +
            '). No resume was sent: entitlement management has failed the access request, so the user must request it again.'
    )
}

/**
 * Business rule on the ticket: async after an update that set a stage instance id and changed state or request_state.
 * `current` is the ticket as it is when the rule's job runs (no `previous` in an async rule).
 */
export function onTicketStateChanged(current: GlideRecord): void {
    const record = findByStageInstanceId(value(current, 'x_elm_bridge_stage_instance_id'))
    if (!record) return
    const row = readRow(record)
    const ticket = { table: current.getTableName(), sysId: current.getUniqueValue() }
    if (!isBoundTicket(row, ticket)) {
        // A copy or an edited ticket carries the identifiers: its close resumes nothing, and says so on it.
        const states = { state: value(current, 'state'), requestState: value(current, 'request_state') }
        if (!closureOf(states, loadSettings())) return
        addWorkNote(ticket.table, ticket.sysId, wrongTicketNote(row.ticketNumber))
        log(
            'warn',
            'Ticket ' +
                value(current, 'number') +
                ' closed with the identifiers of callout ' +
                row.sysId +
                ', which belongs to ' +
                (row.ticketNumber || 'no ticket yet') +
                '; nothing resumed'
        )
        return
    }
    // Only an open callout reacts to a close; skip reading settings for every other save.
    if (row.status !== STATUS.open) return
    const settings = loadSettings()
    const closure = closureOf(
        { state: value(current, 'state'), requestState: value(current, 'request_state') },
        settings
    )
    onBoundTicketClosed(record, row, closure, settings, '')
}

/** The bound ticket closed (seen by its rule, or found by the sweep): resume once, deny at deny stages, or expire. */
function onBoundTicketClosed(
    record: GlideRecord,
    row: LedgerRow,
    closure: Closure | null,
    settings: Settings,
    how: string
): void {
    const step = closingStep(row.status, closure, row.deadlineMs, nowMs())
    if (step.kind === 'expire') {
        expire(row, 'The ticket closed after entitlement management stopped waiting')
    } else if (step.kind === 'resume') {
        const stage = parseStage(row.stage)
        const state = stage ? resumeStateFor(step.closure, stage, settings.denyStages) : undefined
        updateRecord(record, {
            status: STATUS.pending,
            closure: step.closure,
            resumeState: state || '',
            nextAttemptAtMs: null,
            outcome:
                'Ticket closed ' + step.closure + how + '; resume queued' + (state ? ' (state: ' + state + ')' : ''),
        })
    }
}

/** Business rule on the ledger (before update): a row an admin sets back to pending gets a fresh attempt budget. */
export function onLedgerRetryRequested(current: GlideRecord, previous: GlideRecord): void {
    const before = previous ? value(previous, 'status') : ''
    if (before === STATUS.failed || before === STATUS.expired) {
        // A new delivery round: attempt numbers start again, so the send permits need a round of their own.
        current.setValue('round', (parseInt(value(current, 'round'), 10) || 0) + 1)
        current.setValue('attempts', 0)
        current.setValue('next_attempt_at', '')
        current.setValue('last_error', '')
    }
}

/** Business rule on the ledger (after insert/update, status changes to pending): queue the worker for when it is due. */
export function onLedgerPending(current: GlideRecord): void {
    const at = value(current, 'next_attempt_at')
    if (at) {
        const when = new GlideDateTime()
        when.setValue(at)
        gs.eventQueueScheduled(RESUME_EVENT, current, current.getUniqueValue(), '', when)
    } else {
        gs.eventQueue(RESUME_EVENT, current, current.getUniqueValue(), '')
    }
}

export interface DeliveryResult {
    status: string
    httpStatus: number | null
    message: string
}

function resultOf(sysId: string, message: string): DeliveryResult {
    const record = getRecord(sysId)
    const httpStatus = record ? parseInt(value(record, 'last_http_status'), 10) : NaN
    return {
        status: record ? value(record, 'status') : '',
        httpStatus: isNaN(httpStatus) ? null : httpStatus,
        message,
    }
}

/** Queues the worker for a row that is already pending (the ledger rule only fires when a row becomes pending). */
function queueWorker(sysId: string): void {
    const due = getRecord(sysId)
    if (due) onLedgerPending(due)
}

/** Script action on x_elm_bridge.resume_due (parm1 = ledger sys_id): claim, send, record. The only sender. */
export function onResumeDue(event: GlideRecord): void {
    deliver(value(event, 'parm1'))
}

/** How Graph is reached; ATF tests pass stubs to prove the outcome handling on an instance. */
export interface GraphTransport {
    resume(graphEndpoint: string, requestId: string, bodyJson: string, timeoutSeconds: number): HttpResult
    readRequest(graphEndpoint: string, requestId: string, timeoutSeconds: number): HttpResult
    /** Asked after a 401, or a REST call that threw: why there was no usable token. */
    diagnoseToken(): TokenDiagnosis
}

const GRAPH: GraphTransport = { resume: sendResume, readRequest: readRequestState, diagnoseToken: diagnoseGraphToken }

/**
 * Sends one due callout. Only the event's worker (and ATF, with a stub transport) calls it; every other entry point
 * queues the event instead. Safe to call any number of times: the send permit lets one caller through per attempt.
 */
export function deliver(sysId: string, transport?: Partial<GraphTransport>): DeliveryResult {
    if (!isSysId(sysId)) return { status: '', httpStatus: null, message: 'Not a ledger sys_id' }
    const record = getRecord(sysId)
    if (!record) return { status: '', httpStatus: null, message: 'No such callout' }
    const row = readRow(record)
    const now = nowMs()
    if (row.status !== STATUS.pending) return resultOf(sysId, 'Not pending (' + row.status + '); nothing sent')
    if (row.nextAttemptAtMs !== null && row.nextAttemptAtMs > now) {
        return resultOf(sysId, 'Next attempt is due at ' + toGlideUtc(row.nextAttemptAtMs) + ' UTC')
    }
    if (isPastDeadline(row.deadlineMs, now)) {
        // `expired` means no call was ever made; a callout that was tried and ran out of time has failed. A 429
        // spends no attempt but is a call: its status is recorded.
        if (row.attempts === 0 && value(record, 'last_http_status') === '') {
            expire(row, 'The callback deadline passed before the resume could be sent')
            return resultOf(sysId, 'Deadline passed; nothing sent')
        }
        const reason = 'The callback deadline passed before attempt ' + (row.attempts + 1) + ' could be sent'
        updateRow(sysId, {
            status: STATUS.failed,
            nextAttemptAtMs: null,
            lastError: reason,
            outcome: 'Failed: ' + reason,
        })
        note(
            row,
            'Resume FAILED: ' +
                reason +
                ' (deadline ' +
                displayTime(row.deadlineMs as number) +
                '). Entitlement management has failed the access request, so the user must request it again.'
        )
        return resultOf(sysId, reason)
    }
    // Held for a moment (Graph counts in windows and the last burst began less than a second ago, or a hold ends early
    // in this second): come back with the next poll, unclaimed.
    // Only a row in a later round asks (throttling moves a held row to the next round; so do Retry now and the sweep's
    // take-backs): the first try of a row does not read the pace twice, and the gate holds it all the same.
    const momentUntilMs = row.round > 0 ? paceMomentUntil(now) : null
    if (momentUntilMs !== null) {
        queueWorker(sysId)
        return resultOf(sysId, 'The shared pace holds the call until ' + toGlideUtc(momentUntilMs) + ' UTC')
    }
    const claimed = claim(row, now)
    if (!claimed) return resultOf(sysId, 'Another worker is sending this callout')
    try {
        return send(claimed, { ...GRAPH, ...(transport || {}) })
    } catch (error) {
        // Whatever went wrong, the row never stays `sending`: it fails with the reason, and Retry now sends it again.
        // Graph may have been called before the error, so a later refusal is checked by reading the request back.
        const reason = 'Unexpected error while sending: ' + errorText(error)
        log('error', 'Callout ' + sysId + ': ' + reason)
        updateRow(sysId, { status: STATUS.failed, lastError: reason, outcome: reason, deliveryUncertain: true })
        note(claimed, 'Resume FAILED: ' + reason + '. An admin can use Retry now on the ELM Ticket Bridge callout.')
        return resultOf(sysId, reason)
    }
}

function errorText(error: unknown): string {
    return String(error && (error as Error).message ? (error as Error).message : error)
}

function fail(row: LedgerRow, reason: string): DeliveryResult {
    updateRow(row.sysId, { status: STATUS.failed, lastError: reason, outcome: reason })
    note(row, 'Resume not sent: ' + reason + '.')
    return resultOf(row.sysId, reason)
}

function resumeBodyFor(row: LedgerRow, stage: Stage, source: string): string {
    const closure = row.closure === 'incomplete' ? 'incomplete' : 'complete'
    return resumeBodyJson({
        requestId: row.requestId,
        stageInstanceId: row.stageInstanceId,
        stage,
        source,
        detail:
            row.resumeDetail ||
            stageInstanceDetail(
                closure,
                row.ticketNumber,
                ticketValue(row.ticketTable, row.ticketSysId, 'close_notes')
            ),
        state: (row.resumeState || undefined) as ResumeState | undefined,
    })
}

function send(row: LedgerRow, graph: GraphTransport): DeliveryResult {
    const settings = loadSettings()
    const stage = parseStage(row.stage)
    if (!stage) return fail(row, 'The ledger row has no valid stage')
    if (!settings.graphEndpoint)
        return fail(
            row,
            'The property x_elm_bridge.graph_endpoint is not a Microsoft Graph root (' + GRAPH_ROOTS_HINT + ')'
        )
    const attempt = row.attempts + 1
    let result = graph.resume(
        settings.graphEndpoint,
        row.requestId,
        resumeBodyFor(row, stage, settings.source),
        settings.httpTimeoutSeconds
    )
    // Nothing went out (the REST message could not be built): an admin must fix it; no attempt is spent.
    if (result.notSent) return fail(row, result.notSent)
    let confirmedEarlier = false
    if (shouldReadBack(result)) {
        // Graph refused: ask it why. The request may have ended, or an earlier attempt whose answer was lost got in.
        const readBack = graph.readRequest(settings.graphEndpoint, row.requestId, settings.httpTimeoutSeconds)
        const verdict = readBackVerdict(readBack, row.stageInstanceId, row.createdMs, nowMs())
        // Throttled: the same attempt goes again when the pace allows (and meets the refusal again).
        if (verdict.kind === 'throttled') result = readBack
        else if (verdict.kind === 'ended') return endedBeforeResume(row, verdict.outcome, result.status)
        else if (verdict.kind === 'delivered' && row.deliveryUncertain) confirmedEarlier = true
        // No attempt of this row can have got in: someone else resumed the request.
        else if (verdict.kind === 'delivered') return resumedElsewhere(row, result.status)
        else if (verdict.kind === 'unknown' && row.deliveryUncertain)
            result = {
                status: 0,
                errorMessage:
                    'Graph refused the resume (' +
                    result.status +
                    ') and the request could not be read back to check an earlier attempt (' +
                    verdict.why +
                    ')',
            }
        // Otherwise the callout still waits, or nothing says either way and no earlier attempt can have got in: the
        // refusal stands.
    }
    // Without a usable token the call still goes out and Graph answers 401 (or execute() throws): ask the token
    // endpoint why.
    const tokenDiagnosis = result.status === 401 || result.threw ? graph.diagnoseToken() : undefined
    const now = nowMs()
    const decision = confirmedEarlier
        ? ({ kind: 'resumed', note: 'an earlier attempt had reached Graph' } as Decision)
        : decide(
              result,
              {
                  attempt,
                  maxAttempts: settings.maxAttempts,
                  retryBaseSeconds: settings.retryBaseSeconds,
                  nowMs: now,
                  deadlineMs: row.deadlineMs,
                  jitter: Math.random(),
              },
              tokenDiagnosis
          )
    // Throttling spends no attempt: the permit of this (round, attempt) is taken, so the row moves to a new round.
    const throttled = !!result.paced || result.status === 429
    const common = throttled
        ? { round: row.round + 1, ...(result.paced ? {} : { lastHttpStatus: 429 }) }
        : { attempts: attempt, lastHttpStatus: result.status || null }
    if (decision.kind === 'resumed') {
        const what = row.resumeState === 'denied' ? 'denied the request' : 'continued the request'
        const how = confirmedEarlier
            ? 'an earlier attempt reached Graph (it now reports the callback as received)'
            : 'HTTP ' + result.status
        updateRow(row.sysId, {
            ...common,
            status: STATUS.resumed,
            lastError: '',
            nextAttemptAtMs: null,
            resumedAtMs: now,
            deliveryUncertain: false,
            outcome: 'Resumed: entitlement management ' + what + ' (' + how + ')',
        })
        note(
            row,
            'Entitlement management was told the ticket is ' +
                (row.closure === 'incomplete' ? 'closed incomplete' : 'complete') +
                ' and ' +
                what +
                ' (attempt ' +
                attempt +
                ', ' +
                how +
                ').'
        )
        log('info', 'Resumed callout ' + row.sysId + ' (request ' + row.requestId + ')')
    } else if (decision.kind === 'retry') {
        updateRow(row.sysId, {
            ...common,
            status: STATUS.pending,
            lastError: decision.reason,
            nextAttemptAtMs: decision.atMs,
            deliveryUncertain: row.deliveryUncertain || mayHaveBeenApplied(result),
            outcome: 'Retrying: ' + decision.reason,
        })
        // The worker queues its own retry as well. The ledger rule that queues on "status changes to pending" may not
        // see this change: the claim moved the row to sending in this same execution context, and "If multiple updates
        // are made to the record within one execution context, previous will continue to hold the state of the record
        // before the first update" (c_BusinessRules.md), which was pending. Where the rule does fire, the second event
        // finds the attempt's permit taken and sends nothing. The rules stay on: setWorkflow(false) would also turn
        // off the audit of this audited table (c_GlideRecordScopedAPI.md, setWorkflow).
        queueWorker(row.sysId)
        // A call the pace held back never left: nothing to tell the ticket or the log.
        if (!result.paced) {
            note(
                row,
                'Resume attempt ' +
                    attempt +
                    ' did not reach entitlement management: ' +
                    decision.reason +
                    ' (at ' +
                    displayTime(decision.atMs) +
                    ').'
            )
            log('warn', 'Callout ' + row.sysId + ' retry: ' + decision.reason)
        }
    } else {
        const reason = decision.reason + deniedRefusalHint(result.status, row.resumeState, row.stage)
        updateRow(row.sysId, {
            ...common,
            status: STATUS.failed,
            lastError: reason,
            nextAttemptAtMs: null,
            // A last attempt that timed out or met a 5xx may have got through: a Retry now reads a refusal back then.
            deliveryUncertain: row.deliveryUncertain || mayHaveBeenApplied(result),
            outcome: 'Failed: ' + reason,
        })
        note(
            row,
            'Resume FAILED after attempt ' +
                attempt +
                ': ' +
                reason +
                ' An admin can fix the cause and use Retry now on the ELM Ticket Bridge callout.'
        )
        log('error', 'Callout ' + row.sysId + ' failed: ' + reason)
        return resultOf(row.sysId, reason)
    }
    return resultOf(row.sysId, decision.kind === 'resumed' ? decision.note : decision.reason)
}

/**
 * Graph refused a resume, and the request turns out to have ended (or its callout stopped waiting) with no callback
 * received: nobody waits for a resume any more. A request that ended upstream ends the row as a sweep's read would; a
 * callout that stopped waiting fails it, as `expired` means no call was made.
 */
function endedBeforeResume(row: LedgerRow, outcome: EndedOutcome, refusedWith: number): DeliveryResult {
    const stopped = outcome.kind === 'expired'
    const line = (stopped ? 'Failed: ' : '') + outcomeText(outcome)
    updateRow(row.sysId, {
        attempts: row.attempts + 1,
        lastHttpStatus: refusedWith,
        status: stopped ? STATUS.failed : STATUS.endedUpstream,
        lastError: stopped ? outcomeText(outcome) : '',
        nextAttemptAtMs: null,
        deliveryUncertain: false,
        outcome: line,
    })
    note(row, endedAfterCloseNote(outcome, row.closure))
    log(stopped ? 'warn' : 'info', 'Callout ' + row.sysId + ' (' + row.ticketNumber + '): ' + line)
    return resultOf(row.sysId, line)
}

/**
 * Graph refused a resume from a row none of whose attempts can have got in, and reports the callback as received:
 * the request was resumed outside ServiceNow, as a sweep's read would have found.
 */
function resumedElsewhere(row: LedgerRow, refusedWith: number): DeliveryResult {
    const outcome: ReadOutcome = { kind: 'resumed_elsewhere' }
    const line = outcomeText(outcome)
    updateRow(row.sysId, {
        attempts: row.attempts + 1,
        lastHttpStatus: refusedWith,
        status: STATUS.resumed,
        lastError: '',
        nextAttemptAtMs: null,
        outcome: line,
    })
    note(row, workNoteText(outcome, false))
    log('info', 'Callout ' + row.sysId + ' (' + row.ticketNumber + '): ' + line)
    return resultOf(row.sysId, line)
}

/** One row's step of the sweep: a row that throws is logged and skipped, never the end of the sweep. */
function eachRow(rows: LedgerRow[], step: string, work: (row: LedgerRow) => void): void {
    for (const row of rows) {
        try {
            work(row)
        } catch (error) {
            log('error', 'Sweep (' + step + ') skipped callout ' + row.sysId + ': ' + errorText(error))
        }
    }
}

/** Scheduled job: lost events, dead workers, deadlines. Each step is idempotent, and each row stands alone. */
export function sweep(): void {
    const now = nowMs()
    const settings = loadSettings()
    const staleBefore = toGlideUtc(now - staleSendingMs(settings.httpTimeoutSeconds))
    eachRow(rowsWhere('status=' + STATUS.sending + '^claimed_at<' + staleBefore, SWEEP_BATCH), 'stale', (row) => {
        // The send may have reached Graph; a second resume of a delivered request is refused and recorded then.
        updateRow(row.sysId, {
            status: STATUS.pending,
            nextAttemptAtMs: null,
            deliveryUncertain: true,
            // The dead worker holds this attempt's permit: a new round lets the next worker send. Two sweeps that
            // both see the row compute the same round, so their events still share one permit.
            round: row.round + 1,
            lastError: 'The worker stopped while sending; sending again',
        })
    })
    const dueBefore = toGlideUtc(now - LOST_EVENT_GRACE_MS)
    const lost = rowsWhere(
        'status=' +
            STATUS.pending +
            '^next_attempt_atISEMPTY^ORnext_attempt_at<' +
            dueBefore +
            '^sys_updated_on<' +
            dueBefore,
        SWEEP_BATCH
    )
    // The sweep never sends itself: it queues the worker again. A row whose permit was taken without a send being
    // recorded (its worker lost the row in between) gets a new round, as a dead worker's row does.
    eachRow(lost, 'lost event', (row) => {
        const taken = hasSendPermit(row)
        updateRow(row.sysId, {
            ...(taken ? { round: row.round + 1, deliveryUncertain: true } : {}),
            // Lost, or only late behind a busy event queue (the pages promise no processing time): either way one
            // more event, and the send permit lets only one of them send.
            outcome: 'The sweep queued the resume again (its event had not run a minute after it was due)',
        })
        queueWorker(row.sysId)
    })
    const nowText = toGlideUtc(now)
    eachRow(rowsWhere('status=' + STATUS.open + '^callback_deadline<' + nowText, SWEEP_BATCH), 'deadline', (row) =>
        expire(row, 'Entitlement management stopped waiting before the ticket closed')
    )
    if (settings.deadlineWarningHours > 0) {
        const warnBefore = toGlideUtc(now + settings.deadlineWarningHours * 3600 * 1000)
        const query =
            'status=' +
            STATUS.open +
            '^deadline_warned=false^callback_deadline<' +
            warnBefore +
            '^callback_deadline>=' +
            nowText
        eachRow(rowsWhere(query, SWEEP_BATCH), 'warning', (row) => {
            if (!isDeadlineWarningDue(row.deadlineMs, now, settings.deadlineWarningHours)) return
            updateRow(row.sysId, { deadlineWarned: true })
            note(
                row,
                'Entitlement management stops waiting for this ticket at ' +
                    displayTime(row.deadlineMs as number) +
                    '. Close the ticket before then, or the access request fails and must be requested again.'
            )
        })
    }
    pruneSendPermits(now - SEND_PERMIT_KEEP_MS)
    // Two-way reconciliation: tickets closed without their rule, and requests that moved on upstream.
    reconcile(now, settings, (record, row, closure) =>
        onBoundTicketClosed(record, row, closure, settings, ' (found by the sweep)')
    )
}

/** Retry now (UI action) and anything else that asks for another delivery: set pending, the ledger rule queues it. */
export function requestRetry(sysId: string): DeliveryResult {
    const record = getRecord(sysId)
    if (!record) return { status: '', httpStatus: null, message: 'No such callout' }
    const status = value(record, 'status')
    if (status !== STATUS.failed && status !== STATUS.expired && status !== STATUS.pending) {
        return resultOf(sysId, 'Only failed, expired or pending callouts can be retried (this one is ' + status + ')')
    }
    updateRow(sysId, {
        status: STATUS.pending,
        nextAttemptAtMs: null,
        outcome: 'Retry requested by ' + gs.getUserName(),
    })
    // The ledger rule queues the worker when the status *changes* to pending. A row that was already pending
    // (waiting for its next attempt) is queued here, now, rather than at its old time or by the sweep; its
    // earlier event, when it fires, finds the row done or not yet due and sends nothing.
    if (status === STATUS.pending) queueWorker(sysId)
    return resultOf(sysId, 'Retry queued')
}

/**
 * Flow Designer action: resume a callout from an admin's own flow, through the same ledger and worker. It marks the
 * callout pending and the worker sends it; the flow never sends itself (one sender). The answer is the callout's
 * status then: `pending` (queued), or what it already was.
 */
export function resumeFromFlow(
    requestId: string,
    stageInstanceId: string,
    stageName: string,
    outcome: string,
    detail: string
): DeliveryResult {
    const stage = parseStage(stageName)
    if (!stage)
        return {
            status: 'invalid',
            httpStatus: null,
            message: 'Unknown stage: use an entitlement management stage name',
        }
    const record = findByStageInstanceId(stageInstanceId)
    if (!record)
        return {
            status: 'invalid',
            httpStatus: null,
            message: 'No ELM Ticket Bridge callout has this stage instance id',
        }
    const row = readRow(record)
    if (row.requestId !== requestId.toLowerCase() || row.stage !== stage) {
        return {
            status: 'invalid',
            httpStatus: null,
            message: 'Request id or stage does not match the recorded callout',
        }
    }
    if (row.status === STATUS.open) {
        const deny = outcome === 'deny'
        const state: ResumeState | undefined = deny ? 'denied' : undefined
        updateRow(row.sysId, {
            status: STATUS.pending,
            closure: deny ? 'incomplete' : 'complete',
            resumeState: state || '',
            nextAttemptAtMs: null,
            resumeDetail: detail,
            outcome: 'Resume requested by a flow; queued',
        })
        return resultOf(row.sysId, 'Resume queued')
    }
    return resultOf(row.sysId, 'Not open (' + row.status + '); nothing queued')
}
