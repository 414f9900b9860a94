// The sandbox's HTTP face: Table API, the app's scripted REST APIs, basic auth, and a small admin control API.
import * as http from 'http'
import { AddressInfo } from 'net'
import { acceptable, acceptsContentType, supportedFormats } from './content-negotiation.ts'
import { parseEncodedQuery } from './encoded-query.ts'
import type { Instance } from './instance.ts'
import type { Values } from './store.ts'
import { runFlowAction } from './flow-actions.ts'
import { pressUiAction } from './ui-actions.ts'

const MAX_BODY = 10 * 1024 * 1024
const HIDDEN_FIELDS: { [table: string]: string[] } = {
    oauth_entity: ['client_secret'],
    oauth_credential: ['access_token'],
    sys_user: ['password_hash'],
}

type Session = ReturnType<Instance['sessionFor']>

interface Reply {
    status: number
    headers?: { [name: string]: string }
    body?: string
}

function json(status: number, body: unknown): Reply {
    return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
}

function error(status: number, message: string, detail: string): Reply {
    return json(status, { error: { message, detail }, status: 'failure' })
}

function publicRecord(table: string, row: Values, fields: string[] | null): Values {
    const out: Values = {}
    const hidden = HIDDEN_FIELDS[table] || []
    for (const key of Object.keys(row)) {
        if (fields && fields.indexOf(key) < 0) continue
        out[key] = hidden.indexOf(key) >= 0 ? (row[key] ? '********' : '') : row[key]
    }
    return out
}

/** Sets a field the way the Table API does; a journal field (work_notes) gets an entry, which setValue would not write
 * (c_JournalFields.md): assignment is the supported path. */
function writeField(record: object, field: string, value: unknown): void {
    ;(record as { [field: string]: unknown })[field] = value
}

/**
 * A field whose own write (or create) rule the user fails. The documentation says such a user "can't update records
 * using API protocols such as web services" (exploring-access-control-list.md, "write"); it does not say whether the
 * rest of the body is still written, so the sandbox takes the stricter reading: the whole request is refused and
 * nothing changes.
 */
function refusedField(
    instance: Instance,
    table: string,
    operation: string,
    values: { [field: string]: unknown },
    row: Values | null
): Reply | null {
    const field = Object.keys(values).find((name) => !instance.acl.canField(table, name, operation, row))
    if (field === undefined) return null
    return error(
        403,
        'Operation Failed',
        'ACL Exception ' + operation + ' on ' + table + '.' + field + ' failed due to security constraints'
    )
}

export class SandboxServer {
    private server: http.Server

    constructor(private instance: Instance) {
        this.server = http.createServer((req, res) => this.handle(req, res))
        // No keep-alive timeout: the sandbox runs a request, a job or a script on one thread, and a timeout that came
        // due while one ran (a sweep over 5,000 rows takes seconds) fired before the connection's waiting request was
        // read, and closed it under that request (ECONNRESET). Clients close their idle connections (fetch after 4 s),
        // and stop() closes the rest.
        this.server.keepAliveTimeout = 0
    }

