// A stand-in for Microsoft Entra (client-credentials token endpoint) and Graph entitlement management
// (resume, read a request, list catalogs), with a control API to register waiting requests, inject faults
// and read back every call it saw. Loopback only.
import * as http from 'http'
import { AddressInfo } from 'net'
import { randomBytes } from 'crypto'
import { validateResumeBody } from './resume-schema.ts'
import { EntraDirectory, Audience } from './entra-directory.ts'

export interface EmulatorConfig {
    tenantId: string
    clientId: string
    clientSecret: string
    tokenLifetimeSeconds: number
}

export interface Fault {
    status?: number
    retryAfter?: string
    delayMs?: number
    body?: string
    /** Drop the connection without an answer. */
    hangUp?: boolean
    /** Apply the resume before answering with the fault (a slow answer Graph processed anyway). */
    processAnyway?: boolean
    times?: number
}

export interface WaitingRequest {
    requestId: string
    stageInstanceId: string
    stage: string
    state: 'waiting' | 'resumed' | UpstreamAction | 'expired'
    expiresAt: number | null
    resumedWith: unknown
}

/** What entitlement management can do to a waiting request without ServiceNow (control API `upstream`). */
export type UpstreamAction = 'canceled' | 'denied' | 'timed_out' | 'callout_failed' | 'resumed_elsewhere'
export const UPSTREAM_ACTIONS: UpstreamAction[] = [
    'canceled',
    'denied',
    'timed_out',
    'callout_failed',
    'resumed_elsewhere',
]

export interface SeenCall {
    at: number
    kind: 'token' | 'resume' | 'get_request' | 'catalogs' | 'directory' | 'arm'
    requestId?: string
    status: number
    body?: any
    error?: string
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const RESUME_PATH = /^\/v1\.0\/identityGovernance\/entitlementManagement\/assignmentRequests\/([^/]+)\/resume$/
const REQUEST_PATH = /^\/v1\.0\/identityGovernance\/entitlementManagement\/assignmentRequests\/([^/]+)$/

function graphError(status: number, code: string, message: string): { status: number; body: string } {
    return {
        status,
        body: JSON.stringify({
            error: {
                code,
                message,
                innerError: { date: new Date().toISOString(), 'request-id': randomBytes(8).toString('hex') },
            },
        }),
    }
}

export class GraphEmulator {
    config: EmulatorConfig
    requests = new Map<string, WaitingRequest>()
    calls: SeenCall[] = []
    private faults = new Map<string, Fault[]>()
    /** Faults for reads of a request (GET), apart from its resume faults. */
    private readFaults = new Map<string, Fault[]>()
    private tokens = new Map<string, number>()
    private server: http.Server
    /** Resumes per second before 429 (0 = unlimited). */
    rateLimitPerSecond = 0
    /**
     * 'window': a fixed one-second window that starts with the first call after the last one ended. 'bucket': a token
     * bucket holding one second's calls, refilled continuously (Graph's identity and access limits are described as a
     * token bucket of request costs, microsoft-graph-docs concepts/throttling-limits.md).
     */
    rateLimitMode: 'window' | 'bucket' = 'window'
    private windowStart = 0
    private windowCount = 0
    private bucketTokens = 0
    private bucketAt = 0
    latencyMs = 0
    tokenDelayMs = 0
    /** Catalogs, custom extensions, policies, role assignments and Logic Apps, for the setup steps and the doctor. */
    directory: EntraDirectory
    /** Tokens an admin would get from `az account get-access-token` (Graph or Azure Resource Manager). */
    private adminTokens = new Map<string, { audience: Audience | 'denied'; expires: number }>()
    /** Called when a resume has been applied, before its answer leaves (tests use it to crash a sender mid-call). */
    onResumeApplied: ((requestId: string) => void) | null = null

    constructor(config: Partial<EmulatorConfig> = {}) {
        this.config = {
            tenantId: config.tenantId || '11111111-2222-4333-8444-555555555555',
            clientId: config.clientId || 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
            clientSecret: config.clientSecret || 'emulator-secret-' + randomBytes(6).toString('hex'),
            tokenLifetimeSeconds: config.tokenLifetimeSeconds || 3600,
        }
        this.server = http.createServer((req, res) => this.handle(req, res))
        this.directory = new EntraDirectory(this.config.tenantId, (kind, status, detail) =>
            this.calls.push({ at: Date.now(), kind: kind as SeenCall['kind'], status, body: detail })
        )
    }

