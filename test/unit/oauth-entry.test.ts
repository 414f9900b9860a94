import {
    OAuthEntry,
    TokenProbe,
    diagnoseToken,
    entryProblem,
    explainTokenError,
    graphScopeFor,
} from '../../src/server/core/oauth-entry.ts'

const COMPLETE: OAuthEntry = {
    found: true,
    type: 'oauth_provider',
    active: true,
    tokenUrl: 'https://login.microsoftonline.com/0b1a2c3d-4e5f-4a8b-8e9c-7c1e5b2a4d3f/oauth2/v2.0/token',
    clientId: '4d3f4a8b-8e9c-4b1a-9c3d-7c1e5b2a0b1a',
    hasSecret: true,
}
const probe = (overrides: Partial<TokenProbe>): TokenProbe => ({
    status: 0,
    gotToken: false,
    body: '',
    errorMessage: '',
    ...overrides,
})

describe('the OAuth registry entry as the admin left it', () => {
    it('is complete with an outbound provider, a token URL with a tenant, a client ID and a secret', () => {
        expect(entryProblem(COMPLETE)).toBe('')
    })
    it.each([
        [{ found: false }, 'does not exist'],
        [{ type: 'client' }, 'must be an OAuth Provider (outbound)'],
        [{ active: false }, 'is not active'],
        [{ tokenUrl: '' }, 'no Token URL'],
        [{ tokenUrl: 'https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token' }, 'real tenant ID'],
        [{ clientId: '' }, 'no Client ID'],
        [{ hasSecret: false }, "no Client Secret (the secret's Value"],
    ])('%p → says %s', (change, words) => {
        expect(entryProblem({ ...COMPLETE, ...change })).toContain(words)
    })
    it('names every missing field at once', () => {
        const problem = entryProblem({ ...COMPLETE, tokenUrl: '', clientId: '', hasSecret: false })
        expect(problem).toContain('no Token URL')
        expect(problem).toContain('no Client ID')
        expect(problem).toContain('no Client Secret')
    })
})

describe('why there was no usable token', () => {
    it('an incomplete entry is a refusal without asking the token endpoint', () => {
        expect(diagnoseToken({ ...COMPLETE, clientId: '' }, null)).toMatchObject({ kind: 'refused' })
    })
    it('a token is ok', () => {
        expect(diagnoseToken(COMPLETE, probe({ status: 200, gotToken: true }))).toEqual({ kind: 'ok' })
    })
    it.each([
        [probe({ status: 0, errorMessage: 'connect ECONNREFUSED 127.0.0.1:9' }), 'could not be reached'],
        [probe({ status: 503, body: '<html>down</html>' }), 'answered 503'],
        [probe({ status: 429 }), 'answered 429'],
        [probe({ status: 408 }), 'answered 408'],
    ])('%p is unreachable (retried)', (answer, words) => {
        const diagnosis = diagnoseToken(COMPLETE, answer)
        expect(diagnosis.kind).toBe('unreachable')
        expect((diagnosis as { reason: string }).reason).toContain(words)
    })
    it.each([
        [
            '{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.\\r\\nTrace ID: x"}',
            401,
            'Value, not its Secret ID',
        ],
        ['{"error":"invalid_request","error_description":"AADSTS90002: Tenant \'x\' not found."}', 400, 'tenant ID'],
        [
            '{"error":"invalid_scope","error_description":"AADSTS70011: scope is not valid."}',
            400,
            'scope is missing or wrong',
        ],
        [
            '{"error":"unauthorized_client","error_description":"AADSTS700016: Application with identifier \'x\' was not found"}',
            400,
            'client ID is not an app registration',
        ],
        ['not json', 400, 'HTTP 400'],
    ])('the token endpoint refusing %s is named', (body, status, words) => {
        const diagnosis = diagnoseToken(COMPLETE, probe({ status, body }))
        expect(diagnosis.kind).toBe('refused')
        expect((diagnosis as { reason: string }).reason).toContain(words)
        expect((diagnosis as { reason: string }).reason).not.toContain('Trace ID')
    })
    it('uses the client message when the body says nothing', () => {
        const diagnosis = diagnoseToken(
            COMPLETE,
            probe({ status: 400, errorMessage: 'AADSTS7000222: keys are expired' })
        )
        expect((diagnosis as { reason: string }).reason).toContain('has expired')
    })
})

