import {
    CANCELLED_TICKET,
    DEFAULT_THROTTLE_PAUSE_SECONDS,
    DELETED_TICKET_OUTCOME,
    MAX_THROTTLE_PAUSE_SECONDS,
    MIN_READS_PER_PASS,
    NOT_FOUND_GRACE_MS,
    EndedOutcome,
    ReadOutcome,
    SWEEP_INTERVAL_MINUTES,
    dueRows,
    endedAfterCloseNote,
    isPaused,
    isReadDue,
    outcomeText,
    passContinues,
    passWindow,
    readBudget,
    readBackVerdict,
    readOutcome,
    slotOffsetMs,
    ticketSide,
    workNoteText,
} from '../../src/server/core/reconcile.ts'
import { HttpResult } from '../../src/server/core/delivery.ts'
import { PROPERTY_DEFAULTS, readSettings } from '../../src/server/core/settings.ts'
import { STATUS } from '../../src/server/core/ledger-status.ts'

const INSTANCE = 'b1b2c3d4-0000-4000-8000-000000000002'
const NOW = Date.UTC(2026, 0, 10, 12, 0, 0)
const OLD = NOW - NOT_FOUND_GRACE_MS
const HOUR_MS = 3600 * 1000
const SYS_ID = '0123456789abcdef0123456789abcdef'

function read(body: unknown, status = 200): HttpResult {
    return { status, body: typeof body === 'string' ? body : JSON.stringify(body) }
}
function withCallout(state: string, calloutStatus: string, id = INSTANCE): HttpResult {
    return read({ id: 'r', state, status: 'x', customExtensionCalloutInstances: [{ id, status: calloutStatus }] })
}
const outcome = (result: HttpResult, createdMs: number | null = OLD) => readOutcome(result, INSTANCE, createdMs, NOW)

describe('reconcile settings', () => {
    it('defaults to a 60-minute period and closing the ticket', () => {
        const settings = readSettings(() => undefined)
        expect(PROPERTY_DEFAULTS.reconcile_minutes).toBe('60')
        expect(PROPERTY_DEFAULTS.close_ticket_when_ended_upstream).toBe('true')
        expect(settings.reconcileMinutes).toBe(60)
        expect(settings.closeTicketWhenEndedUpstream).toBe(true)
    })

    it.each([
        ['0', 0],
        ['1', 1],
        ['15', 15],
        ['10080', 10080],
        ['10081', 60],
        ['-1', 60],
        ['abc', 60],
        ['', 60],
    ])('reconcile_minutes %j reads as %d', (value, expected) => {
        const settings = readSettings((name) => (name === 'reconcile_minutes' ? value : undefined))
        expect(settings.reconcileMinutes).toBe(expected)
    })

    it.each([
        ['false', false],
        [' FALSE ', false],
        ['true', true],
        ['', true],
        ['no', true],
    ])('close_ticket_when_ended_upstream %j reads as %s', (value, expected) => {
        const settings = readSettings((name) => (name === 'close_ticket_when_ended_upstream' ? value : undefined))
        expect(settings.closeTicketWhenEndedUpstream).toBe(expected)
    })

    it('has the contract status ended_upstream', () => {
        expect(STATUS.endedUpstream).toBe('ended_upstream')
    })
})

