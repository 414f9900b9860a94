// The ticket rule is async (an app may create no other rule with a script on sc_request): the platform evaluates its
// filter at the save and runs its script later, in a scheduled job (c_BusinessRules.md: "after the scheduler runs
// the scheduled job created from the business rule"). The sandbox runs those jobs on its worker threads; these tests
// hold them to change a ticket between its close and the job, which the page warns can make the rule "execute out of
// order or incorrectly": the job reads the ticket as it then is (README, "How a close becomes a resume").
import { call, ledgerRow, openCallout, records, updateTicket, useLoop, waitFor, waitForStatus } from './harness.ts'

const loop = useLoop()

async function holdJobs(hold: boolean): Promise<void> {
    const answer = await call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/async_jobs/hold', { hold })
    expect(answer.body.result.held).toBe(hold)
}

async function jobsFor(ticketSysId: string): Promise<any[]> {
    return records(loop.sandbox.url, 'sys_trigger', 'document_key=' + ticketSysId)
}

/** Lets the held jobs go and waits until the worker threads ran every one of them. */
async function releaseJobs(ticketSysId: string): Promise<void> {
    await holdJobs(false)
    await waitFor('the async jobs to run', async () => ((await jobsFor(ticketSysId)).length === 0 ? true : null))
}

afterEach(async () => {
    await holdJobs(false)
})

describe('the ticket rule runs in a scheduled job after the save', () => {
    it('a close queues one job as the agent and changes nothing until the job runs', async () => {
        const ticket = await openCallout(loop.sandbox.url, loop.emulator)
        await holdJobs(true)
        await updateTicket(loop.sandbox.url, ticket.ticketSysId, { state: '3' })
        const [job] = await jobsFor(ticket.ticketSysId)
        expect(job).toMatchObject({ document: 'sc_request', run_as: 'itil.agent', state: 'ready' })
        expect(job.name).toContain('ELM Ticket Bridge ticket closed')
        // An update that leaves state and request_state alone matches no filter: no job.
        await updateTicket(loop.sandbox.url, ticket.ticketSysId, { short_description: 'edited after the close' })
        expect(await jobsFor(ticket.ticketSysId)).toHaveLength(1)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('open')
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])

        await releaseJobs(ticket.ticketSysId)
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        expect(loop.emulator.resumeCalls(ticket.requestId)).toHaveLength(1)
    })

    it('a ticket reopened before its job ran is judged open: nothing is sent until it closes again', async () => {
        const ticket = await openCallout(loop.sandbox.url, loop.emulator)
        await holdJobs(true)
        await updateTicket(loop.sandbox.url, ticket.ticketSysId, { state: '3' })
        await updateTicket(loop.sandbox.url, ticket.ticketSysId, { state: '2' })
        expect(await jobsFor(ticket.ticketSysId)).toHaveLength(2)
        await releaseJobs(ticket.ticketSysId)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('open')
        expect(loop.emulator.resumeCalls(ticket.requestId)).toEqual([])

        await updateTicket(loop.sandbox.url, ticket.ticketSysId, { state: '3' })
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        expect(loop.emulator.resumeCalls(ticket.requestId)).toHaveLength(1)
    })

    it('a ticket closed complete and then incomplete before its job ran is judged by the later close, once', async () => {
        const ticket = await openCallout(loop.sandbox.url, loop.emulator, 'assignmentRequestApproved')
        await holdJobs(true)
        await updateTicket(loop.sandbox.url, ticket.ticketSysId, { state: '3' })
        await updateTicket(loop.sandbox.url, ticket.ticketSysId, { state: '4' })
        await releaseJobs(ticket.ticketSysId)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        expect(row.resume_state).toBe('denied')
        await new Promise((resolve) => setTimeout(resolve, 500))
        const calls = loop.emulator.resumeCalls(ticket.requestId)
        expect(calls).toHaveLength(1)
        expect(calls[0].body.data.state).toBe('denied')
    })
})
