// The Logic App template: EM-only PoP trigger, SAS off, 202 first, one forwarding action to the contract path with a
// long retry, an alert on failed runs, no secret defaults.
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

    // Microsoft's template demos/identitygovernance-entitlementmanagement-extensibility-servicenow-sample-logicapp
    // (Azure/azure-quickstart-templates) and "Best practices for securing the custom extension extensibility to
    // Azure Logic Apps" (MicrosoftDocs/entra-docs docs/id-governance/custom-extension-security.md): extensions made in
    // the portal or through Graph v1.0 call with proof-of-possession tokens, and SAS is not needed, so disable it.
    it('accepts only proof-of-possession tokens issued to entitlement management for this workflow', () => {
        const policies = workflow.properties.accessControl.triggers.openAuthenticationPolicies.policies
        const names = Object.keys(policies)
        expect(names.length).toBe(1)
        const policy = policies[names[0]]
        expect(policy.type).toBe('AADPOP')
        const claims = Object.fromEntries(policy.claims.map((c: any) => [c.name, c.value]))
        expect(Object.keys(claims).sort()).toEqual(['appid', 'iss', 'm', 'p', 'u'])
        expect(claims.iss).toBe("[concat('https://sts.windows.net/', parameters('tenantId'), '/')]")
        expect(claims.appid).toBe("[variables('entitlementManagementAppId')]")
        expect(template.variables.entitlementManagementAppId).toBe('810dcf14-1858-4bf2-8134-4c369fa3235b')
        expect(claims.m).toBe('POST')
        expect(claims.u).toBe('management.azure.com')
        expect(claims.p).toBe(
            "[concat(resourceGroup().id, '/providers/Microsoft.Logic/workflows/', parameters('logicAppName'))]"
        )
        // The bearer policy's audience parameter is gone with the bearer policy.
        expect(template.parameters).not.toHaveProperty('resourceApplicationId')
        expect(parameters.parameters).not.toHaveProperty('resourceApplicationId')
    })

    it('disables SAS, so the trigger has no signed URL that bypasses the token check', () => {
        expect(workflow.properties.accessControl.triggers.sasAuthenticationPolicy).toEqual({ state: 'Disabled' })
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

    // Entitlement management waits 200-2,000 ms (default 1,000) for the answer and retries at most once
    // (customExtensionClientConfiguration); Microsoft's templates answer 202 at once.
    it('answers 202 as its first action, before ServiceNow is called', () => {
        const actions = definition.actions as { [name: string]: any }
        const first = Object.entries(actions).filter(([, a]) => Object.keys(a.runAfter).length === 0)
        expect(first.map(([name]) => name)).toEqual(['Accepted'])
        expect(actions.Accepted).toMatchObject({ type: 'Response', kind: 'Http', inputs: { statusCode: 202 } })
        expect(JSON.stringify(actions.Accepted.inputs)).not.toContain('Forward_to_ServiceNow')
        // Whatever became of the 202: a Response with no caller waiting (a Resubmit, or one that gave up) does not
        // succeed, and the callout must still reach ServiceNow.
        expect(actions.Forward_to_ServiceNow.runAfter).toEqual({
            Accepted: ['Succeeded', 'Failed', 'Skipped', 'TimedOut'],
        })
        // One answer per run: no second Response after the forward.
        expect(Object.values(actions).filter((a: any) => a.type === 'Response').length).toBe(1)
    })

    // Logic Apps retry limits (Consumption): at most 90 attempts; 408, 429 and 5xx are retried. Every exponential
    // wait is at least minimumInterval, so count x minimumInterval is a floor that does not depend on the jitter.
    it('forwards with a retry policy that rides out a ServiceNow outage of hours', () => {
        const retry = definition.actions.Forward_to_ServiceNow.inputs.retryPolicy
        expect(retry.type).toBe('exponential')
        expect(retry.count).toBeLessThanOrEqual(90)
        const seconds = (d: string) => {
            const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(d)
            if (!m) throw new Error('not a time duration: ' + d)
            return Number(m[1] || 0) * 3600 + Number(m[2] || 0) * 60 + Number(m[3] || 0)
        }
        expect(retry.count * seconds(retry.minimumInterval)).toBeGreaterThanOrEqual(6 * 3600)
        expect(seconds(retry.maximumInterval)).toBeLessThanOrEqual(24 * 3600)
        expect(seconds(retry.maximumInterval)).toBeGreaterThanOrEqual(seconds(retry.minimumInterval))
    })

    it('ships an Azure Monitor alert on failed runs, sent to an action group given as a parameter', () => {
        const alerts = template.resources.filter((r: any) => r.type === 'Microsoft.Insights/metricAlerts')
        expect(alerts.length).toBe(1)
        const alert = alerts[0]
        expect(alert.dependsOn).toEqual(["[resourceId('Microsoft.Logic/workflows', parameters('logicAppName'))]"])
        expect(alert.properties.enabled).toBe(true)
        expect(alert.properties.scopes).toEqual([
            "[resourceId('Microsoft.Logic/workflows', parameters('logicAppName'))]",
        ])
        expect(alert.properties.criteria['odata.type']).toBe(
            'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
        )
        expect(alert.properties.criteria.allOf).toEqual([
            expect.objectContaining({
                metricNamespace: 'Microsoft.Logic/workflows',
                metricName: 'RunsFailed',
                operator: 'GreaterThan',
                threshold: 0,
                timeAggregation: 'Total',
            }),
        ])
        expect(alert.properties.actions).toEqual([{ actionGroupId: "[parameters('actionGroupId')]" }])
        expect(template.parameters.actionGroupId.type).toBe('string')
        expect(template.parameters.actionGroupId).not.toHaveProperty('defaultValue')
        expect(parameters.parameters).toHaveProperty('actionGroupId')
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
