// "Verify connection": the OAuth entry, a token of our own from its token endpoint, then one authenticated Graph
// GET, each explained in plain words.

import { HttpResult, graphErrorText } from './delivery.ts'
import { TokenDiagnosis } from './oauth-entry.ts'

export interface ConnectionVerdict {
    ok: boolean
    message: string
}

/** The verdict on the token alone, or null when it was issued and Graph is next. */
export function explainTokenDiagnosis(diagnosis: TokenDiagnosis): ConnectionVerdict | null {
    if (diagnosis.kind === 'ok') return null
    if (diagnosis.kind === 'refused') return { ok: false, message: diagnosis.reason }
    return {
        ok: false,
        message:
            'Could not get a Graph token: ' +
            diagnosis.reason +
            ". Check the token URL and the instance's outbound network, then try again.",
    }
}

export function explainVerification(result: HttpResult): ConnectionVerdict {
    if (result.notSent) return { ok: false, message: result.notSent }
    if (result.paced) {
        return {
            ok: false,
            message:
                'Graph is throttling this app (429), so no call is sent before it allows: ' +
                (result.errorMessage || 'try again later') +
                '. Verify connection again after that.',
        }
    }
    if (result.status >= 200 && result.status <= 299) {
        return {
            ok: true,
            message: 'Connected: the token was issued and Graph accepted it for entitlement management.',
        }
    }
    const graph = graphErrorText(result.body)
    const said = graph ? ' Graph said: ' + graph : ''
    switch (result.status) {
        case 0:
            return {
                ok: false,
                message:
                    'Graph could not be reached (' +
                    (result.errorMessage || 'no response') +
                    "): check x_elm_bridge.graph_endpoint and the instance's outbound network.",
            }
        case 401:
            return {
                ok: false,
                message:
                    'A token was issued but Graph refused the one the REST message sent (401). It may predate a change to the app registration or this entry: press Get OAuth Token on the REST message ELM Ticket Bridge Graph and verify again. Otherwise check that the permission is an application (not delegated) permission of Microsoft Graph and that x_elm_bridge.graph_endpoint is the cloud the token is for.' +
                    said,
            }
        case 403:
            return {
                ok: false,
                message:
                    'Authenticated, but not allowed (403): make the app registration an Access package assignment manager on the catalog, or grant EntitlementManagement.ReadWrite.All with admin consent. A token fetched before that keeps its old permissions: then press Get OAuth Token on the REST message ELM Ticket Bridge Graph and verify again.' +
                    said,
            }
        default:
            return { ok: false, message: 'Graph answered ' + result.status + '.' + said }
    }
}
