// The Logic App template: EM-only trigger, one forwarding action to the contract path, no secret defaults.
import * as fs from 'fs'
import * as path from 'path'

const dir = path.join(__dirname, '..', '..', 'azure')
const template = JSON.parse(fs.readFileSync(path.join(dir, 'logic-app.json'), 'utf8'))
const parameters = JSON.parse(fs.readFileSync(path.join(dir, 'logic-app.parameters.json'), 'utf8'))
const workflow = template.resources.find((r: any) => r.type === 'Microsoft.Logic/workflows')
const definition = workflow.properties.definition

describe('Logic App template', () => {
    it('has an HTTP POST trigger with the callout schema', () => {
        const trigger = definition.triggers.manual
        expect(trigger).toMatchObject({ type: 'Request', kind: 'Http', inputs: { method: 'POST' } })
        const properties = trigger.inputs.schema.properties
        for (const name of [
            'AccessPackageAssignmentRequestId',
            'CustomExtensionStageInstanceId',
            'Stage',
            'CallbackConfiguration',
            'AccessPackage',
            'Assignment',
            'Requestor',
            'Answers',
        ]) {
            expect(properties).toHaveProperty(name)
        }
    })

    it('accepts only tokens issued to entitlement management', () => {
        const policies = workflow.properties.accessControl.triggers.openAuthenticationPolicies.policies
        const names = Object.keys(policies)
        expect(names.length).toBe(1)
        const policy = policies[names[0]]
        expect(policy.type).toBe('AAD')
        const claims = Object.fromEntries(policy.claims.map((c: any) => [c.name, c.value]))
        expect(claims.appid).toBe("[variables('entitlementManagementAppId')]")
        expect(template.variables.entitlementManagementAppId).toBe('810dcf14-1858-4bf2-8134-4c369fa3235b')
        expect(claims.iss).toContain('https://sts.windows.net/')
        expect(claims.aud).toBe("[parameters('resourceApplicationId')]")
    })

    it('forwards the trigger body unchanged to the inbound API with secure credentials', () => {
        const http = Object.values(definition.actions).filter((a: any) => a.type === 'Http') as any[]
        expect(http.length).toBe(1)
        const forward = http[0]
        expect(forward.inputs.method).toBe('POST')
        expect(forward.inputs.body).toBe('@triggerBody()')
        expect(template.variables.calloutsPath).toBe('/api/x_elm_bridge/v1/callouts')
        expect(forward.inputs.uri).toContain("variables('calloutsPath')")
        expect(forward.inputs.uri).toContain('serviceNowInstanceUrl')
        expect(forward.inputs.authentication).toEqual({
            type: 'Basic',
            username: "@parameters('serviceNowUser')",
            password: "@parameters('serviceNowPassword')",
        })
        expect(definition.parameters.serviceNowPassword.type).toBe('SecureString')
        expect(forward.runtimeConfiguration.secureData.properties).toContain('inputs')
    })

    it('answers 202 on success and surfaces ServiceNow errors otherwise', () => {
        const responses = Object.values(definition.actions).filter((a: any) => a.type === 'Response') as any[]
        const ok = responses.find((r) => r.runAfter.Forward_to_ServiceNow.includes('Succeeded'))
        const failed = responses.find((r) => r.runAfter.Forward_to_ServiceNow.includes('Failed'))
        expect(ok.inputs.statusCode).toBe(202)
        expect(failed.inputs.body).toContain("body('Forward_to_ServiceNow')")
        expect(failed.inputs.statusCode).toContain("outputs('Forward_to_ServiceNow')")
    })

    it('gives no secret a default value, and the parameters file carries no secret', () => {
        for (const [name, parameter] of Object.entries(template.parameters) as [string, any][]) {
            if (parameter.type.toLowerCase().startsWith('secure'))
                expect([name, parameter.defaultValue]).toEqual([name, undefined])
        }
        expect(template.parameters.serviceNowPassword.type).toBe('securestring')
        expect(parameters.parameters).not.toHaveProperty('serviceNowPassword')
        expect(JSON.stringify(template)).not.toMatch(/sig=|sv=20/)
    })
})
