// Running a Flow Designer action the way a flow in the app's own scope runs it (the app's action is
// package_private, so only such a flow can): POST /api/x_elm_sandbox/flow_action {"action": "<internal name>",
// "inputs": {...}}, admin only, like the other control endpoints. Each script step of the action runs with the
// platform's `inputs` and `outputs` variables, in the action's scope, as the system user (a flow's default).
// The sandbox hands the action's inputs to the step under the same names: the app's step maps them one to one.
// "The Script step always converts data stored in the inputs and outputs global objects into strings"
// (javascript-step-action-designer.md): the step sees strings and the endpoint answers the step's outputs as the
// strings it left; the action's typed outputs (its output mapping) are not modelled.
import type { Instance } from './instance.ts'

/** The Script step's `script` input: a platform id the SDK writes into the action's records. */
const SCRIPT_STEP_SCRIPT = '71aa7f6647032200b4fad7527c9a719b'

export interface FlowActionReply {
    status: number
    body: unknown
}

export function runFlowAction(instance: Instance, values: { [name: string]: unknown }): FlowActionReply {
    const name = String(values.action || '')
    const given =
        values.inputs && typeof values.inputs === 'object' ? (values.inputs as { [name: string]: unknown }) : {}
    const inputs: { [name: string]: string } = {}
    for (const key of Object.keys(given)) inputs[key] = asStepString(given[key])
    const tables = ['sys_hub_action_type_definition', 'sys_hub_step_instance', 'sys_variable_value']
    const found = tables.every((table) => instance.store.hasTable(table))
        ? instance.store.select(
              'sys_hub_action_type_definition',
              { groups: [[{ field: 'internal_name', operator: '=', value: name }]], orderBy: [] },
              1
          )[0]
        : undefined
    if (!found) return { status: 404, body: { error: { message: 'No such action', detail: name } } }
    const steps = instance.store
        .select(
            'sys_hub_step_instance',
            { groups: [[{ field: 'action', operator: '=', value: found.sys_id }]], orderBy: [] },
            null
        )
        .sort((a, b) => (parseInt(a.order || '0', 10) || 0) - (parseInt(b.order || '0', 10) || 0))
    const outputs: { [name: string]: unknown } = {}
    for (const step of steps) {
        const script = instance.store.select(
            'sys_variable_value',
            {
                groups: [
                    [{ field: 'document_key', operator: '=', value: step.sys_id }],
                    [{ field: 'variable', operator: '=', value: SCRIPT_STEP_SCRIPT }],
                ],
                orderBy: [],
            },
            1
        )[0]
        if (!script) continue
        instance.as(instance.sessionFor('system'), () =>
            instance.scripts.run(script.value, 'sys_hub_step_instance:' + step.sys_id, {
                inputs: { ...inputs },
                outputs,
            })
        )
    }
    const strings: { [name: string]: string } = {}
    for (const key of Object.keys(outputs)) strings[key] = asStepString(outputs[key])
    return { status: 200, body: { result: { outputs: strings } } }
}

/** A value as the Script step stores it: a string (objects as JSON, null and undefined as empty). */
function asStepString(value: unknown): string {
    if (value === null || value === undefined) return ''
    return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
