// Close → resume: the ticket's async rule marks the ledger row pending, the ledger rule queues an event, the script
// action sends. Nothing runs inside the agent's save but the rule's filter.
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

// Async: sc_request is a table of another scope, where an app may create only async rules with a script (and before
// rules that only set field values): "You cannot create any other types of business rules on tables in a different
// scope" (c_BusinessRules.md, Business rules on specific tables). The filter is evaluated at the save (its VALCHANGES
// needs the record before it); the script runs in the rule's scheduled job, off the agent's transaction.
BusinessRule({
    $id: Now.ID['br_ticket_closed'],
    name: 'ELM Ticket Bridge ticket closed',
    description:
        "When a ticket that came from an entitlement management callout closes, marks its callout pending. Async, off the agent's save; no HTTP here: the resume runs in the event worker.",
    table: 'sc_request',
    when: 'async',
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
        'Whenever a callout becomes pending (ticket closed, Retry now, form, list or Table API) queue the worker for its due time. A retry the worker schedules, it queues itself as well.',
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
