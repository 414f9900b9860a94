// Issue 11, "also": the inbound API can only create. A repeated stage instance id answers with the same ticket and
// changes nothing on it, whatever else the repeat carries; no field name comes from the payload, and descriptive
// text from the payload lands as text.
import { flatCallout } from '../fixtures/callouts.ts'
import { call, newIds, records, useLoop } from './harness.ts'

const loop = useLoop()

function post(body: unknown) {
    return call(loop.sandbox.url, 'integration', 'POST', '/api/x_elm_bridge/v1/callouts', body)
}

describe('the inbound API only creates', () => {
    it('a repeat with other content changes neither the ticket nor the ledger row', async () => {
        const ids = newIds()
        const first = await post(
            flatCallout({
                AccessPackageAssignmentRequestId: ids.requestId,
                CustomExtensionStageInstanceId: ids.stageInstanceId,
            })
        )
        expect(first.status).toBe(201)
        const ticketSysId = first.body.result.ticket.sys_id
        const [ticketBefore] = await records(loop.sandbox.url, 'sc_request', 'sys_id=' + ticketSysId)
        const [rowBefore] = await records(
            loop.sandbox.url,
            'x_elm_bridge_callout',
            'stage_instance_id=' + ids.stageInstanceId
        )
        const repeat = await post(
            flatCallout({
                AccessPackageAssignmentRequestId: newIds().requestId,
                CustomExtensionStageInstanceId: ids.stageInstanceId,
                Stage: 'assignmentRequestCreated',
                AccessPackage: {
                    Id: 'a0000000-0000-4000-8000-000000000009',
                    DisplayName: 'Domain Admins',
                    Description: 'x',
                },
                CallbackConfiguration: { DurationBeforeTimeout: 'PT5M' },
            })
        )
        expect(repeat.status).toBe(200)
        expect(repeat.body.result.ticket.sys_id).toBe(ticketSysId)
        expect((await records(loop.sandbox.url, 'sc_request', 'sys_id=' + ticketSysId))[0]).toEqual(ticketBefore)
        expect(
            (await records(loop.sandbox.url, 'x_elm_bridge_callout', 'stage_instance_id=' + ids.stageInstanceId))[0]
        ).toEqual(rowBefore)
    })

    it('payload keys named like ticket fields set nothing, and descriptive text stays text', async () => {
        const ids = newIds()
        const hostile =
            'x^state=3^ORx_elm_bridge_stage_instance_id=' + newIds().stageInstanceId + ' <script>alert(1)</script>'
        const created = await post(
            flatCallout({
                AccessPackageAssignmentRequestId: ids.requestId,
                CustomExtensionStageInstanceId: ids.stageInstanceId,
                AccessPackage: { Id: 'a0000000-0000-4000-8000-000000000001', DisplayName: 'SAP', Description: hostile },
                state: '3',
                request_state: 'closed_complete',
                assigned_to: 'admin',
                work_notes: 'from the payload',
                x_elm_bridge_stage_instance_id: newIds().stageInstanceId,
            })
        )
        expect(created.status).toBe(201)
        const [ticket] = await records(loop.sandbox.url, 'sc_request', 'sys_id=' + created.body.result.ticket.sys_id)
        expect(ticket.state).toBe('1')
        expect(ticket.request_state).toBe('requested')
        expect(ticket.assigned_to).toBe('')
        expect(ticket.x_elm_bridge_stage_instance_id).toBe(ids.stageInstanceId)
        expect(ticket.description).toContain(hostile)
        const notes = await records(loop.sandbox.url, 'sys_journal_field', 'element_id=' + ticket.sys_id)
        expect(notes.map((n: { value: string }) => n.value).join('\n')).not.toContain('from the payload')
    })
})
