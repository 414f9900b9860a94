// Issue 9, items 1, 4 and 5: the OAuth entry kind, a REST message that cannot be built, and token problems as an
// instance shows them (no token → the call goes out without one → Graph answers 401; the app asks the token
// endpoint why). Pages: connect-3rd-party-oauth-provider.md, c_OAuthApplications.md, c_GlideOAuthClient*.md,
// c_RESTMessageV2API.md.
import {
    call,
    configureOAuth,
    openCallout,
    patchRecord,
    records,
    scriptUpdate,
    updateTicket,
    useLoop,
    waitFor,
    waitForStatus,
    waitForWorkNote,
    retryNow,
} from './harness.ts'

const loop = useLoop()

const ENTRY = 'name=ELM Ticket Bridge Graph'

async function entity(): Promise<any> {
    return (await records(loop.sandbox.url, 'oauth_entity', ENTRY))[0]
}

function patch(table: string, sysId: string, values: { [field: string]: string }): Promise<void> {
    return patchRecord(loop.sandbox.url, table, sysId, values)
}

async function verifyConnection(): Promise<{ type: string; text: string }[]> {
    const response = await call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/ui_action', {
        table: 'x_elm_bridge_callout',
        action_name: 'x_elm_bridge_verify_connection',
    })
    if (response.status !== 200) throw new Error('Verify connection failed: ' + response.text)
    return response.body.result.messages
}

const resumeStatuses = (requestId: string) => loop.emulator.resumeCalls(requestId).map((c) => c.status)

describe('item 1: the OAuth entry is an outbound provider', () => {
    it('the shipped entry resumes through the REST message profile', async () => {
        expect((await entity()).type).toBe('oauth_provider')
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed'])
        expect(resumeStatuses(opened.requestId)).toEqual([204])
    })

    it('an inbound (client) entry gives no token: Graph answers 401 and the callout fails naming the kind', async () => {
        const entry = await entity()
        await patch('oauth_entity', entry.sys_id, { type: 'client' })
        try {
            const tokensBefore = loop.emulator.calls.filter((c) => c.kind === 'token').length
            const opened = await openCallout(loop.sandbox.url, loop.emulator)
            await updateTicket(loop.sandbox.url, opened.ticketSysId)
            const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['failed'])
            expect(resumeStatuses(opened.requestId)).toEqual([401])
            expect(loop.emulator.calls.filter((c) => c.kind === 'token').length).toBe(tokensBefore)
            expect(row.last_error).toContain('must be an OAuth Provider (outbound)')
            await waitForWorkNote(loop.sandbox.url, opened.ticketSysId, 'OAuth Provider')
            const messages = await verifyConnection()
            expect(messages).toEqual([{ type: 'error', text: expect.stringContaining('is of type "client"') }])
        } finally {
            await patch('oauth_entity', entry.sys_id, { type: 'oauth_provider' })
        }
    })
})

