// Two-way reconciliation (issue 12) through the sandbox's HTTP: tickets closed with business rules off (as
// "Scripts - Background" does), deleted tickets, and requests that moved on in entitlement management (emulator).
import { UpstreamAction } from '../../scripts/emulator/graph-emulator.ts'
import {
    OpenedCallout,
    call,
    ledgerRow,
    openCallout,
    records,
    setProperty,
    updateTicket,
    useLoop,
    waitForStatus,
    workNotes,
} from './harness.ts'

const loop = useLoop()
const MINUTE = 60

const advance = (seconds: number) =>
    call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/clock', { advance_seconds: seconds })
async function sweep(): Promise<void> {
    const ran = await call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/jobs/run', {
        name: 'ELM Ticket Bridge sweep',
    })
    expect(ran.body.result.ran).toEqual(['ELM Ticket Bridge sweep'])
}
async function background(script: string): Promise<string[]> {
    const response = await call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/background', { script })
    expect(response.status).toBe(200)
    return response.body.result.output
}
/** A close that runs no business rules, as a script, an import or another app can do. */
async function closeWithoutRules(ticket: OpenedCallout, fields: { [field: string]: string }): Promise<void> {
    const sets = Object.keys(fields)
        .map((field) => 'ticket.setValue(' + JSON.stringify(field) + ', ' + JSON.stringify(fields[field]) + ');')
        .join(' ')
    const output = await background(
        "var ticket = new GlideRecord('sc_request'); if (ticket.get(" +
            JSON.stringify(ticket.ticketSysId) +
            ')) { ticket.setWorkflow(false); ' +
            sets +
            " ticket.update(); gs.print('closed'); }"
    )
    expect(output.join('\n')).toContain('closed')
}
async function ticketRecord(sysId: string): Promise<any> {
    return (await records(loop.sandbox.url, 'sc_request', 'sys_id=' + sysId))[0]
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 400)).then(quiet)
const open = (stage = 'assignmentRequestApproved', overrides: { [key: string]: unknown } = {}) =>
    openCallout(loop.sandbox.url, loop.emulator, stage, overrides)
const reads = (ticket: OpenedCallout) => loop.emulator.readCalls(ticket.requestId)
const notes = async (ticket: OpenedCallout) => (await workNotes(loop.sandbox.url, ticket.ticketSysId)).join('\n')
/**
 * Past every row's slot in a 60-minute period, then a sweep. The sandbox's own workers run the due sweep too, and one
 * of the overlapping sweeps reads Graph: wait until the emulator has seen no call for a while.
 */
async function nextPeriod(): Promise<void> {
    await advance(61 * MINUTE)
    await sweep()
    await quiet()
}
async function quiet(): Promise<void> {
    let seen = -1
    while (seen !== loop.emulator.calls.length) {
        seen = loop.emulator.calls.length
        await new Promise((resolve) => setTimeout(resolve, 300))
    }
}

describe('reconcile: the ticket side', () => {
    it('a ticket closed with business rules off is resumed within one sweep', async () => {
        const ticket = await open()
        await closeWithoutRules(ticket, { state: '3' })
        await settle()
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('open')
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])

        await sweep()
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        expect(row.outcome).toContain('Resumed')
        expect(row.closure).toBe('complete')
        const calls = loop.emulator.resumeCalls(ticket.requestId)
        expect(calls.map((c) => c.status)).toEqual([204])
        expect(calls[0].body.data.state).toBeUndefined()
        // Later sweeps send nothing more.
        await sweep()
        await settle()
        expect(loop.emulator.resumeCalls(ticket.requestId).length).toBe(1)
    })

    it('a ticket closed incomplete with rules off at a deny stage denies the request', async () => {
        const ticket = await open('assignmentRequestCreated')
        await closeWithoutRules(ticket, { request_state: 'closed_cancelled' })
        await sweep()
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        const [resume] = loop.emulator.resumeCalls(ticket.requestId)
        expect(resume.body.data.state).toBe('denied')
    })

    it('a ticket found closed after the deadline expires the callout without a call', async () => {
        const ticket = await open('assignmentRequestApproved', {
            CallbackConfiguration: { DurationBeforeTimeout: 'PT10M' },
        })
        await closeWithoutRules(ticket, { state: '3' })
        await advance(11 * MINUTE)
        await sweep()
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['expired'])
        expect(row.outcome).toContain('stopped waiting')
        await settle()
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])
    })

    it('a deleted ticket fails its callout with a clear outcome and sends nothing', async () => {
        const ticket = await open()
        await background(
            "var ticket = new GlideRecord('sc_request'); ticket.get(" +
                JSON.stringify(ticket.ticketSysId) +
                "); ticket.deleteRecord(); gs.print('deleted');"
        )
        await sweep()
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
        expect(row.outcome).toContain('the ticket behind this callout was deleted')
        await settle()
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])
        expect(reads(ticket)).toEqual([])
    })
})

