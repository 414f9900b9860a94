// Two-way reconciliation (issue 12), run at the end of every sweep. Ticket side: an open callout whose ticket was
// closed without its business rule (setWorkflow(false), an import, the app inactive) is closed now, by the same
// rules; one whose ticket was deleted fails. Entitlement management side: each open callout's request is read back
// at most once per x_elm_bridge.reconcile_minutes, and one that ended upstream stops waiting for the ticket.

import { GlideRecord } from '@servicenow/glide'
import { Closure } from '../core/closure.ts'
import { STATUS } from '../core/ledger-status.ts'
import {
    CANCELLED_TICKET,
    DELETED_TICKET_OUTCOME,
    ReadOutcome,
    WAITING,
    dueRows,
    isPaused,
    outcomeText,
    passWindow,
    passContinues,
    readBudget,
    readOutcome,
    ticketSide,
    workNoteText,
} from '../core/reconcile.ts'
import { GRAPH_ROOTS_HINT } from '../core/resume.ts'
import { Settings } from '../core/settings.ts'
import { toGlideUtc } from '../core/time.ts'
import { log, nowMs } from '../platform/glide.ts'
import { readRequestState } from '../platform/graph.ts'
import {
    LedgerRow,
    claimRead,
    OpenRow,
    getRecord,
    claimPass,
    markRead,
    openRows,
    readRow,
    releaseRead,
    rowsWhere,
    updateRecord,
    updateRow,
} from '../platform/ledger.ts'
import { addWorkNote, ticketExists, ticketStates, updateTicketWithNote } from '../platform/tickets.ts'

/** The ticket rule's own handling of a close, passed in by the sweep (no import cycle with resume-service). */
export type TicketClosedHandler = (record: GlideRecord, row: LedgerRow, closure: Closure) => void

/** Open callouts one sweep looks at; far more than the tickets any service desk keeps open for access requests. */
const MAX_OPEN_ROWS = 20000
/** Ticket sys_ids per query. */
const TICKET_BATCH = 100
const ENDED_BATCH = 200
const PASS_KEEP_MS = 24 * 3600 * 1000

/** The row again, only while it is still open: a close or a worker may have moved it on since the pass read it. */
function stillOpen(sysId: string): GlideRecord | null {
    const record = getRecord(sysId)
    return record && readRow(record).status === STATUS.open ? record : null
}

function each<T extends { sysId: string }>(rows: T[], step: string, work: (row: T) => boolean | void): void {
    for (const row of rows) {
        try {
            if (work(row) === false) return
        } catch (error) {
            const text = String(error && (error as Error).message ? (error as Error).message : error)
            log('error', 'Reconcile (' + step + ') skipped callout ' + row.sysId + ': ' + text)
        }
    }
}

function statesOf(rows: LedgerRow[]): { [sysId: string]: { state: string; requestState: string } } {
    const found: { [sysId: string]: { state: string; requestState: string } } = {}
    for (let i = 0; i < rows.length; i += TICKET_BATCH) {
        const batch = rows.slice(i, i + TICKET_BATCH)
        const table = batch[0].ticketTable
        const same = batch.filter((row) => row.ticketTable === table).map((row) => row.ticketSysId)
        const states = ticketStates(table, same)
        for (const sysId of Object.keys(states)) found[sysId] = states[sysId]
        // A row on another ticket table (none today) is asked on its own.
        for (const row of batch.filter((r) => r.ticketTable !== table)) {
            const one = ticketStates(row.ticketTable, [row.ticketSysId])
            if (one[row.ticketSysId]) found[row.ticketSysId] = one[row.ticketSysId]
        }
    }
    return found
}

/** Ticket side: returns the rows whose ticket is still open. */
function ticketPass(rows: OpenRow[], settings: Settings, closed: TicketClosedHandler): OpenRow[] {
    // A row without a ticket yet is still being created by the inbound API: nothing to check.
    const withTicket = rows.filter((open) => open.row.ticketSysId)
    const states = statesOf(withTicket.map((open) => open.row))
    const open: OpenRow[] = []
    each(withTicket, 'ticket', (candidate) => {
        const row = candidate.row
        const found = states[row.ticketSysId]
        const side = ticketSide(!!found, found || { state: '', requestState: '' }, settings)
        if (side.kind === 'open') {
            open.push(candidate)
            return
        }
        // A query can miss a record a direct read finds; only a ticket that is really gone fails the row.
        if (side.kind === 'deleted' && ticketExists(row.ticketTable, row.ticketSysId)) return
        const record = stillOpen(row.sysId)
        if (!record) return
        if (side.kind === 'deleted') {
            updateRecord(record, {
                status: STATUS.failed,
                nextAttemptAtMs: null,
                lastError: DELETED_TICKET_OUTCOME,
                outcome: DELETED_TICKET_OUTCOME,
            })
            log('error', 'Callout ' + row.sysId + ' (' + row.ticketNumber + '): ' + DELETED_TICKET_OUTCOME)
            return
        }
        // Business rules off, an import, the app inactive, or the rule's async job not yet run: the first to come
        // handles the close, and only an open row reacts.
        log(
            'info',
            'Ticket ' +
                row.ticketNumber +
                ' is closed and its rule has not handled it (business rules off, or its async job not yet run); the sweep handles the close'
        )
        closed(record, readRow(record), side.closure)
    })
    return open
}