describe('spreading reads over the period', () => {
    const PERIOD = 60

    it('places each row at a fixed offset inside the period, whatever the case of its sys_id', () => {
        const offset = slotOffsetMs(SYS_ID, PERIOD * 60000)
        expect(offset).toBeGreaterThanOrEqual(0)
        expect(offset).toBeLessThan(PERIOD * 60000)
        expect(slotOffsetMs(SYS_ID.toUpperCase(), PERIOD * 60000)).toBe(offset)
        expect(slotOffsetMs('a', 1000)).toBe((7 * 31 + 97) % 1000)
    })

    it('spreads 5,000 rows evenly: no 5-minute window gets more than twice its share', () => {
        const period = PERIOD * 60000
        const windows = new Array(12).fill(0)
        for (let i = 0; i < 5000; i++) {
            const sysId = (i * 2654435761).toString(16).padStart(32, '0').slice(-32)
            windows[Math.floor(slotOffsetMs(sysId, period) / (5 * 60000))]++
        }
        for (const count of windows) {
            expect(count).toBeGreaterThan(5000 / 12 / 2)
            expect(count).toBeLessThan((5000 / 12) * 2)
        }
    })

    it('a row is due exactly when its slot has come round since the last read', () => {
        const period = PERIOD * 60000
        const offset = slotOffsetMs(SYS_ID, period)
        const slot = Math.floor(NOW / period) * period + offset
        // Read at the previous slot: due at this slot, not a millisecond before.
        expect(isReadDue(SYS_ID, slot - period, null, slot - 1, PERIOD)).toBe(false)
        expect(isReadDue(SYS_ID, slot - period, null, slot, PERIOD)).toBe(true)
        // Read a little after the previous slot: a whole period must pass.
        expect(isReadDue(SYS_ID, slot - period + 1, null, slot, PERIOD)).toBe(false)
        expect(isReadDue(SYS_ID, slot - period + 1, null, slot + 1, PERIOD)).toBe(true)
        // Read at the slot itself: not due again until the next slot.
        expect(isReadDue(SYS_ID, slot, null, slot, PERIOD)).toBe(false)
        expect(isReadDue(SYS_ID, slot, null, slot + period - 1, PERIOD)).toBe(false)
        expect(isReadDue(SYS_ID, slot, null, slot + period, PERIOD)).toBe(true)
    })

    it('a late read is never followed by another within the same period', () => {
        const period = PERIOD * 60000
        const slot = Math.floor(NOW / period) * period + slotOffsetMs(SYS_ID, period)
        const late = slot - 10 * 60000 // read 50 minutes after its previous slot
        expect(isReadDue(SYS_ID, late, null, slot, PERIOD)).toBe(false)
        expect(isReadDue(SYS_ID, late, null, late + period - 1, PERIOD)).toBe(false)
        expect(isReadDue(SYS_ID, late, null, late + period, PERIOD)).toBe(true)
    })

    it('a row never read is due at its first slot after it arrived', () => {
        const period = PERIOD * 60000
        const slot = Math.floor(NOW / period) * period + slotOffsetMs(SYS_ID, period)
        expect(isReadDue(SYS_ID, null, slot, slot + period - 1, PERIOD)).toBe(false)
        expect(isReadDue(SYS_ID, null, slot - 1, slot, PERIOD)).toBe(true)
        // The last read wins over the arrival time.
        expect(isReadDue(SYS_ID, slot, slot - 5 * period, slot + 1, PERIOD)).toBe(false)
        // Nothing known: due.
        expect(isReadDue(SYS_ID, null, null, NOW, PERIOD)).toBe(true)
    })

    it('reads at most once per period however often it is asked', () => {
        let lastRead: number | null = null
        let reads = 0
        const start = NOW
        for (let t = start; t < start + 10 * HOUR_MS; t += 60 * 1000) {
            if (isReadDue(SYS_ID, lastRead, start, t, PERIOD)) {
                reads++
                lastRead = t
            }
        }
        expect(reads).toBe(10)
    })

    it('is never due when reading back is off', () => {
        expect(isReadDue(SYS_ID, null, null, NOW, 0)).toBe(false)
        expect(isReadDue(SYS_ID, null, null, NOW, -5)).toBe(false)
        expect(readBudget(5000, 0)).toBe(0)
        expect(dueRows([{ sysId: SYS_ID, lastReadMs: null, createdMs: null }], NOW, 0)).toEqual([])
    })

    it('orders due rows longest unread first', () => {
        const rows = [
            { sysId: 'b', lastReadMs: NOW - 2 * HOUR_MS, createdMs: NOW - 50 * HOUR_MS },
            { sysId: 'a', lastReadMs: null, createdMs: NOW - 3 * HOUR_MS },
            { sysId: 'c', lastReadMs: null, createdMs: null },
            { sysId: 'd', lastReadMs: NOW - 4 * HOUR_MS, createdMs: NOW - 5 * HOUR_MS },
        ]
        expect(dueRows(rows, NOW, 60).map((r) => r.sysId)).toEqual(['c', 'd', 'a', 'b'])
        expect(dueRows(rows, NOW, 60)).not.toBe(rows)
    })

    it('leaves rows that are not due', () => {
        const period = 60 * 60000
        const slot = Math.floor(NOW / period) * period + slotOffsetMs('x', period)
        expect(dueRows([{ sysId: 'x', lastReadMs: slot, createdMs: null }], slot + 1, 60)).toEqual([])
    })

    it('budgets twice the steady rate per sweep, at least the minimum', () => {
        expect(SWEEP_INTERVAL_MINUTES).toBe(5)
        expect(readBudget(5000, 60)).toBe(Math.ceil((2 * 5000 * 5) / 60))
        expect(readBudget(5000, 60)).toBe(834)
        expect(readBudget(10, 60)).toBe(MIN_READS_PER_PASS)
        expect(readBudget(0, 60)).toBe(50)
        expect(readBudget(600, 60)).toBe(100)
        expect(readBudget(300, 60)).toBe(50)
        expect(readBudget(301, 60)).toBe(51)
    })

    it('one pass window per sweep interval', () => {
        const windowMs = 5 * 60000
        const start = Math.floor(NOW / windowMs) * windowMs
        expect(passWindow(start)).toBe(start / windowMs)
        expect(passWindow(start + windowMs - 1)).toBe(start / windowMs)
        expect(passWindow(start + windowMs)).toBe(start / windowMs + 1)
    })

    it('a pause holds until its instant', () => {
        expect(isPaused(null, NOW)).toBe(false)
        expect(isPaused(NOW + 1, NOW)).toBe(true)
        expect(isPaused(NOW, NOW)).toBe(false)
        expect(isPaused(NOW - 1, NOW)).toBe(false)
    })
})

