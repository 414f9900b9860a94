// The Graph v1.0 resume request: path and body. The body is always built with JSON.stringify.

import { isGuid } from './identifiers.ts'
import { Stage, resumeTypeFor } from './stages.ts'
import { oneLine, truncate } from './text.ts'

export const RESUME_PATH_PREFIX = '/v1.0/identityGovernance/entitlementManagement/assignmentRequests/'
export const CALLBACK_DATA_TYPE = 'microsoft.graph.accessPackageAssignmentRequestCallbackData'
const MAX_DETAIL_LENGTH = 1000

export type ResumeState = 'denied' | 'canceled'

export interface ResumeInput {
    requestId: string
    stageInstanceId: string
    stage: Stage
    source: string
    detail: string
    state?: ResumeState
}

export interface ResumeBody {
    source: string
    type: string
    data: {
        '@odata.type': string
        stage: Stage
        customExtensionStageInstanceId: string
        customExtensionStageInstanceDetail: string
        state?: ResumeState
    }
}

/** Path relative to the Graph endpoint; throws on an identifier that is not a GUID. */
export function resumePath(requestId: string): string {
    if (!isGuid(requestId)) throw new Error('Request id is not a GUID')
    return RESUME_PATH_PREFIX + requestId.toLowerCase() + '/resume'
}

/** Plain http to this machine (the local emulator), optionally with a port, then a path or nothing. */
export function isLoopbackHttp(url: string): boolean {
    return /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i.test(url)
}

/**
 * Microsoft Graph's service roots: the global service and the national clouds (learn.microsoft.com/graph/deployments,
 * "Microsoft Graph and Graph Explorer service root endpoints"). The REST message sends the app's access token to
 * this host, so no other host is accepted: an app admin (a role that can be delegated) could otherwise send the token
 * anywhere.
 */
export const GRAPH_HOSTS = [
    'graph.microsoft.com',
    'graph.microsoft.us',
    'dod-graph.microsoft.us',
    'microsoftgraph.chinacloudapi.cn',
]

/** For messages: the hosts an admin may choose. */
export const GRAPH_ROOTS_HINT = 'https:// and one of ' + GRAPH_HOSTS.join(', ')

/**
 * Graph endpoint with any trailing slashes removed: https to one of Graph's hosts, or this machine (the local
 * emulator; on an instance that is the node itself) over http or https. A host and optional port only, no path.
 */
export function normaliseGraphEndpoint(endpoint: string): string | null {
    const trimmed = (endpoint || '').trim().replace(/\/+$/, '')
    const https = /^https:\/\/([a-z0-9.-]+)(:\d+)?$/i.exec(trimmed)
    if (https && GRAPH_HOSTS.indexOf(https[1].toLowerCase()) >= 0) return trimmed
    if (isLoopbackHttp(trimmed.replace(/^https:/i, 'http:')) && trimmed.indexOf('/', 'https://'.length) < 0)
        return trimmed
    return null
}

export function resumeBody(input: ResumeInput): ResumeBody {
    if (!isGuid(input.stageInstanceId)) throw new Error('Stage instance id is not a GUID')
    const data: ResumeBody['data'] = {
        '@odata.type': CALLBACK_DATA_TYPE,
        stage: input.stage,
        customExtensionStageInstanceId: input.stageInstanceId.toLowerCase(),
        customExtensionStageInstanceDetail: truncate(oneLine(input.detail), MAX_DETAIL_LENGTH),
    }
    if (input.state) data.state = input.state
    return { source: truncate(oneLine(input.source), 100) || 'ServiceNow', type: resumeTypeFor(input.stage), data }
}

export function resumeBodyJson(input: ResumeInput): string {
    return JSON.stringify(resumeBody(input))
}
