// POST /api/x_elm_bridge/v1/callouts over HTTP: shapes, idempotency under concurrency, hostile input, access.
import * as http from 'http'
import { envelopeCallout, flatCallout } from '../fixtures/callouts.ts'
import { Sandbox, USERS, call, ledgerRow, newIds, records, startSandbox } from './harness.ts'

const API = '/api/x_elm_bridge/v1/callouts'
let sandbox: Sandbox

beforeAll(async () => {
    sandbox = await startSandbox()
}, 90000)

afterAll(async () => {
    await sandbox?.stop()
})

async function counts(): Promise<{ tickets: number; callouts: number }> {
    return {
        tickets: (await records(sandbox.url, 'sc_request', '')).length,
        callouts: (await records(sandbox.url, 'x_elm_bridge_callout', '')).length,
    }
}

describe('inbound API', () => {
    it('answers the connection test with 200 and writes nothing', async () => {
        const before = await counts()
        const response = await call(sandbox.url, 'integration', 'POST', API, { Stage: 'CustomExtensionConnectionTest' })
        expect([response.status, response.body]).toEqual([200, { result: { status: 'connection_test' } }])
        expect(await counts()).toEqual(before)
    })

    it('opens a ticket from the flat Logic App body, with the three identifiers and readable text', async () => {
        const ids = newIds()
        const response = await call(
            sandbox.url,
            'integration',
            'POST',
            API,
            flatCallout({
                AccessPackageAssignmentRequestId: ids.requestId,
                CustomExtensionStageInstanceId: ids.stageInstanceId,
            })
        )
        expect(response.status).toBe(201)
        expect(response.body.result.ticket).toEqual({
            table: 'sc_request',
            sys_id: expect.stringMatching(/^[0-9a-f]{32}$/),
            number: expect.stringMatching(/^REQ\d{7}$/),
        })
        expect(response.body.result.callout).toEqual({
            sys_id: expect.stringMatching(/^[0-9a-f]{32}$/),
            status: 'open',
        })
        const [ticket] = await records(sandbox.url, 'sc_request', 'sys_id=' + response.body.result.ticket.sys_id)
        expect(ticket.x_elm_bridge_request_id).toBe(ids.requestId)
        expect(ticket.x_elm_bridge_stage).toBe('assignmentRequestApproved')
        expect(ticket.x_elm_bridge_stage_instance_id).toBe(ids.stageInstanceId)
        expect(ticket.short_description).toBe('Provision access: SAP Finance (manual) for Adele Vance')
        expect(ticket.description).toContain('- Which cost centre?: Cost centre 4711')
        expect(ticket.description).toContain('no ServiceNow user matches the target user')
        const row = await ledgerRow(sandbox.url, ids.stageInstanceId)
        expect(row.ticket).toBe(ticket.sys_id)
        expect(row.ticket_number).toBe(ticket.number)
        expect(row.callback_deadline).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    })

    it('sets requested_for when a user matches the target and assigns the configured group', async () => {
        const group = await call(sandbox.url, 'admin', 'POST', '/api/now/table/sys_user_group', {
            name: 'Identity Provisioning',
        })
        const [property] = await records(sandbox.url, 'sys_properties', 'name=x_elm_bridge.assignment_group')
        await call(sandbox.url, 'admin', 'PATCH', '/api/now/table/sys_properties/' + property.sys_id, {
            value: 'Identity Provisioning',
        })
        const ids = newIds()
        const response = await call(
            sandbox.url,
            'integration',
            'POST',
            API,
            flatCallout({
                AccessPackageAssignmentRequestId: ids.requestId,
                CustomExtensionStageInstanceId: ids.stageInstanceId,
                Assignment: {
                    Target: { DisplayName: 'Agent', PrincipalName: 'itil.agent', Email: 'itil.agent@sandbox.local' },
                },
            })
        )
        const [ticket] = await records(sandbox.url, 'sc_request', 'sys_id=' + response.body.result.ticket.sys_id)
        const [user] = await records(sandbox.url, 'sys_user', 'user_name=itil.agent')
        expect(ticket.requested_for).toBe(user.sys_id)
        expect(ticket.assignment_group).toBe(group.body.result.sys_id)
        expect(ticket.description).not.toContain('no ServiceNow user matches')
        await call(sandbox.url, 'admin', 'PATCH', '/api/now/table/sys_properties/' + property.sys_id, { value: '' })
    })

    it('opens a ticket from the camelCase envelope', async () => {
        const ids = newIds()
        const body = envelopeCallout()
        Object.assign(body.data as object, {
            accessPackageAssignmentRequestId: ids.requestId,
            customExtensionStageInstanceId: ids.stageInstanceId,
        })
        const response = await call(sandbox.url, 'integration', 'POST', API, body)
        expect(response.status).toBe(201)
        expect((await ledgerRow(sandbox.url, ids.stageInstanceId)).status).toBe('open')
    })

    // One sandbox serves requests one at a time, so these never race; the real race (two nodes, one loses the
    // unique index) is in concurrency.test.ts.
    it('50 duplicates sent at once to one node, served one at a time, open one ticket and all get it back', async () => {
        const ids = newIds()
        const body = flatCallout({
            AccessPackageAssignmentRequestId: ids.requestId,
            CustomExtensionStageInstanceId: ids.stageInstanceId,
        })
        const responses = await Promise.all(
            Array.from({ length: 50 }, () => call(sandbox.url, 'integration', 'POST', API, body))
        )
        const statuses = responses.map((r) => r.status).sort()
        expect(statuses.filter((s) => s === 201).length).toBe(1)
        expect(statuses.filter((s) => s === 200).length).toBe(49)
        expect(new Set(responses.map((r) => r.body.result.ticket.sys_id)).size).toBe(1)
        expect(
            (await records(sandbox.url, 'sc_request', 'x_elm_bridge_stage_instance_id=' + ids.stageInstanceId)).length
        ).toBe(1)
        expect(
            (await records(sandbox.url, 'x_elm_bridge_callout', 'stage_instance_id=' + ids.stageInstanceId)).length
        ).toBe(1)
    })

    it('refuses anonymous (401) and users without the role (403)', async () => {
        const before = await counts()
        expect((await call(sandbox.url, null, 'POST', API, flatCallout(newIdsBody()))).status).toBe(401)
        expect((await call(sandbox.url, 'agent', 'POST', API, flatCallout(newIdsBody()))).status).toBe(403)
        expect(await counts()).toEqual(before)
        expect((await call(sandbox.url, 'admin', 'POST', API, { Stage: 'CustomExtensionConnectionTest' })).status).toBe(
            200
        )
    })

    it('the integration user reaches the API and nothing else', async () => {
        expect((await call(sandbox.url, 'integration', 'GET', '/api/now/table/x_elm_bridge_callout')).status).toBe(403)
        expect((await call(sandbox.url, 'integration', 'GET', '/api/now/table/sc_request')).status).toBe(403)
        expect((await call(sandbox.url, 'integration', 'GET', '/api/now/table/sys_properties')).status).toBe(403)
    })
})

