// Close → resume, end to end: callouts posted over HTTP, tickets closed by an agent over the Table API,
// resumes received by the Graph loop.emulator.
import { validateResumeBody } from '../../scripts/emulator/resume-schema.ts'
import {
    OpenedCallout,
    call,
    configureOAuth,
    ledgerRow,
    openCallout,
    patchRecord,
    records,
    useLoop,
    updateTicket,
    waitFor,
    waitForStatus,
    waitForWorkNote,
    retryNow,
} from './harness.ts'

const loop = useLoop()

type Opened = OpenedCallout

function open(
    stage = 'assignmentRequestApproved',
    overrides: { [key: string]: unknown } = {},
    register = true
): Promise<Opened> {
    return openCallout(loop.sandbox.url, register ? loop.emulator : null, stage, overrides)
}

function close(ticket: Opened, values: { [field: string]: string } = { state: '3' }): Promise<void> {
    return updateTicket(loop.sandbox.url, ticket.ticketSysId, values)
}

async function settle(ms = 600): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms))
}

describe('close → resume', () => {
    it('a ticket closed complete resumes exactly once with a valid body', async () => {
        const ticket = await open()
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('open')
        await close(ticket)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        expect(row.attempts).toBe('1')
        expect(row.last_http_status).toBe('204')
        expect(row.resumed_at).not.toBe('')
        const calls = loop.emulator.resumeCalls(ticket.requestId)
        expect(calls.length).toBe(1)
        expect(validateResumeBody(calls[0].body)).toEqual([])
        expect(calls[0].body).toEqual({
            source: 'ServiceNow',
            type: 'microsoft.graph.accessPackageCustomExtensionStage.assignmentRequestApproved',
            data: {
                '@odata.type': 'microsoft.graph.accessPackageAssignmentRequestCallbackData',
                stage: 'assignmentRequestApproved',
                customExtensionStageInstanceId: ticket.stageInstanceId,
                customExtensionStageInstanceDetail: 'ServiceNow ticket ' + ticket.number + ' completed',
            },
        })
        expect(loop.emulator.requests.get(ticket.requestId)!.state).toBe('resumed')
        await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, 'continued the request')
    })

    it('later updates, reopen and re-close never resume twice', async () => {
        const ticket = await open()
        await close(ticket)
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        await close(ticket, { state: '2' })
        await close(ticket, { state: '3' })
        await close(ticket, { request_state: 'closed_incomplete' })
        await close(ticket, { short_description: 'edited after close' })
        await settle()
        expect(loop.emulator.resumeCalls(ticket.requestId).length).toBe(1)
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('resumed')
    })

    it('closed incomplete at an approved stage denies the request', async () => {
        const ticket = await open('assignmentRequestApproved')
        await close(ticket, { state: '4' })
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        expect(row.resume_state).toBe('denied')
        const [resume] = loop.emulator.resumeCalls(ticket.requestId)
        expect(resume.body.data.state).toBe('denied')
        expect(resume.body.data.customExtensionStageInstanceDetail).toContain('closed incomplete')
        await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, 'denied the request')
    })

    it('a denial Graph refuses as invalid says how to resume without it, and that works', async () => {
        const ticket = await open('assignmentRequestApproved')
        // As Graph would if the stricter of Microsoft's pages holds: no state at the approved stage.
        loop.emulator.injectFaults(ticket.requestId, [
            { status: 400, body: JSON.stringify({ error: { code: 'InvalidRequest', message: 'state not allowed' } }) },
        ])
        await close(ticket, { state: '4' })
        const failed = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
        expect(failed.last_error).toContain(
            "clear the callout's Resume state sent and use Retry now; for later tickets, remove the stage from x_elm_bridge.deny_stages."
        )
        await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, 'Graph may not accept a denial')
        await patchRecord(loop.sandbox.url, 'x_elm_bridge_callout', failed.sys_id, { resume_state: '' })
        const retry = await retryNow(loop.sandbox.url, failed.sys_id)
        expect(retry.status).toBe(200)
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        const calls = loop.emulator.resumeCalls(ticket.requestId)
        expect(calls.map((c) => c.status)).toEqual([400, 204])
        expect(calls[0].body.data.state).toBe('denied')
        expect('state' in calls[1].body.data).toBe(false)
    })

    it('request_state closed_cancelled counts as incomplete', async () => {
        const ticket = await open('assignmentRequestCreated')
        await close(ticket, { request_state: 'closed_cancelled' })
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        expect(loop.emulator.resumeCalls(ticket.requestId)[0].body.data.state).toBe('denied')
    })

    it('the removal stage resumes without denying, with a Remove access ticket', async () => {
        const ticket = await open('assignmentRequestRemoved')
        const [request] = await records(loop.sandbox.url, 'sc_request', 'sys_id=' + ticket.ticketSysId)
        expect(request.short_description).toMatch(/^Remove access:/)
        await close(ticket, { state: '4' })
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
        const [resume] = loop.emulator.resumeCalls(ticket.requestId)
        expect(resume.body.type).toBe('microsoft.graph.accessPackageCustomExtensionStage.assignmentRequestRemoved')
        expect(resume.body.data.state).toBeUndefined()
    })

    it('a fire-and-forget callout is never resumed', async () => {
        const ticket = await open('assignmentRequestGranted', { CallbackConfiguration: null }, false)
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('no_callback')
        await close(ticket)
        await settle()
        expect(loop.emulator.resumeCalls(ticket.requestId).length).toBe(0)
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('no_callback')
    })

    it('a ticket closed after the deadline expires with no call and a work note', async () => {
        const ticket = await open('assignmentRequestApproved', {
            CallbackConfiguration: { DurationBeforeTimeout: 'PT1S' },
        })
        await settle(1500)
        await close(ticket)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['expired'])
        expect(row.attempts).toBe('0')
        expect(loop.emulator.resumeCalls(ticket.requestId).length).toBe(0)
        await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, 'No resume was sent')
    })
})

