// The OAuth registry entry and a token request of our own (sn_auth.GlideOAuthClient), to explain a missing token.
// Neither the secret nor a token ever leaves this file: only whether they exist.

import { GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient } from '@servicenow/glide/sn_auth'
import {
    OAUTH_ENTRY_NAME,
    OAuthEntry,
    TokenDiagnosis,
    TokenProbe,
    diagnoseToken,
    entryProblem,
    graphScopeFor,
} from '../core/oauth-entry.ts'
import { value } from './glide.ts'
import { loadSettings } from './settings.ts'

export function readOAuthEntry(): OAuthEntry {
    const entity = new GlideRecord('oauth_entity')
    entity.addQuery('name', OAUTH_ENTRY_NAME)
    entity.setLimit(1)
    entity.query()
    if (!entity.next()) return { found: false, type: '', active: false, tokenUrl: '', clientId: '', hasSecret: false }
    const active = value(entity, 'active')
    return {
        found: true,
        type: value(entity, 'type'),
        active: active === '1' || active === 'true',
        tokenUrl: value(entity, 'token_url'),
        clientId: value(entity, 'client_id'),
        hasSecret: value(entity, 'client_secret') !== '',
    }
}

/** Client credentials for `scope` from the entry's token endpoint (c_GlideOAuthClient.md requestToken). */
export function requestGraphToken(scope: string): TokenProbe {
    try {
        const response = new GlideOAuthClient().requestToken(
            OAUTH_ENTRY_NAME,
            JSON.stringify({ grant_type: 'client_credentials', scope })
        )
        // The page types the response code as a String, the type declarations as a number: accept either.
        const status = parseInt(String(response.getResponseCode()), 10)
        const token = response.getToken()
        const accessToken = token ? token.getAccessToken() : ''
        return {
            status: isNaN(status) ? 0 : status,
            gotToken: !!accessToken,
            body: response.getBody() || '',
            errorMessage: response.getErrorMessage() || '',
        }
    } catch (error) {
        return {
            status: 0,
            gotToken: false,
            body: '',
            errorMessage: String(error && (error as Error).message ? (error as Error).message : error),
        }
    }
}

/**
 * Why Graph said 401: the entry as the admin left it, then (only if it is complete) the token endpoint's answer to a
 * request for the scope of the Graph the app calls (a national cloud's own, x_elm_bridge.graph_endpoint).
 */
export function diagnoseGraphToken(): TokenDiagnosis {
    const entry = readOAuthEntry()
    const scope = graphScopeFor(loadSettings().graphEndpoint)
    return diagnoseToken(entry, entryProblem(entry) ? null : requestGraphToken(scope), scope)
}
