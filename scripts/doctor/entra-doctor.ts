// npm run doctor:entra -- --tenant <id> --catalog <id> --app <client id> [--policy <id>] [--logic-app <resource id>]
// Reads (never writes) the Entra and Azure side of ELM Ticket Bridge and says, check by check, what is right and
// what to fix. Tokens come from the environment, never from the command line (it lands in shell history and in
// the process list): ELM_GRAPH_TOKEN (Graph), ELM_ARM_TOKEN (Azure Resource Manager, for --logic-app).
// Dev tooling: runs on Node, not on the instance.

export interface DoctorOptions {
    tenant: string
    catalog: string
    app: string
    policy?: string
    logicApp?: string
    graphEndpoint: string
    armEndpoint: string
}

export interface Check {
    name: string
    status: 'ok' | 'fix' | 'skipped'
    detail: string
}

export const ENTITLEMENT_MANAGEMENT_APP_ID = '810dcf14-1858-4bf2-8134-4c369fa3235b'
export const ROLE_ASSIGNMENT_MANAGER = 'e2182095-804a-4656-ae11-64734e9b7ae5'
export const ROLE_CATALOG_OWNER = 'ae79f266-94d4-4dab-b730-feca7e132178'
const REQUEST_STAGES = [
    'assignmentRequestCreated',
    'assignmentRequestApproved',
    'assignmentRequestGranted',
    'assignmentRequestRemoved',
]
const POP = '#microsoft.graph.azureAdPopTokenAuthentication'
const REQUEST_EXTENSION = '#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension'
const WORKFLOW_ID =
    /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Logic\/workflows\/([^/]+)$/i
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const LOGIC_APP_API_VERSION = '2019-05-01'
const ARM_TOKEN_HINT =
    'export ELM_ARM_TOKEN=$(az account get-access-token --resource https://management.azure.com/ --query accessToken -o tsv)'
const GRAPH_TOKEN_HINT =
    'export ELM_GRAPH_TOKEN=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)'

export const USAGE =
    'usage: npm run doctor:entra -- --tenant <tenant id> --catalog <catalog id> --app <client id of the app ServiceNow uses>\n' +
    '                               [--policy <assignment policy id>] [--logic-app <Logic App resource id>]\n' +
    '                               [--graph-endpoint <url>] [--arm-endpoint <url>]\n' +
    'Tokens are read from ELM_GRAPH_TOKEN and ELM_ARM_TOKEN (never pass a token on the command line):\n' +
    '  ' +
    GRAPH_TOKEN_HINT +
    '\n  ' +
    ARM_TOKEN_HINT +
    '\n'

/** Parses the command line; throws with a plain message on anything it cannot use. */
export function parseArgs(argv: string[]): DoctorOptions {
    const values: { [name: string]: string } = {}
    const known = ['tenant', 'catalog', 'app', 'policy', 'logic-app', 'graph-endpoint', 'arm-endpoint']
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i]
        const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg)
        if (/^--\S*(token|secret|password)/i.test(arg) || /^(Bearer\s|eyJ)/.test(arg))
            throw new Error(
                'Tokens and secrets are not taken on the command line; set ELM_GRAPH_TOKEN / ELM_ARM_TOKEN.'
            )
        if (!m || !known.includes(m[1])) throw new Error('Unknown argument ' + arg)
        const value = m[2] !== undefined ? m[2] : argv[++i]
        if (value === undefined || value.startsWith('--')) throw new Error('--' + m[1] + ' needs a value')
        values[m[1]] = value.trim()
    }
    for (const name of ['tenant', 'catalog', 'app']) if (!values[name]) throw new Error('--' + name + ' is required')
    for (const name of ['tenant', 'catalog', 'app', 'policy'])
        if (values[name] && !GUID.test(values[name])) throw new Error('--' + name + ' must be a GUID')
    if (values['logic-app'] && !WORKFLOW_ID.test(values['logic-app']))
        throw new Error(
            '--logic-app must be a resource ID: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Logic/workflows/<name>'
        )
    return {
        tenant: values.tenant,
        catalog: values.catalog,
        app: values.app,
        policy: values.policy,
        logicApp: values['logic-app'],
        graphEndpoint: (values['graph-endpoint'] || 'https://graph.microsoft.com').replace(/\/+$/, ''),
        armEndpoint: (values['arm-endpoint'] || 'https://management.azure.com').replace(/\/+$/, ''),
    }
}

