// Why no usable Graph token: the OAuth registry entry as the admin left it, then the token endpoint's own answer.
// On an instance a REST message whose token cannot be obtained still goes out, without it, and Graph answers 401;
// these functions turn that 401 (and Verify connection) into the cause in plain words.

import { GRAPH_HOSTS, isLoopbackHttp } from './resume.ts'
import { oneLine, truncate } from './text.ts'

export const OAUTH_ENTRY_NAME = 'ELM Ticket Bridge Graph'
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default'

/**
 * The scope for the Graph that `graphEndpoint` names: a national cloud's own (`https://graph.microsoft.us/.default`),
 * else the global service's (also for the local emulator, which stands in for it).
 */
export function graphScopeFor(graphEndpoint: string | null | undefined): string {
    const host = /^https:\/\/([a-z0-9.-]+)(:\d+)?\/*$/i.exec((graphEndpoint || '').trim())
    return host && GRAPH_HOSTS.indexOf(host[1].toLowerCase()) >= 0
        ? 'https://' + host[1].toLowerCase() + '/.default'
        : GRAPH_SCOPE
}
/** The outbound kind of application-registry entry ("Connect to a third-party OAuth provider"). */
export const OUTBOUND_PROVIDER = 'oauth_provider'

/** The entry's fields that matter, read without ever holding the secret itself. */
export interface OAuthEntry {
    found: boolean
    type: string
    active: boolean
    tokenUrl: string
    clientId: string
    hasSecret: boolean
}

/** What sn_auth.GlideOAuthClient.requestToken answered. `status` 0: no answer from the token endpoint. */
export interface TokenProbe {
    status: number
    gotToken: boolean
    body: string
    errorMessage: string
}

export type TokenDiagnosis =
    | { kind: 'ok' }
    /** The token endpoint could not be reached or failed on its side: worth retrying. */
    | { kind: 'unreachable'; reason: string }
    /** The entry is incomplete, or the token endpoint refused it: an admin must fix something. */
    | { kind: 'refused'; reason: string }

const ENTRY = 'the OAuth registry entry "' + OAUTH_ENTRY_NAME + '" (System OAuth > Application Registry)'

/** https, or plain http to this machine only (the local emulator): the client secret is sent to this URL. */
function isEncryptedOrLoopback(tokenUrl: string): boolean {
    return /^https:\/\//i.test(tokenUrl) || isLoopbackHttp(tokenUrl)
}

/** What the admin still has to enter or fix on the entry, or '' when it is complete. */
export function entryProblem(entry: OAuthEntry): string {
    if (!entry.found) return ENTRY + ' does not exist: reinstall the app'
    if (entry.type !== OUTBOUND_PROVIDER)
        return ENTRY + ' is of type "' + entry.type + '": it must be an OAuth Provider (outbound)'
    if (!entry.active) return ENTRY + ' is not active'
    const missing: string[] = []
    if (!entry.tokenUrl) missing.push('Token URL (https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token)')
    else if (/[<>]/.test(entry.tokenUrl) || !/^https?:\/\/[^\s/]+\/\S+$/.test(entry.tokenUrl))
        missing.push('Token URL with the real tenant ID (it is "' + truncate(oneLine(entry.tokenUrl), 120) + '")')
    else if (!isEncryptedOrLoopback(entry.tokenUrl))
        missing.push(
            'https Token URL (it is "' +
                truncate(oneLine(entry.tokenUrl), 120) +
                '": the client secret would travel in clear text)'
        )
    if (!entry.clientId) missing.push("Client ID (the app registration's Application (client) ID)")
    if (!entry.hasSecret) missing.push("Client Secret (the secret's Value, not its Secret ID)")
    return missing.length > 0 ? ENTRY + ' has no ' + missing.join(', no ') : ''
}

const tokenHints = (scope: string): { pattern: RegExp; hint: string }[] => [
    {
        pattern: /AADSTS7000215|invalid client secret/i,
        hint: "the client secret is wrong: paste the secret's Value, not its Secret ID",
    },
    {
        pattern: /AADSTS7000222|expired/i,
        hint: 'the client secret has expired: create a new one and update the OAuth registry entry',
    },
    {
        pattern: /AADSTS700016|application .* not found/i,
        hint: 'the client ID is not an app registration in this tenant: check the client ID and the tenant ID in the token URL',
    },
    {
        pattern: /AADSTS90002|AADSTS900023|tenant .* not found|invalid tenant/i,
        hint: 'the tenant ID in the token URL is wrong',
    },
    {
        pattern: /AADSTS90014|AADSTS70011|scope/i,
        hint: 'the OAuth scope is missing or wrong: it must be ' + scope,
    },
    { pattern: /invalid_client|unauthorized_client/i, hint: 'the client ID or client secret is wrong' },
]

/** Plain words for a token endpoint's refusal, naming the likely cause (`scope`: the one asked for). */
export function explainTokenError(message: string, scope: string = GRAPH_SCOPE): string {
    const text = truncate(oneLine(message), 300)
    for (const entry of tokenHints(scope)) {
        if (entry.pattern.test(text)) return 'Could not get a Graph token: ' + entry.hint + '. (' + text + ')'
    }
    return 'Could not get a Graph token from ' + ENTRY + ': check its token URL, client ID and secret. (' + text + ')'
}

/** The token endpoint's own error text (`{"error", "error_description"}`), else the client's message. */
function tokenErrorText(probe: TokenProbe): string {
    try {
        const parsed = JSON.parse(probe.body)
        if (parsed && typeof parsed === 'object' && parsed.error) {
            const description = oneLine(String(parsed.error_description || '').split('\n')[0])
            return oneLine(parsed.error) + (description ? ': ' + description : '')
        }
    } catch (_ignored) {
        // not JSON
    }
    return oneLine(probe.errorMessage) || (probe.status ? 'HTTP ' + probe.status : 'no answer')
}

/**
 * The entry first (no token request is worth making while it is incomplete), then the token endpoint's answer to a
 * request for `scope`.
 */
export function diagnoseToken(
    entry: OAuthEntry,
    probe: TokenProbe | null,
    scope: string = GRAPH_SCOPE
): TokenDiagnosis {
    const problem = entryProblem(entry)
    if (problem) return { kind: 'refused', reason: 'No Graph token: ' + problem + '.' }
    if (!probe) return { kind: 'unreachable', reason: 'No Graph token was requested' }
    if (probe.gotToken) return { kind: 'ok' }
    const status = probe.status
    if (status === 0 || status === 408 || status === 429 || (status >= 500 && status <= 599)) {
        return {
            kind: 'unreachable',
            reason:
                'the token endpoint ' +
                (status === 0 ? 'could not be reached' : 'answered ' + status) +
                ' (' +
                truncate(tokenErrorText(probe), 200) +
                ')',
        }
    }
    return { kind: 'refused', reason: explainTokenError(tokenErrorText(probe), scope) }
}
