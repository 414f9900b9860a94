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

/** Graph endpoint with any trailing slashes removed; only https (or loopback http for local tests). */
export function normaliseGraphEndpoint(endpoint: string): string | null {
    const trimmed = (endpoint || '').trim().replace(/\/+$/, '')
    if (/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(trimmed)) return trimmed
    // A host and port only: no path after the scheme's slashes.
    if (isLoopbackHttp(trimmed) && trimmed.indexOf('/', 'http://'.length) < 0) return trimmed
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
