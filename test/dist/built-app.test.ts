// Proves the records the instance will install, read from the build output rather than from the sources.
import * as fs from 'fs'
import * as path from 'path'
import { BuiltRecord, appDir, loadBuiltRecords, loadTableDefinitions } from '../support/built-app.ts'

const records = loadBuiltRecords()
const tables = loadTableDefinitions() as { [table: string]: any }

function all(table: string, match: { [field: string]: string } = {}): BuiltRecord[] {
    return records.filter((r) => r.table === table && Object.keys(match).every((key) => r.fields[key] === match[key]))
}

function one(table: string, match: { [field: string]: string }): BuiltRecord {
    const found = all(table, match)
    if (found.length !== 1) throw new Error(table + ' ' + JSON.stringify(match) + ': found ' + found.length)
    return found[0]
}

function columns(table: string): { [name: string]: any } {
    const element = tables[table]
    const list = Array.isArray(element.element) ? element.element : [element.element]
    const out: { [name: string]: any } = {}
    for (const column of list) out[column['@name']] = column
    return out
}

const APP_SCOPE_ID = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'now.config.json'), 'utf8')).scopeId

describe('the built app', () => {
    it('is scope x_elm_bridge and every record belongs to it', () => {
        const app = one('sys_app', { scope: 'x_elm_bridge' })
        expect(app.sysId).toBe(APP_SCOPE_ID)
        expect(app.fields.name).toBe('ELM Ticket Bridge')
        for (const record of records.filter((r) => r.table !== 'sys_app' && r.fields.sys_scope !== undefined)) {
            expect([record.file, record.fields.sys_scope]).toEqual([record.file, APP_SCOPE_ID])
        }
    })

    it('contains no beta path segment anywhere', () => {
        const files: string[] = []
        const walk = (dir: string) => {
            for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
                const full = path.join(dir, entry.name)
                if (entry.isDirectory()) walk(full)
                else files.push(full)
            }
        }
        walk(appDir())
        expect(files.length).toBeGreaterThan(50)
        for (const file of files)
            expect([file, fs.readFileSync(file, 'utf8').includes('accessPackageAssignmentRequests')]).toEqual([
                file,
                false,
            ])
    })

    it('adds the three contract columns to sc_request', () => {
        // Dictionary entries only: the app does not own sc_request (see admin-and-foreign-tables.test.ts).
        const sc = (element: string) => one('sys_dictionary', { name: 'sc_request', element }).fields
        expect(sc('x_elm_bridge_request_id')).toMatchObject({
            internal_type: 'string',
            column_label: 'AccessPackageAssignmentRequestId',
        })
        expect(sc('x_elm_bridge_stage')).toMatchObject({
            internal_type: 'string',
            column_label: 'AccessPackageAssignmentStage',
        })
        expect(sc('x_elm_bridge_stage_instance_id')).toMatchObject({
            internal_type: 'string',
            column_label: 'StageInstanceId',
        })
    })

    it('defines the ledger with the contract fields, statuses and a unique index on stage_instance_id', () => {
        const ledger = columns('x_elm_bridge_callout')
        const types: { [name: string]: string } = {
            stage_instance_id: 'string',
            request_id: 'string',
            stage: 'choice',
            status: 'choice',
            attempts: 'integer',
            next_attempt_at: 'glide_date_time',
            last_http_status: 'integer',
            last_error: 'string',
            callback_deadline: 'glide_date_time',
            ticket: 'document_id',
            resumed_at: 'glide_date_time',
        }
        for (const name of Object.keys(types)) expect([name, ledger[name]['@type']]).toEqual([name, types[name]])
        const statuses = ledger.status.choice.element.map((choice: any) => choice['@value'])
        expect(statuses).toEqual([
            'open',
            'pending',
            'sending',
            'resumed',
            'failed',
            'expired',
            'no_callback',
            'ended_upstream',
        ])
        const indexes = Array.isArray(tables.x_elm_bridge_callout.index)
            ? tables.x_elm_bridge_callout.index
            : [tables.x_elm_bridge_callout.index]
        const unique = indexes.filter((index: any) => index['@unique'] === 'true')
        expect(unique.map((index: any) => index.element['@name'])).toEqual(['stage_instance_id'])
    })

    it('ships every contract property with its default, readable by the admin role', () => {
        const adminRole = one('sys_user_role', { name: 'x_elm_bridge.admin' })
        const expected: { [name: string]: string } = {
            'x_elm_bridge.graph_endpoint': 'https://graph.microsoft.com',
            'x_elm_bridge.retry_base_seconds': '30',
            'x_elm_bridge.max_attempts': '12',
            'x_elm_bridge.closed_complete_states': '3',
            'x_elm_bridge.closed_incomplete_states': '4,7',
            'x_elm_bridge.deny_stages': 'assignmentRequestCreated,assignmentRequestApproved',
            'x_elm_bridge.source': 'ServiceNow',
            'x_elm_bridge.deadline_warning_hours': '48',
            'x_elm_bridge.assignment_group': '',
            'x_elm_bridge.http_timeout_seconds': '30',
            'x_elm_bridge.reconcile_minutes': '60',
            'x_elm_bridge.close_ticket_when_ended_upstream': 'true',
        }
        expect(
            all('sys_properties')
                .map((p) => p.fields.name)
                .sort()
        ).toEqual(Object.keys(expected).sort())
        for (const name of Object.keys(expected)) {
            const property = one('sys_properties', { name })
            expect([name, property.fields.value]).toEqual([name, expected[name]])
            expect(property.fields.description.length).toBeGreaterThan(40)
            expect(property.fields.read_roles).toContain(adminRole.fields.name)
        }
    })

    it("wires REST message → OAuth profile → outbound OAuth provider → Graph scope, shipping none of the admin's fields", () => {
        const message = one('sys_rest_message', { name: 'ELM Ticket Bridge Graph' })
        expect(message.fields.authentication_type).toBe('oauth2')
        const profile = one('oauth_entity_profile', { sys_id: message.fields.oauth2_profile })
        expect(profile.fields.grant_type).toBe('client_credentials')
        expect(profile.fields.default).toBe('true')
        const entity = one('oauth_entity', { sys_id: profile.fields.oauth_entity })
        expect(entity.fields.name).toBe('ELM Ticket Bridge Graph')
        expect(entity.fields.default_grant_type).toBe('client_credentials')
        // The outbound kind (connect-3rd-party-oauth-provider.md); `client` is the inbound kind.
        expect(entity.fields.type).toBe('oauth_provider')
        // What the admin enters is not in the package at all, so a reinstall cannot overwrite it.
        for (const field of ['token_url', 'client_id', 'client_secret'])
            expect(Object.keys(entity.fields)).not.toContain(field)
        const scope = one('oauth_entity_scope', { oauth_entity: entity.sysId })
        expect(scope.fields.oauth_entity_scope).toBe('https://graph.microsoft.com/.default')
        one('oauth_entity_profile_scope', { oauth_entity_profile: profile.sysId, oauth_entity_scope: scope.sysId })

        const resume = one('sys_rest_message_fn', { rest_message: message.sysId, function_name: 'resume' })
        expect(resume.fields.http_method).toBe('post')
        expect(resume.fields.rest_endpoint).toBe(
            '${graph_endpoint}/v1.0/identityGovernance/entitlementManagement/assignmentRequests/${request_id}/resume'
        )
        expect(resume.fields.content || '').toBe('')
        const header = one('sys_rest_message_fn_headers', { rest_message_function: resume.sysId })
        expect([header.fields.name, header.fields.value]).toEqual(['Content-Type', 'application/json'])
    })

    it('ships only rule types an app may create on a table of another scope: async, or before without a script', () => {
        // c_BusinessRules.md, "Business rules on specific tables": any other type on a table of another scope cannot
        // be created, so it would be missing on an instance.
        const foreign = all('sys_script').filter((rule) => !rule.fields.collection.startsWith('x_elm_bridge_'))
        expect(foreign.map((rule) => rule.fields.collection)).toEqual(['sc_request'])
        for (const rule of foreign) {
            const isAsync = rule.fields.when === 'async_always' || rule.fields.when === 'async'
            const isBeforeWithoutScript = rule.fields.when === 'before' && !(rule.fields.script || '').trim()
            expect([rule.fields.name, isAsync || isBeforeWithoutScript]).toEqual([rule.fields.name, true])
        }
    })

    it('wires the ticket rule → ledger rule → event → script action, all into the one resume module', () => {
        const ticketRule = one('sys_script', { collection: 'sc_request' })
        // `async_always` is the platform's value for the SDK's `when: 'async'`.
        expect(ticketRule.fields.when).toBe('async_always')
        expect(ticketRule.fields.action_update).toBe('true')
        expect(ticketRule.fields.action_insert).toBe('false')
        // The whole condition: `request_stateVALCHANGES` alone also contains `stateVALCHANGES`.
        expect(ticketRule.fields.filter_condition).toBe(
            'x_elm_bridge_stage_instance_idISNOTEMPTY^stateVALCHANGES^ORrequest_stateVALCHANGES^EQ'
        )
        const queueRule = one('sys_script', { collection: 'x_elm_bridge_callout', when: 'after' })
        expect(queueRule.fields.filter_condition).toBe('statusCHANGESTOpending^EQ')
        const event = one('sysevent_register', { event_name: 'x_elm_bridge.resume_due' })
        const action = one('sysevent_script_action', { event_name: event.fields.event_name })
        expect(action.fields.active).toBe('true')
        const modulePath = 'x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/resume/resume-service.ts'
        one('sys_module', { path: modulePath })
        expect(ticketRule.fields.script).toContain("require('" + modulePath + "')")
        expect(queueRule.fields.script).toContain('onLedgerPending(current, previous)')
        expect(action.fields.script).toContain('onResumeDue(event')
        for (const rule of all('sys_script')) expect(rule.fields.script).not.toMatch(/RESTMessageV2|execute\(/)
        const job = one('sysauto_script', { name: 'ELM Ticket Bridge sweep' })
        expect(job.fields.run_type).toBe('periodically')
        expect(job.fields.run_period).toBe('1970-01-01 00:05:00')
        expect(job.fields.script).toContain('sweep()')
    })

    it('exposes POST /api/x_elm_bridge/v1/callouts to the integration role', () => {
        const api = one('sys_ws_definition', { service_id: 'callouts' })
        const route = one('sys_ws_operation', { web_service_definition: api.sysId })
        expect(route.fields.http_method).toBe('POST')
        expect(route.fields.operation_uri.replace(/\/$/, '')).toBe('/api/x_elm_bridge/v1/callouts')
        expect(route.fields.requires_authentication).toBe('true')
        expect(route.fields.requires_acl_authorization).toBe('true')
        expect(route.fields.operation_script).toContain('handleCalloutRequest(request, response)')
        one('sys_module', { path: 'x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/callouts/callout-service.ts' })
        const acl = one('sys_security_acl', { type: 'REST_Endpoint' })
        expect(route.fields.enforce_acl || api.fields.enforce_acl).toContain(acl.sysId)
        const roles = all('sys_security_acl_role', { sys_security_acl: acl.sysId }).map(
            (r) => r.attributes.sys_user_role?.name || r.fields.sys_user_role
        )
        expect(roles.sort()).toEqual(['x_elm_bridge.admin', 'x_elm_bridge.integration'])
    })

    it.each(['x_elm_bridge_callout', 'x_elm_bridge_route'])(
        'lets agents read %s and only admins change it',
        (table) => {
            // The field rules on sc_request's identifier columns are covered by request-identifier-acls.test.ts.
            const recordAcls = all('sys_security_acl', { type: 'record' }).filter(
                (a) => !String(a.fields.name).startsWith('sc_request.')
            )
            expect(recordAcls.map((acl) => acl.fields.name).sort()).toEqual(
                new Array(4)
                    .fill('x_elm_bridge_callout')
                    .concat(['x_elm_bridge_pace'], new Array(4).fill('x_elm_bridge_route'))
            )
            const byOperation: { [operation: string]: string[] } = {}
            for (const acl of recordAcls.filter((a) => a.fields.name === table)) {
                byOperation[acl.fields.operation] = all('sys_security_acl_role', { sys_security_acl: acl.sysId })
                    .map((r) => r.attributes.sys_user_role?.name || r.fields.sys_user_role)
                    .sort()
            }
            expect(byOperation).toEqual({
                read: ['itil', 'x_elm_bridge.admin'],
                write: ['x_elm_bridge.admin'],
                create: ['x_elm_bridge.admin'],
                delete: ['x_elm_bridge.admin'],
            })
        }
    )

    it('has the admin UI: two UI actions, a menu with seven modules', () => {
        expect(
            all('sys_ui_action')
                .map((a) => a.fields.name)
                .sort()
        ).toEqual(['Retry now', 'Verify connection'])
        const menu = one('sys_app_application', { title: 'ELM Ticket Bridge' })
        const modules = all('sys_app_module', { application: menu.sysId })
        expect(modules.map((m) => m.fields.title).sort()).toEqual([
            'All callouts',
            'Failed callouts',
            'Needs attention',
            'Open callouts',
            'Overview by status',
            'Properties',
            'Routing rules',
        ])
    })

    it('ships the Flow action and at least three ATF tests', () => {
        const action = one('sys_hub_action_type_definition', { name: 'Resume Entitlement Management request' })
        expect(action).toBeDefined()
        const flowScript = records.filter((r) => JSON.stringify(r.fields).includes('resumeFromFlow'))
        expect(flowScript.length).toBeGreaterThan(0)
        expect(all('sys_atf_test').length).toBeGreaterThanOrEqual(3)
    })

    it('server modules avoid what the instance engine cannot run', () => {
        for (const module of all('sys_module').filter((m) => m.fields.path.includes('/src/server/'))) {
            expect([
                module.fields.path,
                /\b(setTimeout|process\.|Buffer|globalThis|Reflect\.|fetch\()/.test(module.fields.content),
            ]).toEqual([module.fields.path, false])
        }
    })
})
