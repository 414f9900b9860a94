// What Graph and Entra do wrong, injected by the emulator: for each, the final ledger state, the Graph calls
// and the work notes are what the contract says, nothing stays `sending`, and nothing throws.
import {
    OpenedCallout,
    call,
    configureOAuth,
    ledgerRow,
    openCallout,
    records,
    setProperty,
    useLoop,
    updateTicket,
    waitFor,
    waitForStatus,
    waitForWorkNote,
} from './harness.ts'

const loop = useLoop()

type Opened = OpenedCallout

/** Opens a callout, lets `setup` prepare the emulator for it, then closes the ticket. */
async function openAndClose(
    setup: (requestId: string) => void | Promise<void> = () => undefined,
    register = true
): Promise<Opened> {
    const opened = await openCallout(loop.sandbox.url, register ? loop.emulator : null)
    await setup(opened.requestId)
    await updateTicket(loop.sandbox.url, opened.ticketSysId)
    return opened
}

const statuses = (requestId: string) => loop.emulator.resumeCalls(requestId).map((c) => c.status)

describe('Graph faults', () => {
    it('Graph down (connection refused) for a while, then back', async () => {
        await loop.emulator.down()
        let ticket: Opened
        try {
            ticket = await openAndClose()
            await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['pending'])
            await new Promise((resolve) => setTimeout(resolve, 1500))
            // While Graph is down: attempts were spent, none reached Graph, and the row is waiting, not failed.
            const during = await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)
            expect(Number(during.attempts)).toBeGreaterThanOrEqual(1)
            expect(['pending', 'sending']).toContain(during.status)
            expect(during.last_error).toContain('No response from Graph')
            expect(statuses(ticket.requestId)).toEqual([])
        } finally {
            await loop.emulator.up()
        }
        const row = await waitForStatus(loop.sandbox.url, ticket!.stageInstanceId, ['resumed'], 20000)
        expect(statuses(ticket!.requestId)).toEqual([204])
        expect(Number(row.attempts)).toBeGreaterThanOrEqual(2)
        await waitForWorkNote(loop.sandbox.url, ticket!.ticketSysId, 'No response from Graph')
    }, 30000)

    it('a 429 storm without Retry-After backs off and then succeeds', async () => {
        const ticket = await openAndClose((id) => loop.emulator.injectFaults(id, [{ status: 429 }, { status: 429 }]))
        await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'], 20000)
        const calls = loop.emulator.resumeCalls(ticket.requestId)
        expect(calls.map((c) => c.status)).toEqual([429, 429, 204])
        expect(calls[2].at - calls[1].at).toBeGreaterThanOrEqual(1900)
    }, 30000)

    it('a 5xx burst with an HTML body and a hang-up is retried', async () => {
        const ticket = await openAndClose((id) =>
            loop.emulator.injectFaults(id, [
                { status: 502, body: '<html><body>Bad gateway</body></html>' },
                { hangUp: true },
            ])
        )
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'], 20000)
        expect(statuses(ticket.requestId)).toEqual([502, 0, 204])
        expect(row.attempts).toBe('3')
        await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, '<html><body>Bad gateway</body></html>')
    }, 30000)

    it('an answer slower than the HTTP timeout that Graph processed anyway ends resumed, not failed', async () => {
        await setProperty(loop.sandbox.url, 'x_elm_bridge.http_timeout_seconds', '1')
        try {
            const ticket = await openAndClose((id) =>
                loop.emulator.injectFaults(id, [{ delayMs: 2500, processAnyway: true, status: 204 }])
            )
            const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed', 'failed'], 20000)
            expect(row.status).toBe('resumed')
            expect(row.outcome).toContain('earlier attempt reached Graph')
            expect(statuses(ticket.requestId)).toEqual([204, 400])
            expect(
                loop.emulator.calls.filter((c) => c.kind === 'get_request' && c.requestId === ticket.requestId).length
            ).toBe(1)
        } finally {
            await setProperty(loop.sandbox.url, 'x_elm_bridge.http_timeout_seconds', '30')
        }
    }, 30000)

    it('an answer slower than the HTTP timeout that Graph did not process is simply retried', async () => {
        await setProperty(loop.sandbox.url, 'x_elm_bridge.http_timeout_seconds', '1')
        try {
            const ticket = await openAndClose((id) => loop.emulator.injectFaults(id, [{ delayMs: 2500, status: 504 }]))
            const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed', 'failed'], 20000)
            expect(row.status).toBe('resumed')
            expect(row.attempts).toBe('2')
            expect(
                loop.emulator.calls.filter((c) => c.kind === 'get_request' && c.requestId === ticket.requestId).length
            ).toBe(0)
        } finally {
            await setProperty(loop.sandbox.url, 'x_elm_bridge.http_timeout_seconds', '30')
        }
    }, 30000)

    it('a refusal with an empty body fails with a plain reason', async () => {
        const ticket = await openAndClose((id) => loop.emulator.injectFaults(id, [{ status: 400, body: '' }]))
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
        expect(statuses(ticket.requestId)).toEqual([400])
        expect(row.last_error).toContain('Graph refused the resume as invalid (400)')
    })

    it('a request Graph does not know (404) fails at once', async () => {
        const ticket = await openAndClose(() => undefined, false)
        const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
        expect(statuses(ticket.requestId)).toEqual([404])
        expect(row.last_error).toContain('does not know this assignment request (404)')
        await waitForWorkNote(loop.sandbox.url, ticket.ticketSysId, 'Resume FAILED')
    })
})

