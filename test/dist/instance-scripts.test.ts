// Runs the scripts written by hand (Flow action step, ATF steps) from the built app in a sandbox instance, the way
// the instance runs them: by record, with the platform's variables, reaching the app only through its Script Include.
import { Worker } from 'worker_threads'
import { Instance } from '../../scripts/sandbox/instance.ts'
import { BuiltRecord, appDir, loadBuiltRecords } from '../support/built-app.ts'

const records = loadBuiltRecords()
// Platform ids the SDK writes into the records: the Script step's `script` input, ATF's "Run Server Side Script"
// step and its `script` input, ATF's "Create a User" step.
const SCRIPT_STEP_SCRIPT = '71aa7f6647032200b4fad7527c9a719b'
const ATF_RUN_SCRIPT = '41de4a935332120028bc29cac2dc349a'
const ATF_RUN_SCRIPT_SCRIPT = '989d9e235324220002c6435723dc3484'
const ATF_CREATE_USER = 'd9bc5f21ff6033008d3f5d9ad53bf12d'

function all(table: string, match: { [field: string]: string } = {}): BuiltRecord[] {
    return records.filter((r) => r.table === table && Object.keys(match).every((key) => r.fields[key] === match[key]))
}

function one(table: string, match: { [field: string]: string }): BuiltRecord {
    const found = all(table, match)
    if (found.length !== 1) throw new Error(table + ' ' + JSON.stringify(match) + ': found ' + found.length)
    return found[0]
}

const action = one('sys_hub_action_type_definition', { name: 'Resume Entitlement Management request' })
const step = one('sys_hub_step_instance', { action: action.sysId })
const stepScript = one('sys_variable_value', { document_key: step.sysId, variable: SCRIPT_STEP_SCRIPT }).fields.value

let instance: Instance
let graph: Worker
let graphUrl = ''
const graphCalls: string[] = []

/** Graph and its token endpoint on loopback, in a thread of its own: the sandbox's HTTP blocks this one. */
function startGraph(): Promise<string> {
    graph = new Worker(
        `
        const { parentPort, workerData } = require('worker_threads')
        const http = require('http')
        const server = http.createServer((req, res) => {
            req.resume()
            req.on('end', () => {
                parentPort.postMessage({ call: req.method + ' ' + req.url })
                if (req.url.endsWith('/oauth2/v2.0/token')) {
                    res.writeHead(200, { 'content-type': 'application/json' })
                    return res.end(JSON.stringify({ access_token: 'token', token_type: 'Bearer', expires_in: 3600 }))
                }
                if (req.method === 'POST' && req.url.endsWith('/resume')) {
                    res.writeHead(workerData.resumeStatus)
                    return res.end()
                }
                res.writeHead(404, { 'content-type': 'application/json' })
                res.end(JSON.stringify({ error: { code: 'NotFound', message: 'not here' } }))
            })
        })
        parentPort.on('message', () => server.close())
        server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }))
        `,
        { eval: true, workerData: { resumeStatus: 204 } }
    )
    return new Promise((resolve) => {
        graph.on('message', (message: { port?: number; call?: string }) => {
            if (message.port) resolve('http://127.0.0.1:' + message.port)
            if (message.call) graphCalls.push(message.call)
        })
    })
}

function asAdmin<T>(work: () => T): T {
    return instance.as(instance.sessionFor('admin'), work)
}

function script(source: string, variables: { [name: string]: unknown } = {}, scope?: string): unknown {
    return asAdmin(() => instance.scripts.run(source, 'test', variables, scope))
}

function runStep(values: { [name: string]: string }): { [name: string]: unknown } {
    const outputs: { [name: string]: unknown } = {}
    script(stepScript, { inputs: values, outputs })
    return outputs
}

function openCallout(requestId: string, stageInstanceId: string): void {
    script(
        `var row = new GlideRecord('x_elm_bridge_callout');
        row.initialize();
        row.setValue('request_id', requestId);
        row.setValue('stage_instance_id', stageInstanceId);
        row.setValue('stage', 'assignmentRequestApproved');
        row.setValue('status', 'open');
        row.insert();`,
        { requestId, stageInstanceId }
    )
}

function set(table: string, query: string, field: string, value: string): void {
    script(
        `var row = new GlideRecord(table);
        row.addEncodedQuery(query);
        row.query();
        if (!row.next()) throw new Error('no ' + table + ' ' + query);
        row.setValue(field, value);
        row.update();`,
        { table, query, field, value }
    )
}