describe('what a read means', () => {
    it.each([
        ['canceled', 'canceled'],
        ['denied', 'denied'],
    ])('state %s ends the request upstream, whatever its callout shows', (state, reason) => {
        for (const callout of ['waitingForCallback', 'callbackReceived', 'callbackTimedOut']) {
            expect(outcome(withCallout(state, callout))).toEqual({ kind: 'ended_upstream', reason })
        }
        expect(outcome(read({ state }))).toEqual({ kind: 'ended_upstream', reason })
    })

    it.each([['Canceled'], ['cancelled'], ['DENIED'], ['deliveryFailed'], ['delivered']])(
        'state %s alone is not read as the end (strict spelling)',
        (state) => {
            expect(outcome(read({ state })).kind).toBe('unchanged')
        }
    )

    it.each([['callbackTimedOut'], ['calloutFailed']])('callout %s expires the row', (status) => {
        expect(outcome(withCallout('deliveryFailed', status))).toEqual({ kind: 'expired', reason: status })
    })

    it('callout callbackReceived means it was resumed elsewhere', () => {
        expect(outcome(withCallout('delivering', 'callbackReceived'))).toEqual({ kind: 'resumed_elsewhere' })
    })

    it.each([['waitingForCallback'], ['calloutSent']])('callout %s is still waiting', (status) => {
        expect(outcome(withCallout('pendingApproval', status))).toEqual({ kind: 'unchanged', why: 'waiting' })
    })

    it('an unknown callout status leaves the row open and says why', () => {
        expect(outcome(withCallout('pendingApproval', 'somethingNew'))).toEqual({
            kind: 'unchanged',
            why: 'unknown callout status "somethingNew"',
        })
        expect(outcome(withCallout('pendingApproval', 'CallbackTimedOut')).kind).toBe('unchanged')
        const noStatus = read({ state: 'x', customExtensionCalloutInstances: [{ id: INSTANCE }] })
        expect(outcome(noStatus)).toEqual({ kind: 'unchanged', why: 'unknown callout status ""' })
    })

    it('matches the callout instance by stage instance id, in any case', () => {
        expect(outcome(withCallout('delivering', 'callbackReceived', INSTANCE.toUpperCase())).kind).toBe(
            'resumed_elsewhere'
        )
        const other = read({
            state: 'delivering',
            customExtensionCalloutInstances: [
                null,
                'text',
                { id: 'another', status: 'callbackReceived' },
                { id: INSTANCE, status: 'callbackTimedOut' },
            ],
        })
        expect(outcome(other)).toEqual({ kind: 'expired', reason: 'callbackTimedOut' })
    })

    it('no callout instance for this stage leaves the row open', () => {
        expect(outcome(withCallout('delivering', 'callbackReceived', 'another'))).toEqual({
            kind: 'unchanged',
            why: 'the answer has no callout instance for this stage (state delivering)',
        })
        expect(outcome(read({ state: 'delivering', customExtensionCalloutInstances: 'x' })).kind).toBe('unchanged')
        expect(outcome(read({ status: 'WaitingForCallback', state: 5 }))).toEqual({
            kind: 'unchanged',
            why: 'the answer has no callout instance for this stage (state )',
        })
    })

    it('a 404 from Graph ends the request, once the callout is old enough', () => {
        const notFound = read({ error: { code: 'ResourceNotFound', message: 'gone' } }, 404)
        expect(outcome(notFound, OLD)).toEqual({ kind: 'ended_upstream', reason: 'not_found' })
        expect(outcome(notFound, OLD + 1)).toEqual({
            kind: 'unchanged',
            why: 'not found yet, but the callout is too new to trust a 404',
        })
        expect(outcome(notFound, null).kind).toBe('unchanged')
    })

    it('trusts a 404 from Graph fifteen minutes after the callout arrived, not a minute sooner', () => {
        const notFound = read({ error: { code: 'ResourceNotFound', message: 'gone' } }, 404)
        expect(readOutcome(notFound, INSTANCE, NOW - 14 * 60 * 1000, NOW).kind).toBe('unchanged')
        expect(readOutcome(notFound, INSTANCE, NOW - 15 * 60 * 1000, NOW)).toEqual({
            kind: 'ended_upstream',
            reason: 'not_found',
        })
    })

    it('never matches a callout instance that is not an object, even against a stage id spelled "undefined"', () => {
        const answer = read({ state: 'delivering', customExtensionCalloutInstances: ['text', 5, true] })
        expect(readOutcome(answer, 'undefined', OLD, NOW)).toEqual({
            kind: 'unchanged',
            why: 'the answer has no callout instance for this stage (state delivering)',
        })
    })

    it.each([['<html>Not Found</html>'], [''], ['{"error": "x"}'], ['{"error": {"message": "x"}}'], ['[1]']])(
        'a 404 that is not a Graph error (%j) changes nothing',
        (body) => {
            expect(outcome({ status: 404, body })).toEqual({
                kind: 'read_error',
                why: 'a 404 that is not a Graph error answer',
                stopPass: false,
            })
        }
    )

    it('a 429 pauses for Retry-After and stops the pass', () => {
        const throttled = outcome({ status: 429, retryAfter: '600' })
        expect(throttled).toEqual({ kind: 'throttled', untilMs: NOW + 600 * 1000 })
        expect(passContinues(throttled)).toBe(false)
        expect(outcome({ status: 429 })).toEqual({
            kind: 'throttled',
            untilMs: NOW + DEFAULT_THROTTLE_PAUSE_SECONDS * 1000,
        })
        expect(outcome({ status: 429, retryAfter: '0' })).toEqual({ kind: 'throttled', untilMs: NOW })
        expect(outcome({ status: 429, retryAfter: String(MAX_THROTTLE_PAUSE_SECONDS + 1) })).toEqual({
            kind: 'throttled',
            untilMs: NOW + MAX_THROTTLE_PAUSE_SECONDS * 1000,
        })
        expect(outcome({ status: 429, retryAfter: String(MAX_THROTTLE_PAUSE_SECONDS) })).toEqual({
            kind: 'throttled',
            untilMs: NOW + MAX_THROTTLE_PAUSE_SECONDS * 1000,
        })
    })

    it('a read the shared Graph pace held back is not a read: paused until the pace lets calls go, pass stops', () => {
        const held = outcome({ status: 0, paced: true, paceAtMs: NOW + 7000 })
        expect(held).toEqual({ kind: 'throttled', untilMs: NOW + 7000 })
        expect(passContinues(held)).toBe(false)
        // A pace time already past never pauses into the past.
        expect(outcome({ status: 0, paced: true, paceAtMs: NOW - 5 })).toEqual({ kind: 'throttled', untilMs: NOW })
        expect(outcome({ status: 0, paced: true })).toEqual({ kind: 'throttled', untilMs: NOW })
    })

    it.each([[500], [502], [503], [400], [410]])('HTTP %d changes nothing and the pass goes on', (status) => {
        const result = outcome({ status, body: '{}' })
        expect(result).toEqual({ kind: 'read_error', why: 'Graph answered ' + status, stopPass: false })
        expect(passContinues(result)).toBe(true)
    })

    it.each([[401], [403]])('HTTP %d changes nothing and stops the pass (every read would fail)', (status) => {
        const result = outcome({ status })
        expect(result).toEqual({ kind: 'read_error', why: 'Graph refused the read (' + status + ')', stopPass: true })
        expect(passContinues(result)).toBe(false)
    })

    it('no answer or no REST message changes nothing and stops the pass', () => {
        expect(outcome({ status: 0, errorMessage: 'timed out' })).toEqual({
            kind: 'read_error',
            why: 'no answer from Graph (timed out)',
            stopPass: true,
        })
        expect(outcome({ status: 0 })).toEqual({ kind: 'read_error', why: 'no answer from Graph', stopPass: true })
        expect(outcome({ status: 0, notSent: 'missing' })).toEqual({
            kind: 'read_error',
            why: 'missing',
            stopPass: true,
        })
        expect(outcome({ status: 429, notSent: 'missing' }).kind).toBe('read_error')
    })

    it.each([['not json'], ['[]'], ['null'], ['"text"'], ['']])(
        'a 200 that is not a JSON object (%j) changes nothing',
        (body) => {
            expect(outcome({ status: 200, body })).toEqual({
                kind: 'read_error',
                why: 'the answer is not a JSON object',
                stopPass: false,
            })
        }
    )

    it('every other outcome lets the pass go on', () => {
        const goOn: ReadOutcome[] = [
            { kind: 'ended_upstream', reason: 'canceled' },
            { kind: 'expired', reason: 'calloutFailed' },
            { kind: 'resumed_elsewhere' },
            { kind: 'unchanged', why: 'waiting' },
        ]
        for (const each of goOn) expect(passContinues(each)).toBe(true)
    })
})

