// The one way in to the app's modules for scripts written by hand (the Flow action's step, ATF steps).
import { ScriptInclude } from '@servicenow/sdk/core'

export const elmTicketBridge = ScriptInclude({
    $id: Now.ID['script_include_elm_ticket_bridge'],
    name: 'ElmTicketBridge',
    apiName: 'x_elm_bridge.ElmTicketBridge',
    description:
        'Entry point for the Flow action step and the ATF steps: requires the resume module by its path inside the app package, so no app version is written into those scripts.',
    active: true,
    // Only this app's own scripts call it; a public include would let any scope resume or deny any request.
    accessibleFrom: 'package_private',
    clientCallable: false,
    script: Now.include('../src/scripts/include/elm-ticket-bridge.js'),
})