describe('item 5: token problems as an instance shows them', () => {
    it('Verify connection: connected with the entry the admin configured', async () => {
        expect(await verifyConnection()).toEqual([{ type: 'info', text: expect.stringContaining('Connected') }])
    })

    it.each([
        [{ client_id: '' }, 'no Client ID'],
        [{ client_secret: '' }, "no Client Secret (the secret's Value, not its Secret ID)"],
        [{ token_url: 'https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token' }, 'real tenant ID'],
        [
            { token_url: 'http://login.microsoftonline.com/tenant/oauth2/v2.0/token' },
            'no https Token URL (it is "http://login.microsoftonline.com/tenant/oauth2/v2.0/token": the client secret would travel in clear text)',
        ],
    ])('Verify connection names what the entry lacks: %p', async (change, words) => {
        const before = await entity()
        const secret = loop.emulator.config.clientSecret
        await configureOAuth(loop.sandbox.url, change)
        try {
            expect(await verifyConnection()).toEqual([{ type: 'error', text: expect.stringContaining(words) }])
        } finally {
            await configureOAuth(loop.sandbox.url, {
                client_id: before.client_id,
                client_secret: secret,
                token_url: before.token_url,
            })
        }
    })

    it.each([
        [{ client_secret: 'Xyz8Q~secret-id-not-value' }, "paste the secret's Value, not its Secret ID"],
        [{ client_id: '00000000-0000-4000-8000-000000000000' }, 'client ID is not an app registration'],
    ])("Verify connection shows the token endpoint's own error in plain words: %p", async (change, words) => {
        const before = await entity()
        await configureOAuth(loop.sandbox.url, change)
        try {
            const messages = await verifyConnection()
            expect(messages).toEqual([{ type: 'error', text: expect.stringContaining(words) }])
            expect(messages[0].text).toContain('AADSTS')
        } finally {
            await configureOAuth(loop.sandbox.url, {
                client_id: before.client_id,
                client_secret: loop.emulator.config.clientSecret,
            })
        }
    })

    it('Verify connection: a wrong tenant in the token URL', async () => {
        const before = await entity()
        await configureOAuth(loop.sandbox.url, {
            token_url: before.token_url.replace(loop.emulator.config.tenantId, '99999999-8888-4777-8666-555555555555'),
        })
        try {
            expect(await verifyConnection()).toEqual([
                { type: 'error', text: expect.stringContaining('tenant ID in the token URL is wrong') },
            ])
        } finally {
            await configureOAuth(loop.sandbox.url, { token_url: before.token_url })
        }
    })
})

describe('item 4: a REST message that cannot be built', () => {
    it('is a recorded, explained failure with a work note, never a row left sending; Retry now sends it once fixed', async () => {
        const [message] = await records(loop.sandbox.url, 'sys_rest_message', ENTRY)
        const [fn] = await records(
            loop.sandbox.url,
            'sys_rest_message_fn',
            'rest_message=' + message.sys_id + '^function_name=resume'
        )
        await patch('sys_rest_message_fn', fn.sys_id, { function_name: 'resume_renamed' })
        let opened: Awaited<ReturnType<typeof openCallout>>[]
        try {
            opened = [
                await openCallout(loop.sandbox.url, loop.emulator),
                await openCallout(loop.sandbox.url, loop.emulator),
            ]
            for (const one of opened) await updateTicket(loop.sandbox.url, one.ticketSysId)
            for (const one of opened) {
                const row = await waitForStatus(loop.sandbox.url, one.stageInstanceId, ['failed'])
                expect(row.last_error).toContain('could not be built')
                expect(row.attempts).toBe('0')
                expect(resumeStatuses(one.requestId)).toEqual([])
                await waitForWorkNote(
                    loop.sandbox.url,
                    one.ticketSysId,
                    'Resume not sent: The REST message "ELM Ticket Bridge Graph" (function resume) could not be built'
                )
            }
            expect(await records(loop.sandbox.url, 'x_elm_bridge_callout', 'status=sending')).toEqual([])
            // Verify connection uses the same message: it says what is wrong rather than failing.
            const verify = await records(
                loop.sandbox.url,
                'sys_rest_message_fn',
                'rest_message=' + message.sys_id + '^function_name=verify'
            )
            await patch('sys_rest_message_fn', verify[0].sys_id, { function_name: 'verify_renamed' })
            try {
                expect(await verifyConnection()).toEqual([
                    { type: 'error', text: expect.stringContaining('(function verify) could not be built') },
                ])
            } finally {
                await patch('sys_rest_message_fn', verify[0].sys_id, { function_name: 'verify' })
            }
        } finally {
            await patch('sys_rest_message_fn', fn.sys_id, { function_name: 'resume' })
        }
        const [row] = await records(
            loop.sandbox.url,
            'x_elm_bridge_callout',
            'stage_instance_id=' + opened![0].stageInstanceId
        )
        const retry = await retryNow(loop.sandbox.url, row.sys_id)
        expect(retry.status).toBe(200)
        await waitForStatus(loop.sandbox.url, opened![0].stageInstanceId, ['resumed'])
        expect(resumeStatuses(opened![0].requestId)).toEqual([204])
    })

    it('the sweep handles each row on its own: a row that cannot be sent does not stop expiry', async () => {
        const base = loop.sandbox.url
        const waiting = await openCallout(base, loop.emulator, 'assignmentRequestApproved', {
            CallbackConfiguration: { DurationBeforeTimeout: 'PT10M' },
        })
        // A row damaged by hand (its request id) whose event was lost: only the sweep will find it.
        const broken = await openCallout(base, loop.emulator)
        const [row] = await records(base, 'x_elm_bridge_callout', 'stage_instance_id=' + broken.stageInstanceId)
        const now = (await call(base, 'admin', 'POST', '/api/x_elm_sandbox/clock', { advance_seconds: 0 })).body.result
            .now as string
        const due = new Date(Date.parse(now) + 5 * 60000).toISOString().slice(0, 19).replace('T', ' ')
        // By a script in the app's scope: the Table API may not write the ledger.
        await scriptUpdate(base, 'x_elm_bridge_callout', row.sys_id, {
            request_id: '../' + broken.requestId,
            status: 'pending',
            next_attempt_at: due,
        })
        const [event] = await records(base, 'sysevent', 'parm1=' + row.sys_id + '^state=ready')
        expect((await call(base, 'admin', 'DELETE', '/api/now/table/sysevent/' + event.sys_id)).status).toBe(204)

        await call(base, 'admin', 'POST', '/api/x_elm_sandbox/clock', { advance_seconds: 11 * 60 })
        await call(base, 'admin', 'POST', '/api/x_elm_sandbox/jobs/run', { name: 'ELM Ticket Bridge sweep' })
        const failed = await waitForStatus(base, broken.stageInstanceId, ['failed'])
        expect(failed.last_error).toContain('not a GUID')
        expect(resumeStatuses(broken.requestId)).toEqual([])
        await waitForStatus(base, waiting.stageInstanceId, ['expired'])
    })
})

