// Close → resume: the ticket rule marks the ledger row pending, the ledger rule queues an event, the script
// action sends. Nothing calls Graph inside the agent's save.
import { BusinessRule, Record, ScheduledScript, ScriptAction } from '@servicenow/sdk/core'
import {
    onLedgerPending,
    onLedgerRetryRequested,
    onResumeDue,
    onTicketStateChanged,
    sweep,
} from '../src/server/resume/resume-service.ts'

export const resumeDueEvent = Record({
    $id: Now.ID['event_resume_due'],
    table: 'sysevent_register',
    data: {
        suffix: 'resume_due',
        event_name: 'x_elm_bridge.resume_due',
        description: 'An ELM Ticket Bridge callout is due to be resumed (parm1: callout sys_id)',
        table: 'x_elm_bridge_callout',
        fired_by: 'Business Rule: ELM Ticket Bridge queue resume',
        priority: 100,
    },
})

BusinessRule({
    $id: Now.ID['br_ticket_closed'],
    name: 'ELM Ticket Bridge ticket closed',
    description:
        'When a ticket that came from an entitlement management callout closes, marks its callout pending. No HTTP here: the resume runs off the save.',
    table: 'sc_request',
    when: 'after',
    action: ['update'],
    order: 200,
    active: true,
    filterCondition: 'x_elm_bridge_stage_instance_idISNOTEMPTY^stateVALCHANGES^ORrequest_stateVALCHANGES^EQ',
    script: onTicketStateChanged,
})

BusinessRule({
    $id: Now.ID['br_ledger_retry_budget'],
    name: 'ELM Ticket Bridge fresh attempts on retry',
    description: 'A failed or expired callout set back to pending gets a full set of attempts again.',
    table: 'x_elm_bridge_callout',
    when: 'before',
    action: ['update'],
    order: 100,
    active: true,
    filterCondition: 'statusCHANGESTOpending^EQ',
    script: onLedgerRetryRequested,
})

BusinessRule({
    $id: Now.ID['br_ledger_queue_resume'],
    name: 'ELM Ticket Bridge queue resume',
    description:
        'Whenever a callout becomes pending (ticket closed, retry scheduled, Retry now, Table API) queue the worker for its due time.',
    table: 'x_elm_bridge_callout',
    when: 'after',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    filterCondition: 'statusCHANGESTOpending^EQ',
    script: onLedgerPending,
})

ScriptAction({
    $id: Now.ID['sa_resume_due'],
    name: 'ELM Ticket Bridge resume worker',
    description: 'Claims a pending callout, calls Graph resume, records the outcome and notes the ticket.',
    eventName: 'x_elm_bridge.resume_due',
    active: true,
    order: 100,
    script: onResumeDue,
})

ScheduledScript({
    $id: Now.ID['job_sweep'],
    name: 'ELM Ticket Bridge sweep',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    script: sweep,
})
