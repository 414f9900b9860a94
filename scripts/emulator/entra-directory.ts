// The admin side of Entra entitlement management and Azure Resource Manager, as much as the setup steps and the
// setup doctor touch: catalogs, custom extensions, assignment policies (GET with $expand, PUT of the whole policy),
// service principals, catalog role assignments, and a Logic App's resource (its access control). State is plain
// data that tests set up; every read and write is recorded in the emulator's call log.
import { randomUUID } from 'crypto'

export type Send = (status: number, text: string) => void
export type Audience = 'graph' | 'arm'

export interface CatalogRecord {
    id: string
    displayName: string
}
export interface ServicePrincipalRecord {
    id: string
    appId: string
    displayName: string
}
export interface RoleAssignmentRecord {
    id: string
    principalId: string
    roleDefinitionId: string
    appScopeId: string
    directoryScopeId: string
}
export interface WorkflowRecord {
    id: string
    name: string
    type: string
    location: string
    properties: any
}

const EM = '/v1.0/identityGovernance/entitlementManagement'
const REQUEST_STAGES = [
    'assignmentRequestCreated',
    'assignmentRequestApproved',
    'assignmentRequestGranted',
    'assignmentRequestRemoved',
]
const EXPIRY_STAGES = ['assignmentFourteenDaysBeforeExpiration', 'assignmentOneDayBeforeExpiration']
const EXTENSION_TYPES: { [type: string]: string[] } = {
    '#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension': REQUEST_STAGES,
    '#microsoft.graph.accessPackageAssignmentWorkflowExtension': EXPIRY_STAGES,
}
const AUTH_TYPES = [
    '#microsoft.graph.azureAdPopTokenAuthentication',
    '#microsoft.graph.azureAdTokenAuthentication',
    '#microsoft.graph.oidcByAzureAdTokenAuthentication',
]
const WORKFLOW_PATH =
    /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Logic\/workflows\/([^/]+)$/i

export function graphError(status: number, code: string, message: string): string {
    return JSON.stringify({ error: { code, message, innerError: { date: new Date().toISOString() } } })
}

/** ISO 8601 duration (days and time only, as Graph's Edm.Duration) to seconds; NaN when it is not one. */
export function durationSeconds(text: unknown): number {
    const m = typeof text === 'string' ? /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text) : null
    if (!m || text === 'P' || (text as string).endsWith('T')) return NaN
    return Number(m[1] || 0) * 86400 + Number(m[2] || 0) * 3600 + Number(m[3] || 0) * 60 + Number(m[4] || 0)
}

export class EntraDirectory {
    catalogs = new Map<string, CatalogRecord>()
    /** Custom extensions by id, each with the catalog it belongs to. */
    extensions = new Map<string, { catalogId: string; record: any }>()
    policies = new Map<string, any>()
    servicePrincipals = new Map<string, ServicePrincipalRecord>()
    roleAssignments: RoleAssignmentRecord[] = []
    /** Logic Apps by lower-cased resource ID (ARM paths are case-insensitive). */
    workflows = new Map<string, WorkflowRecord>()

    constructor(
        public tenantId: string,
        private record: (kind: string, status: number, detail?: any) => void
    ) {}

    reset(): void {
        this.catalogs.clear()
        this.extensions.clear()
        this.policies.clear()
        this.servicePrincipals.clear()
        this.roleAssignments = []
        this.workflows.clear()
    }

    addCatalog(displayName: string, id: string = randomUUID()): CatalogRecord {
        const catalog = { id, displayName }
        this.catalogs.set(id, catalog)
        return catalog
    }

    addServicePrincipal(appId: string, displayName: string, id: string = randomUUID()): ServicePrincipalRecord {
        const sp = { id, appId, displayName }
        this.servicePrincipals.set(appId.toLowerCase(), sp)
        return sp
    }

    addWorkflow(resourceId: string, properties: any): WorkflowRecord {
        const m = WORKFLOW_PATH.exec(resourceId)
        if (!m) throw new Error('not a Logic App resource ID: ' + resourceId)
        const workflow = {
            id: resourceId,
            name: m[3],
            type: 'Microsoft.Logic/workflows',
            location: 'westeurope',
            properties,
        }
        this.workflows.set(resourceId.toLowerCase(), workflow)
        return workflow
    }

