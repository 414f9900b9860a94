// Calls to Microsoft Graph through the app's REST message (OAuth 2.0 client credentials via its profile).

import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { HttpResult, parseRetryAfter } from '../core/delivery.ts'
import { isGuid } from '../core/identifiers.ts'
import { toGlideUtc } from '../core/time.ts'
import { nowMs } from './glide.ts'
import { paceAnswered, paceGate, paceThrottled } from './pace.ts'
import { loadSettings } from './settings.ts'

export const REST_MESSAGE = 'ELM Ticket Bridge Graph'
export const RESUME_FUNCTION = 'resume'
export const VERIFY_FUNCTION = 'verify'
export const READ_REQUEST_FUNCTION = 'read_request'

// The type declarations give the constructor one array argument; the platform takes (message, function).
const NamedRestMessage = RESTMessageV2 as unknown as new (name: string, method: string) => RESTMessageV2

function setParameter(message: RESTMessageV2, name: string, text: string): void {
    message.setStringParameterNoEscape(name, text)
}

/**
 * Every Graph call goes through here, and so through the shared pace: not before it allows (a held call is not
 * sent: `paced` with `paceAtMs`), and a 429 holds every worker and node until Retry-After has passed.
 */
function execute(message: RESTMessageV2, timeoutSeconds: number): HttpResult {
    const pace = paceGate(nowMs())
    if (pace.waitUntilMs !== null) {
        return {
            status: 0,
            paced: true,
            paceAtMs: pace.waitUntilMs,
            paceSoon: pace.soon,
            paceEarly: pace.early,
            errorMessage:
                'Graph is throttling this app: the next call may go at ' + toGlideUtc(pace.waitUntilMs) + ' UTC',
        }
    }
    const result = send(message, timeoutSeconds)
    if (result.status === 429) {
        const now = nowMs()
        result.paceAtMs = paceThrottled(
            now,
            parseRetryAfter(result.retryAfter, now),
            loadSettings().retryBaseSeconds,
            pace
        )
    } else paceAnswered(pace.streak)
    return result
}

function send(message: RESTMessageV2, timeoutSeconds: number): HttpResult {
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
            threw: true,
        }
    }
}

/**
 * The app's REST message function, or why it cannot be built. The constructor may throw when the message or the
 * function is missing, renamed or not visible from this scope (c_RESTMessageV2API.md).
 */
function restMessage(functionName: string): RESTMessageV2 | string {
    try {
        return new NamedRestMessage(REST_MESSAGE, functionName)
    } catch (error) {
        return (
            'The REST message "' +
            REST_MESSAGE +
            '" (function ' +
            functionName +
            ') could not be built: ' +
            String(error && (error as Error).message ? (error as Error).message : error) +
            '. Check that it exists under System Web Services > Outbound > REST Message, is visible from the x_elm_bridge scope and has that function; then use Retry now.'
        )
    }
}

function notAGuid(): HttpResult {
    return { status: 0, notSent: "The ledger row's request id is not a GUID, so no Graph URL was built" }
}

/** Graph answers resume in well under a second; an answer slower than the timeout is retried. */
export function sendResume(
    graphEndpoint: string,
    requestId: string,
    bodyJson: string,
    timeoutSeconds: number
): HttpResult {
    if (!isGuid(requestId)) return notAGuid()
    const message = restMessage(RESUME_FUNCTION)
    if (typeof message === 'string') return { status: 0, notSent: message }
    setParameter(message, 'graph_endpoint', graphEndpoint)
    setParameter(message, 'request_id', requestId.toLowerCase())
    message.setRequestHeader('Content-Type', 'application/json')
    message.setRequestBody(bodyJson)
    return execute(message, timeoutSeconds)
}

/**
 * Reads a request back: its state, status and custom extension callout instances only (a sweep's read, and the check
 * whether an attempt whose answer was lost reached Graph).
 */
export function readRequestState(graphEndpoint: string, requestId: string, timeoutSeconds: number): HttpResult {
    if (!isGuid(requestId)) return notAGuid()
    const message = restMessage(READ_REQUEST_FUNCTION)
    if (typeof message === 'string') return { status: 0, notSent: message }
    setParameter(message, 'graph_endpoint', graphEndpoint)
    setParameter(message, 'request_id', requestId.toLowerCase())
    return execute(message, timeoutSeconds)
}

/** A cheap authenticated GET (one catalog) that proves token, tenant and permission. */
export function verify(graphEndpoint: string, timeoutSeconds: number): HttpResult {
    const message = restMessage(VERIFY_FUNCTION)
    if (typeof message === 'string') return { status: 0, notSent: message }
    setParameter(message, 'graph_endpoint', graphEndpoint)
    return execute(message, timeoutSeconds)
}
