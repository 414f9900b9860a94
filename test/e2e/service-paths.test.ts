// Issue 15, item 2: the resume service's and the callout service's own branches, driven through the sandbox's
// HTTP (the script context Stryker cannot follow). Each test names the bug it catches.
import { flatCallout } from '../../scripts/emulator/callouts.ts'
import {
    background,
    call,
    ledgerRow,
    newIds,
    openCallout,
    records,
    scriptRecords,
    setProperty,
    updateTicket,
    useLoop,
    waitFor,
    waitForStatus,
    waitForWorkNote,
    retryNow,
} from './harness.ts'

const loop = useLoop()

const API = '/api/x_elm_bridge/v1/callouts'
const statuses = (requestId: string) => loop.emulator.resumeCalls(requestId).map((c) => c.status)
const reads = (requestId: string) =>
    loop.emulator.calls.filter((c) => c.kind === 'get_request' && c.requestId === requestId).map((c) => c.status)

/** The Script Include's deliver(), as the worker (or ATF) calls it; its answer as printed JSON. */
async function deliver(sysId: string): Promise<{ status: string; message: string }> {
    const lines = await background(
        loop.sandbox.url,
        'gs.print(JSON.stringify(new x_elm_bridge.ElmTicketBridge().deliver(' + JSON.stringify(sysId) + ')));'
    )
    const last = lines[lines.length - 1]
    return JSON.parse(last.slice(last.indexOf('{')))
}

describe('after an attempt of unknown outcome, a read-back that fails', () => {
    // Attempt 1 reaches Graph but the connection drops (outcome unknown); attempt 2 is refused because it was
    // applied; the read-back that should explain the refusal fails. The bug it catches: treating that refusal as
    // final (`failed`) although the request may well have been resumed.
    it.each([
        ['a 5xx', { status: 503 }],
        ['an answer that is not JSON', { status: 200, body: '<html><body>Service unavailable</body></html>' }],
    ])(
        'with %s is retried, not failed',
        async (_name, readFault) => {
            const opened = await openCallout(loop.sandbox.url, loop.emulator)
            loop.emulator.injectFaults(opened.requestId, [{ hangUp: true, processAnyway: true }])
            loop.emulator.injectReadFaults(opened.requestId, [readFault])
            await updateTicket(loop.sandbox.url, opened.ticketSysId)
            const retried = await waitFor(
                'the refused attempt recorded',
                async () => {
                    const row = await ledgerRow(loop.sandbox.url, opened.stageInstanceId)
                    return row.attempts === '2' || row.status === 'failed' ? row : null
                },
                15000
            )
            expect([retried.status, retried.last_error]).toEqual([
                'pending',
                expect.stringContaining('could not be read back to check an earlier attempt'),
            ])
            // The next attempt is refused too; this time the read-back works and shows the first attempt got through.
            const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed', 'failed'], 20000)
            expect(row.status).toBe('resumed')
            expect(row.outcome).toContain('earlier attempt reached Graph')
            expect(statuses(opened.requestId)).toEqual([0, 400, 400])
            expect(reads(opened.requestId)).toEqual([readFault.status, 200])
        },
        40000
    )
})

describe('after an attempt of unknown outcome, a read-back that Graph throttles', () => {
    // The bug it catches: a 429 on the read-back spending an attempt (it was taken for a read that failed).
    it('spends no attempt: the same attempt goes again after the hold, and its read-back then confirms it', async () => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        loop.emulator.injectFaults(opened.requestId, [{ hangUp: true, processAnyway: true }])
        loop.emulator.injectReadFaults(opened.requestId, [{ status: 429, retryAfter: '1' }])
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed', 'failed'], 20000)
        expect([row.status, row.attempts]).toEqual(['resumed', '2'])
        expect(row.outcome).toContain('earlier attempt reached Graph')
        expect(statuses(opened.requestId)).toEqual([0, 400, 400])
        expect(reads(opened.requestId)).toEqual([429, 200])
    }, 30000)
})

