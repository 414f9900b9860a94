// OAuth 2.0 client credentials as an instance does it for outbound calls: the REST message's OAuth profile leads
// to an application-registry entry (oauth_entity) that must be an outbound provider, and sn_auth.GlideOAuthClient
// asks a provider for a token in script. Pages: connect-3rd-party-oauth-provider.md (the entry an admin creates
// to call an outside API has type OAuth Provider), c_OAuthApplications.md (the inbound kind is for external
// clients calling the instance), t_ConfigureARESTMessageWithOAuth.md, c_GlideOAuthClient*.md.
import { createHash } from 'crypto'
import { parseEncodedQuery } from './encoded-query.ts'
import type { Store, Values } from './store.ts'
import type { SyncHttp } from './sync-http.ts'

/** What the OAuth emulation needs from an instance, and nothing more. */
export interface OAuthHost {
    store: Store
    http: SyncHttp
    clock: { now(): number }
    log(level: 'info' | 'warn' | 'error', message: string): void
}

/** The outbound kind ("Connect to a third-party OAuth provider"); `client` is the inbound kind. */
export const OUTBOUND_PROVIDER = 'oauth_provider'
const LEASE_MS = 35000

interface TokenAnswer {
    /** The token endpoint's HTTP status; 0 when it gave no answer at all. */
    status: number
    body: string
    contentType: string
    error: string | null
    accessToken: string | null
    expiresIn: number
}

export class OAuth {
    constructor(private host: OAuthHost) {}

    private providerByName(name: string): Values | null {
        const entity = this.host.store.select('oauth_entity', parseEncodedQuery('name=' + name), 1)[0]
        return entity && this.isUsableProvider(entity) ? entity : null
    }

    // The docs do not say what an inactive or inbound entry does when a REST message's profile points at it;
    // the stricter choice is no token at all.
    private isUsableProvider(entity: Values): boolean {
        return entity.type === OUTBOUND_PROVIDER && entity.active === 'true'
    }

    /** The provider entry and scopes a profile leads to, or null (logged) when it leads to no usable provider. */
    private profileEntry(profileSysId: string): { entity: Values; scopes: string[] } | null {
        const store = this.host.store
        const profile = store.hasTable('oauth_entity_profile') ? store.get('oauth_entity_profile', profileSysId) : null
        const entity = profile && profile.oauth_entity ? store.get('oauth_entity', profile.oauth_entity) : null
        if (!profile || !entity || !this.isUsableProvider(entity)) {
            this.host.log('warn', 'OAuth: profile ' + profileSysId + ' does not lead to an active OAuth provider')
            return null
        }
        const scopes = store
            .select('oauth_entity_profile_scope', parseEncodedQuery('oauth_entity_profile=' + profile.sys_id), null)
            .map((link) => store.get('oauth_entity_scope', link.oauth_entity_scope)?.oauth_entity_scope)
            .filter((scope): scope is string => !!scope)
        return { entity, scopes }
    }

