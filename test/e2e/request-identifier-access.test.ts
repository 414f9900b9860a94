// Issue 11, item 2: only the app (its inbound API) and ELM Ticket Bridge admins may set or change the three
// x_elm_bridge_* columns on sc_request. An agent (itil) who tries through the Table API gets the platform's
// refusal, and nothing changes; closing the ticket still works.
import { call, openCallout, records, useLoop } from './harness.ts'

const loop = useLoop()

const IDENTIFIERS = ['x_elm_bridge_request_id', 'x_elm_bridge_stage', 'x_elm_bridge_stage_instance_id']

async function ticket(sysId: string): Promise<any> {
    return (await records(loop.sandbox.url, 'sc_request', 'sys_id=' + sysId))[0]
}

describe('who may write the request identifiers', () => {
    it.each(IDENTIFIERS)('an agent cannot change %s through the Table API, and nothing changes', async (field) => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        const before = await ticket(opened.ticketSysId)
        const response = await call(
            loop.sandbox.url,
            'agent',
            'PATCH',
            '/api/now/table/sc_request/' + opened.ticketSysId,
            {
                short_description: 'agent edit',
                [field]:
                    field === 'x_elm_bridge_stage'
                        ? 'assignmentRequestCreated'
                        : '00000000-0000-4000-8000-000000000000',
            }
        )
        expect(response.status).toBe(403)
        expect(response.body.error.detail).toContain(field)
        const after = await ticket(opened.ticketSysId)
        expect(after).toEqual(before)
    })

    it('an agent cannot create a ticket that carries the identifiers', async () => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        const count = (await records(loop.sandbox.url, 'sc_request', '')).length
        const response = await call(loop.sandbox.url, 'agent', 'POST', '/api/now/table/sc_request', {
            short_description: 'a copy',
            x_elm_bridge_request_id: opened.requestId,
            x_elm_bridge_stage_instance_id: opened.stageInstanceId,
        })
        expect(response.status).toBe(403)
        expect((await records(loop.sandbox.url, 'sc_request', '')).length).toBe(count)
    })

    it('an agent still reads the identifiers, edits other fields and closes the ticket', async () => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        const read = await call(loop.sandbox.url, 'agent', 'GET', '/api/now/table/sc_request/' + opened.ticketSysId)
        expect(read.status).toBe(200)
        expect(read.body.result.x_elm_bridge_stage_instance_id).toBe(opened.stageInstanceId)
        const created = await call(loop.sandbox.url, 'agent', 'POST', '/api/now/table/sc_request', {
            short_description: 'an ordinary ticket',
        })
        expect(created.status).toBe(201)
        const closed = await call(
            loop.sandbox.url,
            'agent',
            'PATCH',
            '/api/now/table/sc_request/' + opened.ticketSysId,
            {
                close_notes: 'done',
                state: '3',
            }
        )
        expect(closed.status).toBe(200)
    })

    it('the inbound API still writes them, and an admin may change them', async () => {
        const opened = await openCallout(loop.sandbox.url, loop.emulator)
        expect((await ticket(opened.ticketSysId)).x_elm_bridge_request_id).toBe(opened.requestId)
        const response = await call(
            loop.sandbox.url,
            'admin',
            'PATCH',
            '/api/now/table/sc_request/' + opened.ticketSysId,
            {
                x_elm_bridge_stage: 'assignmentRequestCreated',
            }
        )
        expect(response.status).toBe(200)
        expect((await ticket(opened.ticketSysId)).x_elm_bridge_stage).toBe('assignmentRequestCreated')
    })
})