describe('after an attempt of unknown outcome, a request that ended meanwhile', () => {
    // Attempt 1 drops before Graph applies it; the request then ends in entitlement management, and attempt 2 is
    // refused. The bug it catches: the read-back counting any request status but WaitingForCallback as our resume
    // having landed (a canceled request became "Resumed: an earlier attempt reached Graph").
    it.each([
        ['canceled' as const, 'ended_upstream', 'Ended upstream: the access request was canceled', 'was canceled'],
        [
            'timed_out' as const,
            'failed',
            'Failed: Entitlement management stopped waiting: its callout reports callbackTimedOut',
            'the user must request it again',
        ],
    ])(
        'when it was %s ends the row as %s, and tells the ticket',
        async (upstream, status, outcome, note) => {
            const opened = await openCallout(loop.sandbox.url, loop.emulator)
            loop.emulator.injectFaults(opened.requestId, [{ hangUp: true }])
            await updateTicket(loop.sandbox.url, opened.ticketSysId)
            await waitFor('the first attempt', async () => statuses(opened.requestId).length === 1 || null)
            loop.emulator.upstream(opened.requestId, upstream)
            const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, [status, 'resumed'], 20000)
            expect([row.status, row.attempts, row.last_http_status]).toEqual([status, '2', '400'])
            expect(row.outcome).toContain(outcome)
            expect(row.delivery_uncertain).toBe('false')
            expect(statuses(opened.requestId)).toEqual([0, 400])
            const seen = loop.emulator.readCalls(opened.requestId)
            expect(seen.map((c) => c.status)).toEqual([200])
            // Graph leaves the callout instances out unless they are selected.
            expect(String((seen[0].body as { query: string }).query)).toContain('customExtensionCalloutInstances')
            await waitForWorkNote(loop.sandbox.url, opened.ticketSysId, note)
            // Nothing more goes to Graph for this row.
            await new Promise((resolve) => setTimeout(resolve, 1500))
            expect(statuses(opened.requestId)).toEqual([0, 400])
        },
        40000
    )
})

describe('a first resume that Graph refuses because the request ended before the ticket closed', () => {
    // No attempt went out before; the request ended in entitlement management between the last sweep's read and the
    // close. The bug it catches: the refusal read as a fault ("Graph refused the resume as invalid", Retry now), when
    // nobody waits for the resume any more, or when someone else already resumed the request.
    it.each([
        ['canceled' as const, 'ended_upstream', 'Ended upstream: the access request was canceled', 'was canceled'],
        ['denied' as const, 'ended_upstream', 'Ended upstream: the access request was denied', 'was denied'],
        [
            'timed_out' as const,
            'failed',
            'Failed: Entitlement management stopped waiting: its callout reports callbackTimedOut',
            'the user must request it again',
        ],
        ['resumed_elsewhere' as const, 'resumed', 'Resumed outside ServiceNow', 'was resumed outside ServiceNow'],
    ])(
        'when it was %s ends the row as %s after one resume and one read, and tells the ticket',
        async (upstream, status, outcome, note) => {
            const opened = await openCallout(loop.sandbox.url, loop.emulator)
            loop.emulator.upstream(opened.requestId, upstream)
            await updateTicket(loop.sandbox.url, opened.ticketSysId)
            const row = await waitForStatus(
                loop.sandbox.url,
                opened.stageInstanceId,
                ['ended_upstream', 'failed', 'resumed'],
                20000
            )
            expect([row.status, row.attempts, row.last_http_status, row.delivery_uncertain]).toEqual([
                status,
                '1',
                '400',
                'false',
            ])
            expect(row.outcome).toContain(outcome)
            expect(row.last_error).not.toContain('refused')
            expect(statuses(opened.requestId)).toEqual([400])
            expect(reads(opened.requestId)).toEqual([200])
            const notes = await waitForWorkNote(loop.sandbox.url, opened.ticketSysId, note)
            expect(notes).not.toContain('Resume FAILED after attempt')
            // The ticket was closed complete: access was provisioned that entitlement management never granted.
            if (status !== 'resumed') {
                expect(notes).toContain('whatever was provisioned for it was not granted')
                expect(notes).not.toContain('no provisioning is needed')
                const [module] = await records(loop.sandbox.url, 'sys_app_module', 'title=Needs attention')
                const attention = await records(loop.sandbox.url, 'x_elm_bridge_callout', module.filter)
                expect(attention.map((r) => r.sys_id)).toContain(row.sys_id)
            }
            await new Promise((resolve) => setTimeout(resolve, 1500))
            expect(statuses(opened.requestId)).toEqual([400])
        },
        40000
    )

    it('still waiting: the refusal stands, after one read', async () => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        loop.emulator.injectFaults(opened.requestId, [
            { status: 409, body: JSON.stringify({ error: { code: 'Conflict', message: 'try later' } }) },
        ])
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['failed', 'resumed'], 20000)
        expect([row.status, row.attempts, row.last_http_status]).toEqual(['failed', '1', '409'])
        expect(row.last_error).toContain('Graph reported a conflict (409)')
        expect(statuses(opened.requestId)).toEqual([409])
        expect(reads(opened.requestId)).toEqual([200])
        await waitForWorkNote(loop.sandbox.url, opened.ticketSysId, 'Resume FAILED after attempt 1')
    }, 30000)

    it('a read-back with no usable answer leaves the refusal standing: no earlier attempt can have got in', async () => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        loop.emulator.upstream(opened.requestId, 'canceled')
        loop.emulator.injectReadFaults(opened.requestId, [{ status: 503 }])
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['failed', 'ended_upstream'], 20000)
        expect([row.status, row.attempts]).toEqual(['failed', '1'])
        expect(row.last_error).toContain('Graph refused the resume as invalid (400)')
        expect(statuses(opened.requestId)).toEqual([400])
        expect(reads(opened.requestId)).toEqual([503])
    }, 30000)
})

