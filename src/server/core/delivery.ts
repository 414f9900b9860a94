// One attempt's HTTP result → what happens next: resumed, retry at a time, or failed with a reason.

import { TokenDiagnosis } from './oauth-entry.ts'
import { oneLine, truncate } from './text.ts'

export const MAX_BACKOFF_SECONDS = 3600
export const THROTTLE_SPREAD_SECONDS = 4

/** What the transport saw. `status` 0 means no HTTP response (timeout, connection refused). */
export interface HttpResult {
    status: number
    body?: string
    retryAfter?: string | null
    errorMessage?: string | null
    /** Set when the request was never sent because it could not be built (REST message missing or not visible). */
    notSent?: string
    /**
     * Set when execute() threw instead of answering: it "Might throw exception if http connection timed out or some
     * issue with sending request itself" (c_RESTMessageV2API.md), so it may also stand for a token it could not get.
     */
    threw?: boolean
    /** Set when the shared pace held the call back (Graph is throttling): nothing was sent. */
    paced?: boolean
    /** When the pace lets this caller try again (epoch ms): after a held call, or after a 429. */
    paceAtMs?: number
    /**
     * The pace held the call for a moment only (the spacing between two seconds' bursts, or the last moment of a hold
     * that ends early in the second): it comes back at once, with the next poll of the event queue, instead of at the
     * next whole second.
     */
    paceSoon?: boolean
    /** Held until `paceAtMs`, early in its whole second: due at that second's start (the pace holds it there). */
    paceEarly?: boolean
}

export interface AttemptContext {
    /** 1-based number of the attempt that produced the result. */
    attempt: number
    maxAttempts: number
    retryBaseSeconds: number
    nowMs: number
    deadlineMs: number | null
    /** A number in [0, 1) that spreads retries of many callouts apart; 0 for none. */
    jitter: number
}

export type Decision =
    | { kind: 'resumed'; note: string }
    | { kind: 'retry'; atMs: number; reason: string }
    | { kind: 'failed'; reason: string }

/** Retry-After is either delta-seconds or an HTTP date. Returns seconds from now, or null when absent or invalid. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
    if (value === null || value === undefined) return null
    const text = String(value).trim()
    if (/^\d{1,10}$/.test(text)) return parseInt(text, 10)
    if (text.length < 8 || text.length > 64 || !/[a-z]/i.test(text)) return null
    const at = Date.parse(text)
    if (isNaN(at)) return null
    return Math.max(0, Math.ceil((at - nowMs) / 1000))
}

/** Exponential from the base (base, 2×base, 4×base ...), capped at one hour, stretched by up to 20% jitter. */
export function backoffSeconds(attempt: number, baseSeconds: number, jitter: number): number {
    const exponent = Math.min(Math.max(attempt - 1, 0), 30)
    const plain = Math.min(baseSeconds * Math.pow(2, exponent), MAX_BACKOFF_SECONDS)
    return Math.min(Math.round(plain * (1 + 0.2 * Math.min(Math.max(jitter, 0), 0.999))), MAX_BACKOFF_SECONDS)
}

/** Graph's own error text (`{"error":{"code","message"}}`), flattened and cut short for a work note. */
export function graphErrorText(body: string | undefined): string {
    if (!body) return ''
    try {
        const parsed = JSON.parse(body)
        const error = parsed && typeof parsed === 'object' ? parsed.error : null
        if (error && typeof error === 'object') {
            const code = oneLine(error.code)
            const message = oneLine(error.message)
            return truncate([code, message].filter((part) => part.length > 0).join(': '), 300)
        }
    } catch (_ignored) {
        // not JSON: fall through to the raw text
    }
    return truncate(oneLine(body), 300)
}

function permanentReason(result: HttpResult): string {
    const graph = graphErrorText(result.body)
    const suffix = graph ? ' Graph said: ' + graph : ''
    switch (result.status) {
        case 400:
            return (
                'Graph refused the resume as invalid (400); the request may no longer be waiting for this callback.' +
                suffix
            )
        case 401:
            return (
                'Graph refused the token (401) although the token endpoint issues one. The token the instance keeps may predate a change to the app registration or the OAuth entry: press Get OAuth Token on the REST message ELM Ticket Bridge Graph, then Retry now. Otherwise check that the app registration has an application (not delegated) permission and that x_elm_bridge.graph_endpoint is the cloud the token is for.' +
                suffix
            )
        case 403:
            return (
                'Graph refused permission (403): make the app registration an Access package assignment manager on the catalog, or grant it EntitlementManagement.ReadWrite.All. A token fetched before that keeps its old permissions: then press Get OAuth Token on the REST message ELM Ticket Bridge Graph, and Retry now.' +
                suffix
            )
        case 404:
            return (
                'Graph does not know this assignment request (404): it may have been cancelled or already completed, or the Graph endpoint points at another cloud.' +
                suffix
            )
        case 409:
            return 'Graph reported a conflict (409): the request is no longer waiting for this callback.' + suffix
        default:
            return 'Graph refused the resume (' + result.status + ').' + suffix
    }
}