describe('token endpoint faults', () => {
    it('token endpoint down: retried, and resumed once it is back', async () => {
        const [entity] = await records(loop.sandbox.url, 'oauth_entity', 'name=ELM Ticket Bridge Graph')
        await configureOAuth(loop.sandbox.url, {
            token_url: 'http://127.0.0.1:9/' + loop.emulator.config.tenantId + '/oauth2/v2.0/token',
        })
        let ticket: Opened
        try {
            ticket = await openAndClose()
            // As on an instance: no token, so the resume goes out without one and Graph answers 401; the app
            // asks the token endpoint why, finds it unreachable, and retries (the row is not failed).
            const during = await waitFor('a recorded attempt', async () => {
                const row = await ledgerRow(loop.sandbox.url, ticket.stageInstanceId)
                return row.last_error || row.status === 'failed' ? row : null
            })
            expect(during.last_error).toContain(
                'Graph refused the call without a usable token (401): the token endpoint could not be reached'
            )
            expect(['pending', 'sending']).toContain(during.status)
        } finally {
            await configureOAuth(loop.sandbox.url, { token_url: entity.token_url })
        }
        await waitForStatus(loop.sandbox.url, ticket!.stageInstanceId, ['resumed'], 20000)
        const seen = statuses(ticket!.requestId)
        expect(seen[seen.length - 1]).toBe(204)
        expect(seen.slice(0, -1).every((status) => status === 401)).toBe(true)
    }, 30000)

    it('a slow token endpoint still works', async () => {
        // An hour later the stored token has expired: the next resume must fetch one, through the slow endpoint.
        await call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/clock', {
            advance_seconds: loop.emulator.config.tokenLifetimeSeconds,
        })
        loop.emulator.tokenDelayMs = 500
        const tokensBefore = loop.emulator.calls.filter((c) => c.kind === 'token').length
        try {
            const ticket = await openAndClose()
            const closedAt = Date.now()
            await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['resumed'])
            const tokens = loop.emulator.calls.filter((c) => c.kind === 'token').slice(tokensBefore)
            expect(tokens.map((c) => c.status)).toEqual([200])
            const [resume] = loop.emulator.resumeCalls(ticket.requestId)
            expect(resume.status).toBe(204)
            expect(resume.at - closedAt).toBeGreaterThanOrEqual(500)
        } finally {
            loop.emulator.tokenDelayMs = 0
        }
    })

    it('invalid_client fails at once and names the cause', async () => {
        await configureOAuth(loop.sandbox.url, { client_id: '00000000-0000-4000-8000-000000000000' })
        try {
            const ticket = await openAndClose()
            const row = await waitForStatus(loop.sandbox.url, ticket.stageInstanceId, ['failed'])
            expect(row.last_error).toContain('client ID is not an app registration in this tenant')
            // The resume went out without a token (Graph said 401) and was not tried again.
            expect(statuses(ticket.requestId)).toEqual([401])
        } finally {
            await configureOAuth(loop.sandbox.url, { client_id: loop.emulator.config.clientId })
        }
    })
})

describe('after all of the above', () => {
    it('leaves no callout sending and no unhandled script error', async () => {
        const sending = await records(loop.sandbox.url, 'x_elm_bridge_callout', 'status=sending')
        expect(sending).toEqual([])
        const logs = (await call(loop.sandbox.url, 'admin', 'GET', '/api/x_elm_sandbox/logs')).body.result.join('\n')
        expect(logs).not.toMatch(
            /Script action for .* failed|Request failed|Async business rule failed|Scripted REST .* failed/
        )
    })
})