describe('a last attempt whose answer was lost', () => {
    // The bug it catches: the final attempt's hang-up left the row failed but not uncertain, so after Retry now the
    // refusal (Graph had applied that attempt) read back as "resumed outside ServiceNow".
    it('marks the failed row uncertain; after Retry now the refusal reads back as that attempt having got through', async () => {
        await setProperty(loop.sandbox.url, 'x_elm_bridge.max_attempts', '1')
        try {
            const opened = await openCallout(loop.sandbox.url, loop.emulator)
            loop.emulator.injectFaults(opened.requestId, [{ hangUp: true, processAnyway: true }])
            await updateTicket(loop.sandbox.url, opened.ticketSysId)
            const failed = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['failed', 'resumed'])
            expect([failed.status, failed.delivery_uncertain]).toEqual(['failed', 'true'])
            const retry = await retryNow(loop.sandbox.url, failed.sys_id)
            expect(retry.status).toBe(200)
            const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed'], 20000)
            expect(row.outcome).toContain('an earlier attempt reached Graph')
            expect(statuses(opened.requestId)).toEqual([0, 400])
        } finally {
            await setProperty(loop.sandbox.url, 'x_elm_bridge.max_attempts', '12')
        }
    }, 40000)
})

describe('deliver()', () => {
    afterAll(async () => {
        await setProperty(loop.sandbox.url, 'x_elm_bridge.retry_base_seconds', '1')
    })

    // The bug it catches: deliver() that ignores next_attempt_at (an old event, or the sweep, sending early).
    it('on a row whose next attempt is not yet due sends nothing; Retry now then sends it, keeping its attempts', async () => {
        await setProperty(loop.sandbox.url, 'x_elm_bridge.retry_base_seconds', '3600')
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        loop.emulator.injectFaults(opened.requestId, [{ status: 503 }])
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        const waiting = await waitFor('pending after one failed attempt', async () => {
            const row = await ledgerRow(loop.sandbox.url, opened.stageInstanceId)
            return row.attempts === '1' && row.next_attempt_at ? row : null
        })
        const answer = await deliver(waiting.sys_id)
        expect(answer.message).toMatch(/^Next attempt is due at /)
        expect(answer.status).toBe('pending')
        // Give a wrongly sent resume time to land before looking.
        await new Promise((resolve) => setTimeout(resolve, 300))
        expect(statuses(opened.requestId)).toEqual([503])
        const after = await ledgerRow(loop.sandbox.url, opened.stageInstanceId)
        expect([after.status, after.attempts, after.next_attempt_at]).toEqual(['pending', '1', waiting.next_attempt_at])
        expect(
            await scriptRecords(loop.sandbox.url, 'x_elm_bridge_send', 'callout=' + waiting.sys_id, ['send_key'])
        ).toHaveLength(1)

        // Retry now on a pending row sends it at once and keeps its attempt count (the button's hint says so).
        const pressed = await retryNow(loop.sandbox.url, waiting.sys_id, 'elmAdmin')
        expect(pressed.status).toBe(200)
        const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed'], 5000)
        expect([row.attempts, row.round]).toEqual(['2', '0'])
        expect(statuses(opened.requestId)).toEqual([503, 204])
    }, 30000)
})

describe('Retry now', () => {
    it('on a failed row starts a new round of attempts, as its hint says', async () => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        loop.emulator.injectFaults(opened.requestId, [{ status: 400, body: '' }])
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        const failed = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['failed'])
        expect([failed.attempts, failed.round]).toEqual(['1', '0'])
        const pressed = await retryNow(loop.sandbox.url, failed.sys_id, 'elmAdmin')
        expect(pressed.body).toEqual({ result: { messages: [{ type: 'info', text: 'Retry queued' }] } })
        const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed'], 5000)
        // A new round: attempt numbering starts again, and the new round has a send permit of its own.
        expect([row.attempts, row.round]).toEqual(['1', '1'])
        expect(statuses(opened.requestId)).toEqual([400, 204])
        expect(
            await scriptRecords(loop.sandbox.url, 'x_elm_bridge_send', 'callout=' + failed.sys_id, ['send_key'])
        ).toHaveLength(2)
        // The hint an admin reads on the button says both behaviours (this test and the one above show them).
        const [action] = await records(loop.sandbox.url, 'sys_ui_action', 'action_name=x_elm_bridge_retry_now')
        expect(action.hint).toMatch(/failed or expired callout starts a new round of attempts/)
        expect(action.hint).toMatch(/pending callout keeps its attempt count/)
        expect(action.hint).not.toContain('fresh set of attempts')
    }, 30000)
})

