// On-instance proofs (ATF) for what the local sandbox can only imitate.
import { Test } from '@servicenow/sdk/core'

Test(
    {
        $id: Now.ID['atf_ticket_close_queues_event'],
        name: 'ELM Ticket Bridge: closing a ticket queues the resume',
        description:
            'The sc_request rule marks the callout pending and the ledger rule queues x_elm_bridge.resume_due.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_ticket_close_queues_event_script'],
            script: Now.include('../src/scripts/atf/ticket-close-queues-event.js'),
        })
    }
)

Test(
    {
        $id: Now.ID['atf_worker_outcomes'],
        name: 'ELM Ticket Bridge: worker outcomes with stubbed Graph responses',
        description: '429 with Retry-After schedules a retry, 204 resumes, 403 fails with a reason naming the role.',
        active: true,
        // The 403 case logs an error on purpose (the worker's own failure log): that error is the expected outcome.
        failOnServerError: false,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_worker_outcomes_script'],
            script: Now.include('../src/scripts/atf/worker-outcomes.js'),
        })
    }
)

Test(
    {
        $id: Now.ID['atf_ledger_acls'],
        name: 'ELM Ticket Bridge: agents read but cannot change callouts',
        description: 'Creates an itil user, impersonates it and checks the ledger ACLs.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf_ledger_acls_user'],
            firstName: 'ELM',
            lastName: 'Agent',
            fieldValues: {},
            groups: [],
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_ledger_acls_script'],
            script: Now.include('../src/scripts/atf/ledger-acls.js'),
        })
    }
)
