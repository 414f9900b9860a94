// UI actions on the ledger form. Each is a one-line call into the same services the worker uses.

import { GlideRecord, gs } from '@servicenow/glide'
import { explainTokenDiagnosis, explainVerification } from '../core/connection.ts'
import { GRAPH_ROOTS_HINT } from '../core/resume.ts'
import { verify } from '../platform/graph.ts'
import { diagnoseGraphToken } from '../platform/oauth.ts'
import { loadSettings } from '../platform/settings.ts'
import { requestRetry } from './resume-service.ts'

export function retryNow(current: GlideRecord): void {
    const result = requestRetry(current.getUniqueValue())
    gs.addInfoMessage(result.message)
}

export function verifyConnection(): void {
    const settings = loadSettings()
    const endpoint = settings.graphEndpoint
    if (!endpoint) {
        gs.addErrorMessage('x_elm_bridge.graph_endpoint is not a Microsoft Graph root (' + GRAPH_ROOTS_HINT + ')')
        return
    }
    // The OAuth entry, then a token of our own (its endpoint's own error in plain words), then one Graph call.
    const verdict =
        explainTokenDiagnosis(diagnoseGraphToken()) ||
        explainVerification(verify(endpoint, settings.httpTimeoutSeconds))
    if (verdict.ok) gs.addInfoMessage(verdict.message)
    else gs.addErrorMessage(verdict.message)
}
