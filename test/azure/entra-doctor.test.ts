// The setup doctor end to end against the Graph/Entra emulator (loopback): the setup is made by sending the Graph
// bodies of azure/README.md and "deploying" azure/logic-app.json into the emulator's Resource Manager; then every
// check is shown passing and, one fault at a time, failing with what to fix.
import * as fs from 'fs'
import * as path from 'path'
import { execFile } from 'child_process'
import { GraphEmulator } from '../../scripts/emulator/graph-emulator.ts'
import { runDoctor, parseArgs, render, DoctorOptions, Check } from '../../scripts/doctor/entra-doctor.ts'
import { evaluateTemplate } from './arm-template.ts'

const root = path.join(__dirname, '..', '..')
const readme = fs.readFileSync(path.join(root, 'azure', 'README.md'), 'utf8')
const template = JSON.parse(fs.readFileSync(path.join(root, 'azure', 'logic-app.json'), 'utf8'))
const SUBSCRIPTION = '0b1c2d3e-4f50-4617-8283-949596979899'
const RG = 'rg-elm-ticket-bridge'
const WORKFLOW_ID =
    '/subscriptions/' +
    SUBSCRIPTION +
    '/resourceGroups/' +
    RG +
    '/providers/Microsoft.Logic/workflows/elm-ticket-bridge-forwarder'
const CATALOG = '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e'
const POLICY = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'
const APP = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
const OTHER = '99999999-8888-4777-8666-555555555555'

/** A Graph body from azure/README.md, by the marker comment above its code block, placeholders filled in. */
function readmeBody(name: string, values: { [placeholder: string]: string }): any {
    const m = new RegExp('<!-- graph-body: ' + name + ' -->\\s*```json\\n([\\s\\S]*?)```').exec(readme)
    if (!m) throw new Error('azure/README.md has no graph-body ' + name)
    let text = m[1]
    for (const [placeholder, value] of Object.entries(values)) text = text.split('<' + placeholder + '>').join(value)
    if (/<[a-z-]+>/.test(text)) throw new Error('unfilled placeholder in ' + name + ': ' + text)
    return JSON.parse(text)
}

let emulator: GraphEmulator
let base: string
let graphToken: string
let armToken: string
let extensionId: string