    /** Handles the request when it is one of the directory's routes; false leaves it to the caller. */
    route(method: string, url: URL, body: string, audience: Audience | 'denied' | null, send: Send): boolean {
        const path = url.pathname
        if (WORKFLOW_PATH.test(path)) {
            this.arm(method, url, audience, send)
            return true
        }
        const isDirectory =
            path === '/v1.0/organization' ||
            path.startsWith('/v1.0/servicePrincipals') ||
            path.startsWith('/v1.0/roleManagement/entitlementManagement/') ||
            path.startsWith(EM + '/catalogs/') ||
            path.startsWith(EM + '/assignmentPolicies/')
        if (!isDirectory) return false
        const reply = (kind: string, status: number, text: string) => {
            this.record(kind, status, method + ' ' + path + url.search)
            send(status, text)
        }
        // Admin reads and writes need an admin's delegated token (the app's client-credentials token only resumes).
        if (audience === 'arm' || audience === null)
            return (
                reply(
                    'directory',
                    401,
                    graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.')
                ),
                true
            )
        if (audience === 'denied')
            return (
                reply(
                    'directory',
                    403,
                    graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
                ),
                true
            )
        try {
            const [status, payload] = this.graph(method, url, body)
            reply('directory', status, payload)
        } catch (error) {
            reply('directory', 400, graphError(400, 'BadRequest', (error as Error).message))
        }
        return true
    }

    private graph(method: string, url: URL, body: string): [number, string] {
        const path = url.pathname
        const ok = (status: number, value: unknown): [number, string] => [status, JSON.stringify(value)]
        const notFound = (what: string): [number, string] => [
            404,
            graphError(404, 'ResourceNotFound', what + ' was not found.'),
        ]
        if (path === '/v1.0/organization' && method === 'GET')
            return ok(200, { value: [{ id: this.tenantId, displayName: 'Emulated tenant' }] })

        const sp = /^\/v1\.0\/servicePrincipals\(appId='([^']+)'\)$/.exec(path)
        if (sp && method === 'GET') {
            const found = this.servicePrincipals.get(decodeURIComponent(sp[1]).toLowerCase())
            if (!found)
                return [
                    404,
                    graphError(
                        404,
                        'Request_ResourceNotFound',
                        "Resource '" +
                            sp[1] +
                            "' does not exist or one of its queried reference-property objects are not present."
                    ),
                ]
            return ok(200, found)
        }

        if (path === '/v1.0/roleManagement/entitlementManagement/roleAssignments') {
            if (method === 'GET') return ok(200, { value: this.filterRoleAssignments(url.searchParams.get('$filter')) })
            if (method === 'POST') return ok(201, this.createRoleAssignment(parse(body)))
        }

        const extension = new RegExp('^' + EM + '/catalogs/([^/]+)/customWorkflowExtensions(?:/([^/]+))?$').exec(path)
        if (extension) {
            const catalog = this.catalogs.get(extension[1])
            if (!catalog) return notFound('AccessPackageCatalog ' + extension[1])
            if (method === 'GET' && !extension[2])
                return ok(200, {
                    value: [...this.extensions.values()].filter((e) => e.catalogId === catalog.id).map((e) => e.record),
                })
            if (method === 'GET') {
                const found = this.extensions.get(extension[2])
                return found && found.catalogId === catalog.id
                    ? ok(200, found.record)
                    : notFound('CustomCalloutExtension ' + extension[2])
            }
            if (method === 'POST' && !extension[2]) return ok(201, this.createExtension(catalog.id, parse(body)))
        }

        const catalog = new RegExp('^' + EM + '/catalogs/([^/]+)$').exec(path)
        if (catalog && method === 'GET') {
            const found = this.catalogs.get(catalog[1])
            return found ? ok(200, found) : notFound('AccessPackageCatalog ' + catalog[1])
        }

