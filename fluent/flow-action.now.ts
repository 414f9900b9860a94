// Flow Designer action for admins who build their own flows; it runs the same resume path as the app.
import { Action, actionStep, wfa } from '@servicenow/sdk/automation'
import { ChoiceColumn, IntegerColumn, StringColumn } from '@servicenow/sdk/core'

export const resumeAction = Action(
    {
        $id: Now.ID['action_resume_em_request'],
        name: 'Resume Entitlement Management request',
        internalName: 'x_elm_bridge_resume_em_request',
        description:
            'Resumes a Microsoft Entra entitlement management request that ELM Ticket Bridge recorded, through its ledger (exactly once, with retries).',
        category: 'ELM Ticket Bridge',
        // Only flows and subflows in this app's scope can use it; an admin exposes it on purpose (README).
        access: 'package_private',
        inputs: {
            request_id: StringColumn({ label: 'Assignment request ID', mandatory: true, maxLength: 40 }),
            stage_instance_id: StringColumn({ label: 'Stage instance ID', mandatory: true, maxLength: 40 }),
            stage: StringColumn({ label: 'Stage', mandatory: true, maxLength: 60 }),
            outcome: ChoiceColumn({
                label: 'Outcome',
                default: 'resume',
                choices: { resume: { label: 'Resume (continue)' }, deny: { label: 'Deny' } },
            }),
            detail: StringColumn({ label: 'Detail for the audit log', maxLength: 1000 }),
        },
        outputs: {
            status: StringColumn({ label: 'Status', maxLength: 20 }),
            http_status: IntegerColumn({ label: 'HTTP status', hint: 'Graph response status; 0 when no response' }),
            message: StringColumn({ label: 'Message', maxLength: 1000 }),
        },
    },
    (params) => {
        const step = wfa.actionStep(
            actionStep.script,
            { $id: Now.ID['action_resume_em_request_script'], label: 'Resume through ELM Ticket Bridge' },
            {
                required_run_time: 'instance',
                script: Now.include('../src/scripts/flow/resume-action-step.js'),
                inputVariables: {
                    request_id: { label: 'request_id', value: wfa.dataPill(params.inputs.request_id, 'string') },
                    stage_instance_id: {
                        label: 'stage_instance_id',
                        value: wfa.dataPill(params.inputs.stage_instance_id, 'string'),
                    },
                    stage: { label: 'stage', value: wfa.dataPill(params.inputs.stage, 'string') },
                    outcome: { label: 'outcome', value: wfa.dataPill(params.inputs.outcome, 'choice') },
                    detail: { label: 'detail', value: wfa.dataPill(params.inputs.detail, 'string') },
                },
                outputVariables: {
                    status: StringColumn({ label: 'status', maxLength: 20 }),
                    http_status: IntegerColumn({ label: 'http_status', default: '0' }),
                    message: StringColumn({ label: 'message', maxLength: 1000 }),
                },
            }
        )
        wfa.assignActionOutputs(params.outputs, {
            status: wfa.dataPill(step.status, 'string'),
            http_status: wfa.dataPill(step.http_status, 'integer'),
            message: wfa.dataPill(step.message, 'string'),
        })
    }
)