    /** An admin's token for Graph or ARM; `denied` is a valid Graph token whose holder lacks the admin roles. */
    issueAdminToken(audience: Audience | 'denied', lifetimeSeconds = 3600): string {
        const token = 'adm.' + randomBytes(24).toString('base64url')
        this.adminTokens.set(token, { audience, expires: Date.now() + lifetimeSeconds * 1000 })
        return token
    }

    private audienceOf(req: http.IncomingMessage): Audience | 'denied' | null {
        const match = /^Bearer (.+)$/.exec(req.headers.authorization || '')
        if (!match) return null
        const admin = this.adminTokens.get(match[1])
        if (admin) return admin.expires > Date.now() ? admin.audience : null
        // The app's client-credentials token may resume, not administer.
        return this.authorised(req) ? 'denied' : null
    }

    listen(port = 0): Promise<number> {
        return new Promise((resolve, reject) => {
            this.server.once('error', reject)
            this.server.listen(port, '127.0.0.1', () => {
                this.port = (this.server.address() as AddressInfo).port
                resolve(this.port)
            })
        })
    }

    private port = 0

    /** Graph down: stop listening, so connections are refused, until up() listens on the same port again. */
    down(): Promise<void> {
        return new Promise((resolve) => {
            this.server.closeAllConnections()
            this.server.close(() => resolve())
        })
    }

    up(): Promise<number> {
        this.server = http.createServer((req, res) => this.handle(req, res))
        return this.listen(this.port)
    }

    close(): Promise<void> {
        return new Promise((resolve) => {
            if (!this.server.listening) return resolve()
            this.server.closeAllConnections()
            this.server.close(() => resolve())
        })
    }

    register(request: {
        requestId: string
        stageInstanceId: string
        stage: string
        timeoutSeconds?: number
    }): WaitingRequest {
        const waiting: WaitingRequest = {
            requestId: request.requestId.toLowerCase(),
            stageInstanceId: request.stageInstanceId.toLowerCase(),
            stage: request.stage,
            state: 'waiting',
            expiresAt: request.timeoutSeconds ? Date.now() + request.timeoutSeconds * 1000 : null,
            resumedWith: null,
        }
        this.requests.set(waiting.requestId, waiting)
        return waiting
    }

    injectFaults(requestId: string, faults: Fault[]): void {
        this.faults.set(
            requestId.toLowerCase(),
            faults.map((f) => ({ ...f }))
        )
    }

    injectReadFaults(requestId: string, faults: Fault[]): void {
        this.readFaults.set(
            requestId.toLowerCase(),
            faults.map((f) => ({ ...f }))
        )
    }

    /** Entitlement management moves a waiting request on by itself; `removed` deletes it (reads answer 404). */
    upstream(requestId: string, action: UpstreamAction | 'removed'): WaitingRequest | null {
        const waiting = this.requests.get(requestId.toLowerCase())
        if (!waiting) return null
        if (action === 'removed') {
            this.requests.delete(waiting.requestId)
            return waiting
        }
        if (UPSTREAM_ACTIONS.indexOf(action) < 0) throw new Error('unknown upstream action ' + action)
        if (waiting.state !== 'waiting') throw new Error('request is not waiting (' + waiting.state + ')')
        waiting.state = action
        return waiting
    }

    readCalls(requestId?: string): SeenCall[] {
        return this.calls.filter(
            (c) => c.kind === 'get_request' && (!requestId || c.requestId === requestId.toLowerCase())
        )
    }

    resumeCalls(requestId?: string): SeenCall[] {
        return this.calls.filter((c) => c.kind === 'resume' && (!requestId || c.requestId === requestId.toLowerCase()))
    }

    reset(): void {
        this.requests.clear()
        this.calls = []
        this.faults.clear()
        this.readFaults.clear()
        this.rateLimitPerSecond = 0
        this.rateLimitMode = 'window'
        this.latencyMs = 0
        this.tokenDelayMs = 0
        this.directory.reset()
    }

    private nextFault(requestId: string, from = this.faults): Fault | null {
        const list = from.get(requestId)
        if (!list || list.length === 0) return null
        const fault = list[0]
        if (fault.times && fault.times > 1) fault.times--
        else list.shift()
        return fault
    }