describe('texts', () => {
    it('says what happened upstream, that no provisioning is needed, and whether the ticket was closed', () => {
        const canceled: ReadOutcome = { kind: 'ended_upstream', reason: 'canceled' }
        expect(workNoteText(canceled, true)).toBe(
            'The access request was canceled in entitlement management (by the requester in My Access or by an admin). Nobody waits for this access any more: no provisioning is needed, and no resume will be sent. The ticket was closed as cancelled.'
        )
        expect(workNoteText(canceled, false)).toBe(
            'The access request was canceled in entitlement management (by the requester in My Access or by an admin). Nobody waits for this access any more: no provisioning is needed, and no resume will be sent.'
        )
        expect(workNoteText({ kind: 'ended_upstream', reason: 'denied' }, false)).toMatch(
            /^The access request was denied/
        )
        expect(workNoteText({ kind: 'ended_upstream', reason: 'not_found' }, false)).toContain('404')
        expect(outcomeText(canceled)).toBe(
            'Ended upstream: the access request was canceled in entitlement management (by the requester in My Access or by an admin)'
        )
    })

    it('names the callout status for an expiry and says resumed elsewhere', () => {
        const expired: ReadOutcome = { kind: 'expired', reason: 'callbackTimedOut' }
        expect(outcomeText(expired)).toBe(
            'Entitlement management stopped waiting: its callout reports callbackTimedOut'
        )
        expect(workNoteText(expired, false)).toContain('(its callout reports callbackTimedOut)')
        expect(workNoteText(expired, false)).toContain('must request it again')
        expect(outcomeText({ kind: 'resumed_elsewhere' })).toContain('Resumed outside ServiceNow')
        expect(workNoteText({ kind: 'resumed_elsewhere' }, false)).toContain('resumed outside ServiceNow')
        expect(outcomeText({ kind: 'unchanged', why: 'waiting' })).toBe('')
        expect(workNoteText({ kind: 'unchanged', why: 'waiting' }, true)).toBe('')
    })

    it('after a close, tells a ticket closed complete that its provisioned access was never granted', () => {
        const canceled: EndedOutcome = { kind: 'ended_upstream', reason: 'canceled' }
        const expired: EndedOutcome = { kind: 'expired', reason: 'calloutFailed' }
        expect(endedAfterCloseNote(canceled, 'complete')).toBe(
            'The access request was canceled in entitlement management (by the requester in My Access or by an admin). Nobody waits for this access any more, and no resume will be sent. This ticket was closed complete: whatever was provisioned for it was not granted through entitlement management, so review it and remove it.'
        )
        expect(endedAfterCloseNote(expired, 'complete')).toBe(
            workNoteText(expired, false) +
                ' This ticket was closed complete: whatever was provisioned for it was not granted through entitlement management, so review it and remove it.'
        )
        for (const closure of ['incomplete', ''])
            for (const outcome of [canceled, expired])
                expect(endedAfterCloseNote(outcome, closure)).toBe(workNoteText(outcome, false))
    })

    it('tells an admin that a deleted ticket leaves the request waiting, and what to do', () => {
        expect(DELETED_TICKET_OUTCOME).toBe(
            'Failed: the ticket behind this callout was deleted, so nobody will close it; no resume was sent. An admin can use Retry now to resume the request as complete, or handle it in entitlement management.'
        )
    })

    it('closes an ended-upstream ticket as the contract says', () => {
        expect(CANCELLED_TICKET).toEqual({ request_state: 'closed_cancelled', state: '4' })
    })
})