describe('the Flow action', () => {
    // The bug it catches: a flow resuming a callout by its stage instance id alone, with another request's id.
    it('refuses a request id that does not match the row, queues nothing, and the ticket still resumes it', async () => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        const other = newIds().requestId
        const response = await call(loop.sandbox.url, 'admin', 'POST', '/api/x_elm_sandbox/flow_action', {
            action: 'x_elm_bridge_resume_em_request',
            inputs: {
                request_id: other,
                stage_instance_id: opened.stageInstanceId,
                stage: 'assignmentRequestApproved',
                outcome: 'resume',
                detail: 'approved in a flow',
            },
        })
        expect(response.body.result.outputs).toEqual({
            status: 'invalid',
            http_status: '0',
            message: 'Request id or stage does not match the recorded callout',
        })
        await new Promise((resolve) => setTimeout(resolve, 300))
        const row = await ledgerRow(loop.sandbox.url, opened.stageInstanceId)
        expect([row.status, row.resume_detail]).toEqual(['open', ''])
        expect(loop.emulator.resumeCalls(other)).toEqual([])
        expect(statuses(opened.requestId)).toEqual([])
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed'])
        expect(statuses(opened.requestId)).toEqual([204])
    }, 30000)
})

describe('a ticket insert that fails', () => {
    // c_BusinessRules.md, "Abort a database action in a before business-rule": setAbortAction(true) in a before
    // insert rule means the record is not created. An admin's rule of that kind makes the ticket insert fail.
    // The bug it catches: the ledger row written before the ticket left behind (the rollback not done), which
    // would answer every repeat of the callout with 503 "in progress" and never open a ticket.
    it('leaves no ledger row behind, and the repeated callout opens the ticket once the cause is gone', async () => {
        const ids = newIds()
        const rule = await call(loop.sandbox.url, 'admin', 'POST', '/api/now/table/sys_script', {
            name: 'Refuse one test ticket',
            collection: 'sc_request',
            when: 'before',
            action_insert: 'true',
            active: 'true',
            order: '100',
            script:
                "if (current.getValue('x_elm_bridge_stage_instance_id') == " +
                JSON.stringify(ids.stageInstanceId) +
                ') current.setAbortAction(true);',
        })
        expect(rule.status).toBe(201)
        const body = flatCallout({
            AccessPackageAssignmentRequestId: ids.requestId,
            CustomExtensionStageInstanceId: ids.stageInstanceId,
        })
        try {
            const refused = await call(loop.sandbox.url, 'integration', 'POST', API, body)
            expect([refused.status, refused.body.error.message]).toEqual([500, 'Could not create the ticket'])
            expect(
                await records(loop.sandbox.url, 'x_elm_bridge_callout', 'stage_instance_id=' + ids.stageInstanceId)
            ).toEqual([])
            expect(
                await records(loop.sandbox.url, 'sc_request', 'x_elm_bridge_stage_instance_id=' + ids.stageInstanceId)
            ).toEqual([])
        } finally {
            await call(loop.sandbox.url, 'admin', 'DELETE', '/api/now/table/sys_script/' + rule.body.result.sys_id)
        }
        const created = await call(loop.sandbox.url, 'integration', 'POST', API, body)
        expect(created.status).toBe(201)
        const [ticket] = await records(
            loop.sandbox.url,
            'sc_request',
            'x_elm_bridge_stage_instance_id=' + ids.stageInstanceId
        )
        expect(created.body.result.ticket.sys_id).toBe(ticket.sys_id)
    })
})

describe('after all of the above', () => {
    it('leaves no callout sending and no unhandled script error', async () => {
        expect(await records(loop.sandbox.url, 'x_elm_bridge_callout', 'status=sending')).toEqual([])
        const logs = (await call(loop.sandbox.url, 'admin', 'GET', '/api/x_elm_sandbox/logs')).body.result.join('\n')
        expect(logs).not.toMatch(
            /Script action for .* failed|Request failed|Async business rule failed|Scripted REST .* failed/
        )
    })
})