        const policy = new RegExp('^' + EM + '/assignmentPolicies/([^/]+)$').exec(path)
        if (policy) {
            const found = this.policies.get(policy[1])
            if (!found) return notFound('AccessPackageAssignmentPolicy ' + policy[1])
            if (method === 'GET') return ok(200, this.expandPolicy(found, url.searchParams.get('$expand')))
            if (method === 'PUT') return ok(200, this.replacePolicy(policy[1], parse(body)))
            // v1.0 documents only PUT for this entity; the docs are silent on PATCH, so refuse it (stricter).
            return [
                405,
                graphError(405, 'MethodNotAllowed', 'Only GET, PUT and DELETE are supported on assignmentPolicies.'),
            ]
        }
        return [404, graphError(404, 'UnknownResource', 'Resource not found for the segment.')]
    }

    private filterRoleAssignments(filter: string | null): RoleAssignmentRecord[] {
        // Listing entitlement management role assignments takes a $filter (docs: roleDefinitionId or principalId).
        if (!filter) throw new Error('A $filter on principalId or roleDefinitionId is required.')
        const terms = filter.split(/\s+and\s+/i).map((term) => {
            const m = /^\s*(principalId|roleDefinitionId|appScopeId)\s+eq\s+'([^']*)'\s*$/.exec(term)
            if (!m) throw new Error('Unsupported filter: ' + term)
            return { field: m[1] as keyof RoleAssignmentRecord, value: m[2] }
        })
        if (!terms.some((t) => t.field === 'principalId' || t.field === 'roleDefinitionId'))
            throw new Error('A $filter on principalId or roleDefinitionId is required.')
        return this.roleAssignments.filter((r) =>
            terms.every((t) => r[t.field].toLowerCase() === t.value.toLowerCase())
        )
    }

    private createRoleAssignment(body: any): RoleAssignmentRecord {
        for (const name of ['principalId', 'roleDefinitionId'])
            if (typeof body[name] !== 'string' || !body[name]) throw new Error(name + ' is required.')
        const scope = /^\/AccessPackageCatalog\/(.+)$/.exec(body.appScopeId || '')
        if (!scope || !this.catalogs.has(scope[1]))
            throw new Error('appScopeId must be /AccessPackageCatalog/{id} of an existing catalog.')
        const assignment = {
            id: randomUUID(),
            principalId: body.principalId,
            roleDefinitionId: body.roleDefinitionId,
            appScopeId: body.appScopeId,
            directoryScopeId: body.directoryScopeId || '/',
        }
        this.roleAssignments.push(assignment)
        return assignment
    }

    private createExtension(catalogId: string, body: any): any {
        const type = body['@odata.type']
        if (!EXTENSION_TYPES[type]) throw new Error('@odata.type must name a custom workflow extension type.')
        if (typeof body.displayName !== 'string' || !body.displayName) throw new Error('displayName is required.')
        const endpoint = body.endpointConfiguration || {}
        if (endpoint['@odata.type'] !== '#microsoft.graph.logicAppTriggerEndpointConfiguration')
            throw new Error('endpointConfiguration must be a logicAppTriggerEndpointConfiguration.')
        for (const name of ['subscriptionId', 'resourceGroupName', 'logicAppWorkflowName'])
            if (typeof endpoint[name] !== 'string' || !endpoint[name])
                throw new Error('endpointConfiguration.' + name + ' is required.')
        const auth = body.authenticationConfiguration || {}
        if (!AUTH_TYPES.includes(auth['@odata.type']))
            throw new Error('authenticationConfiguration must name an authentication type.')
        const record: any = {
            '@odata.type': type,
            id: randomUUID(),
            displayName: body.displayName,
            description: body.description || null,
            createdDateTime: new Date().toISOString(),
            lastModifiedDateTime: new Date().toISOString(),
            clientConfiguration: body.clientConfiguration || null,
            endpointConfiguration: {
                '@odata.type': endpoint['@odata.type'],
                subscriptionId: endpoint.subscriptionId,
                resourceGroupName: endpoint.resourceGroupName,
                logicAppWorkflowName: endpoint.logicAppWorkflowName,
                url: endpoint.url || null,
            },
            authenticationConfiguration: { ...auth },
            callbackConfiguration: null,
        }
        if (body.callbackConfiguration) {
            if (type !== '#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension')
                throw new Error('Pre-expiration extensions cannot launch and wait.')
            // Only the v1.0 schema's property is stored: a body that names the timeout otherwise (one Microsoft
            // example says durationBeforeTimeout) is taken, and the timeout is lost. That is why the README and the
            // doctor read the extension back.
            const timeout = body.callbackConfiguration.timeoutDuration
            if (timeout !== undefined) {
                const seconds = durationSeconds(timeout)
                if (!(seconds >= 300 && seconds <= 14 * 86400))
                    throw new Error('callbackConfiguration.timeoutDuration must be 5 minutes to 14 days.')
            }
            record.callbackConfiguration = {
                '@odata.type': '#microsoft.graph.customExtensionCallbackConfiguration',
                timeoutDuration: timeout === undefined ? null : timeout,
            }
        }
        this.extensions.set(record.id, { catalogId, record })
        return record
    }

    private expandPolicy(policy: any, expand: string | null): any {
        const { customExtensionStageSettings, ...rest } = policy
        const out: any = { ...rest }
        const wanted = (expand || '').replace(/\s+/g, '')
        // customExtensionStageSettings is a navigation property: only $expand brings it, and only a nested
        // $expand brings each setting's customExtension.
        if (
            wanted === 'customExtensionStageSettings' ||
            wanted === 'customExtensionStageSettings($expand=customExtension)'
        ) {
            const nested = wanted.includes('$expand=customExtension')
            out.customExtensionStageSettings = (customExtensionStageSettings || []).map((s: any) => {
                const setting: any = { id: s.id, stage: s.stage }
                if (nested) {
                    const found = this.extensions.get(s.customExtensionId)
                    setting.customExtension = found ? found.record : null
                }
                return setting
            })
        } else if (wanted) throw new Error('Unsupported $expand: ' + expand)
        return out
    }

    /** PUT replaces the whole policy: whatever the body leaves out is gone (docs: Update accessPackageAssignmentPolicy). */
    private replacePolicy(id: string, body: any): any {
        if (body.id !== undefined && body.id !== id) throw new Error('The id in the body does not match the URL.')
        const existing = this.policies.get(id)
        const catalogId = existing.catalog && existing.catalog.id
        const settings = (body.customExtensionStageSettings || []).map((s: any) => {
            const extension = s.customExtension || {}
            if (!REQUEST_STAGES.includes(s.stage) && !EXPIRY_STAGES.includes(s.stage))
                throw new Error('Unknown stage ' + s.stage + '.')
            if (typeof extension['@odata.type'] !== 'string')
                throw new Error('customExtension needs its @odata.type (the type of the extension).')
            const found = this.extensions.get(extension.id)
            if (!found || found.catalogId !== catalogId)
                throw new Error('customExtension ' + extension.id + ' is not a custom extension of the catalog.')
            if (found.record['@odata.type'] !== extension['@odata.type'])
                throw new Error('customExtension @odata.type does not match the extension.')
            if (!EXTENSION_TYPES[extension['@odata.type']].includes(s.stage))
                throw new Error('Stage ' + s.stage + ' does not fit a ' + extension['@odata.type'] + '.')
            return { id: s.id || randomUUID(), stage: s.stage, customExtensionId: extension.id }
        })
        const { customExtensionStageSettings: _ignored, ...rest } = body
        const replaced = {
            ...rest,
            id,
            catalog: existing.catalog,
            modifiedDateTime: new Date().toISOString(),
            customExtensionStageSettings: settings,
        }
        this.policies.set(id, replaced)
        return this.expandPolicy(replaced, null)
    }

    private arm(method: string, url: URL, audience: Audience | 'denied' | null, send: Send): void {
        const reply = (status: number, value: unknown) => {
            this.record('arm', status, method + ' ' + url.pathname + url.search)
            send(status, JSON.stringify(value))
        }
        const error = (status: number, code: string, message: string) => reply(status, { error: { code, message } })
        if (audience !== 'arm')
            return error(
                401,
                'InvalidAuthenticationToken',
                'The access token is invalid or was issued for another resource than https://management.azure.com/.'
            )
        if (!url.searchParams.get('api-version'))
            return error(
                400,
                'MissingApiVersionParameter',
                'The api-version query parameter (?api-version=) is required for all requests.'
            )
        if (method !== 'GET') return error(405, 'MethodNotAllowed', 'The emulator only reads Logic Apps.')
        const found = this.workflows.get(url.pathname.toLowerCase())
        if (!found) {
            const m = WORKFLOW_PATH.exec(url.pathname) as RegExpExecArray
            return error(
                404,
                'ResourceNotFound',
                "The Resource 'Microsoft.Logic/workflows/" +
                    m[3] +
                    "' under resource group '" +
                    m[2] +
                    "' was not found."
            )
        }
        reply(200, found)
    }

    /** A policy as the portal would have made it, with nothing attached yet (tests seed it). */
    addPolicy(catalogId: string, displayName: string, id: string = randomUUID()): any {
        const policy = {
            id,
            displayName,
            description: displayName,
            allowedTargetScope: 'allMemberUsers',
            specificAllowedTargets: [],
            automaticRequestSettings: null,
            expiration: { type: 'noExpiration' },
            requestorSettings: { enableTargetsToSelfAddAccess: true, allowCustomAssignmentSchedule: false },
            requestApprovalSettings: {
                isApprovalRequiredForAdd: true,
                isApprovalRequiredForUpdate: false,
                stages: [
                    {
                        durationBeforeAutomaticDenial: 'P2D',
                        isApproverJustificationRequired: false,
                        isEscalationEnabled: false,
                        primaryApprovers: [{ '@odata.type': '#microsoft.graph.requestorManager', managerLevel: 1 }],
                    },
                ],
            },
            reviewSettings: null,
            questions: [],
            accessPackage: { id: randomUUID() },
            catalog: { id: catalogId },
            customExtensionStageSettings: [],
        }
        this.policies.set(id, policy)
        return policy
    }
}

function parse(body: string): any {
    try {
        const value = JSON.parse(body)
        if (value && typeof value === 'object' && !Array.isArray(value)) return value
    } catch (_error) {
        // fall through
    }
    throw new Error('The request body is not a JSON object.')
}