function transientReason(result: HttpResult): string {
    if (result.status === 0) {
        return (
            'No response from Graph (' +
            (truncate(oneLine(result.errorMessage), 200) || 'timeout or connection error') +
            ')'
        )
    }
    if (result.status === 429) return 'Graph is throttling (429)'
    const graph = graphErrorText(result.body)
    return 'Graph error ' + result.status + (graph ? ': ' + graph : '')
}

function isTransient(status: number): boolean {
    return status === 0 || status === 408 || status === 429 || (status >= 500 && status <= 599)
}

/**
 * `tokenDiagnosis` explains a 401, or a REST call that threw: a token that could not be obtained shows up as Graph's
 * 401 (or, the pages allow, as execute() throwing), so the caller asks the token endpoint why. Unreachable or failing
 * on its side: retry; a refusal: failed, named.
 */
export function decide(result: HttpResult, context: AttemptContext, tokenDiagnosis?: TokenDiagnosis): Decision {
    if (result.notSent) return { kind: 'failed', reason: result.notSent }
    if (result.paced || result.status === 429) return throttledDecision(result, context)
    if (result.status >= 200 && result.status <= 299) {
        return { kind: 'resumed', note: 'Graph accepted the resume (' + result.status + ')' }
    }
    if ((result.status === 401 || result.threw) && tokenDiagnosis && tokenDiagnosis.kind === 'refused') {
        return { kind: 'failed', reason: tokenDiagnosis.reason }
    }
    const tokenUnreachable =
        result.status === 401 && tokenDiagnosis && tokenDiagnosis.kind === 'unreachable' ? tokenDiagnosis : null
    if (!tokenUnreachable && !isTransient(result.status)) return { kind: 'failed', reason: permanentReason(result) }
    const reason = tokenUnreachable
        ? 'Graph refused the call without a usable token (401): ' + tokenUnreachable.reason
        : transientReason(result)
    if (context.attempt >= context.maxAttempts) {
        return { kind: 'failed', reason: reason + '; gave up after ' + context.attempt + ' attempts' }
    }
    const retryAfter = result.status === 503 ? parseRetryAfter(result.retryAfter, context.nowMs) : null
    // Retry-After is honoured as a minimum; up to THROTTLE_SPREAD_SECONDS more spreads a backlog over
    // several seconds instead of sending it all back in the same second (date/time fields keep whole seconds).
    const waitSeconds =
        retryAfter !== null
            ? Math.max(retryAfter, 1) +
              Math.floor(Math.min(Math.max(context.jitter, 0), 0.999) * (THROTTLE_SPREAD_SECONDS + 1))
            : backoffSeconds(context.attempt, context.retryBaseSeconds, context.jitter)
    // Date/time fields keep whole seconds: round up, or a stored retry could come early and break Retry-After.
    const atMs = Math.ceil((context.nowMs + waitSeconds * 1000) / 1000) * 1000
    if (context.deadlineMs !== null && atMs >= context.deadlineMs) {
        return { kind: 'failed', reason: reason + '; the callback deadline passes before the next attempt' }
    }
    return { kind: 'retry', atMs, reason: reason + '; attempt ' + (context.attempt + 1) + ' in ' + waitSeconds + ' s' }
}

/**
 * Throttling (a 429, or the shared pace held the call back) never spends an attempt: the same attempt goes again
 * when both Retry-After and the pace allow. Only the callback deadline bounds it, so a Graph that throttles forever
 * fails the callout at its deadline, as any other retry would.
 */