describe('reconcile: the entitlement management side', () => {
    async function movedUpstream(action: UpstreamAction | 'removed'): Promise<OpenedCallout> {
        const ticket = await open()
        expect(loop.emulator.upstream(ticket.requestId, action)).not.toBeNull()
        await nextPeriod()
        return ticket
    }

    it.each([
        ['canceled' as const, 'was canceled in entitlement management'],
        ['denied' as const, 'was denied in entitlement management'],
        ['removed' as const, 'no longer exists in entitlement management'],
    ])(
        'a request %s upstream ends the callout and closes the ticket as cancelled, with no resume',
        async (action, said) => {
            const ticket = await movedUpstream(action)
            const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['ended_upstream'])
            expect(row.outcome).toContain(said)
            expect(row.closure).toBe('incomplete')
            const closed = await ticketRecord(ticket.ticketSysId)
            expect(closed.request_state).toBe('closed_cancelled')
            expect(closed.state).toBe('4')
            const text = await notes(ticket)
            expect(text).toContain(said)
            expect(text).toContain('no provisioning is needed')
            expect(text).toContain('closed as cancelled')
            // The close ran the ticket rule, which found the row no longer open.
            await settle()
            await sweep()
            await settle()
            expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])
            expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('ended_upstream')
            expect(reads(ticket).length).toBe(1)
            // The read selects only what the decision needs, callout instances included.
            expect(decodeURIComponent(reads(ticket)[0].body.query)).toBe(
                '?$select=id,state,status,customExtensionCalloutInstances'
            )
        }
    )

    it.each([
        ['timed_out' as const, 'callbackTimedOut'],
        ['callout_failed' as const, 'calloutFailed'],
    ])('a callout %s upstream expires the row, notes it, and leaves the ticket open', async (action, status) => {
        const ticket = await movedUpstream(action)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['expired'])
        expect(row.outcome).toContain(status)
        const text = await notes(ticket)
        expect(text).toContain('Entitlement management stopped waiting for this ticket')
        expect(text).toContain(status)
        expect((await ticketRecord(ticket.ticketSysId)).request_state).not.toBe('closed_cancelled')
        await settle()
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])
    })

    it('a request resumed outside ServiceNow is recorded as resumed, with no resume sent', async () => {
        const ticket = await movedUpstream('resumed_elsewhere')
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        expect(row.outcome).toContain('Resumed outside ServiceNow')
        expect(await notes(ticket)).toContain('resumed outside ServiceNow')
        // Closing the ticket afterwards sends nothing either.
        await updateTicket(loop.sandbox.url, ticket.ticketSysId)
        await settle()
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])
    })

    it('a waiting request changes nothing', async () => {
        const ticket = await open()
        await nextPeriod()
        await settle()
        const row = await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)
        expect(row.status).toBe('open')
        expect(row.last_read_at).not.toBe('')
        expect(reads(ticket).length).toBe(1)
        expect(await notes(ticket)).not.toContain('entitlement management')
        // Closed as usual, so later tests see no open rows of this one.
        await updateTicket(loop.sandbox.url, ticket.ticketSysId)
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
    })

    it('with close_ticket_when_ended_upstream false the ticket stays open, needs attention, and its close sends nothing', async () => {
        await setProperty(loop.sandbox.url, 'x_elm_bridge.close_ticket_when_ended_upstream', 'false')
        try {
            const ticket = await movedUpstream('canceled')
            const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['ended_upstream'])
            expect(row.closure).toBe('')
            const kept = await ticketRecord(ticket.ticketSysId)
            expect(kept.request_state).not.toBe('closed_cancelled')
            expect(kept.state).not.toBe('4')
            const text = await notes(ticket)
            expect(text).toContain('no provisioning is needed')
            expect(text).not.toContain('closed as cancelled')

            const [module] = await records(loop.sandbox.url, 'sys_app_module', 'title=Needs attention')
            const attention = async () =>
                (await records(loop.sandbox.url, 'x_elm_bridge_callout', module.filter)).map((r) => r.sys_id)
            expect(await attention()).toContain(row.sys_id)

            // The agent closes it after all: the rule sends nothing, the next sweep notes the close.
            await updateTicket(loop.sandbox.url, ticket.ticketSysId, { state: '4' })
            await sweep()
            await settle()
            expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])
            expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).closure).toBe('incomplete')
            expect(await attention()).not.toContain(row.sys_id)
        } finally {
            await setProperty(loop.sandbox.url, 'x_elm_bridge.close_ticket_when_ended_upstream', 'true')
        }
    })

    it('a 429 stops the pass, changes nothing, and no read goes out before Retry-After passes', async () => {
        const first = await open()
        await advance(MINUTE) // the longest unread row is read first: `first`
        const second = await open()
        loop.emulator.upstream(second.requestId, 'canceled')
        loop.emulator.injectReadFaults(first.requestId, [{ status: 429, retryAfter: '600' }])
        const before = loop.emulator.calls.length
        await nextPeriod()
        await settle()
        const during = loop.emulator.calls.slice(before).filter((c) => c.kind === 'get_request')
        // The 429 is the last read of the pass: `second` was never read.
        expect(during.map((c) => [c.requestId, c.status]).slice(-1)).toEqual([[first.requestId, 429]])
        expect(reads(second)).toEqual([])
        expect((await ledgerRow(loop.sandbox.url, first.stageInstanceId)).status).toBe('open')
        expect((await ledgerRow(loop.sandbox.url, second.stageInstanceId)).status).toBe('open')

        const paused = loop.emulator.calls.length
        await advance(5 * MINUTE) // still inside the 600 s pause
        await sweep()
        await settle()
        expect(loop.emulator.calls.slice(paused).filter((c) => c.kind === 'get_request')).toEqual([])

        await advance(6 * MINUTE) // the pause is over
        await sweep()
        await waitForStatus(loop.sandbox.url, second.stageInstanceId, ['ended_upstream'])
        expect((await ledgerRow(loop.sandbox.url, first.stageInstanceId)).status).toBe('open')
        expect(reads(first).map((c) => c.status)).toEqual([429, 200])
        expect(loop.emulator.resumeCalls(second.requestId)).toEqual([])
        await updateTicket(loop.sandbox.url, first.ticketSysId)
        await waitForStatus(loop.sandbox.url, first.stageInstanceId, ['resumed'])
    })

    it('a 5xx changes nothing and the read is tried again next period, not sooner', async () => {
        const ticket = await open()
        loop.emulator.upstream(ticket.requestId, 'canceled')
        loop.emulator.injectReadFaults(ticket.requestId, [{ status: 503 }])
        await nextPeriod()
        await settle()
        expect(reads(ticket).map((c) => c.status)).toEqual([503])
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('open')
        expect(await notes(ticket)).not.toContain('canceled')

        await advance(10 * MINUTE)
        await sweep()
        await settle()
        expect(reads(ticket).length).toBe(1)

        await nextPeriod()
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['ended_upstream'])
        expect(reads(ticket).map((c) => c.status)).toEqual([503, 200])
    })

    it('reconcile_minutes = 0 reads nothing', async () => {
        await setProperty(loop.sandbox.url, 'x_elm_bridge.reconcile_minutes', '0')
        try {
            const ticket = await open()
            loop.emulator.upstream(ticket.requestId, 'canceled')
            const before = loop.emulator.calls.length
            await nextPeriod()
            await nextPeriod()
            await settle()
            expect(loop.emulator.calls.slice(before).filter((c) => c.kind === 'get_request')).toEqual([])
            expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('open')
            // Back on: the next period reads it.
            await setProperty(loop.sandbox.url, 'x_elm_bridge.reconcile_minutes', '60')
            await nextPeriod()
            await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['ended_upstream'])
        } finally {
            await setProperty(loop.sandbox.url, 'x_elm_bridge.reconcile_minutes', '60')
        }
    })

    it('reads each open row at most once per period, however often the sweep runs', async () => {
        const ticket = await open()
        await nextPeriod()
        expect(reads(ticket).length).toBe(1)
        await sweep()
        await sweep()
        await quiet()
        expect(reads(ticket).length).toBe(1)
        // One hour of sweeps every 5 minutes: exactly one more read (the row's slot comes round once).
        for (let i = 0; i < 12; i++) {
            await advance(5 * MINUTE)
            await sweep()
        }
        await quiet()
        expect(reads(ticket).length).toBe(2)
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('open')
    })
})
