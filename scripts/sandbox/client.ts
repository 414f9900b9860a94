// A client for the sandbox as an outside caller drives an instance: start its process, call it over HTTP,
// read records, configure it as an admin would. Used by npm start, the bench and the e2e tests.
import { ChildProcess, spawn } from 'child_process'
import * as path from 'path'
import { randomUUID } from 'crypto'
import type { GraphEmulator } from '../emulator/graph-emulator.ts'
import { flatCallout } from '../emulator/callouts.ts'

const root = path.join(__dirname, '..', '..')

export const USERS = {
    admin: ['admin', 'admin'],
    integration: ['elm.integration', 'integration'],
    agent: ['itil.agent', 'agent'],
    elmAdmin: ['elm.admin', 'elmadmin'],
} as const

export type UserName = keyof typeof USERS

export interface Sandbox {
    url: string
    process: ChildProcess
    output: string[]
    stop(): Promise<void>
}

const children = new Set<ChildProcess>()
// A sandbox must never outlive the process that started it.
process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL')
})

export async function startSandbox(args: string[] = []): Promise<Sandbox> {
    const child = spawn(
        process.execPath,
        [
            // The sandbox is this process's direct child (no tsx CLI in between), so SIGKILL really kills it.
            '--import',
            'tsx',
            path.join(root, 'scripts', 'sandbox', 'main.ts'),
            // Any free port unless the caller names one (npm start asks for 8080).
            ...(args.indexOf('--port') >= 0 ? [] : ['--port', '0']),
            ...args,
        ],
        {
            cwd: root,
            stdio: ['ignore', 'pipe', 'pipe'],
        }
    )
    children.add(child)
    child.once('exit', () => children.delete(child))
    // Do not keep the calling process alive for the child's sake.
    child.unref()
    ;(child.stdout as unknown as { unref(): void }).unref()
    ;(child.stderr as unknown as { unref(): void }).unref()
    const output: string[] = []
    const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('sandbox did not start: ' + output.join(''))), 60000)
        const onData = (chunk: Buffer) => {
            output.push(chunk.toString('utf8'))
            const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.join(''))
            if (match) {
                clearTimeout(timer)
                resolve(match[1])
            }
        }
        child.stdout!.on('data', onData)
        child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')))
        child.on('exit', (code) => reject(new Error('sandbox exited ' + code + ': ' + output.join(''))))
    })
    return {
        url,
        process: child,
        output,
        stop: () =>
            new Promise<void>((resolve) => {
                if (child.exitCode !== null) return resolve()
                child.once('exit', () => resolve())
                child.kill('SIGTERM')
            }),
    }
}

/**
 * For a run that failed: whether the sandbox process is gone (a crash resets every connection, which the caller sees
 * as `fetch failed` with ECONNRESET), with the end of what it wrote.
 */
export function sandboxStatus(sandbox: Sandbox): string {
    const child = sandbox.process
    if (child.exitCode === null && child.signalCode === null) return 'the sandbox still runs'
    const tail = sandbox.output.join('').split('\n').slice(-40).join('\n')
    return (
        'the sandbox exited (code ' + child.exitCode + ', signal ' + child.signalCode + '); its last output:\n' + tail
    )
}

export interface Response {
    status: number
    body: any
    text: string
    headers: Headers
}

