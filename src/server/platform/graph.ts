// Calls to Microsoft Graph through the app's REST message (OAuth 2.0 client credentials via its profile).

import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { HttpResult } from '../core/delivery.ts'
import { isGuid } from '../core/identifiers.ts'

export const REST_MESSAGE = 'ELM Ticket Bridge Graph'
export const RESUME_FUNCTION = 'resume'
export const VERIFY_FUNCTION = 'verify'
export const GET_REQUEST_FUNCTION = 'get_request'

// The type declarations give the constructor one array argument; the platform takes (message, function).
const NamedRestMessage = RESTMessageV2 as unknown as new (name: string, method: string) => RESTMessageV2

function setParameter(message: RESTMessageV2, name: string, text: string): void {
    message.setStringParameterNoEscape(name, text)
}

function execute(message: RESTMessageV2, timeoutSeconds: number): HttpResult {
    message.setHttpTimeout(timeoutSeconds * 1000)
    try {
        const response = message.execute()
        const status = response.getStatusCode() || 0
        return {
            status: response.haveError() && status < 100 ? 0 : status,
            body: response.getBody() || '',
            retryAfter: response.getHeader('Retry-After'),
            errorMessage: response.haveError() ? response.getErrorMessage() : null,
        }
    } catch (error) {
        return {
            status: 0,
            body: '',
            errorMessage: String(error && (error as Error).message ? (error as Error).message : error),
        }
    }
}

/** Graph answers resume in well under a second; an answer slower than the timeout is retried. */
export function sendResume(
    graphEndpoint: string,
    requestId: string,
    bodyJson: string,
    timeoutSeconds: number
): HttpResult {
    if (!isGuid(requestId)) throw new Error('Request id is not a GUID')
    const message = new NamedRestMessage(REST_MESSAGE, RESUME_FUNCTION)
    setParameter(message, 'graph_endpoint', graphEndpoint)
    setParameter(message, 'request_id', requestId.toLowerCase())
    message.setRequestHeader('Content-Type', 'application/json')
    message.setRequestBody(bodyJson)
    return execute(message, timeoutSeconds)
}

/** Reads an assignment request back (was an earlier resume of unknown outcome applied?). */
export function getRequest(graphEndpoint: string, requestId: string, timeoutSeconds: number): HttpResult {
    if (!isGuid(requestId)) throw new Error('Request id is not a GUID')
    const message = new NamedRestMessage(REST_MESSAGE, GET_REQUEST_FUNCTION)
    setParameter(message, 'graph_endpoint', graphEndpoint)
    setParameter(message, 'request_id', requestId.toLowerCase())
    return execute(message, timeoutSeconds)
}

/** A cheap authenticated GET (one catalog) that proves token, tenant and permission. */
export function verify(graphEndpoint: string, timeoutSeconds: number): HttpResult {
    const message = new NamedRestMessage(REST_MESSAGE, VERIFY_FUNCTION)
    setParameter(message, 'graph_endpoint', graphEndpoint)
    return execute(message, timeoutSeconds)
}