interface Answer {
    status: number
    body: any
    error?: string
}

async function get(url: string, token: string): Promise<Answer> {
    try {
        const response = await fetch(url, {
            headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' },
            signal: AbortSignal.timeout(20000),
        })
        const text = await response.text()
        let body: any = null
        try {
            body = text ? JSON.parse(text) : null
        } catch (_error) {
            body = null
        }
        return { status: response.status, body }
    } catch (error) {
        return { status: 0, body: null, error: (error as Error).message }
    }
}

/** What a refused read means for the admin, in plain words. */
function refusal(answer: Answer, what: string, rights: string): string {
    if (answer.status === 0) return 'could not reach the endpoint for ' + what + ' (' + answer.error + ')'
    if (answer.status === 401) return 'the token was refused (expired, or for another resource): get a fresh one'
    if (answer.status === 403) return 'the signed-in admin may not read ' + what + ': ' + rights
    const message = answer.body && answer.body.error ? answer.body.error.message : ''
    return what + ' answered HTTP ' + answer.status + (message ? ': ' + message : '')
}

const same = (a: unknown, b: unknown) => String(a || '').toLowerCase() === String(b || '').toLowerCase()

export async function runDoctor(options: DoctorOptions, env: { [name: string]: string | undefined }): Promise<Check[]> {
    const checks: Check[] = []
    const ok = (name: string, detail = '') => checks.push({ name, status: 'ok', detail })
    const fix = (name: string, detail: string) => checks.push({ name, status: 'fix', detail })
    const skip = (name: string, detail: string) => checks.push({ name, status: 'skipped', detail })
    const graphToken = (env.ELM_GRAPH_TOKEN || '').trim()
    const em = options.graphEndpoint + '/v1.0/identityGovernance/entitlementManagement'
    const workflow = options.logicApp ? (WORKFLOW_ID.exec(options.logicApp) as RegExpExecArray) : null

    if (!graphToken) {
        fix('Graph token', 'ELM_GRAPH_TOKEN is not set. ' + GRAPH_TOKEN_HINT)
        return checks
    }
    const organization = await get(options.graphEndpoint + '/v1.0/organization?$select=id', graphToken)
    if (organization.status !== 200) {
        fix('Graph token', refusal(organization, 'the tenant', 'any signed-in admin can read it'))
        return checks
    }
    const tenantIds = (organization.body.value || []).map((o: any) => o.id)
    if (!tenantIds.some((id: string) => same(id, options.tenant))) {
        fix(
            'Graph token is for tenant ' + options.tenant,
            'the token is for tenant ' +
                tenantIds.join(', ') +
                ': sign in to the right tenant (az login --tenant ' +
                options.tenant +
                ')'
        )
        return checks
    }
    ok('Graph token is for tenant ' + options.tenant)

    const catalog = await get(em + '/catalogs/' + options.catalog, graphToken)
    if (catalog.status !== 200) {
        fix(
            'Catalog ' + options.catalog,
            catalog.status === 404
                ? 'no such catalog in this tenant: check --catalog (Identity Governance → Catalogs → the catalog → Overview)'
                : refusal(
                      catalog,
                      'the catalog',
                      'needs Catalog reader (or above) on it, or Identity Governance Administrator'
                  )
        )
        return checks
    }
    ok('Catalog ' + options.catalog + ' (' + catalog.body.displayName + ')')

    // The custom extension: the request-workflow extension of the catalog that calls the Logic App.
    const list = await get(em + '/catalogs/' + options.catalog + '/customWorkflowExtensions', graphToken)
    let extension: any = null
    if (list.status !== 200) {
        fix('Custom extension', refusal(list, "the catalog's custom extensions", 'needs Catalog reader (or above)'))
    } else {
        const all: any[] = list.body.value || []
        const requestType = all.filter((e) => e['@odata.type'] === REQUEST_EXTENSION)
        const pointing = workflow
            ? requestType.filter((e) => {
                  const c = e.endpointConfiguration || {}
                  return (
                      same(c.subscriptionId, workflow[1]) &&
                      same(c.resourceGroupName, workflow[2]) &&
                      same(c.logicAppWorkflowName, workflow[3])
                  )
              })
            : requestType
        if (requestType.length === 0) {
            fix(
                'Custom extension exists',
                all.length === 0
                    ? 'the catalog has no custom extension: create one of type "Request workflow" (azure/README.md step 3)'
                    : 'the catalog has only pre-expiration extensions (' +
                          all.map((e) => e.displayName).join(', ') +
                          '): create one of type "Request workflow" (pre-expiration ones cannot launch and wait)'
            )
        } else if (pointing.length === 0) {
            fix(
                'Custom extension points at the Logic App',
                'no request-workflow extension of the catalog calls ' +
                    workflow![3] +
                    ' in resource group ' +
                    workflow![2] +
                    '; they call: ' +
                    requestType
                        .map(
                            (e) => e.displayName + ' → ' + ((e.endpointConfiguration || {}).logicAppWorkflowName || '?')
                        )
                        .join(', ') +
                    '. Edit the extension (Details tab) or pass the right --logic-app'
            )
        } else {
            extension = pointing[0]
            ok('Custom extension exists: ' + extension.displayName + ' (' + extension.id + ')')
            if (workflow) ok('Custom extension points at the Logic App ' + workflow[3])
            else skip('Custom extension points at the Logic App', 'pass --logic-app to check it')
            if (pointing.length > 1)
                skip(
                    'Other extensions',
                    pointing.length - 1 + ' more request-workflow extension(s) match; checking ' + extension.displayName
                )
            const timeout = extension.callbackConfiguration
                ? extension.callbackConfiguration.timeoutDuration
                : undefined
            if (!extension.callbackConfiguration)
                fix(
                    'Custom extension launches and waits',
                    'it is "launch and continue": nothing waits for the ticket. Edit it (Extension Configuration → Launch and wait) with a response timeout'
                )
            else if (!timeout)
                fix(
                    'Custom extension launches and waits',
                    'it has a callback configuration but no stored timeoutDuration (a body that said durationBeforeTimeout is taken and the timeout lost): set the response timeout in the portal, or update with callbackConfiguration.timeoutDuration'
                )
            else ok('Custom extension launches and waits (timeoutDuration ' + timeout + ')')
            const auth = extension.authenticationConfiguration || {}
            if (auth['@odata.type'] === POP) ok('Custom extension uses proof-of-possession tokens')
            else
                fix(
                    'Custom extension uses proof-of-possession tokens',
                    'its token security is ' +
                        (auth['@odata.type'] || 'unset') +
                        ', but the Logic App accepts only PoP tokens: in the catalog\'s Custom extensions list choose "Update to new extension type", or create a new extension'
                )
        }
    }

    if (!options.policy) skip('Policy stage attached', 'pass --policy to check it')
    else {
        const url =
            em +
            '/assignmentPolicies/' +
            options.policy +
            '?$expand=' +
            encodeURIComponent('customExtensionStageSettings($expand=customExtension)')
        const policy = await get(url, graphToken)
        if (policy.status !== 200)
            fix(
                'Policy stage attached',
                policy.status === 404
                    ? 'no assignment policy ' + options.policy + ': check --policy (access package → Policies)'
                    : refusal(policy, 'the policy', 'needs Access package manager (or above) on the catalog')
            )
        else {
            const settings: any[] = policy.body.customExtensionStageSettings || []
            const mine = settings.filter(
                (s) => s.customExtension && extension && same(s.customExtension.id, extension.id)
            )
            const waiting = mine.filter((s) => REQUEST_STAGES.includes(s.stage))
            if (!extension) fix('Policy stage attached', 'cannot tell before the custom extension above is right')
            else if (waiting.length === 0)
                fix(
                    'Policy stage attached',
                    'policy "' +
                        policy.body.displayName +
                        '" does not call ' +
                        extension.displayName +
                        ' at any request stage' +
                        (settings.length
                            ? ' (it has: ' +
                              settings
                                  .map(
                                      (s) => s.stage + ' → ' + (s.customExtension ? s.customExtension.displayName : '?')
                                  )
                                  .join(', ') +
                              ')'
                            : '') +
                        ': add it (Policy → Custom Extensions → Request is approved), see azure/README.md step 4'
                )
            else
                ok(
                    'Policy stage attached: "' +
                        policy.body.displayName +
                        '" calls the extension at ' +
                        waiting.map((s) => s.stage).join(', ')
                )
        }
    }

    const sp = await get(
        options.graphEndpoint + "/v1.0/servicePrincipals(appId='" + options.app + "')?$select=id,appId,displayName",
        graphToken
    )
    if (sp.status !== 200)
        fix(
            'App may resume',
            sp.status === 404
                ? 'no service principal for client ID ' +
                      options.app +
                      ' in this tenant: check --app (the client ID in ServiceNow\'s OAuth entry "ELM Ticket Bridge Graph")'
                : refusal(sp, 'service principals', 'needs Directory readers or above')
        )
    else {
        const filter = "principalId eq '" + sp.body.id + "'"
        const roles = await get(
            options.graphEndpoint +
                '/v1.0/roleManagement/entitlementManagement/roleAssignments?$filter=' +
                encodeURIComponent(filter),
            graphToken
        )
        if (roles.status !== 200)
            fix(
                'App may resume',
                refusal(roles, 'catalog role assignments', 'needs Catalog owner or Identity Governance Administrator')
            )
        else {
            const scope = '/AccessPackageCatalog/' + options.catalog
            const onCatalog = (roles.body.value || []).filter((r: any) => same(r.appScopeId, scope))
            const name = sp.body.displayName + ' (' + options.app + ')'
            if (onCatalog.some((r: any) => same(r.roleDefinitionId, ROLE_ASSIGNMENT_MANAGER)))
                ok('App may resume: ' + name + ' is Access package assignment manager on the catalog')
            else if (onCatalog.some((r: any) => same(r.roleDefinitionId, ROLE_CATALOG_OWNER)))
                ok('App may resume: ' + name + ' is Catalog owner (Access package assignment manager would be enough)')
            else
                fix(
                    'App may resume',
                    name +
                        ' holds no Access package assignment manager role on the catalog' +
                        (onCatalog.length
                            ? ' (only ' + onCatalog.map((r: any) => r.roleDefinitionId).join(', ') + ')'
                            : '') +
                        ': add it (catalog → Roles and administrators), see azure/README.md step 5'
                )
        }
    }

    if (!workflow) {
        skip('Logic App', 'pass --logic-app to check its trigger policy and SAS')
        return checks
    }
    const armToken = (env.ELM_ARM_TOKEN || '').trim()
    if (!armToken) {
        fix('Logic App', 'ELM_ARM_TOKEN is not set. ' + ARM_TOKEN_HINT)
        return checks
    }
    const resource = await get(
        options.armEndpoint + options.logicApp + '?api-version=' + LOGIC_APP_API_VERSION,
        armToken
    )
    if (resource.status !== 200) {
        fix(
            'Logic App',
            resource.status === 404
                ? 'no Logic App ' +
                      options.logicApp +
                      ': check --logic-app, or deploy azure/logic-app.json (azure/README.md step 2)'
                : refusal(resource, 'the Logic App', 'needs Reader (or Logic App Operator) on it')
        )
        return checks
    }
    const triggers = ((resource.body.properties || {}).accessControl || {}).triggers || {}
    const policies = (triggers.openAuthenticationPolicies || {}).policies || {}
    const expected: { [claim: string]: string } = {
        iss: 'https://sts.windows.net/' + options.tenant + '/',
        appid: ENTITLEMENT_MANAGEMENT_APP_ID,
        m: 'POST',
        u: 'management.azure.com',
        p: options.logicApp as string,
    }
    const pop = Object.entries(policies).filter(([, p]: [string, any]) => p.type === 'AADPOP')
    const good = pop.filter(([, p]: [string, any]) => {
        const claims: { [name: string]: string } = {}
        for (const c of p.claims || []) claims[c.name] = c.value
        return Object.keys(expected).every((name) => same(claims[name], expected[name]))
    })
    if (good.length > 0) ok("Logic App accepts entitlement management's PoP tokens (policy " + good[0][0] + ')')
    else
        fix(
            "Logic App accepts entitlement management's PoP tokens",
            (pop.length === 0
                ? 'its trigger has no AADPOP policy' +
                  (Object.keys(policies).length
                      ? ' (only ' +
                        Object.values(policies)
                            .map((p: any) => p.type)
                            .join(', ') +
                        ')'
                      : '')
                : 'its AADPOP policy does not carry the claims ' +
                  Object.entries(expected)
                      .map(([n, v]) => n + '=' + v)
                      .join(', ')) +
                ": redeploy azure/logic-app.json (entitlement management's callouts are refused until then)"
        )
    const sas = triggers.sasAuthenticationPolicy || {}
    if (sas.state === 'Disabled') ok('Logic App has SAS disabled')
    else
        fix(
            'Logic App has SAS disabled',
            "anyone holding the trigger's SAS URL can call it: redeploy azure/logic-app.json (accessControl.triggers.sasAuthenticationPolicy.state = Disabled)"
        )
    const actions = ((resource.body.properties || {}).definition || {}).actions || {}
    const first = Object.values(actions).filter(
        (a: any) => !a.runAfter || Object.keys(a.runAfter).length === 0
    ) as any[]
    if (first.length === 1 && first[0].type === 'Response' && first[0].inputs && first[0].inputs.statusCode === 202)
        ok('Logic App answers 202 before calling ServiceNow')
    else
        fix(
            'Logic App answers 202 before calling ServiceNow',
            'entitlement management waits only about a second for the answer: redeploy azure/logic-app.json'
        )
    // A Response with no caller waiting (a resubmitted run, or one EM gave up on) does not succeed: the forward must
    // not depend on it.
    const forward = (actions.Forward_to_ServiceNow || {}) as { runAfter?: { [action: string]: string[] } }
    const after = Object.values(forward.runAfter || {})[0] || []
    if (['Succeeded', 'Failed', 'Skipped', 'TimedOut'].every((state) => after.indexOf(state) >= 0))
        ok('Logic App forwards whatever became of its 202')
    else
        fix(
            'Logic App forwards whatever became of its 202',
            'a resubmitted run, or one entitlement management stopped waiting for, never reaches ServiceNow: redeploy azure/logic-app.json'
        )
    return checks
}

export function render(checks: Check[]): string {
    const mark = { ok: 'ok  ', fix: 'FIX ', skipped: '--  ' }
    return (
        checks
            .map((c) => mark[c.status] + c.name + (c.detail ? (c.status === 'ok' ? '' : ': ') + c.detail : ''))
            .join('\n') + '\n'
    )
}

async function main(): Promise<number> {
    let options: DoctorOptions
    try {
        options = parseArgs(process.argv.slice(2))
    } catch (error) {
        process.stderr.write((error as Error).message + '\n' + USAGE)
        return 2
    }
    const checks = await runDoctor(options, process.env)
    process.stdout.write(render(checks))
    const fixes = checks.filter((c) => c.status === 'fix').length
    process.stdout.write(fixes === 0 ? 'All checks passed.\n' : fixes + ' thing(s) to fix.\n')
    return fixes === 0 ? 0 : 1
}

if (require.main === module) main().then((code) => process.exit(code))