export async function call(
    base: string,
    user: UserName | null,
    method: string,
    pathname: string,
    body?: unknown,
    headers: { [name: string]: string } = {}
): Promise<Response> {
    const auth: { [name: string]: string } = user
        ? { Authorization: 'Basic ' + Buffer.from(USERS[user][0] + ':' + USERS[user][1]).toString('base64') }
        : {}
    const response = await fetch(base + pathname, {
        method,
        headers: {
            Accept: 'application/json',
            ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
            ...auth,
            ...headers,
        } as { [name: string]: string },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await response.text()
    let parsed: any = null
    try {
        parsed = text ? JSON.parse(text) : null
    } catch (_error) {
        parsed = null
    }
    return { status: response.status, body: parsed, text, headers: response.headers }
}

/** A Table API PATCH of one record (as `user`, admin by default); throws unless the sandbox answered 200. */
export async function patchRecord(
    base: string,
    table: string,
    sysId: string,
    values: { [field: string]: string },
    user: UserName = 'admin'
): Promise<void> {
    const response = await call(base, user, 'PATCH', '/api/now/table/' + table + '/' + sysId, values)
    if (response.status !== 200) throw new Error('PATCH ' + table + ' failed: ' + response.status + ' ' + response.text)
}

export async function records(base: string, table: string, query: string): Promise<any[]> {
    const response = await call(
        base,
        'admin',
        'GET',
        '/api/now/table/' + table + '?sysparm_query=' + encodeURIComponent(query)
    )
    if (response.status !== 200) throw new Error('query ' + table + ' failed: ' + response.text)
    return response.body.result
}

/** "Scripts - Background" as an admin, in the app's scope: the lines the script printed; throws on a script error. */
export async function background(base: string, script: string): Promise<string[]> {
    const response = await call(base, 'admin', 'POST', '/api/x_elm_sandbox/background', {
        script,
        scope: 'x_elm_bridge',
    })
    if (response.status !== 200 || response.body.result.error)
        throw new Error('background script failed: ' + response.text)
    return response.body.result.output
}

/**
 * Rows of a table as a background script in the app's scope reads them (`fields` only): for the app's tables that the
 * Table API may not reach (no web service access, as the send permits).
 */
export async function scriptRecords(
    base: string,
    table: string,
    query: string,
    fields: string[]
): Promise<{ [field: string]: string }[]> {
    const output = await background(
        base,
        'var names = ' +
            JSON.stringify(fields) +
            '; var rows = []; var r = new GlideRecord(' +
            JSON.stringify(table) +
            '); r.addEncodedQuery(' +
            JSON.stringify(query) +
            '); r.query(); while (r.next()) { var row = {};' +
            ' for (var i = 0; i < names.length; i++) row[names[i]] = r.getValue(names[i]); rows.push(row); }' +
            ' gs.print(JSON.stringify(rows));'
    )
    const last = output[output.length - 1] || ''
    return JSON.parse(last.slice(last.indexOf('[')))
}

/** Sets fields of one row as a background script in the app's scope does (business rules on). */
export async function scriptUpdate(
    base: string,
    table: string,
    sysId: string,
    values: { [field: string]: string }
): Promise<void> {
    const output = await background(
        base,
        'var r = new GlideRecord(' +
            JSON.stringify(table) +
            '); if (!r.get(' +
            JSON.stringify(sysId) +
            ')) throw new Error("no such row"); var values = ' +
            JSON.stringify(values) +
            '; for (var name in values) r.setValue(name, values[name]); gs.print(r.update() ? "updated" : "refused");'
    )
    if (!/updated$/.test(output[output.length - 1] || '')) throw new Error('script update of ' + table + ' refused')
}

export async function setProperty(base: string, name: string, value: string): Promise<void> {
    const [property] = await records(base, 'sys_properties', 'name=' + name)
    const response = await call(base, 'admin', 'PATCH', '/api/now/table/sys_properties/' + property.sys_id, { value })
    if (response.status !== 200) throw new Error('set property failed: ' + response.text)
}

export async function configureOAuth(
    base: string,
    values: { token_url?: string; client_id?: string; client_secret?: string }
): Promise<void> {
    const [entity] = await records(base, 'oauth_entity', 'name=ELM Ticket Bridge Graph')
    const response = await call(base, 'admin', 'PATCH', '/api/now/table/oauth_entity/' + entity.sys_id, values)
    if (response.status !== 200) throw new Error('configure OAuth failed: ' + response.text)
}

/** Points a sandbox at an emulator, as an admin would configure an instance. */
export async function wire(base: string, emulator: GraphEmulator, emulatorUrl: string): Promise<void> {
    await setProperty(base, 'x_elm_bridge.graph_endpoint', emulatorUrl)
    await setProperty(base, 'x_elm_bridge.retry_base_seconds', '1')
    await configureOAuth(base, {
        token_url: emulatorUrl + '/' + emulator.config.tenantId + '/oauth2/v2.0/token',
        client_id: emulator.config.clientId,
        client_secret: emulator.config.clientSecret,
    })
}

export async function waitFor<T>(
    what: string,
    probe: () => Promise<T | null | undefined | false>,
    timeoutMs = 15000
): Promise<T> {
    const until = Date.now() + timeoutMs
    let last: unknown = null
    while (Date.now() < until) {
        const value = await probe()
        if (value) return value
        last = value
        await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error('Timed out waiting for ' + what + ' (last: ' + JSON.stringify(last) + ')')
}

export function newIds(): { requestId: string; stageInstanceId: string } {
    return { requestId: randomUUID(), stageInstanceId: randomUUID() }
}

export interface OpenedCallout {
    requestId: string
    stageInstanceId: string
    ticketSysId: string
    number: string
}

/** Posts a callout as the Logic App would; with an emulator, first registers the request there as waiting. */
export async function openCallout(
    base: string,
    emulator: GraphEmulator | null,
    stage = 'assignmentRequestApproved',
    overrides: { [key: string]: unknown } = {}
): Promise<OpenedCallout> {
    const ids = newIds()
    if (emulator) emulator.register({ ...ids, stage })
    const posted = await call(
        base,
        'integration',
        'POST',
        '/api/x_elm_bridge/v1/callouts',
        flatCallout({
            AccessPackageAssignmentRequestId: ids.requestId,
            CustomExtensionStageInstanceId: ids.stageInstanceId,
            Stage: stage,
            ...overrides,
        })
    )
    if (posted.status !== 201) throw new Error('callout not accepted: ' + posted.status + ' ' + posted.text)
    return { ...ids, ticketSysId: posted.body.result.ticket.sys_id, number: posted.body.result.ticket.number }
}