    listen(port: number): Promise<number> {
        return new Promise((resolve, reject) => {
            this.server.once('error', reject)
            this.server.listen(port, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port))
        })
    }

    close(): Promise<void> {
        return new Promise((resolve) => {
            this.server.closeAllConnections()
            this.server.close(() => resolve())
        })
    }

    private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
        const chunks: Buffer[] = []
        let size = 0
        let tooLarge = false
        req.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > MAX_BODY) tooLarge = true
            else chunks.push(chunk)
        })
        req.on('end', () => {
            let reply: Reply
            try {
                reply = tooLarge
                    ? error(413, 'Request entity too large', 'The body is over 10 MB')
                    : this.route(req, Buffer.concat(chunks).toString('utf8'))
            } catch (caught) {
                this.instance.log('error', 'Request failed: ' + (caught as Error).message)
                reply = error(500, 'Internal error', (caught as Error).message)
            }
            res.writeHead(reply.status, reply.headers || {})
            res.end(reply.body || '')
        })
    }

    private authenticate(req: http.IncomingMessage): Session | null {
        const header = req.headers.authorization || ''
        const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header)
        if (!match) return null
        const decoded = Buffer.from(match[1], 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        if (colon < 0) return null
        return this.instance.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1))
    }

    private route(req: http.IncomingMessage, body: string): Reply {
        const url = new URL(req.url || '/', 'http://127.0.0.1')
        const method = (req.method || 'GET').toUpperCase()
        if (url.pathname === '/api/x_elm_sandbox/health') return json(200, { result: { status: 'ok' } })
        const session = this.authenticate(req)
        if (!session)
            return {
                ...error(401, 'User Not Authenticated', 'Required to provide Auth information'),
                headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Basic realm="Service-now"' },
            }
        return this.instance.as(session, () => {
            const table = /^\/api\/now\/table\/([a-z0-9_]+)(?:\/([a-z0-9]{32}))?\/?$/i.exec(url.pathname)
            if (table) return this.tableApi(method, table[1], table[2] || null, url, body)
            if (url.pathname === '/api/x_elm_sandbox/ui_action' && method === 'POST') {
                // Any signed-in user may press a button; the UI action's own roles and condition decide.
                const pressed = pressUiAction(this.instance, this.parseValues(body) || {})
                return json(pressed.status, pressed.body)
            }
            if (url.pathname.startsWith('/api/x_elm_sandbox/')) return this.control(method, url.pathname, body)
            return this.scriptedRest(method, url, req, body)
        })
    }

    // ---- Table API ----
    private tableApi(method: string, table: string, sysId: string | null, url: URL, body: string): Reply {
        const instance = this.instance
        if (!instance.store.hasTable(table)) return error(400, 'Invalid table ' + table, 'The table does not exist')
        const fields = url.searchParams.get('sysparm_fields')
            ? url.searchParams
                  .get('sysparm_fields')!
                  .split(',')
                  .map((f) => f.trim())
            : null
        const operation =
            method === 'GET' ? 'read' : method === 'POST' ? 'create' : method === 'DELETE' ? 'delete' : 'write'
        const notOpen = this.runtimeAccessRefusal(table, operation)
        if (notOpen) return notOpen
        if (!instance.acl.can(table, operation, null))
            return error(
                403,
                'Operation Failed',
                'ACL Exception ' + operation + ' on ' + table + ' failed due to security constraints'
            )
        if (method === 'GET' && !sysId) {
            const limitText = url.searchParams.get('sysparm_limit')
            const limit = limitText ? Math.max(0, parseInt(limitText, 10) || 0) : 10000
            let rows: Values[]
            try {
                rows = instance.store.select(
                    table,
                    parseEncodedQuery(url.searchParams.get('sysparm_query') || ''),
                    limit
                )
            } catch (caught) {
                return error(400, 'Invalid query', (caught as Error).message)
            }
            // Rows a row-level rule hides are left out, as an instance does.
            rows = rows.filter((row) => instance.acl.can(table, 'read', row))
            return json(200, { result: rows.map((row) => publicRecord(table, row, fields)) })
        }
        if (method === 'POST' && !sysId) {
            const values = this.parseValues(body)
            if (!values) return error(400, 'Invalid body', 'The body must be a JSON object of field values')
            const refused = refusedField(instance, table, 'create', values, null)
            if (refused) return refused
            const record = new instance.glide.GlideRecord(table)
            record.initialize()
            for (const field of Object.keys(values)) writeField(record, field, values[field])
            const created = record.insert()
            if (!created) return error(403, 'Operation Failed', 'The record was not inserted')
            return json(201, { result: publicRecord(table, instance.store.get(table, created)!, fields) })
        }
        if (!sysId) return error(405, 'Method not supported', method + ' needs a sys_id')
        const record = new instance.glide.GlideRecord(table)
        if (!record.get(sysId))
            return error(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval")
        if (!instance.acl.can(table, operation, instance.store.get(table, sysId)))
            return operation === 'read'
                ? error(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval")
                : error(
                      403,
                      'Operation Failed',
                      'ACL Exception ' + operation + ' on ' + table + ' failed due to security constraints'
                  )
        if (method === 'GET')
            return json(200, { result: publicRecord(table, instance.store.get(table, sysId)!, fields) })
        if (method === 'DELETE') {
            record.deleteRecord()
            return { status: 204 }
        }
        if (method === 'PATCH' || method === 'PUT') {
            const values = this.parseValues(body)
            if (!values) return error(400, 'Invalid body', 'The body must be a JSON object of field values')
            const refused = refusedField(instance, table, 'write', values, instance.store.get(table, sysId))
            if (refused) return refused
            for (const field of Object.keys(values)) writeField(record, field, values[field])
            if (!record.update()) return error(403, 'Operation Failed', 'The record was not updated')
            return json(200, { result: publicRecord(table, instance.store.get(table, sysId)!, fields) })
        }
        return error(405, 'Method not supported', method)
    }

    /**
     * An application's table as the Table API (a caller outside the app's scope) may use it: "Allow access to this
     * table via web services" cleared prevents "users from making web service queries to this table", and the Can
     * read / create / write / delete settings are runtime access, which "determines if an API or web service call can
     * run against an application table" (r_TableApplicationAccessFields.md). The pages give no status code; 403.
     */
    private runtimeAccessRefusal(table: string, operation: string): Reply | null {
        const store = this.instance.store
        const definition = store.hasTable('sys_db_object')
            ? store.select('sys_db_object', parseEncodedQuery('name=' + table), 1)[0]
            : undefined
        if (!definition || !definition.sys_scope || definition.sys_scope === 'global') return null
        const setting: { [operation: string]: string } = {
            read: 'read_access',
            create: 'create_access',
            write: 'update_access',
            delete: 'delete_access',
        }
        if (definition.ws_access === 'false')
            return error(403, 'Operation Failed', 'Web service access to ' + table + ' is not allowed')
        if (definition[setting[operation]] === 'false')
            return error(
                403,
                'Operation Failed',
                'Access to ' + table + ' (' + operation + ') is not allowed from outside its application scope'
            )
        return null
    }

    private parseValues(body: string): { [field: string]: unknown } | null {
        try {
            const parsed = JSON.parse(body || '{}')
            return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null
        } catch (_error) {
            return null
        }
    }

    // ---- the sandbox's own control API (admins only) ----
    private control(method: string, pathname: string, body: string): Reply {
        const instance = this.instance
        if (!instance.session.roles.has('admin'))
            return error(403, 'User Not Authorized', 'The sandbox control API is for admin')
        const values = this.parseValues(body) || {}
        if (pathname === '/api/x_elm_sandbox/clock') {
            if (method === 'POST') instance.advanceClock(Number(values.advance_seconds) || 0)
            return json(200, { result: { now: new Date(instance.clock.now()).toISOString() } })
        }
        if (pathname === '/api/x_elm_sandbox/jobs/run' && method === 'POST') {
            return json(200, { result: { ran: instance.runDueJobs(String(values.name || '')) } })
        }
        if (pathname === '/api/x_elm_sandbox/async_jobs/hold' && method === 'POST') {
            instance.holdAsyncJobs(values.hold !== false)
            return json(200, { result: { held: values.hold !== false } })
        }
        if (pathname === '/api/x_elm_sandbox/oauth/get_token' && method === 'POST') {
            // The REST message's Get OAuth Token related link: {"rest_message": "<name>"}.
            const message = instance.store.select(
                'sys_rest_message',
                {
                    groups: [[{ field: 'name', operator: '=', value: String(values.rest_message || '') }]],
                    orderBy: [],
                },
                1
            )[0]
            if (!message || !message.oauth2_profile)
                return error(400, 'No such REST message with an OAuth profile', String(values.rest_message || ''))
            const failure = instance.oauth.getOAuthToken(message.oauth2_profile)
            return failure ? error(400, 'No token', failure) : json(200, { result: { token: 'stored' } })
        }
        if (pathname === '/api/x_elm_sandbox/events/process' && method === 'POST') {
            return json(200, { result: { processed: instance.processEvents(1000) } })
        }
        if (pathname === '/api/x_elm_sandbox/logs' && method === 'GET') return json(200, { result: instance.logs() })
        if (pathname === '/api/x_elm_sandbox/flow_action' && method === 'POST') {
            const ran = runFlowAction(instance, values)
            return json(ran.status, ran.body)
        }
        if (pathname === '/api/x_elm_sandbox/background' && method === 'POST') {
            // Like "Scripts - Background": the global scope (gs.print too), as the calling admin; the answer is what
            // gs wrote, and a script error is reported next to it as the console would show it.
            if (typeof values.script !== 'string')
                return error(400, 'Invalid body', 'The body must be {"script": "<server script>"}')
            const script = values.script
            // The console's "in scope" picker: global unless the admin picks an application scope. The copied
            // pages are silent on it; only an application scope name (x_...) is taken, and gs stays the console's.
            const scope =
                typeof values.scope === 'string' && /^x_[a-z0-9_]+$/.test(values.scope) ? values.scope : 'global'
            const result = instance.glide.captureOutput(() => {
                instance.scripts.run(script, 'background', { gs: instance.glide.globalGs }, scope)
            })
            return json(200, { result })
        }
        return error(404, 'Not found', pathname)
    }

    // ---- scripted REST ----
    private scriptedRest(method: string, url: URL, req: http.IncomingMessage, body: string): Reply {
        const instance = this.instance
        if (!instance.store.hasTable('sys_ws_operation'))
            return error(400, 'Requested URI does not represent any resource', url.pathname)
        const wanted = url.pathname.replace(/\/+$/, '')
        const pathParams: { [name: string]: string } = {}
        const operation = instance.store
            .select('sys_ws_operation', parseEncodedQuery('http_method=' + method + '^active=true'), null)
            .find((op) => {
                for (const uri of [op.operation_uri, op.default_operation_uri]) {
                    if (!uri) continue
                    const names: string[] = []
                    const pattern = new RegExp(
                        '^' +
                            uri
                                .replace(/\/+$/, '')
                                .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
                                .replace(/\{([a-z0-9_]+)\}/gi, (_m, name) => (names.push(name), '([^/]+)')) +
                            '$'
                    )
                    const match = pattern.exec(wanted)
                    if (match) {
                        names.forEach((name, i) => (pathParams[name] = decodeURIComponent(match[i + 1])))
                        return true
                    }
                }
                return false
            })
        const definition = operation ? instance.store.get('sys_ws_definition', operation.web_service_definition) : null
        const version =
            operation && operation.web_service_version && instance.store.hasTable('sys_ws_version')
                ? instance.store.get('sys_ws_version', operation.web_service_version)
                : null
        // An inactive API or version "can't serve requests" (scripted-rest-api-api-now-ts.md).
        if (!operation || (definition && definition.active === 'false') || (version && version.active === 'false'))
            return error(400, 'Requested URI does not represent any resource', url.pathname)
        const acls = (operation.enforce_acl || (definition && definition.enforce_acl) || '')
            .split(',')
            .filter((id) => id)
        if (operation.requires_acl_authorization === 'true' && !instance.acl.allowsAll(acls)) {
            return error(403, 'User Not Authorized', 'User is not authorized to access the resource')
        }
        // Formats are the platform's job: an unsupported Content-Type or Accept never reaches the script
        // (c_SpecifyContentType.md). The docs do not show the error body; it has the shape of the platform's
        // other REST errors, worded after its REST status-code table.
        const formats = supportedFormats(method, operation, definition || null)
        const header = (name: string) => {
            const value = req.headers[name]
            return value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : value
        }
        if (!acceptsContentType(formats, header('content-type')))
            return error(
                415,
                'Unsupported media type',
                'The endpoint does not support the format of the request body (' +
                    (header('content-type') || 'no Content-Type') +
                    '); supported: ' +
                    formats.request!.join(', ')
            )
        if (!acceptable(formats, header('accept')))
            return error(
                406,
                'Not acceptable',
                'The endpoint does not support the response format in the Accept header; supported: ' +
                    formats.response.join(', ')
            )
        let status = 200
        const headers: { [name: string]: string } = { 'Content-Type': 'application/json' }
        let out = ''
        let written = false
        // "Because streams are only consumed once, only one can be called. For example, if calling both data and
        // dataString, the second call will return empty." (c_ScriptableServiceRequestBody.md)
        let consumed = false
        const consume = () => {
            const first = !consumed
            consumed = true
            return first
        }
        const request = {
            body: {
                get dataString() {
                    return consume() ? body : ''
                },
                get data() {
                    return consume() ? JSON.parse(body) : null
                },
            },
            getHeader: (name: string) => {
                const value = req.headers[String(name).toLowerCase()]
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
            },
            headers: { ...req.headers },
            queryParams: Object.fromEntries(
                Array.from(url.searchParams.keys()).map((key) => [key, url.searchParams.getAll(key)])
            ),
            pathParams,
            uri: url.pathname,
            url: url.toString(),
        }
        // c_ScriptableServiceRespStreamWriter.md, writeString(): "You must set the content type and status code
        // before calling the writeString() method or the response will fail. You cannot modify these values after
        // calling the writeString() method." Headers go out with the first write, so later ones are lost too.
        // c_ScriptableServiceResponseBuilder.md, setStatus(): "Passing a non-numerical value, such as a string,
        // causes the status code to default to 0."
        let streamed = false
        let statusSet = false
        let typeSet = false
        let failed = ''
        const response = {
            setStatus: (code: unknown) => {
                if (streamed) return
                status = typeof code === 'number' ? code : 0
                statusSet = true
            },
            setHeader: (name: string, value: string) => {
                if (!streamed) headers[String(name)] = String(value)
            },
            setContentType: (type: string) => {
                if (streamed) return
                headers['Content-Type'] = String(type)
                typeSet = true
            },
            setBody: (value: unknown) => {
                out = JSON.stringify({ result: value })
                written = true
            },
            getStreamWriter: () => ({
                writeString: (text: string) => {
                    if (!streamed && (!statusSet || !typeSet))
                        failed = 'writeString() before setStatus() and setContentType()'
                    streamed = true
                    out = (written ? out : '') + String(text)
                    written = true
                },
            }),
        }
        try {
            instance.scripts.run(operation.operation_script, 'sys_ws_operation:' + operation.name, {
                request,
                response,
            })
        } catch (caught) {
            instance.log('error', 'Scripted REST ' + operation.name + ' failed: ' + (caught as Error).message)
            return error(500, 'Script Evaluation Exception', 'The resource script failed')
        }
        if (!failed && (!Number.isInteger(status) || status < 100 || status > 599)) failed = 'status ' + status
        if (failed) {
            // The pages say only that "the response will fail"; here it is the platform's 500.
            instance.log('error', 'Scripted REST ' + operation.name + ' response failed: ' + failed)
            return error(500, 'Script Evaluation Exception', 'The resource script did not build a valid response')
        }
        return { status, headers, body: out }
    }
}