describe('the ticket behind an open row', () => {
    const settings = { closedCompleteStates: ['3'], closedIncompleteStates: ['4', '7'] }
    it('is deleted, open or closed by the same close rules as the ticket rule', () => {
        expect(ticketSide(false, { state: '3', requestState: '' }, settings)).toEqual({ kind: 'deleted' })
        expect(ticketSide(true, { state: '2', requestState: 'in_process' }, settings)).toEqual({ kind: 'open' })
        expect(ticketSide(true, { state: '3', requestState: '' }, settings)).toEqual({
            kind: 'closed',
            closure: 'complete',
        })
        expect(ticketSide(true, { state: '1', requestState: 'closed_cancelled' }, settings)).toEqual({
            kind: 'closed',
            closure: 'incomplete',
        })
    })
})

describe('a read back after a refused resume whose earlier attempt got no answer', () => {
    const verdict = (result: HttpResult, createdMs: number | null = OLD) =>
        readBackVerdict(result, INSTANCE, createdMs, NOW)

    it('counts the resume as delivered only when our callout reports the callback as received', () => {
        expect(verdict(withCallout('pendingApproval', 'callbackReceived'))).toEqual({ kind: 'delivered' })
        expect(verdict(withCallout('delivering', 'callbackReceived', INSTANCE.toUpperCase()))).toEqual({
            kind: 'delivered',
        })
        // A deny this row sent ends the request as denied: the callout shows it got through.
        expect(verdict(withCallout('denied', 'callbackReceived'))).toEqual({ kind: 'delivered' })
        expect(verdict(withCallout('canceled', 'callbackReceived'))).toEqual({ kind: 'delivered' })
        // Another stage's callout says nothing about ours.
        expect(verdict(withCallout('delivered', 'callbackReceived', 'other')).kind).toBe('unknown')
    })

    it('says the callout still waits, so the refusal was about this resume', () => {
        expect(verdict(withCallout('pendingApproval', 'waitingForCallback'))).toEqual({ kind: 'still_waiting' })
        expect(verdict(withCallout('pendingApproval', 'calloutSent'))).toEqual({ kind: 'still_waiting' })
    })

    it('ends the row when the request ended or its callout stopped waiting', () => {
        expect(verdict(withCallout('canceled', 'waitingForCallback'))).toEqual({
            kind: 'ended',
            outcome: { kind: 'ended_upstream', reason: 'canceled' },
        })
        expect(verdict(read({ state: 'denied', status: 'Denied' }))).toEqual({
            kind: 'ended',
            outcome: { kind: 'ended_upstream', reason: 'denied' },
        })
        expect(verdict(withCallout('deliveryFailed', 'callbackTimedOut'))).toEqual({
            kind: 'ended',
            outcome: { kind: 'expired', reason: 'callbackTimedOut' },
        })
        expect(verdict(withCallout('deliveryFailed', 'calloutFailed'))).toEqual({
            kind: 'ended',
            outcome: { kind: 'expired', reason: 'calloutFailed' },
        })
        const gone = read({ error: { code: 'ResourceNotFound', message: 'x' } }, 404)
        expect(verdict(gone)).toEqual({ kind: 'ended', outcome: { kind: 'ended_upstream', reason: 'not_found' } })
    })

    it('proves nothing from a request status when the answer lacks our callout (it may be left out)', () => {
        // The free-text status once decided: "Delivered" counted as our resume having landed.
        for (const body of [
            { state: 'delivered', status: 'Delivered' },
            { state: 'deliveryFailed', status: 'Failed' },
            { state: 'pendingApproval', status: 'WaitingForCallback' },
            {},
        ])
            expect(verdict(read(body)).kind).toBe('unknown')
        expect(verdict(read({ state: 'delivered' }))).toEqual({
            kind: 'unknown',
            why: 'the answer has no callout instance for this stage (state delivered)',
        })
    })

    it('is unknown without a usable answer, and says why', () => {
        expect(verdict({ status: 0, errorMessage: 'Read timed out' })).toEqual({
            kind: 'unknown',
            why: 'no answer from Graph (Read timed out)',
        })
        expect(verdict(read('<html>'))).toEqual({ kind: 'unknown', why: 'the answer is not a JSON object' })
        expect(verdict(read('{"status":"Delivered"}', 500)).kind).toBe('unknown')
        expect(verdict(read('{"status":"Delivered"}', 403)).kind).toBe('unknown')
        // A 404 right after the callout arrived may be Graph catching up, as in a sweep.
        const gone = read({ error: { code: 'ResourceNotFound', message: 'x' } }, 404)
        expect(verdict(gone, NOW - 60 * 1000).kind).toBe('unknown')
    })

    it('hands a throttled read back to the pace', () => {
        expect(verdict({ status: 429, retryAfter: '3' })).toEqual({ kind: 'throttled' })
        expect(verdict({ status: 0, paced: true, paceAtMs: NOW + 1000 })).toEqual({ kind: 'throttled' })
    })
})