describe('token hints', () => {
    it.each([
        ['AADSTS7000215: Invalid client secret', 'Value, not its Secret ID'],
        ['AADSTS7000222: The provided client secret keys are expired', 'expired'],
        ["AADSTS700016: Application with identifier 'x' was not found", 'client ID'],
        ["AADSTS90002: Tenant 'x' not found", 'tenant ID'],
        ['AADSTS90014: The required field scope is missing', 'scope'],
        ['invalid_client', 'client ID or client secret'],
        ['something else', 'OAuth registry entry'],
    ])('%s → mentions %s', (message, words) => {
        expect(explainTokenError(message)).toContain(words)
    })
})

describe('the exact words an admin reads', () => {
    const ENTRY_WORDS = 'the OAuth registry entry "ELM Ticket Bridge Graph" (System OAuth > Application Registry)'

    it('names the entry, its wrong type and the type it must have', () => {
        expect(entryProblem({ ...COMPLETE, found: false })).toBe(ENTRY_WORDS + ' does not exist: reinstall the app')
        expect(entryProblem({ ...COMPLETE, type: 'client' })).toBe(
            ENTRY_WORDS + ' is of type "client": it must be an OAuth Provider (outbound)'
        )
    })

    it('quotes a token URL that still holds the placeholder tenant', () => {
        const tokenUrl = 'https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token'
        expect(entryProblem({ ...COMPLETE, tokenUrl })).toBe(
            ENTRY_WORDS + ' has no Token URL with the real tenant ID (it is "' + tokenUrl + '")'
        )
    })

    it('refuses a plain http token URL: the client secret would travel in clear text', () => {
        const tokenUrl = 'http://login.microsoftonline.com/tenant/oauth2/v2.0/token'
        expect(entryProblem({ ...COMPLETE, tokenUrl })).toBe(
            ENTRY_WORDS +
                ' has no https Token URL (it is "' +
                tokenUrl +
                '": the client secret would travel in clear text)'
        )
    })

    it.each([
        ['127.0.0.1 with a port', 'http://127.0.0.1:8443/tenant/oauth2/v2.0/token'],
        ['localhost', 'http://localhost/tenant/oauth2/v2.0/token'],
        ['IPv6 loopback', 'http://[::1]:9000/tenant/oauth2/v2.0/token'],
    ])('accepts plain http to this machine only (the local emulator): %s', (_what, tokenUrl) => {
        expect(entryProblem({ ...COMPLETE, tokenUrl })).toBe('')
    })

    it.each([
        ['a host that starts like loopback', 'http://127.0.0.1.example.test/tenant/token'],
        ['localhost as a subdomain', 'http://localhost.example.test/tenant/token'],
    ])('does not take %s for this machine', (_what, tokenUrl) => {
        expect(entryProblem({ ...COMPLETE, tokenUrl })).toContain('has no https Token URL')
    })

    it.each([
        ['text before the URL', 'see https://login.microsoftonline.com/tenant/oauth2/v2.0/token'],
        ['text after the URL', 'https://login.microsoftonline.com/tenant/oauth2/v2.0/token please'],
        ['no path', 'https://login.microsoftonline.com'],
        ['another scheme', 'ftp://login.microsoftonline.com/tenant/token'],
    ])('rejects a token URL with %s', (_what, tokenUrl) => {
        expect(entryProblem({ ...COMPLETE, tokenUrl })).toContain('has no Token URL with the real tenant ID')
    })

    it('refuses an incomplete entry with its problem as one sentence', () => {
        expect(diagnoseToken({ ...COMPLETE, active: false }, null)).toEqual({
            kind: 'refused',
            reason: 'No Graph token: ' + ENTRY_WORDS + ' is not active.',
        })
    })

    it('says when no token was requested for a complete entry', () => {
        expect(diagnoseToken(COMPLETE, null)).toEqual({ kind: 'unreachable', reason: 'No Graph token was requested' })
    })

    it('names the hint and quotes the endpoint in a refusal it recognises', () => {
        expect(explainTokenError('AADSTS90014: The required field scope is missing')).toBe(
            'Could not get a Graph token: the OAuth scope is missing or wrong: it must be ' +
                'https://graph.microsoft.com/.default. (AADSTS90014: The required field scope is missing)'
        )
    })

    it('points at the entry for a refusal it does not recognise', () => {
        expect(explainTokenError('something else')).toBe(
            'Could not get a Graph token from ' +
                ENTRY_WORDS +
                ': check its token URL, client ID and secret. (something else)'
        )
    })

    it('recognises an unknown application or tenant without an AADSTS code', () => {
        expect(explainTokenError("Application with identifier 'x' was not found")).toContain(
            'the client ID is not an app registration in this tenant'
        )
        expect(explainTokenError("Tenant 'contoso' not found")).toContain('the tenant ID in the token URL is wrong')
    })

    it('quotes the error code alone when the endpoint gives no description', () => {
        const diagnosis = diagnoseToken(COMPLETE, probe({ status: 401, body: '{"error":"invalid_client"}' }))
        expect(diagnosis).toEqual({
            kind: 'refused',
            reason: 'Could not get a Graph token: the client ID or client secret is wrong. (invalid_client)',
        })
    })

    it('quotes the error code and the first line of its description', () => {
        const body = '{"error":"invalid_grant","error_description":"AADSTS50000: bad grant.\\nTrace ID: x"}'
        expect(diagnoseToken(COMPLETE, probe({ status: 400, body }))).toEqual({
            kind: 'refused',
            reason:
                'Could not get a Graph token from ' +
                ENTRY_WORDS +
                ': check its token URL, client ID and secret. (invalid_grant: AADSTS50000: bad grant.)',
        })
    })

    it.each([['{}'], ['{"error_description":"AADSTS7000215: bad secret"}'], ['{"error":""}'], ['null']])(
        'uses the client message when the JSON body %s holds no error code',
        (body) => {
            const diagnosis = diagnoseToken(COMPLETE, probe({ status: 400, body, errorMessage: 'invalid_client' }))
            expect(diagnosis).toEqual({
                kind: 'refused',
                reason: 'Could not get a Graph token: the client ID or client secret is wrong. (invalid_client)',
            })
        }
    )

    it('says the endpoint could not be reached and gave no answer', () => {
        expect(diagnoseToken(COMPLETE, probe({ status: 0 }))).toEqual({
            kind: 'unreachable',
            reason: 'the token endpoint could not be reached (no answer)',
        })
    })

    it('quotes the status and the answer of an endpoint failing on its side', () => {
        expect(diagnoseToken(COMPLETE, probe({ status: 503, errorMessage: 'Service Unavailable' }))).toEqual({
            kind: 'unreachable',
            reason: 'the token endpoint answered 503 (Service Unavailable)',
        })
    })

    it.each([
        [500, 'unreachable'],
        [599, 'unreachable'],
        [600, 'refused'],
        [499, 'refused'],
    ])('HTTP %d from the token endpoint is %s', (status, kind) => {
        expect(diagnoseToken(COMPLETE, probe({ status })).kind).toBe(kind)
    })
})