    /**
     * The access token a REST message with this OAuth profile sends, or null. As on an instance, a token that
     * cannot be obtained does not fail the REST call itself: it goes out without a usable token and the far side
     * answers 401 (the token endpoint's error goes to the system log only).
     *
     * A stored token is sent until it expires, even when the far side refuses it (the pages do not say an instance
     * drops it sooner; stricter: a token issued before a permission was granted keeps failing). Only Get OAuth Token
     * (getOAuthToken) replaces it before then, or a change to the entry's token URL, client ID, secret or scopes:
     * the pages are silent on that too, and a change the admin makes shows at once here (keeping the token would
     * hide a secret that became wrong; README and docs/ON-AN-INSTANCE.md step 3b say an instance may keep it). With
     * no stored token, or an expired one, a new one is fetched: also unsaid (ON-AN-INSTANCE steps 3 and 7b check it),
     * and the app has no documented way to keep the REST message's token otherwise.
     */
    tokenForProfile(profileSysId: string): string | null {
        const store = this.host.store
        const entry = this.profileEntry(profileSysId)
        if (!entry) return null
        const { entity, scopes } = entry
        const keyHash = this.entryHash(entry)
        // Tokens live in oauth_credential, shared by every worker thread and node (as on an instance); a lease
        // makes one of them fetch while the others wait: one token request per token lifetime.
        const fresh = () => {
            const row = store.get('oauth_credential', profileSysId)
            return row &&
                row.access_token &&
                row.key_hash === keyHash &&
                Number(row.expires_at) > this.host.clock.now() + 60000
                ? row.access_token
                : null
        }
        const waitUntil = Date.now() + LEASE_MS
        while (Date.now() < waitUntil) {
            const token = fresh()
            if (token) return token
            if (this.takeLease(profileSysId)) break
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25)
        }
        try {
            const token = fresh()
            if (token) return token
            const answer = this.requestFromProvider(entity, {
                grant_type: 'client_credentials',
                scope: scopes.join(' '),
            })
            if (!answer.accessToken) {
                this.host.log('error', 'OAuth token request for "' + entity.name + '" failed: ' + answer.error)
                return null
            }
            this.keep(profileSysId, answer, keyHash)
            return answer.accessToken
        } finally {
            store.update('oauth_credential', profileSysId, { lease_until: '' })
        }
    }

    /** What the stored token was issued for: the entry's token URL, client ID, secret and the profile's scopes. */
    private entryHash(entry: { entity: Values; scopes: string[] }): string {
        const { entity, scopes } = entry
        return createHash('sha256')
            .update([entity.token_url, entity.client_id, entity.client_secret || '', scopes.join(' ')].join('|'))
            .digest('hex')
    }

    private keep(profileSysId: string, answer: TokenAnswer, keyHash: string): void {
        this.host.store.update('oauth_credential', profileSysId, {
            key_hash: keyHash,
            access_token: answer.accessToken || '',
            expires_at: String(this.host.clock.now() + answer.expiresIn * 1000),
        })
    }

    /**
     * The REST message's Get OAuth Token related link (t_ConfigureARESTMessageWithOAuth.md): asks the provider for a
     * token now and keeps it in place of the stored one. Answers the token endpoint's error, or null.
     */
    getOAuthToken(profileSysId: string): string | null {
        const entry = this.profileEntry(profileSysId)
        if (!entry) return 'The OAuth profile does not lead to an active OAuth provider'
        const answer = this.requestFromProvider(entry.entity, {
            grant_type: 'client_credentials',
            scope: entry.scopes.join(' '),
        })
        if (!answer.accessToken) return answer.error || 'no token'
        if (!this.host.store.get('oauth_credential', profileSysId)) {
            try {
                this.host.store.insert('oauth_credential', { sys_id: profileSysId, lease_until: '' })
            } catch (_error) {
                // A worker's lease inserted the row meanwhile: it is there to update.
            }
        }
        this.keep(profileSysId, answer, this.entryHash(entry))
        return null
    }

    private takeLease(profileSysId: string): boolean {
        const store = this.host.store
        const now = Date.now()
        if (!store.get('oauth_credential', profileSysId)) {
            try {
                store.insert('oauth_credential', { sys_id: profileSysId, lease_until: String(now + LEASE_MS) })
                return true
            } catch (_error) {
                return false
            }
        }
        const taken = store.updateWhere(
            'oauth_credential',
            {
                groups: [
                    [{ field: 'sys_id', operator: '=', value: profileSysId }],
                    [
                        { field: 'lease_until', operator: 'ISEMPTY', value: '' },
                        { field: 'lease_until', operator: '<', value: String(now) },
                    ],
                ],
                orderBy: [],
            },
            { lease_until: String(now + LEASE_MS) }
        )
        return taken === 1
    }

    /** One token request to the provider's token URL, client credentials in the form body (the default). */
    private requestFromProvider(entity: Values, params: { [name: string]: string }): TokenAnswer {
        const none = (error: string): TokenAnswer => ({
            status: 0,
            body: '',
            contentType: '',
            error,
            accessToken: null,
            expiresIn: 0,
        })
        if (!entity.token_url) return none('The OAuth provider has no token URL')
        const form = new URLSearchParams({
            ...params,
            client_id: entity.client_id || '',
            client_secret: entity.client_secret || '',
        })
        const result = this.host.http.request({
            method: 'POST',
            url: entity.token_url,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body: form.toString(),
            timeoutMs: 30000,
        })
        if (result.error && !result.status) return none(result.error)
        const answer: TokenAnswer = {
            status: result.status,
            body: result.body,
            contentType: result.headers['content-type'] || '',
            error: null,
            accessToken: null,
            expiresIn: 0,
        }
        let parsed: { [key: string]: unknown } | null = null
        try {
            parsed = JSON.parse(result.body)
        } catch (_error) {
            parsed = null
        }
        if (result.status === 200 && parsed && typeof parsed.access_token === 'string') {
            answer.accessToken = parsed.access_token
            answer.expiresIn = Number(parsed.expires_in) || 3600
            return answer
        }
        answer.error =
            parsed && parsed.error
                ? String(parsed.error) +
                  (parsed.error_description ? ': ' + String(parsed.error_description).split('\n')[0] : '')
                : 'HTTP ' + result.status
        return answer
    }

    private requestToken(clientName: string, jsonString: string): TokenAnswer {
        let params: { [name: string]: unknown } = {}
        try {
            params = JSON.parse(jsonString) || {}
        } catch (_error) {
            params = {}
        }
        const entity = this.providerByName(clientName)
        if (!entity)
            return {
                status: 0,
                body: '',
                contentType: '',
                error: 'OAuth provider not found: ' + clientName,
                accessToken: null,
                expiresIn: 0,
            }
        // Only what the caller passes is sent (the docs do not say a profile's scopes are added here).
        const form: { [name: string]: string } = {}
        for (const key of Object.keys(params)) form[key] = String(params[key])
        if (!form.grant_type) form.grant_type = entity.default_grant_type || 'client_credentials'
        return this.requestFromProvider(entity, form)
    }

    /** sn_auth.GlideOAuthClient and its response, as scripts see them (c_GlideOAuthClient*.md). */
    scriptApi() {
        class GlideOAuthToken {
            constructor(
                private accessToken: string,
                private expiresIn: number
            ) {}
            getAccessToken(): string {
                return this.accessToken
            }
            getExpiresIn(): number {
                return this.expiresIn
            }
            getRefreshToken(): string | null {
                return null
            }
        }
        class GlideOAuthClientResponse {
            constructor(private answer: TokenAnswer) {}
            getBody(): string {
                return this.answer.body
            }
            getContentType(): string {
                return this.answer.contentType
            }
            getErrorMessage(): string {
                return this.answer.error || ''
            }
            // The page types the response code as a String; scripts must not rely on a number.
            getResponseCode(): string {
                return this.answer.status ? String(this.answer.status) : ''
            }
            getResponseParameters(): { [name: string]: string } {
                return this.answer.accessToken ? { expires_in: String(this.answer.expiresIn) } : {}
            }
            // The docs do not say what getToken() gives after a failed request; null is the stricter choice.
            getToken(): GlideOAuthToken | null {
                return this.answer.accessToken
                    ? new GlideOAuthToken(this.answer.accessToken, this.answer.expiresIn)
                    : null
            }
        }
        const requestToken = (clientName: string, jsonString: string) => this.requestToken(clientName, jsonString)
        class GlideOAuthClient {
            /** requestToken(clientName, jsonString): clientName is the application-registry entry's name. */
            requestToken(clientName: string, jsonString: string): GlideOAuthClientResponse {
                return new GlideOAuthClientResponse(requestToken(String(clientName), String(jsonString || '{}')))
            }
        }
        return { GlideOAuthClient, GlideOAuthClientResponse, GlideOAuthToken }
    }
}