/** A POST with exactly the headers given (fetch would add a Content-Type of its own for a string body). */
function rawPost(
    pathname: string,
    body: string,
    headers: { [name: string]: string }
): Promise<{ status: number; text: string }> {
    const url = new URL(sandbox.url + pathname)
    return new Promise((resolve, reject) => {
        const request = http.request(
            {
                host: url.hostname,
                port: url.port,
                path: url.pathname,
                method: 'POST',
                headers: {
                    ...headers,
                    Authorization: 'Basic ' + Buffer.from(USERS.integration.join(':')).toString('base64'),
                    'Content-Length': String(Buffer.byteLength(body)),
                },
            },
            (response) => {
                const chunks: Buffer[] = []
                response.on('data', (chunk: Buffer) => chunks.push(chunk))
                response.on('end', () =>
                    resolve({ status: response.statusCode || 0, text: Buffer.concat(chunks).toString('utf8') })
                )
            }
        )
        request.on('error', reject)
        request.end(body)
    })
}

function newIdsBody(): { [key: string]: string } {
    const ids = newIds()
    return { AccessPackageAssignmentRequestId: ids.requestId, CustomExtensionStageInstanceId: ids.stageInstanceId }
}

const valid = () => flatCallout(newIdsBody())
const MALFORMED: [string, string | object, number, string?][] = [
    ['empty body', '', 400],
    ['whitespace', '   ', 400],
    ['truncated JSON', '{"Stage": "assignmentRequestApproved"', 400],
    ['trailing garbage', JSON.stringify(valid()) + 'xyz', 400],
    ['single quotes', "{'Stage': 'x'}", 400],
    ['JSON array', '[]', 400],
    ['JSON string', '"hello"', 400],
    ['JSON number', '42', 400],
    ['JSON null', 'null', 400],
    ['empty object', {}, 400],
    ['missing stage', { ...valid(), Stage: undefined }, 400],
    ['unknown stage', { ...valid(), Stage: 'assignmentRequestDone' }, 400],
    ['numeric stage', { ...valid(), Stage: 2 }, 400],
    ['missing request id', { ...valid(), AccessPackageAssignmentRequestId: undefined }, 400],
    ['request id not a GUID', { ...valid(), AccessPackageAssignmentRequestId: 'abc' }, 400],
    ['request id path traversal', { ...valid(), AccessPackageAssignmentRequestId: '../../../me' }, 400],
    [
        'request id with query injection',
        { ...valid(), AccessPackageAssignmentRequestId: '00000000-0000-4000-8000-000000000000^ORsys_id!=x' },
        400,
    ],
    ['request id as object', { ...valid(), AccessPackageAssignmentRequestId: { $ne: null } }, 400],
    ['stage instance id missing', { ...valid(), CustomExtensionStageInstanceId: undefined }, 400],
    ['stage instance id empty', { ...valid(), CustomExtensionStageInstanceId: '' }, 400],
    ['stage instance id number', { ...valid(), CustomExtensionStageInstanceId: 7 }, 400],
    ['stage instance id array', { ...valid(), CustomExtensionStageInstanceId: ['a'] }, 400],
    [
        'stage instance id with newline',
        { ...valid(), CustomExtensionStageInstanceId: '00000000-0000-4000-8000-000000000000\n' },
        400,
    ],
    ['timeout not a duration', { ...valid(), CallbackConfiguration: { DurationBeforeTimeout: '3 days' } }, 400],
    ['timeout zero', { ...valid(), CallbackConfiguration: { DurationBeforeTimeout: 'PT0S' } }, 400],
    ['timeout negative', { ...valid(), CallbackConfiguration: { DurationBeforeTimeout: '-P1D' } }, 400],
    ['timeout as number', { ...valid(), CallbackConfiguration: { DurationBeforeTimeout: 3600 } }, 400],
    ['callback configuration as string', { ...valid(), CallbackConfiguration: 'P1D' }, 400],
    ['conflicting stage spellings', { ...valid(), stage: 'assignmentRequestCreated' }, 400],
    [
        'envelope type disagrees with data',
        {
            type: 'microsoft.graph.accessPackageCustomExtensionStage.assignmentRequestCreated',
            data: { ...(envelopeCallout().data as object) },
        },
        400,
    ],
    ['deep nesting', '['.repeat(50000) + ']'.repeat(50000), 400],
    ['body over 256 KB', { ...valid(), Answers: [{ Value: 'x'.repeat(300 * 1024) }] }, 413],
    ['duplicate keys', JSON.stringify(valid()).replace('{', '{"Stage":"assignmentRequestCreated",'), 400],
    ['__proto__ key', JSON.stringify(valid()).replace('{', '{"__proto__":{"isAdmin":true},'), 400],
    [
        'constructor.prototype keys',
        JSON.stringify({ ...valid(), AccessPackage: { constructor: { prototype: { x: 1 } } } }),
        400,
    ],
    ['huge array', { ...valid(), Answers: new Array(1500).fill(1) }, 400],
    ['deeply nested objects', '{"a":'.repeat(60) + '1' + '}'.repeat(60), 400],
    ['byte order mark', '\uFEFF' + JSON.stringify(valid()), 400],
    ['NUL outside strings', JSON.stringify(valid()).replace(',', ',\u0000'), 400],
    [
        'number overflow as stage',
        JSON.stringify(valid()).replace('"Stage":"assignmentRequestApproved"', '"Stage":1e400'),
        400,
    ],
]

