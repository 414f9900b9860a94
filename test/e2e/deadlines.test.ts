// Deadlines on the sandbox's controllable clock: one warning work note, then expiry with no Graph call.
import {
    OpenedCallout,
    call,
    ledgerRow,
    openCallout,
    useLoop,
    updateTicket,
    waitForStatus,
    workNotes,
    waitForWorkNote,
} from './harness.ts'

const loop = useLoop()

const advance = (seconds: number) =>
    call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/clock', { advance_seconds: seconds })
const sweep = () =>
    call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/jobs/run', { name: 'ELM Ticket Bridge sweep' })
const HOUR = 3600

function open(timeout: string): Promise<OpenedCallout> {
    return openCallout(loop.sandbox.url, loop.emulator, 'assignmentRequestApproved', {
        CallbackConfiguration: { DurationBeforeTimeout: timeout },
    })
}

const warnings = async (ticketSysId: string) =>
    (await workNotes(loop.sandbox.url, ticketSysId)).filter((n) => n.includes('stops waiting for this ticket'))

describe('deadlines', () => {
    it('warns once deadline_warning_hours before the deadline, then expires the callout without a call', async () => {
        const ticket = await open('P3D')
        expect((await sweep()).body.result.ran).toEqual(['ELM Ticket Bridge sweep'])
        expect(await warnings(ticket.ticketSysId)).toEqual([])

        await advance(23 * HOUR) // 49 h left: not yet
        await sweep()
        expect(await warnings(ticket.ticketSysId)).toEqual([])

        await advance(2 * HOUR) // 47 h left: inside the 48 h window
        await sweep()
        await sweep()
        await advance(HOUR)
        await sweep()
        expect((await warnings(ticket.ticketSysId)).length).toBe(1)
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).deadline_warned).toBe('true')

        await advance(47 * HOUR) // past the deadline
        await sweep()
        const row = await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)
        expect(row.status).toBe('expired')
        await waitForWorkNote(
            loop.sandbox.url,
            ticket.ticketSysId,
            'Entitlement management stopped waiting before the ticket closed'
        )
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])

        // Closing it now changes nothing.
        await updateTicket(loop.sandbox.url, ticket.ticketSysId)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('expired')
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])
    })

    it('a retry that would land after the deadline gives up instead', async () => {
        const ticket = await open('PT5M')
        loop.emulator.injectFaults(ticket.requestId, [{ status: 429, retryAfter: '600' }])
        await updateTicket(loop.sandbox.url, ticket.ticketSysId)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
        expect(row.last_error).toContain('deadline passes before the next attempt')
        expect(loop.emulator.resumeCalls(ticket.requestId).length).toBe(1)
    })

    it('a retry that comes due after the deadline fails without another call', async () => {
        // The test before left a 600 s hold on the shared Graph pace, which would hold this callout's first call.
        await call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/background', {
            script: "var p = new GlideRecord('x_elm_bridge_pace'); p.query(); while (p.next()) p.deleteRecord();",
        })
        const ticket = await open('PT10M')
        loop.emulator.injectFaults(ticket.requestId, [{ status: 429, retryAfter: '300' }])
        await updateTicket(loop.sandbox.url, ticket.ticketSysId)
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['pending'])
        await new Promise((resolve) => setTimeout(resolve, 300))
        expect(loop.emulator.resumeCalls(ticket.requestId).length).toBe(1)
        await advance(11 * 60)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
        // The 429 spent no attempt, so attempt 1 is the one that could not be sent.
        expect(row.last_error).toContain('The callback deadline passed before attempt 1 could be sent')
        expect(loop.emulator.resumeCalls(ticket.requestId).length).toBe(1)
        await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, 'Resume FAILED')
    })
})
