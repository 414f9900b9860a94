// Issue 11, item 1: only the ticket a callout's ledger row points to resumes it. A copy of the ticket ("Insert and
// Stay" copies the three x_elm_bridge_* columns) or a ticket whose identifiers were edited resumes nothing, and
// its close says so on that ticket and in the log.
import {
    OpenedCallout,
    call,
    ledgerRow,
    openCallout,
    records,
    updateTicket,
    useLoop,
    waitForStatus,
    workNotes,
    waitForWorkNote,
} from './harness.ts'

const loop = useLoop()

const IDENTIFIERS = ['x_elm_bridge_request_id', 'x_elm_bridge_stage', 'x_elm_bridge_stage_instance_id']

async function settle(ms = 800): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms))
}

/** A new ticket carrying the original's identifiers, as "Insert and Stay" makes it (by an admin, who may). */
async function copyOf(original: OpenedCallout): Promise<{ sys_id: string; number: string }> {
    const [source] = await records(loop.sandbox.url, 'sc_request', 'sys_id=' + original.ticketSysId)
    const values: { [field: string]: string } = { short_description: 'Copy of ' + source.number }
    for (const field of IDENTIFIERS) values[field] = source[field]
    const created = await call(loop.sandbox.url, 'admin', 'POST', '/api/now/table/sc_request', values)
    expect(created.status).toBe(201)
    return created.body.result
}

async function logs(): Promise<string[]> {
    return (await call(loop.sandbox.url, 'admin', 'GET', '/api/x_elm_sandbox/logs')).body.result
}

describe('ticket ↔ request binding', () => {
    it('closing a copy of the ticket resumes nothing and names the ticket entitlement management waits for', async () => {
        const original = await openCallout(loop.sandbox.url, loop.emulator)
        const copy = await copyOf(original)
        await updateTicket(loop.sandbox.url, copy.sys_id, { state: '3' })
        await settle()
        expect(loop.emulator.resumeCalls(original.requestId)).toEqual([])
        expect((await ledgerRow(loop.sandbox.url, original.stageInstanceId)).status).toBe('open')
        const notes = await waitForWorkNote(
            loop.sandbox.url,
            copy.sys_id,
            'not the one entitlement management waits for'
        )
        expect(notes).toContain(original.number)
        expect((await logs()).some((line) => line.includes(copy.number) && line.includes('nothing resumed'))).toBe(true)
        // The original still works, once.
        await updateTicket(loop.sandbox.url, original.ticketSysId, { state: '3' })
        await waitForStatus(loop.sandbox.url, original.stageInstanceId, ['resumed'])
        expect(loop.emulator.resumeCalls(original.requestId).length).toBe(1)
        expect((await workNotes(loop.sandbox.url, original.ticketSysId)).join('\n')).not.toContain('not the one')
    })

    it("a ticket whose stage instance id was edited to another callout's does not resume that callout", async () => {
        const victim = await openCallout(loop.sandbox.url, loop.emulator)
        const other = await openCallout(loop.sandbox.url, loop.emulator)
        const edited = await call(
            loop.sandbox.url,
            'admin',
            'PATCH',
            '/api/now/table/sc_request/' + other.ticketSysId,
            {
                x_elm_bridge_request_id: victim.requestId,
                x_elm_bridge_stage_instance_id: victim.stageInstanceId,
            }
        )
        expect(edited.status).toBe(200)
        await updateTicket(loop.sandbox.url, other.ticketSysId, { request_state: 'closed_cancelled' })
        await settle()
        expect(loop.emulator.resumeCalls(victim.requestId)).toEqual([])
        expect(loop.emulator.resumeCalls(other.requestId)).toEqual([])
        expect((await ledgerRow(loop.sandbox.url, victim.stageInstanceId)).status).toBe('open')
        await waitForWorkNote(loop.sandbox.url, other.ticketSysId, victim.number)
        expect((await workNotes(loop.sandbox.url, victim.ticketSysId)).join('\n')).not.toContain('not the one')
    })

    it('an update of a copy that does not close it writes nothing', async () => {
        const original = await openCallout(loop.sandbox.url, loop.emulator)
        const copy = await copyOf(original)
        await updateTicket(loop.sandbox.url, copy.sys_id, { state: '2' })
        await settle(300)
        expect(await workNotes(loop.sandbox.url, copy.sys_id)).toEqual([])
        expect((await ledgerRow(loop.sandbox.url, original.stageInstanceId)).status).toBe('open')
    })
})