function throttledDecision(result: HttpResult, context: AttemptContext): Decision {
    const retryAfter = result.status === 429 ? parseRetryAfter(result.retryAfter, context.nowMs) : null
    const honoured =
        result.status !== 429
            ? context.nowMs
            : context.nowMs +
              (retryAfter !== null
                  ? Math.max(retryAfter, 1)
                  : backoffSeconds(context.attempt, context.retryBaseSeconds, context.jitter)) *
                  1000
    // Date/time fields keep whole seconds: round up, or a stored retry could come early and break Retry-After.
    const graphAllowsAtMs = Math.ceil(honoured / 1000) * 1000
    // A moment's hold is due at once: the whole second that has begun, which the event queue takes at its next poll.
    const soon = !!result.paced && !!result.paceSoon
    // Held until early in a later second: due at that second's start, where the pace holds it for the moment.
    const early = !!result.paced && !!result.paceEarly
    const paceSeconds = (result.paceAtMs || 0) / 1000
    const paceSecondMs = (early ? Math.floor(paceSeconds) : Math.ceil(paceSeconds)) * 1000
    let atMs = soon ? Math.floor(context.nowMs / 1000) * 1000 : Math.max(graphAllowsAtMs, paceSecondMs)
    const reason = result.paced
        ? 'Graph is throttling this app; the shared pace holds the call'
        : transientReason(result)
    if ((soon || early) && context.deadlineMs !== null && (result.paceAtMs || 0) >= context.deadlineMs) {
        return { kind: 'failed', reason: reason + '; the callback deadline passes before the next attempt' }
    }
    let beforeDeadline = ''
    if (context.deadlineMs !== null && atMs >= context.deadlineMs) {
        // The pace books callers up to a minute ahead; Graph's own Retry-After may still leave time. Then the call
        // tries once more in the last whole second before the deadline instead of failing a minute early.
        const lastChanceMs = Math.floor((context.deadlineMs - 1) / 1000) * 1000
        if (lastChanceMs < graphAllowsAtMs || lastChanceMs <= context.nowMs) {
            return { kind: 'failed', reason: reason + '; the callback deadline passes before the next attempt' }
        }
        atMs = lastChanceMs
        beforeDeadline = ', the last second before the callback deadline'
    }
    const waitSeconds = Math.max(0, Math.round((atMs - context.nowMs) / 1000))
    return {
        kind: 'retry',
        atMs,
        reason:
            reason +
            '; attempt ' +
            context.attempt +
            (atMs <= context.nowMs ? ' again at once' : ' again in ' + waitSeconds + ' s') +
            beforeDeadline +
            ' (throttling spends no attempt)',
    }
}

/**
 * What to add to the reason when Graph refused a denial as invalid: Microsoft's pages disagree on the stages at which
 * `state: denied` may be sent (the reference notes both readings), so the admin is told how to resume without it.
 */
export function deniedRefusalHint(status: number, resumeState: string, stage: string): string {
    if (status !== 400 || resumeState !== 'denied') return ''
    return (
        ' Graph may not accept a denial at ' +
        stage +
        " (Microsoft's pages disagree on where it may be sent): to resume without denying, clear the callout's Resume state sent and use Retry now; for later tickets, remove the stage from x_elm_bridge.deny_stages."
    )
}

/** A send's HTTP calls: the platform's token fetch, the resume, a read-back after a refusal, the token probe. */
export const CALLS_PER_SEND = 4
/** Never take back a row sooner than this. */
export const MIN_STALE_SENDING_MS = 5 * 60 * 1000

/**
 * How long a row may stay `sending` before the sweep takes it back from a worker presumed dead: each of a send's
 * calls may wait the whole HTTP timeout (x_elm_bridge.http_timeout_seconds, up to 120 s), plus a minute. Even that
 * is no bound: the timeout "only times out if the socket does not receive data within the specified time"
 * (c_RESTMessageV2API.md, setHttpTimeout), so a taken-back row is marked uncertain and its next refusal read back.
 */
export function staleSendingMs(httpTimeoutSeconds: number): number {
    return Math.max(MIN_STALE_SENDING_MS, (CALLS_PER_SEND * httpTimeoutSeconds + 60) * 1000)
}

/** Whether the callback deadline has passed (a callout without deadline never expires). */
export function isPastDeadline(deadlineMs: number | null, nowMs: number): boolean {
    return deadlineMs !== null && nowMs >= deadlineMs
}

/** Whether the one-time deadline warning is due now. */
export function isDeadlineWarningDue(deadlineMs: number | null, nowMs: number, warningHours: number): boolean {
    if (deadlineMs === null || warningHours <= 0) return false
    return nowMs < deadlineMs && deadlineMs - nowMs <= warningHours * 3600 * 1000
}

/** A failure after which Graph may still have applied the resume: no answer (timeout, reset) or a 5xx. */
export function mayHaveBeenApplied(result: HttpResult): boolean {
    return !result.notSent && !result.paced && (result.status === 0 || (result.status >= 500 && result.status <= 599))
}

/**
 * A refusal (400, 404, 409) of a resume says only that Graph would not take it: the request may have ended, its
 * callout stopped waiting, or an earlier attempt whose answer was lost got through. Reading the request back says which.
 */
export function shouldReadBack(result: HttpResult): boolean {
    return result.status === 400 || result.status === 404 || result.status === 409
}