async function call(method: string, url: string, body?: unknown, token = graphToken) {
    const response = await fetch(base + url, {
        method,
        headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
}

const EM = '/v1.0/identityGovernance/entitlementManagement'
const EXPAND = '?$expand=' + encodeURIComponent('customExtensionStageSettings($expand=customExtension)')

function deployTemplate(mutate: (workflowProperties: any) => void = () => undefined): void {
    const resources = evaluateTemplate(template, {
        subscriptionId: SUBSCRIPTION,
        resourceGroup: RG,
        tenantId: emulator.config.tenantId,
        parameters: {
            serviceNowInstanceUrl: 'https://example.service-now.com',
            serviceNowUser: 'elm.integration',
            serviceNowPassword: 'not-used',
            actionGroupId:
                '/subscriptions/' +
                SUBSCRIPTION +
                '/resourceGroups/' +
                RG +
                '/providers/microsoft.insights/actionGroups/ops',
        },
    })
    const workflow = resources.find((r: any) => r.type === 'Microsoft.Logic/workflows')
    expect(workflow.id).toBe(WORKFLOW_ID)
    mutate(workflow.properties)
    emulator.directory.addWorkflow(workflow.id, workflow.properties)
}

/** The whole setup as azure/README.md describes it, through the emulator's Graph. */
async function setUp(): Promise<void> {
    emulator.reset()
    emulator.directory.addCatalog('IT access', CATALOG)
    emulator.directory.addPolicy(CATALOG, 'Employees, manager approval', POLICY)
    const sp = emulator.directory.addServicePrincipal(APP, 'ELM Ticket Bridge (ServiceNow)')
    deployTemplate()
    const created = await call(
        'POST',
        EM + '/catalogs/' + CATALOG + '/customWorkflowExtensions',
        readmeBody('create-extension', { 'subscription-id': SUBSCRIPTION })
    )
    expect(created.status).toBe(201)
    extensionId = created.body.id
    // Step 4: GET the whole policy, append the stage keeping what is there, PUT the whole object back.
    const policy = await call('GET', EM + '/assignmentPolicies/' + POLICY + EXPAND)
    expect(policy.status).toBe(200)
    policy.body.customExtensionStageSettings.push(readmeBody('stage-setting', { 'extension-id': extensionId }))
    const put = await call('PUT', EM + '/assignmentPolicies/' + POLICY, policy.body)
    expect(put.status).toBe(200)
    const role = await call(
        'POST',
        '/v1.0/roleManagement/entitlementManagement/roleAssignments',
        readmeBody('role-assignment', { 'service-principal-object-id': sp.id, 'catalog-id': CATALOG })
    )
    expect(role.status).toBe(201)
}

function options(extra: Partial<DoctorOptions> = {}): DoctorOptions {
    return {
        tenant: emulator.config.tenantId,
        catalog: CATALOG,
        app: APP,
        policy: POLICY,
        logicApp: WORKFLOW_ID,
        graphEndpoint: base,
        armEndpoint: base,
        ...extra,
    }
}

async function doctor(extra: Partial<DoctorOptions> = {}, env?: { [name: string]: string }): Promise<Check[]> {
    return runDoctor(options(extra), env || { ELM_GRAPH_TOKEN: graphToken, ELM_ARM_TOKEN: armToken })
}

/** The one check whose name starts with `name`. */
function check(checks: Check[], name: string): Check {
    const found = checks.filter((c) => c.name.startsWith(name))
    if (found.length !== 1) throw new Error('expected one check ' + name + ', got:\n' + render(checks))
    return found[0]
}

const fixes = (checks: Check[]) => checks.filter((c) => c.status === 'fix').map((c) => c.name)

beforeAll(async () => {
    emulator = new GraphEmulator()
    base = 'http://127.0.0.1:' + (await emulator.listen())
})
afterAll(() => emulator.close())
beforeEach(async () => {
    graphToken = emulator.issueAdminToken('graph')
    armToken = emulator.issueAdminToken('arm')
    await setUp()
})

describe('README setup steps against the emulator', () => {
    it('stores the extension as created from the README body, timeout included', async () => {
        const read = await call('GET', EM + '/catalogs/' + CATALOG + '/customWorkflowExtensions/' + extensionId)
        expect(read.body.callbackConfiguration.timeoutDuration).toBe('P3D')
        expect(read.body.authenticationConfiguration['@odata.type']).toBe(
            '#microsoft.graph.azureAdPopTokenAuthentication'
        )
    })

    it('keeps every other policy setting through the GET-append-PUT of step 4', async () => {
        const policy = await call('GET', EM + '/assignmentPolicies/' + POLICY + EXPAND)
        expect(policy.body.requestApprovalSettings.isApprovalRequiredForAdd).toBe(true)
        expect(policy.body.requestApprovalSettings.stages.length).toBe(1)
        expect(policy.body.customExtensionStageSettings).toEqual([
            expect.objectContaining({
                stage: 'assignmentRequestApproved',
                customExtension: expect.objectContaining({ id: extensionId }),
            }),
        ])
    })

    it('wipes the policy on a partial PUT, as the README warns, and has no PATCH', async () => {
        const stage = readmeBody('stage-setting', { 'extension-id': extensionId })
        const patch = await call('PATCH', EM + '/assignmentPolicies/' + POLICY, {
            customExtensionStageSettings: [stage],
        })
        expect(patch.status).toBe(405)
        const partial = await call('PUT', EM + '/assignmentPolicies/' + POLICY, {
            customExtensionStageSettings: [stage],
        })
        expect(partial.status).toBe(200)
        const after = await call('GET', EM + '/assignmentPolicies/' + POLICY)
        expect(after.body.requestApprovalSettings).toBeUndefined()
        expect(after.body.displayName).toBeUndefined()
    })

    it('refuses a stage entry whose customExtension lacks its @odata.type', async () => {
        const policy = await call('GET', EM + '/assignmentPolicies/' + POLICY + EXPAND)
        policy.body.customExtensionStageSettings = [
            { stage: 'assignmentRequestApproved', customExtension: { id: extensionId } },
        ]
        const put = await call('PUT', EM + '/assignmentPolicies/' + POLICY, policy.body)
        expect(put.status).toBe(400)
        expect(put.body.error.message).toContain('@odata.type')
    })

    it('shows stage settings only with $expand, and their extensions only with the nested $expand', async () => {
        const plain = await call('GET', EM + '/assignmentPolicies/' + POLICY)
        expect(plain.body).not.toHaveProperty('customExtensionStageSettings')
        const shallow = await call(
            'GET',
            EM + '/assignmentPolicies/' + POLICY + '?$expand=customExtensionStageSettings'
        )
        expect(shallow.body.customExtensionStageSettings[0]).not.toHaveProperty('customExtension')
    })
})

describe('npm run doctor:entra', () => {
    it('passes every check on the setup the README describes, reading only', async () => {
        const before = emulator.calls.length
        const checks = await doctor()
        expect(fixes(checks)).toEqual([])
        expect(checks.map((c) => c.status + ' ' + c.name.split(/[:(]/)[0].trim())).toEqual([
            'ok Graph token is for tenant ' + emulator.config.tenantId,
            'ok Catalog ' + CATALOG,
            'ok Custom extension exists',
            'ok Custom extension points at the Logic App elm-ticket-bridge-forwarder',
            'ok Custom extension launches and waits',
            'ok Custom extension uses proof-of-possession tokens',
            'ok Policy stage attached',
            'ok App may resume',
            "ok Logic App accepts entitlement management's PoP tokens",
            'ok Logic App has SAS disabled',
            'ok Logic App answers 202 before calling ServiceNow',
            'ok Logic App forwards whatever became of its 202',
        ])
        const made = emulator.calls.slice(before)
        expect(made.length).toBeGreaterThan(0)
        for (const c of made) expect(String(c.body)).toMatch(/^GET /)
    })

    it('runs from the command line with tokens from the environment, and refuses a token as an argument', async () => {
        const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
        const script = path.join(root, 'scripts', 'doctor', 'entra-doctor.ts')
        const args = ['--tenant', emulator.config.tenantId, '--catalog', CATALOG, '--app', APP, '--policy', POLICY]
        const run = (argv: string[], env: { [name: string]: string }) =>
            new Promise<{ code: number; out: string }>((resolve) => {
                execFile(
                    tsx,
                    [script, ...argv],
                    { env: { ...process.env, ...env }, timeout: 20000 },
                    (error, stdout, stderr) =>
                        resolve({ code: error ? Number((error as any).code) : 0, out: stdout + stderr })
                )
            })
        const good = await run(
            [...args, '--logic-app', WORKFLOW_ID, '--graph-endpoint', base, '--arm-endpoint', base],
            {
                ELM_GRAPH_TOKEN: graphToken,
                ELM_ARM_TOKEN: armToken,
            }
        )
        expect(good.out).toContain('All checks passed.')
        expect(good.out).not.toContain(graphToken)
        expect(good.code).toBe(0)
        const bad = await run([...args, '--graph-endpoint', base, '--graph-token', graphToken], {})
        expect(bad.code).toBe(2)
        expect(bad.out).toContain('not taken on the command line')
        emulator.directory.roleAssignments = []
        const failing = await run([...args, '--graph-endpoint', base], { ELM_GRAPH_TOKEN: graphToken })
        expect(failing.code).toBe(1)
        expect(failing.out).toMatch(/FIX App may resume: .*Access package assignment manager/)
        expect(failing.out).toContain('--  Logic App: pass --logic-app')
    }, 60000)

    it('rejects unusable arguments in plain words', () => {
        expect(() => parseArgs(['--tenant', 'x', '--catalog', CATALOG, '--app', APP])).toThrow(
            '--tenant must be a GUID'
        )
        expect(() => parseArgs(['--catalog', CATALOG, '--app', APP])).toThrow('--tenant is required')
        expect(() =>
            parseArgs(['--tenant', OTHER, '--catalog', CATALOG, '--app', APP, '--logic-app', 'forwarder'])
        ).toThrow('--logic-app must be a resource ID')
        expect(() => parseArgs(['--tenant', OTHER, '--catalog', CATALOG, '--app', APP, 'eyJhbGciOi.x.y'])).toThrow(
            'not taken on the command line'
        )
    })

    describe('the Graph token', () => {
        it('is missing', async () => {
            const checks = await doctor({}, {})
            expect(check(checks, 'Graph token').status).toBe('fix')
            expect(check(checks, 'Graph token').detail).toContain('ELM_GRAPH_TOKEN is not set')
        })
        it('is refused', async () => {
            const checks = await doctor({}, { ELM_GRAPH_TOKEN: 'expired' })
            expect(check(checks, 'Graph token').detail).toContain('get a fresh one')
        })
        it('is for another tenant', async () => {
            const checks = await doctor({ tenant: OTHER })
            expect(check(checks, 'Graph token').detail).toContain('az login --tenant ' + OTHER)
        })
        it('belongs to someone without admin rights', async () => {
            const checks = await doctor({}, { ELM_GRAPH_TOKEN: emulator.issueAdminToken('denied') })
            expect(check(checks, 'Graph token').detail).toContain('may not read')
        })
        it('is an ARM token', async () => {
            const checks = await doctor({}, { ELM_GRAPH_TOKEN: armToken })
            expect(check(checks, 'Graph token').status).toBe('fix')
        })
    })

    it('names a catalog that does not exist', async () => {
        const checks = await doctor({ catalog: OTHER })
        expect(check(checks, 'Catalog').detail).toContain('no such catalog')
    })

    describe('the custom extension', () => {
        it('does not exist', async () => {
            emulator.directory.extensions.clear()
            const checks = await doctor({ policy: undefined })
            expect(check(checks, 'Custom extension exists').detail).toContain('has no custom extension')
        })
        it('is of the pre-expiration type only', async () => {
            for (const e of emulator.directory.extensions.values()) {
                e.record['@odata.type'] = '#microsoft.graph.accessPackageAssignmentWorkflowExtension'
                e.record.callbackConfiguration = null
            }
            const checks = await doctor({ policy: undefined })
            expect(check(checks, 'Custom extension exists').detail).toContain('only pre-expiration extensions')
        })
        it('calls another Logic App', async () => {
            const checks = await doctor({ logicApp: WORKFLOW_ID.replace('elm-ticket-bridge-forwarder', 'other-app') })
            const c = check(checks, 'Custom extension points at the Logic App')
            expect(c.status).toBe('fix')
            expect(c.detail).toContain('ServiceNow ticket (ELM Ticket Bridge) → elm-ticket-bridge-forwarder')
        })
        it('is launch and continue', async () => {
            emulator.directory.extensions.clear()
            const body = readmeBody('create-extension', { 'subscription-id': SUBSCRIPTION })
            delete body.callbackConfiguration
            expect((await call('POST', EM + '/catalogs/' + CATALOG + '/customWorkflowExtensions', body)).status).toBe(
                201
            )
            const checks = await doctor({ policy: undefined })
            expect(check(checks, 'Custom extension launches and waits').detail).toContain('launch and continue')
        })
        it('was created with durationBeforeTimeout, so no timeout was stored', async () => {
            emulator.directory.extensions.clear()
            const body = readmeBody('create-extension', { 'subscription-id': SUBSCRIPTION })
            body.callbackConfiguration = {
                '@odata.type': '#microsoft.graph.customExtensionCallbackConfiguration',
                durationBeforeTimeout: 'P3D',
            }
            const created = await call('POST', EM + '/catalogs/' + CATALOG + '/customWorkflowExtensions', body)
            expect(created.status).toBe(201)
            expect(created.body.callbackConfiguration.timeoutDuration).toBeNull()
            const checks = await doctor({ policy: undefined })
            expect(check(checks, 'Custom extension launches and waits').detail).toContain('no stored timeoutDuration')
        })
        it('uses bearer tokens', async () => {
            emulator.directory.extensions.clear()
            const body = readmeBody('create-extension', { 'subscription-id': SUBSCRIPTION })
            body.authenticationConfiguration = {
                '@odata.type': '#microsoft.graph.azureAdTokenAuthentication',
                resourceId: OTHER,
            }
            expect((await call('POST', EM + '/catalogs/' + CATALOG + '/customWorkflowExtensions', body)).status).toBe(
                201
            )
            const checks = await doctor({ policy: undefined })
            expect(check(checks, 'Custom extension uses proof-of-possession').detail).toContain(
                'Update to new extension type'
            )
        })
    })

    describe('the policy', () => {
        it('does not exist', async () => {
            const checks = await doctor({ policy: OTHER })
            expect(check(checks, 'Policy stage attached').detail).toContain('no assignment policy')
        })
        it('does not call the extension', async () => {
            const policy = await call('GET', EM + '/assignmentPolicies/' + POLICY + EXPAND)
            policy.body.customExtensionStageSettings = []
            expect((await call('PUT', EM + '/assignmentPolicies/' + POLICY, policy.body)).status).toBe(200)
            const checks = await doctor()
            expect(check(checks, 'Policy stage attached').detail).toContain(
                'does not call ServiceNow ticket (ELM Ticket Bridge)'
            )
        })
        it('is not given', async () => {
            const checks = await doctor({ policy: undefined })
            expect(check(checks, 'Policy stage attached').status).toBe('skipped')
        })
    })

    describe("the app's catalog role", () => {
        it('has no service principal for the client ID', async () => {
            const checks = await doctor({ app: OTHER })
            expect(check(checks, 'App may resume').detail).toContain('no service principal for client ID ' + OTHER)
        })
        it('has no role on the catalog', async () => {
            emulator.directory.roleAssignments = []
            const checks = await doctor()
            expect(check(checks, 'App may resume').detail).toContain('holds no Access package assignment manager role')
        })
        it('has only Catalog reader', async () => {
            emulator.directory.roleAssignments[0].roleDefinitionId = '44272f93-9762-48e8-af59-1b5351b1d6b3'
            const checks = await doctor()
            expect(check(checks, 'App may resume').status).toBe('fix')
        })
        it('has the role on another catalog', async () => {
            emulator.directory.roleAssignments[0].appScopeId = '/AccessPackageCatalog/' + OTHER
            const checks = await doctor()
            expect(check(checks, 'App may resume').status).toBe('fix')
        })
        it('is Catalog owner: enough, though more than needed', async () => {
            emulator.directory.roleAssignments[0].roleDefinitionId = 'ae79f266-94d4-4dab-b730-feca7e132178'
            const checks = await doctor()
            expect(check(checks, 'App may resume').status).toBe('ok')
            expect(check(checks, 'App may resume').name).toContain('would be enough')
        })
    })

    describe('the Logic App', () => {
        it('has no ARM token', async () => {
            const checks = await doctor({}, { ELM_GRAPH_TOKEN: graphToken })
            expect(check(checks, 'Logic App').detail).toContain('ELM_ARM_TOKEN is not set')
        })
        it('is read with a Graph token by mistake', async () => {
            const checks = await doctor({}, { ELM_GRAPH_TOKEN: graphToken, ELM_ARM_TOKEN: graphToken })
            expect(check(checks, 'Logic App').detail).toContain('get a fresh one')
        })
        it('does not exist', async () => {
            emulator.directory.workflows.clear()
            const checks = await doctor()
            expect(check(checks, 'Logic App').detail).toContain('deploy azure/logic-app.json')
        })
        it('has the bearer policy, SAS on and answers after ServiceNow (the old template)', async () => {
            emulator.directory.workflows.clear()
            deployTemplate((p) => {
                p.accessControl.triggers = {
                    openAuthenticationPolicies: {
                        policies: {
                            EntitlementManagementOnly: {
                                type: 'AAD',
                                claims: [
                                    { name: 'iss', value: 'https://sts.windows.net/' + emulator.config.tenantId + '/' },
                                    { name: 'aud', value: OTHER },
                                    { name: 'appid', value: '810dcf14-1858-4bf2-8134-4c369fa3235b' },
                                ],
                            },
                        },
                    },
                }
                p.definition.actions.Forward_to_ServiceNow.runAfter = {}
                p.definition.actions.Accepted.runAfter = { Forward_to_ServiceNow: ['Succeeded'] }
            })
            const checks = await doctor()
            expect(fixes(checks)).toEqual([
                "Logic App accepts entitlement management's PoP tokens",
                'Logic App has SAS disabled',
                'Logic App answers 202 before calling ServiceNow',
                'Logic App forwards whatever became of its 202',
            ])
            expect(check(checks, 'Logic App accepts').detail).toContain('no AADPOP policy (only AAD)')
        })
        it('has a PoP policy for another workflow path', async () => {
            emulator.directory.workflows.clear()
            deployTemplate((p) => {
                const policy: any = Object.values(p.accessControl.triggers.openAuthenticationPolicies.policies)[0]
                policy.claims.find((c: any) => c.name === 'p').value = WORKFLOW_ID.replace('forwarder', 'copy')
            })
            const checks = await doctor()
            expect(fixes(checks)).toEqual(["Logic App accepts entitlement management's PoP tokens"])
            expect(check(checks, 'Logic App accepts').detail).toContain('does not carry the claims')
        })
    })
})
