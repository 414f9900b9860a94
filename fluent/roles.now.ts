import { Role } from '@servicenow/sdk/core'

export const integrationRole = Role({
    name: 'x_elm_bridge.integration',
    description: "Calls the ELM Ticket Bridge inbound API (give it to the Logic App's ServiceNow user only).",
})

export const adminRole = Role({
    name: 'x_elm_bridge.admin',
    description: 'Configures ELM Ticket Bridge (properties, OAuth entry) and retries failed callouts.',
    containsRoles: [integrationRole],
})
