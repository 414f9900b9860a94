// POST /api/x_elm_bridge/v1/callouts: where the Logic App delivers entitlement management's callouts.
import { Acl, RestApi } from '@servicenow/sdk/core'
import { handleCalloutRequest } from '../src/server/callouts/callout-service.ts'
import { adminRole, integrationRole } from './roles.now.ts'

export const calloutsAcl = Acl({
    $id: Now.ID['acl_callouts_api'],
    type: 'rest_endpoint',
    name: 'ELM Ticket Bridge callouts',
    operation: 'execute',
    roles: [integrationRole, adminRole],
    description: 'Only the integration user (and ELM Ticket Bridge admins) may post callouts.',
})

export const calloutsApi = RestApi({
    $id: Now.ID['api_callouts'],
    name: 'ELM Ticket Bridge callouts',
    serviceId: 'callouts',
    shortDescription: 'Receives Microsoft Entra entitlement management custom extension callouts and opens tickets.',
    // The API's supported request and response formats: the platform answers 415 / 406 for anything else before
    // the script runs (c_SpecifyContentType.md). The Logic App posts application/json and accepts it back.
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [calloutsAcl],
    versions: [{ $id: Now.ID['api_callouts_v1'], version: 1, isDefault: true, active: true }],
    routes: [
        {
            $id: Now.ID['api_callouts_post'],
            name: 'Receive callout',
            method: 'POST',
            path: '/',
            version: 1,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [calloutsAcl],
            // No consumes/produces of its own: the resource keeps the API's formats (not customised).
            shortDescription:
                'Opens a ticket for a callout (201), returns the same ticket for a repeated stage instance (200), answers connection tests (200).',
            script: handleCalloutRequest,
        },
    ],
})
