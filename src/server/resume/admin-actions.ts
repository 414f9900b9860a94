// UI actions on the ledger form. Each is a one-line call into the same services the worker uses.

import { GlideRecord, gs } from '@servicenow/glide'
import { explainVerification } from '../core/connection.ts'
import { verify } from '../platform/graph.ts'
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
        gs.addErrorMessage('x_elm_bridge.graph_endpoint is not an https URL such as https://graph.microsoft.com')
        return
    }
    const verdict = explainVerification(verify(endpoint, settings.httpTimeoutSeconds))
    if (verdict.ok) gs.addInfoMessage(verdict.message)
    else gs.addErrorMessage(verdict.message)
}
