// "Verify connection": one authenticated Graph GET, explained in plain words.

import { HttpResult, explainTokenError, graphErrorText, isTokenError } from './delivery.ts'

export interface ConnectionVerdict {
    ok: boolean
    message: string
}

export function explainVerification(result: HttpResult): ConnectionVerdict {
    if (result.status >= 200 && result.status <= 299) {
        return {
            ok: true,
            message: 'Connected: the token was issued and Graph accepted it for entitlement management.',
        }
    }
    if (isTokenError(result)) return { ok: false, message: explainTokenError(result.errorMessage || '') }
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
                    'The token was refused (401): check the tenant ID in the token URL, the client secret (its Value, not its ID) and that the permission is an application permission.' +
                    said,
            }
        case 403:
            return {
                ok: false,
                message:
                    'Authenticated, but not allowed (403): make the app registration an Access package assignment manager on the catalog, or grant EntitlementManagement.ReadWrite.All with admin consent.' +
                    said,
            }
        default:
            return { ok: false, message: 'Graph answered ' + result.status + '.' + said }
    }
}
