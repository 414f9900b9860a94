// How the instance reaches Microsoft Graph: an OAuth registry entry (client credentials) and a REST message.
// No token URL (it holds the tenant), client ID or secret ships: the admin enters them on the OAuth entry after
// install, and because the package leaves those fields out, no reinstall or upgrade overwrites them.
import { Record, RestMessage } from '@servicenow/sdk/core'

export const graphOAuthEntity = Record({
    $id: Now.ID['oauth_entity_graph'],
    table: 'oauth_entity',
    data: {
        name: 'ELM Ticket Bridge Graph',
        // Outbound: what "Connect to a third-party OAuth provider" creates. `client` is the inbound kind.
        type: 'oauth_provider',
        default_grant_type: 'client_credentials',
        access_token_lifespan: 3600,
        active: true,
        comments:
            'Microsoft Entra app registration used to resume entitlement management requests. Enter the token URL https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token, the client ID and the client secret value. The app does not ship these fields, so a reinstall keeps them.',
    },
})

export const graphScope = Record({
    $id: Now.ID['oauth_entity_scope_graph_default'],
    table: 'oauth_entity_scope',
    data: {
        name: 'Microsoft Graph (.default)',
        oauth_entity_scope: 'https://graph.microsoft.com/.default',
        oauth_entity: graphOAuthEntity,
    },
})

export const graphProfile = Record({
    // A fixed sys_id: the REST message's oauthProfile takes a sys_id string, not a record.
    $id: 'e1b7c0d4a5f24c6e9b3d2a1f0c9e8d7b',
    table: 'oauth_entity_profile',
    data: {
        name: 'ELM Ticket Bridge Graph default_profile',
        oauth_entity: graphOAuthEntity,
        grant_type: 'client_credentials',
        default: true,
    },
})

Record({
    $id: Now.ID['oauth_entity_profile_scope_graph_default'],
    table: 'oauth_entity_profile_scope',
    data: {
        oauth_entity_profile: graphProfile,
        oauth_entity_scope: graphScope,
    },
})

export const graphRestMessage = RestMessage({
    $id: Now.ID['rest_message_graph'],
    name: 'ELM Ticket Bridge Graph',
    endpoint: '${graph_endpoint}',
    description:
        'Microsoft Graph v1.0 entitlement management. The resume body is built in code with JSON.stringify; nothing is substituted into a template.',
    authenticationType: 'oauth2',
    oauthProfile: 'e1b7c0d4a5f24c6e9b3d2a1f0c9e8d7b',
    headers: [{ $id: Now.ID['rest_message_graph_accept'], name: 'Accept', value: 'application/json' }],
    functions: [
        {
            name: 'resume',
            httpMethod: 'POST',
            endpoint:
                '${graph_endpoint}/v1.0/identityGovernance/entitlementManagement/assignmentRequests/${request_id}/resume',
            headers: [
                {
                    $id: Now.ID['rest_message_graph_resume_content_type'],
                    name: 'Content-Type',
                    value: 'application/json',
                },
            ],
            variables: [
                { $id: Now.ID['rest_message_graph_resume_var_endpoint'], name: 'graph_endpoint' },
                { $id: Now.ID['rest_message_graph_resume_var_request'], name: 'request_id' },
            ],
        },
        {
            // A read takes only what it decides on; the callout instances come back only when selected.
            name: 'read_request',
            httpMethod: 'GET',
            endpoint:
                '${graph_endpoint}/v1.0/identityGovernance/entitlementManagement/assignmentRequests/${request_id}?$select=id,state,status,customExtensionCalloutInstances',
            variables: [
                { $id: Now.ID['rest_message_graph_read_var_endpoint'], name: 'graph_endpoint' },
                { $id: Now.ID['rest_message_graph_read_var_request'], name: 'request_id' },
            ],
        },
        {
            name: 'verify',
            httpMethod: 'GET',
            endpoint: '${graph_endpoint}/v1.0/identityGovernance/entitlementManagement/catalogs?$top=1&$select=id',
            variables: [{ $id: Now.ID['rest_message_graph_verify_var_endpoint'], name: 'graph_endpoint' }],
        },
    ],
})