describe('the scope a token is asked for', () => {
    it("is the national cloud's own where the Graph endpoint is one, else the global service's", () => {
        expect(graphScopeFor('https://graph.microsoft.com')).toBe('https://graph.microsoft.com/.default')
        expect(graphScopeFor('https://graph.microsoft.us')).toBe('https://graph.microsoft.us/.default')
        expect(graphScopeFor('https://DOD-Graph.microsoft.us/')).toBe('https://dod-graph.microsoft.us/.default')
        expect(graphScopeFor('https://microsoftgraph.chinacloudapi.cn')).toBe(
            'https://microsoftgraph.chinacloudapi.cn/.default'
        )
        // The local emulator stands in for the global service; nothing else is a Graph host.
        expect(graphScopeFor('http://127.0.0.1:4321')).toBe('https://graph.microsoft.com/.default')
        expect(graphScopeFor('https://graph.microsoft.us.example.com')).toBe('https://graph.microsoft.com/.default')
        expect(graphScopeFor(null)).toBe('https://graph.microsoft.com/.default')
    })

    it('is the one a refused scope is told to be', () => {
        const refusal = probe({ status: 400, body: '{"error":"invalid_scope","error_description":"AADSTS70011: bad"}' })
        expect(diagnoseToken(COMPLETE, refusal, 'https://graph.microsoft.us/.default')).toEqual({
            kind: 'refused',
            reason: expect.stringContaining('it must be https://graph.microsoft.us/.default'),
        })
        expect(diagnoseToken(COMPLETE, refusal)).toEqual({
            kind: 'refused',
            reason: expect.stringContaining('it must be https://graph.microsoft.com/.default'),
        })
    })
})