beforeAll(async () => {
    instance = new Instance({ appDir: appDir(), dataFile: null, allowRemote: false, nodeName: 'test', log: () => {} })
    graphUrl = await startGraph()
    set('sys_properties', 'name=x_elm_bridge.graph_endpoint', 'value', graphUrl)
    const entity = 'name=ELM Ticket Bridge Graph'
    set('oauth_entity', entity, 'token_url', graphUrl + '/tenant/oauth2/v2.0/token')
    set('oauth_entity', entity, 'client_id', 'client')
    set('oauth_entity', entity, 'client_secret', 'secret')
})

afterAll(async () => {
    graph.postMessage('stop')
    await graph.terminate()
    await instance.close()
})

describe('the Flow action step, run from the built app', () => {
    it('names no module path and reaches the app through x_elm_bridge.ElmTicketBridge', () => {
        expect(stepScript).not.toMatch(/require\s*\(/)
        expect(stepScript).toContain('new x_elm_bridge.ElmTicketBridge()')
    })

    it('queues a recorded callout for the worker, which resumes it; http_status is a number', async () => {
        const requestId = '7d4b0f3e-0c55-4a8e-9a51-8a1f2b3c4d5e'
        const stageInstanceId = '0b7a9c2e-6d1f-4e3a-8b5c-1f2e3d4c5b6a'
        openCallout(requestId, stageInstanceId)
        const outputs = runStep({
            request_id: requestId,
            stage_instance_id: stageInstanceId,
            stage: 'assignmentRequestApproved',
            outcome: 'resume',
            detail: 'approved in a flow',
        })
        // The step never sends (issue 11: the event's worker is the only sender); it answers with the queued row.
        expect(outputs).toEqual({ status: 'pending', http_status: 0, message: 'Resume queued' })
        expect(graphCalls.filter((call) => call.includes(requestId))).toEqual([])
        instance.processEvents()
        const row = script(
            "var r = new GlideRecord('x_elm_bridge_callout'); r.get('stage_instance_id', id); return [r.getValue('status'), r.getValue('last_http_status')];",
            { id: stageInstanceId }
        )
        expect(row).toEqual(['resumed', '204'])
        // The Graph thread's reports arrive once this thread is free again.
        const resumed = () => graphCalls.filter((call) => call.endsWith('/' + requestId + '/resume'))
        for (let i = 0; i < 100 && !resumed().length; i++) await new Promise((resolve) => setTimeout(resolve, 20))
        expect(resumed()).toEqual([
            'POST /v1.0/identityGovernance/entitlementManagement/assignmentRequests/' + requestId + '/resume',
        ])
    })

    it('answers 0 for http_status when no call was made', () => {
        const outputs = runStep({
            request_id: '7d4b0f3e-0c55-4a8e-9a51-8a1f2b3c4d5e',
            stage_instance_id: '9e8d7c6b-5a49-4838-a726-150f0e0d0c0b',
            stage: 'assignmentRequestApproved',
            outcome: 'resume',
            detail: '',
        })
        expect(outputs).toEqual({ status: 'invalid', http_status: 0, message: expect.any(String) })
    })

    it('types http_status as an integer from the step through to the action output', () => {
        const stepOutput = one('sys_hub_step_ext_output', { model: step.sysId, element: 'http_status' })
        const actionOutput = one('sys_hub_action_output', { model: action.sysId, element: 'http_status' })
        expect([stepOutput.fields.internal_type, actionOutput.fields.internal_type]).toEqual(['integer', 'integer'])
        const mapping = all('sys_element_mapping').filter((m) => m.fields.field === 'http_status')
        expect(mapping.map((m) => m.fields.value)).toEqual(['{{step[' + step.fields.cid + '].http_status}}'])
    })

    it('is usable only inside the app scope until an admin exposes it', () => {
        expect(action.fields.access).toBe('package_private')
    })
})

describe('the Script Include and require in the sandbox', () => {
    it('is private to the app: another scope cannot call it', () => {
        const include = one('sys_script_include', { api_name: 'x_elm_bridge.ElmTicketBridge' })
        expect(include.fields.access).toBe('package_private')
        expect(script('return typeof new x_elm_bridge.ElmTicketBridge().resumeFromFlow')).toBe('function')
        expect(() => script('return new x_elm_bridge.ElmTicketBridge()', {}, 'global')).toThrow(
            /private script include/
        )
    })

    it('resolves ./ against the app package and refuses any path that is not a shipped module', () => {
        const resolved = script("return typeof require('./src/server/resume/resume-service.ts').resumeFromFlow")
        expect(resolved).toBe('function')
        // The path the Flow step used to carry, once the app's version moves on.
        expect(() =>
            script("require('x_elm_bridge/elm-ticket-bridge/0.9.0/src/server/resume/resume-service.ts')")
        ).toThrow(/Module not found/)
        expect(() => script("require('./src/server/resume/no-such-module.ts')")).toThrow(/Module not found/)
        expect(() => script("require('../elm-ticket-bridge/1.0.0/src/server/resume/resume-service.ts')")).toThrow(
            /Module not found/
        )
        expect(() => script("require('src/server/resume/resume-service.ts')")).toThrow(/Module not found/)
    })
})

describe('the ATF tests, run from the built app', () => {
    const tests = all('sys_atf_test')

    it('ship at least three tests, each with a server script step', () => {
        expect(tests.length).toBeGreaterThanOrEqual(3)
        for (const test of tests)
            expect(all('sys_atf_step', { test: test.sysId, step_config: ATF_RUN_SCRIPT }).length).toBe(1)
    })

    it.each(tests.map((t) => [t.fields.name, t] as const))(
        '%s passes, and fails on server errors unless its step logs one on purpose',
        async (_name, test) => {
            const steps = all('sys_atf_step', { test: test.sysId }).sort(
                (a, b) => Number(a.fields.order) - Number(b.fields.order)
            )
            // "Create a User" with impersonation: the sandbox's built-in itil user stands in for the created one.
            const user = steps.some((s) => s.fields.step_config === ATF_CREATE_USER) ? 'itil.agent' : 'admin'
            const before = instance.logs().length
            for (const atfStep of steps.filter((s) => s.fields.step_config === ATF_RUN_SCRIPT)) {
                const source = one('sys_variable_value', {
                    document_key: atfStep.sysId,
                    variable: ATF_RUN_SCRIPT_SCRIPT,
                }).fields.value
                expect(source).not.toMatch(/require\s*\(/)
                const outputs: { [name: string]: unknown } = {}
                instance.as(instance.sessionFor(user), () =>
                    instance.scripts.run(source, 'atf:' + test.fields.name, { outputs })
                )
            }
            // The jobs and events a test leaves behind run on an instance too, and send nothing to Graph.
            const callsBefore = graphCalls.length
            instance.runAsyncJobs()
            instance.processEvents()
            await new Promise((resolve) => setTimeout(resolve, 100))
            expect(graphCalls.slice(callsBefore).filter((call) => call.startsWith('POST'))).toEqual([])
            const errors = instance
                .logs()
                .slice(before)
                .filter((line) => / ERROR /.test(line))
            expect(test.fields.fail_on_server_error).toBe(errors.length ? 'false' : 'true')
        }
    )

    it('include the worker-outcomes test, whose 403 case logs an error', () => {
        const worker = one('sys_atf_test', { name: 'ELM Ticket Bridge: worker outcomes with stubbed Graph responses' })
        expect(worker.fields.fail_on_server_error).toBe('false')
    })
})

/** A pending callout delivered through the Script Include with `transport` (a script object) as its Graph. */
function deliverPendingWith(
    requestId: string,
    stageInstanceId: string,
    transport: string
): { status: string; message: string } {
    openCallout(requestId, stageInstanceId)
    set('x_elm_bridge_callout', 'stage_instance_id=' + stageInstanceId, 'status', 'pending')
    return script(
        `var row = new GlideRecord('x_elm_bridge_callout');
        row.get('stage_instance_id', stageInstanceId);
        return new x_elm_bridge.ElmTicketBridge().deliver(row.getUniqueValue(), ${transport});`,
        { stageInstanceId }
    ) as { status: string; message: string }
}

describe('a delivery that throws after its claim', () => {
    it('never leaves the row sending: it fails with the reason, and a later refusal is read back', () => {
        const stageInstanceId = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d'
        const result = deliverPendingWith(
            '3c2b1a09-8f7e-4d6c-9b5a-493827160504',
            stageInstanceId,
            `{ resume: function () { throw new Error('boom'); } }`
        )
        expect(result).toMatchObject({ status: 'failed', message: 'Unexpected error while sending: boom' })
        const row = script(
            `var row = new GlideRecord('x_elm_bridge_callout');
            row.get('stage_instance_id', stageInstanceId);
            return { status: row.getValue('status'), uncertain: row.getValue('delivery_uncertain') };`,
            { stageInstanceId }
        )
        expect(row).toEqual({ status: 'failed', uncertain: '1' })
    })
})

describe('a REST call that threw', () => {
    it('asks the token endpoint why, and fails at once naming a refused token', () => {
        const result = deliverPendingWith(
            '4d3c2b1a-0f9e-4d8c-8b7a-5a4938271605',
            '6b5c4d3e-2f10-4b9a-9c8d-7e6f5a4b3c2d',
            `{
                resume: function () { return { status: 0, threw: true, errorMessage: 'no OAuth token' }; },
                diagnoseToken: function () { return { kind: 'refused', reason: 'The token endpoint refused: wrong secret' }; }
            }`
        )
        expect(result).toMatchObject({ status: 'failed', message: 'The token endpoint refused: wrong secret' })
    })
})