describe('malformed and hostile callouts', () => {
    it.each(MALFORMED)('%s: 4xx with a message, nothing written', async (_name, body, status) => {
        const before = await counts()
        const response = await call(sandbox.url, 'integration', 'POST', API, body)
        expect(response.status).toBe(status)
        expect(typeof response.body.error.message).toBe('string')
        expect(response.body.error.message.length).toBeGreaterThan(0)
        expect(typeof response.body.error.detail).toBe('string')
        expect(await counts()).toEqual(before)
    })

    // The API declares application/json as its request and response format: the platform refuses anything else
    // with its own error body before the script runs (c_SpecifyContentType.md), so nothing is written.
    it.each([
        ['text/plain', 'text/plain'],
        ['form', 'application/x-www-form-urlencoded'],
        ['xml (a platform default the API does not keep)', 'application/xml'],
        ['a +json vendor type the API does not list', 'application/vnd.entitlement+json'],
        ['multipart', 'multipart/form-data; boundary=x'],
    ])('%s content type → the platform answers 415 before the script runs', async (_name, type) => {
        const before = await counts()
        const response = await call(sandbox.url, 'integration', 'POST', API, JSON.stringify(valid()), {
            'Content-Type': type,
        })
        expect(response.status).toBe(415)
        expect(response.body).toEqual({
            error: { message: 'Unsupported media type', detail: expect.any(String) },
            status: 'failure',
        })
        expect(await counts()).toEqual(before)
    })

    it('no Content-Type at all → 415 from the platform, nothing written', async () => {
        const before = await counts()
        const response = await rawPost(API, JSON.stringify(valid()), { Accept: 'application/json' })
        expect(response.status).toBe(415)
        expect(JSON.parse(response.text)).toMatchObject({
            error: { message: 'Unsupported media type' },
            status: 'failure',
        })
        expect(await counts()).toEqual(before)
    })

    it('JSON in UTF-16 passes the platform (same media type) and the app refuses it with 415', async () => {
        const before = await counts()
        const response = await call(sandbox.url, 'integration', 'POST', API, JSON.stringify(valid()), {
            'Content-Type': 'application/json; charset=utf-16',
        })
        expect(response.status).toBe(415)
        // The app's own answer (the contract's shape), not the platform's: the charset is the app's check.
        expect(response.body).toEqual({
            error: { message: 'Unsupported media type', detail: 'Send the callout as application/json in UTF-8' },
        })
        expect(await counts()).toEqual(before)
    })

    it('JSON with charset=utf-8 is accepted', async () => {
        const response = await call(sandbox.url, 'integration', 'POST', API, JSON.stringify(valid()), {
            'Content-Type': 'application/json; charset=utf-8',
        })
        expect(response.status).toBe(201)
    })

    it.each([
        ['text/plain', 'text/plain'],
        ['xml', 'application/xml'],
        ['json refused with q=0', 'application/json;q=0, text/html'],
    ])('Accept %s → the platform answers 406 before the script runs', async (_name, accept) => {
        const before = await counts()
        const response = await call(sandbox.url, 'integration', 'POST', API, valid(), { Accept: accept })
        expect(response.status).toBe(406)
        expect(response.body).toEqual({
            error: { message: 'Not acceptable', detail: expect.any(String) },
            status: 'failure',
        })
        expect(await counts()).toEqual(before)
    })

    it.each([
        ['*/*', '*/*'],
        ['application/*', 'application/*'],
        ['a list with json in it', 'text/html, application/json;q=0.5'],
    ])('Accept %s reaches the script', async (_name, accept) => {
        const response = await call(
            sandbox.url,
            'integration',
            'POST',
            API,
            { Stage: 'CustomExtensionConnectionTest' },
            {
                Accept: accept,
            }
        )
        expect([response.status, response.body]).toEqual([200, { result: { status: 'connection_test' } }])
    })

    it('no Accept header reaches the script', async () => {
        const response = await rawPost(API, JSON.stringify({ Stage: 'CustomExtensionConnectionTest' }), {
            'Content-Type': 'application/json',
        })
        expect([response.status, JSON.parse(response.text)]).toEqual([200, { result: { status: 'connection_test' } }])
    })

    it('keeps hostile descriptive text inert and still opens the ticket', async () => {
        const hostile = '"; gs.setProperty("x","y"); // ${gs.getUserName()} <script>alert(1)</script>\u0000\u001b[2J'
        const body = {
            ...valid(),
            AccessPackage: { DisplayName: hostile },
            Answers: [{ AnsweredQuestion: { Text: hostile }, Value: hostile }],
        }
        const response = await call(sandbox.url, 'integration', 'POST', API, body)
        expect(response.status).toBe(201)
        const [ticket] = await records(sandbox.url, 'sc_request', 'sys_id=' + response.body.result.ticket.sys_id)
        expect(ticket.short_description).toContain('${gs.getUserName()} <script>alert(1)</script>')
        expect(ticket.description).not.toMatch(/[\u0000\u001b]/)
        const [property] = await records(sandbox.url, 'sys_properties', 'name=x')
        expect(property).toBeUndefined()
    })

    it('the server is still healthy afterwards', async () => {
        expect(
            (await call(sandbox.url, 'integration', 'POST', API, { Stage: 'CustomExtensionConnectionTest' })).status
        ).toBe(200)
    })
})