describe('the token the REST message keeps', () => {
    it('is sent until Get OAuth Token replaces it: a refused one fails the callout naming that link', async () => {
        const first = await openCallout(loop.sandbox.url, loop.emulator)
        await updateTicket(loop.sandbox.url, first.ticketSysId)
        await waitForStatus(loop.sandbox.url, first.stageInstanceId, ['resumed'])
        // Graph no longer accepts the token the instance keeps; the token endpoint still issues new ones.
        loop.emulator.revokeTokens()
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['failed'])
        expect(resumeStatuses(opened.requestId)).toEqual([401])
        expect(row.last_error).toContain('press Get OAuth Token on the REST message ELM Ticket Bridge Graph')
        await waitForWorkNote(loop.sandbox.url, opened.ticketSysId, 'Get OAuth Token')
        // Retry now alone sends the same refused token again.
        const retry = () => retryNow(loop.sandbox.url, row.sys_id)
        expect((await retry()).status).toBe(200)
        await waitFor('a second refusal', async () => (resumeStatuses(opened.requestId).length === 2 ? true : null))
        await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['failed'])
        expect(resumeStatuses(opened.requestId)).toEqual([401, 401])

        const got = await call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/oauth/get_token', {
            rest_message: 'ELM Ticket Bridge Graph',
        })
        expect(got.status).toBe(200)
        expect((await retry()).status).toBe(200)
        await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed'])
        expect(resumeStatuses(opened.requestId)).toEqual([401, 401, 204])
    })
})

describe('after all of the above', () => {
    it('leaves no callout sending and no unhandled script error', async () => {
        expect(await records(loop.sandbox.url, 'x_elm_bridge_callout', 'status=sending')).toEqual([])
        const logs = (await call(loop.sandbox.url, 'admin', 'GET', '/api/x_elm_sandbox/logs')).body.result.join('\n')
        expect(logs).not.toMatch(
            /Script action for .* failed|Request failed|Async business rule failed|Sweep .* skipped/
        )
        // The secret never reaches a log line.
        expect(logs).not.toContain(loop.emulator.config.clientSecret)
    })
})