function applyChange(candidate: OpenRow, outcome: ReadOutcome, settings: Settings, readAtMs: number): void {
    const row = candidate.row
    const record = stillOpen(row.sysId)
    if (!record) return
    const outcomeLine = outcomeText(outcome)
    if (outcome.kind === 'ended_upstream') {
        // The status changes first: the close below runs the ticket rule, which then finds the row no longer open
        // and sends nothing.
        updateRecord(record, {
            status: STATUS.endedUpstream,
            nextAttemptAtMs: null,
            outcome: outcomeLine,
            lastReadAtMs: readAtMs,
        })
        const closedTicket =
            settings.closeTicketWhenEndedUpstream &&
            updateTicketWithNote(row.ticketTable, row.ticketSysId, CANCELLED_TICKET, workNoteText(outcome, true))
        if (closedTicket) updateRow(row.sysId, { closure: 'incomplete' })
        else addWorkNote(row.ticketTable, row.ticketSysId, workNoteText(outcome, false))
    } else if (outcome.kind === 'expired') {
        updateRecord(record, {
            status: STATUS.expired,
            nextAttemptAtMs: null,
            outcome: outcomeLine,
            lastReadAtMs: readAtMs,
        })
        addWorkNote(row.ticketTable, row.ticketSysId, workNoteText(outcome, false))
    } else if (outcome.kind === 'resumed_elsewhere') {
        updateRecord(record, {
            status: STATUS.resumed,
            nextAttemptAtMs: null,
            deliveryUncertain: false,
            outcome: outcomeLine,
            lastReadAtMs: readAtMs,
        })
        addWorkNote(row.ticketTable, row.ticketSysId, workNoteText(outcome, false))
    }
    log('info', 'Callout ' + row.sysId + ' (' + row.ticketNumber + '): ' + outcomeLine)
}

/** Entitlement management side: reads the due rows' requests, spread over the period, within the pass's budget. */
function graphPass(rows: OpenRow[], all: OpenRow[], nowMsAtStart: number, settings: Settings): void {
    if (settings.reconcileMinutes <= 0 || rows.length === 0) return
    for (const row of all) {
        if (isPaused(row.pausedUntilMs, nowMsAtStart)) {
            const until = toGlideUtc(row.pausedUntilMs as number)
            log('info', 'Reconcile: Graph asked for a pause (429) until ' + until + ' UTC; no reads this pass')
            return
        }
    }
    const endpoint = settings.graphEndpoint
    if (!endpoint) {
        log(
            'warn',
            'Reconcile: x_elm_bridge.graph_endpoint is not a Microsoft Graph root (' +
                GRAPH_ROOTS_HINT +
                '); no request read back'
        )
        return
    }
    // One pass per sweep window reads Graph, however many sweeps (or nodes) overlap; it ends with its window, so
    // the next window's pass never reads beside it.
    const window = passWindow(nowMsAtStart)
    if (!claimPass('graph/' + window, nowMsAtStart - PASS_KEEP_MS)) {
        log('info', 'Reconcile: another sweep reads Graph in this window; this one does not')
        return
    }
    const due = dueRows(rows, nowMsAtStart, settings.reconcileMinutes).slice(
        0,
        readBudget(all.length, settings.reconcileMinutes)
    )
    each(due, 'read', (candidate) => {
        const row = candidate.row
        if (passWindow(nowMs()) !== window) {
            log('info', 'Reconcile: the pass reached the end of its window; the next sweep goes on')
            return false
        }
        const claim = claimRead(row.sysId, candidate.lastReadMs, nowMs())
        // A pass of the previous window still running claimed it first: that pass reads it.
        if (claim !== 'claimed') return true
        const result = readRequestState(endpoint, row.requestId, settings.httpTimeoutSeconds)
        const now = nowMs()
        const outcome = readOutcome(result, row.stageInstanceId, candidate.createdMs, now)
        if (outcome.kind === 'throttled') {
            // The read did not happen: the row is due again as soon as the pause is over.
            markRead(row.sysId, { readsPausedUntilMs: outcome.untilMs, lastReadAtMs: candidate.lastReadMs })
            releaseRead(row.sysId, candidate.lastReadMs)
            log('warn', 'Reconcile: Graph throttled the read (429); the pass stops, reads resume after the pause')
        } else if (outcome.kind === 'read_error') {
            // The claim already moved last_read_at on: the row is read again next period.
            log(
                'warn',
                'Reconcile: request ' + row.requestId + ' not read (' + outcome.why + '); tried again next period'
            )
        } else if (outcome.kind === 'unchanged') {
            // Waiting is the usual answer; anything else is a case the mapping leaves open on purpose.
            if (outcome.why !== WAITING) log('info', 'Reconcile: callout ' + row.sysId + ' left open: ' + outcome.why)
        } else {
            applyChange(candidate, outcome, settings, now)
        }
        return passContinues(outcome)
    })
}

/** Ended-upstream rows whose ticket stayed open (the property was false): note when an agent closes it after all. */
function endedUpstreamTickets(settings: Settings): void {
    const rows = rowsWhere('status=' + STATUS.endedUpstream + '^closureISEMPTY^ticketISNOTEMPTY', ENDED_BATCH)
    if (rows.length === 0) return
    const states = statesOf(rows)
    each(rows, 'ended upstream', (row) => {
        const found = states[row.ticketSysId]
        const side = ticketSide(!!found, found || { state: '', requestState: '' }, settings)
        if (side.kind === 'closed') updateRow(row.sysId, { closure: side.closure })
    })
}

/** Both sides of reconciliation for every open callout; each row stands alone, and a failed row never ends the pass. */
export function reconcile(nowMsAtStart: number, settings: Settings, closed: TicketClosedHandler): void {
    const rows = openRows(MAX_OPEN_ROWS)
    const open = ticketPass(rows, settings, closed)
    graphPass(open, rows, nowMsAtStart, settings)
    endedUpstreamTickets(settings)
}
