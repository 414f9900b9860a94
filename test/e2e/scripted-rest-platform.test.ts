// What the platform does around a scripted REST script, as ServiceNow's pages describe it, checked on routes an admin
// adds beside the app's own: the request body is read once (c_ScriptableServiceRequestBody.md), a response is
// streamed only after its status and content type (c_ScriptableServiceRespStreamWriter.md), a non-numeric status
// is 0 (c_ScriptableServiceResponseBuilder.md), an inactive API serves nothing (scripted-rest-api-api-now-ts.md),
// and an empty or missing ACL denies (exploring-access-control-list.md). The app's route keeps to all of it.
import { call, records, useLoop } from './harness.ts'

const loop = useLoop()

let appOperation: any
let routes = 0

beforeAll(async () => {
    ;[appOperation] = await records(loop.sandbox.url, 'sys_ws_operation', 'name=Receive callout')
})

/** A route of the app's API running `script`, guarded by `acl` (the app's endpoint ACL unless given). */
async function route(script: string, acl?: string): Promise<string> {
    const path = '/api/x_elm_bridge/v1/probe_' + ++routes
    const created = await call(loop.sandbox.url, 'admin', 'POST', '/api/now/table/sys_ws_operation', {
        name: 'probe ' + routes,
        active: 'true',
        http_method: 'POST',
        operation_uri: path,
        consumes: 'application/json',
        produces: 'application/json',
        requires_authentication: 'true',
        requires_acl_authorization: 'true',
        enforce_acl: acl === undefined ? appOperation.enforce_acl : acl,
        web_service_definition: appOperation.web_service_definition,
        web_service_version: appOperation.web_service_version,
        sys_scope: appOperation.sys_scope,
        operation_script: script,
    })
    expect(created.status).toBe(201)
    return path
}

const post = (path: string, user: 'integration' | 'admin' = 'integration', body: unknown = { a: 1 }) =>
    call(loop.sandbox.url, user, 'POST', path, body)

const answer = (text: string) =>
    `response.setStatus(200); response.setContentType('application/json');
    response.getStreamWriter().writeString(${text});`

describe('around a scripted REST script', () => {
    it('the body is one stream: read as dataString, then data is empty (and the other way round)', async () => {
        const stringFirst = await route(
            `var text = request.body.dataString; var data = request.body.data;
            ${answer("JSON.stringify({ text: String(text), data: data === null ? 'empty' : 'read' })")}`
        )
        expect((await post(stringFirst)).body).toEqual({ text: '{"a":1}', data: 'empty' })
        const dataFirst = await route(
            `var a = request.body.data.a; var text = request.body.dataString;
            ${answer('JSON.stringify({ a: a, text: String(text) })')}`
        )
        expect((await post(dataFirst)).body).toEqual({ a: 1, text: '' })
    })

    it('writing before the status and content type fails the response; a header set after writing is lost', async () => {
        const early = await route(`response.getStreamWriter().writeString('{}'); response.setStatus(200);`)
        expect((await post(early)).status).toBe(500)
        const late = await route(`${answer("'{}'")} response.setHeader('X-Late', '1'); response.setStatus(201);`)
        const reply = await post(late)
        expect(reply.status).toBe(200)
        expect(reply.headers.get('x-late')).toBeNull()
    })

    it('a status given as a string is 0, which is no answer', async () => {
        const stringy = await route(`response.setStatus('201'); response.setContentType('application/json');
            response.getStreamWriter().writeString('{}');`)
        expect((await post(stringy)).status).toBe(500)
    })

    it('an ACL with no role, or one that does not exist, lets no one but admin in', async () => {
        const empty = await call(loop.sandbox.url, 'admin', 'POST', '/api/now/table/sys_security_acl', {
            name: 'x_elm_bridge probe',
            type: 'rest_endpoint',
            operation: 'execute',
            active: 'true',
        })
        expect(empty.status).toBe(201)
        for (const acl of [empty.body.result.sys_id, 'ffffffffffffffffffffffffffffffff']) {
            const guarded = await route(answer("'{}'"), acl)
            expect((await post(guarded)).status).toBe(403)
            expect((await post(guarded, 'admin')).status).toBe(200)
        }
    })

    it('an inactive API serves none of its routes, the app route included', async () => {
        const definition = appOperation.web_service_definition
        const patch = (active: string) =>
            call(loop.sandbox.url, 'admin', 'PATCH', '/api/now/table/sys_ws_definition/' + definition, { active })
        expect((await patch('false')).status).toBe(200)
        try {
            const answered = await post('/api/x_elm_bridge/v1/callouts', 'integration', {})
            expect(answered.status).toBe(400)
            expect(answered.text).toContain('Requested URI does not represent any resource')
        } finally {
            expect((await patch('true')).status).toBe(200)
        }
        // Active again: the app's own script answers (an empty callout is its 400, not the platform's).
        const served = await post('/api/x_elm_bridge/v1/callouts', 'integration', {})
        expect(served.status).toBe(400)
        expect(served.text).not.toContain('Requested URI does not represent any resource')
    })
})