describe('delivery faults', () => {
    it('429 with Retry-After and 5xx are retried until Graph accepts', async () => {
        const ticket = await open()
        loop.emulator.injectFaults(ticket.requestId, [
            { status: 429, retryAfter: '1' },
            { status: 503 },
            { status: 500 },
        ])
        await close(ticket)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'], 30000)
        // The 429 spends no attempt: 503, 500 and 204 are attempts 1 to 3.
        expect(row.attempts).toBe('3')
        const calls = loop.emulator.resumeCalls(ticket.requestId)
        expect(calls.map((c) => c.status)).toEqual([429, 503, 500, 204])
        // Retry-After: 1 s honoured before the second call; backoff 1 s, then 2 s.
        expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(900)
        expect(calls[3].at - calls[2].at).toBeGreaterThanOrEqual(1900)
        // The resumed note (attempt 3) is the last one written.
        const notes = await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, 'attempt 3')
        expect(notes).toContain('Graph is throttling (429)')
        expect(notes).toContain('throttling spends no attempt')
        expect(notes).toContain('attempt 3')
    }, 40000)

    it('400 is not retried: failed after one call, with the reason on the ticket', async () => {
        const ticket = await open()
        loop.emulator.injectFaults(ticket.requestId, [
            { status: 400, body: JSON.stringify({ error: { code: 'BadRequest', message: 'not waiting' } }) },
        ])
        await close(ticket)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
        await settle()
        expect(loop.emulator.resumeCalls(ticket.requestId).length).toBe(1)
        expect(row.last_http_status).toBe('400')
        expect(row.last_error).toContain('Graph said: BadRequest: not waiting')
        await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, 'Resume FAILED')
    })

    it('a wrong secret fails naming the cause; fixed and set back to pending, it resumes', async () => {
        await configureOAuth(loop.sandbox.url, { client_secret: 'wrong-secret-value' })
        try {
            const ticket = await open()
            await close(ticket)
            const failed = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
            expect(failed.last_error).toContain('Value, not its Secret ID')
            // Without a token the resume goes out bare and Graph answers 401, as on an instance.
            expect(loop.emulator.resumeCalls(ticket.requestId).map((c) => c.status)).toEqual([401])
            await configureOAuth(loop.sandbox.url, { client_secret: loop.emulator.config.clientSecret })
            const retry = await retryNow(loop.sandbox.url, failed.sys_id)
            expect(retry.status).toBe(200)
            const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
            expect(row.attempts).toBe('1')
            expect(loop.emulator.resumeCalls(ticket.requestId).map((c) => c.status)).toEqual([401, 204])
        } finally {
            await configureOAuth(loop.sandbox.url, { client_secret: loop.emulator.config.clientSecret })
        }
    })

    it('an agent cannot set a callout back to pending through the Table API; an admin can', async () => {
        // The ledger grants other scopes, and so the Table API, read and update (r_TableApplicationAccessFields.md);
        // its write ACLs leave the update to admins.
        const ticket = await open()
        loop.emulator.injectFaults(ticket.requestId, [{ status: 404 }])
        await close(ticket)
        const failed = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
        const path = '/api/now/table/x_elm_bridge_callout/' + failed.sys_id
        const setPending = (user: 'agent' | 'admin') =>
            call(loop.sandbox.url, user, 'PATCH', path, { status: 'pending' })
        expect((await setPending('agent')).status).toBe(403)
        expect((await call(loop.sandbox.url, 'agent', 'GET', path)).status).toBe(200)
        expect((await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)).status).toBe('failed')
        expect((await setPending('admin')).status).toBe(200)
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
    })
})

describe('secrets', () => {
    it('neither the client secret nor any access token appears in output, logs, ledger or notes', async () => {
        await waitFor('some traffic', async () => loop.emulator.calls.length > 5)
        // Every access token the emulator issued to the app in this file: none may show anywhere.
        const issued = [...(loop.emulator as unknown as { tokens: Map<string, number> }).tokens.keys()]
        expect(issued.length).toBeGreaterThan(0)
        const logs = await call(loop.sandbox.url, 'admin', 'GET', '/api/x_elm_sandbox/logs')
        const ledger = await records(loop.sandbox.url, 'x_elm_bridge_callout', '')
        const notes = await records(loop.sandbox.url, 'sys_journal_field', '')
        const oauth = await records(loop.sandbox.url, 'oauth_entity', '')
        const everything = [
            loop.sandbox.output.join(''),
            logs.text,
            JSON.stringify(ledger),
            JSON.stringify(notes),
            JSON.stringify(oauth),
        ].join('\n')
        expect(everything).not.toContain(loop.emulator.config.clientSecret)
        expect(everything).not.toContain('wrong-secret-value')
        expect(everything).not.toMatch(/emu\.[A-Za-z0-9_-]{20,}/)
        for (const token of issued) expect(everything).not.toContain(token)
        expect(oauth[0].client_secret).toBe('********')
    })
})