    private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8')
            const url = new URL(req.url || '/', 'http://127.0.0.1')
            const send = (status: number, text: string, headers: { [name: string]: string } = {}) => {
                res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
                res.end(text)
            }
            try {
                if (url.pathname.startsWith('/_emulator/'))
                    return this.control(req.method || 'GET', url.pathname, body, send)
                const token = /\/oauth2\/v2\.0\/token$/.exec(url.pathname)
                if (token && req.method === 'POST') {
                    if (this.tokenDelayMs > 0)
                        return void setTimeout(() => this.token(url.pathname, body, send), this.tokenDelayMs)
                    return this.token(url.pathname, body, send)
                }
                if (this.directory.route(req.method || 'GET', url, body, this.audienceOf(req), send)) return
                this.graph(req, url, body, send, res)
            } catch (error) {
                send(500, JSON.stringify({ error: { code: 'EmulatorError', message: (error as Error).message } }))
            }
        })
    }

    private token(pathname: string, body: string, send: (s: number, t: string) => void): void {
        const tenant = pathname.split('/')[1]
        const form = new URLSearchParams(body)
        const fail = (status: number, error: string, description: string) => {
            this.calls.push({ at: Date.now(), kind: 'token', status, error })
            send(
                status,
                JSON.stringify({
                    error,
                    error_description: description,
                    error_codes: [parseInt(description.slice(6, 13), 10) || 0],
                })
            )
        }
        if (tenant !== this.config.tenantId)
            return fail(400, 'invalid_request', "AADSTS90002: Tenant '" + tenant + "' not found.")
        if (form.get('grant_type') !== 'client_credentials')
            return fail(400, 'unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.')
        if (!form.get('scope'))
            return fail(400, 'invalid_request', "AADSTS90014: The required field 'scope' is missing.")
        if (form.get('scope') !== 'https://graph.microsoft.com/.default')
            return fail(
                400,
                'invalid_scope',
                'AADSTS70011: The provided value for the input parameter scope is not valid.'
            )
        if (form.get('client_id') !== this.config.clientId)
            return fail(
                400,
                'unauthorized_client',
                "AADSTS700016: Application with identifier '" +
                    form.get('client_id') +
                    "' was not found in the directory."
            )
        if (form.get('client_secret') !== this.config.clientSecret)
            return fail(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.')
        const accessToken = 'emu.' + randomBytes(24).toString('base64url')
        this.tokens.set(accessToken, Date.now() + this.config.tokenLifetimeSeconds * 1000)
        this.calls.push({ at: Date.now(), kind: 'token', status: 200 })
        send(
            200,
            JSON.stringify({
                token_type: 'Bearer',
                expires_in: this.config.tokenLifetimeSeconds,
                ext_expires_in: this.config.tokenLifetimeSeconds,
                access_token: accessToken,
            })
        )
    }

    /** Graph stops accepting every token issued so far (a secret rotated, consent revoked): they answer 401. */
    revokeTokens(): void {
        this.tokens.clear()
    }

    private authorised(req: http.IncomingMessage): boolean {
        const match = /^Bearer (.+)$/.exec(req.headers.authorization || '')
        const expires = match ? this.tokens.get(match[1]) : undefined
        return expires !== undefined && expires > Date.now()
    }

    private graph(
        req: http.IncomingMessage,
        url: URL,
        body: string,
        send: (s: number, t: string, h?: { [n: string]: string }) => void,
        res: http.ServerResponse
    ): void {
        const respond = (status: number, text: string, headers: { [name: string]: string } = {}) => {
            if (this.latencyMs > 0) setTimeout(() => send(status, text, headers), this.latencyMs)
            else send(status, text, headers)
        }
        const resume = RESUME_PATH.exec(url.pathname)
        const read = REQUEST_PATH.exec(url.pathname)
        if (!this.authorised(req)) {
            const e = graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.')
            this.calls.push({
                at: Date.now(),
                kind: resume ? 'resume' : 'catalogs',
                requestId: resume ? resume[1].toLowerCase() : undefined,
                status: 401,
            })
            return respond(e.status, e.body)
        }
        if (req.method === 'GET' && url.pathname === '/v1.0/identityGovernance/entitlementManagement/catalogs') {
            this.calls.push({ at: Date.now(), kind: 'catalogs', status: 200 })
            return respond(200, JSON.stringify({ value: [] }))
        }
        if (req.method === 'GET' && read) {
            const requestId = read[1].toLowerCase()
            const waiting = this.requests.get(requestId)
            const query = url.search
            const fault = this.nextFault(requestId, this.readFaults)
            if (fault) {
                const status = fault.status || 500
                this.calls.push({ at: Date.now(), kind: 'get_request', requestId, status, body: { query } })
                const headers: { [name: string]: string } =
                    fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {}
                const text =
                    fault.body !== undefined ? fault.body : graphError(status, 'Injected', 'Injected fault').body
                return respond(status, text, headers)
            }
            this.calls.push({
                at: Date.now(),
                kind: 'get_request',
                requestId,
                status: waiting ? 200 : 404,
                body: { query },
            })
            if (!waiting) return respond(404, graphError(404, 'ResourceNotFound', 'Request not found.').body)
            if (waiting.state === 'waiting' && waiting.expiresAt !== null && Date.now() > waiting.expiresAt)
                waiting.state = 'expired'
            return respond(200, JSON.stringify(this.readAnswer(waiting, url.searchParams)))
        }
        if (req.method !== 'POST' || !resume)
            return respond(404, graphError(404, 'UnknownResource', 'Resource not found for the segment.').body)
        const requestId = resume[1].toLowerCase()
        const record = (status: number, parsed: unknown, error?: string) =>
            this.calls.push({ at: Date.now(), kind: 'resume', requestId, status, body: parsed, error })
        let parsed: unknown
        try {
            parsed = JSON.parse(body)
        } catch (_error) {
            record(400, body, 'not JSON')
            return respond(400, graphError(400, 'BadRequest', 'Invalid JSON in the request body.').body)
        }
        const fault = this.nextFault(requestId)
        const waiting = this.requests.get(requestId)
        const apply = (): { status: number; body: string } | null => {
            if (!GUID.test(requestId) || !waiting)
                return graphError(
                    404,
                    'ResourceNotFound',
                    'AccessPackageAssignmentRequest ' + requestId + ' not found.'
                )
            const problems = validateResumeBody(parsed)
            const data = (parsed as { data?: { stage?: string; customExtensionStageInstanceId?: string } }).data || {}
            if (problems.length === 0 && data.stage !== waiting.stage)
                problems.push('data.stage is not the stage the request waits at')
            if (
                problems.length === 0 &&
                String(data.customExtensionStageInstanceId).toLowerCase() !== waiting.stageInstanceId
            )
                problems.push('unknown customExtensionStageInstanceId')
            if (problems.length > 0) return graphError(400, 'BadRequest', problems.join('; '))
            if (waiting.expiresAt !== null && Date.now() > waiting.expiresAt) waiting.state = 'expired'
            if (waiting.state !== 'waiting')
                return graphError(
                    400,
                    'BadRequest',
                    'The request is not waiting for a callback (' + waiting.state + ').'
                )
            waiting.state = 'resumed'
            waiting.resumedWith = parsed
            return null
        }
        if (this.rateLimitPerSecond > 0 && this.rateLimitMode === 'bucket') {
            const now = Date.now()
            const rate = this.rateLimitPerSecond
            this.bucketTokens = Math.min(rate, this.bucketTokens + ((now - this.bucketAt) / 1000) * rate)
            this.bucketAt = now
            if (this.bucketTokens < 1) {
                record(429, parsed, 'rate limited')
                const retryAfter = String(Math.max(1, Math.ceil((1 - this.bucketTokens) / rate)))
                return respond(429, graphError(429, 'TooManyRequests', 'Too many requests.').body, {
                    'Retry-After': retryAfter,
                })
            }
            this.bucketTokens -= 1
        } else if (this.rateLimitPerSecond > 0) {
            const now = Date.now()
            if (now - this.windowStart >= 1000) {
                this.windowStart = now
                this.windowCount = 0
            }
            if (++this.windowCount > this.rateLimitPerSecond) {
                record(429, parsed, 'rate limited')
                const retryAfter = String(Math.max(1, Math.ceil((this.windowStart + 1000 - now) / 1000)))
                return respond(429, graphError(429, 'TooManyRequests', 'Too many requests.').body, {
                    'Retry-After': retryAfter,
                })
            }
        }
        if (fault) {
            const outcome = fault.processAnyway ? apply() : null
            const finish = () => {
                if (fault.hangUp) {
                    record(0, parsed, 'hung up')
                    res.destroy()
                    return
                }
                const status = fault.status || 500
                record(status, parsed, 'injected')
                const headers: { [name: string]: string } =
                    fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {}
                send(
                    status,
                    fault.body !== undefined
                        ? fault.body
                        : outcome
                          ? outcome.body
                          : graphError(status, 'Injected', 'Injected fault').body,
                    headers
                )
            }
            if (fault.delayMs) setTimeout(finish, fault.delayMs)
            else finish()
            return
        }
        const failure = apply()
        if (failure) {
            record(failure.status, parsed, JSON.parse(failure.body).error.message)
            return respond(failure.status, failure.body)
        }
        record(204, parsed)
        if (this.onResumeApplied) this.onResumeApplied(requestId)
        if (this.latencyMs > 0) setTimeout(() => (res.writeHead(204), res.end()), this.latencyMs)
        else {
            res.writeHead(204)
            res.end()
        }
    }

    /**
     * A request as Graph v1.0 reads it back: `state`, free-text `status`, and the callout instances only when
     * selected or expanded (the reference: "may be absent"); with `$select`, only the selected properties.
     */
    private readAnswer(waiting: WaitingRequest, params: URLSearchParams): { [name: string]: unknown } {
        const REQUEST_STATE: { [state in WaitingRequest['state']]: string } = {
            waiting: 'pendingApproval',
            resumed: 'pendingApproval',
            expired: 'deliveryFailed',
            timed_out: 'deliveryFailed',
            callout_failed: 'deliveryFailed',
            canceled: 'canceled',
            denied: 'denied',
            resumed_elsewhere: 'delivering',
        }
        const STATUS_TEXT: { [state in WaitingRequest['state']]: string } = {
            waiting: 'WaitingForCallback',
            resumed: 'Delivering',
            expired: 'Failed',
            timed_out: 'Failed',
            callout_failed: 'Failed',
            canceled: 'Canceled',
            denied: 'Denied',
            resumed_elsewhere: 'Delivering',
        }
        const CALLOUT_STATUS: { [state in WaitingRequest['state']]: string } = {
            waiting: 'waitingForCallback',
            resumed: 'callbackReceived',
            expired: 'callbackTimedOut',
            timed_out: 'callbackTimedOut',
            callout_failed: 'calloutFailed',
            canceled: 'waitingForCallback',
            denied: 'waitingForCallback',
            resumed_elsewhere: 'callbackReceived',
        }
        const full: { [name: string]: unknown } = {
            id: waiting.requestId,
            requestType: 'userAdd',
            state: REQUEST_STATE[waiting.state],
            status: STATUS_TEXT[waiting.state],
        }
        const select = (params.get('$select') || '')
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name)
        const expand = (params.get('$expand') || '').split(',').map((name) => name.trim())
        if (
            select.indexOf('customExtensionCalloutInstances') >= 0 ||
            expand.indexOf('customExtensionCalloutInstances') >= 0
        )
            full.customExtensionCalloutInstances = [
                {
                    id: waiting.stageInstanceId,
                    status: CALLOUT_STATUS[waiting.state],
                    detail: null,
                    externalCorrelationId: null,
                },
            ]
        if (select.length === 0) return full
        const picked: { [name: string]: unknown } = {}
        for (const name of select) if (name in full) picked[name] = full[name]
        return picked
    }

    private control(method: string, pathname: string, body: string, send: (s: number, t: string) => void): void {
        const values = body ? JSON.parse(body) : {}
        if (pathname === '/_emulator/requests' && method === 'POST')
            return send(201, JSON.stringify(this.register(values)))
        const faults = /^\/_emulator\/requests\/([^/]+)\/faults$/.exec(pathname)
        if (faults && method === 'POST') {
            this.injectFaults(faults[1], Array.isArray(values) ? values : [values])
            return send(200, '{}')
        }
        const readFaults = /^\/_emulator\/requests\/([^/]+)\/read-faults$/.exec(pathname)
        if (readFaults && method === 'POST') {
            this.injectReadFaults(readFaults[1], Array.isArray(values) ? values : [values])
            return send(200, '{}')
        }
        const upstream = /^\/_emulator\/requests\/([^/]+)\/upstream$/.exec(pathname)
        if (upstream && method === 'POST') {
            try {
                const moved = this.upstream(upstream[1], values.action)
                return moved ? send(200, JSON.stringify(moved)) : send(404, '{}')
            } catch (error) {
                return send(409, JSON.stringify({ error: (error as Error).message }))
            }
        }
        const one = /^\/_emulator\/requests\/([^/]+)$/.exec(pathname)
        if (one && method === 'GET') {
            const found = this.requests.get(one[1].toLowerCase())
            return found ? send(200, JSON.stringify(found)) : send(404, '{}')
        }
        if (pathname === '/_emulator/calls' && method === 'GET') return send(200, JSON.stringify(this.calls))
        if (pathname === '/_emulator/config' && method === 'GET')
            return send(200, JSON.stringify({ tenantId: this.config.tenantId, clientId: this.config.clientId }))
        if (pathname === '/_emulator/settings' && method === 'POST') {
            if (values.rateLimitPerSecond !== undefined) this.rateLimitPerSecond = Number(values.rateLimitPerSecond)
            if (values.latencyMs !== undefined) this.latencyMs = Number(values.latencyMs)
            if (values.tokenDelayMs !== undefined) this.tokenDelayMs = Number(values.tokenDelayMs)
            return send(200, '{}')
        }
        if (pathname === '/_emulator/reset' && method === 'POST') {
            this.reset()
            return send(200, '{}')
        }
        send(404, '{}')
    }
}
