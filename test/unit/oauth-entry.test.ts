import {
    OAuthEntry,
    TokenProbe,
    diagnoseToken,
    entryProblem,
    explainTokenError,
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
