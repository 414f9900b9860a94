// Issue 12, in-process over the built app: a request is read once per period even when two reconcile passes overlap.
// The claim is the insert of a unique permit (row + the last read the pass saw); updateMultiple() alone let two
// overlapping passes both win a row in the bench. Here another pass has already taken row A's permit.
import { Instance } from '../../scripts/sandbox/instance.ts'
import { instanceWithoutGraph, runAsAdmin } from '../support/in-process.ts'

let instance: Instance

function run(source: string, variables: { [name: string]: unknown } = {}): unknown {
    return runAsAdmin(instance, source, variables)
}

function openCallout(requestId: string, stageInstanceId: string): string {
    return String(
        run(
            `var t = new GlideRecord('sc_request'); t.initialize(); t.setValue('state', '1'); var ticket = t.insert();
            var r = new GlideRecord('x_elm_bridge_callout'); r.initialize();
            r.setValue('stage_instance_id', stage); r.setValue('request_id', request);
            r.setValue('stage', 'assignmentRequestApproved'); r.setValue('status', 'open');
            r.setValue('ticket_table', 'sc_request'); r.setValue('ticket', ticket); return r.insert();`,
            { request: requestId, stage: stageInstanceId }
        )
    )
}

function lastReadAt(sysId: string): string {
    return String(
        run(`var r = new GlideRecord('x_elm_bridge_callout'); r.get(id); return r.getValue('last_read_at') || '';`, {
            id: sysId,
        })
    )
}

beforeAll(() => {
    // Nothing listens at Graph: a read is a connection error, which ends the pass after the row it read.
    instance = instanceWithoutGraph()
})

afterAll(() => instance.close())

it('a row whose read permit another pass holds is not read again; the next row is', () => {
    const first = openCallout('7d4b0f3e-0c55-4a8e-9a51-8a1f2b3c4d5e', '0b7a9c2e-6d1f-4e3a-8b5c-1f2e3d4c5b6a')
    instance.advanceClock(2)
    const second = openCallout('8e5c1a4f-1d66-4b9f-8b62-9b2a3c4d5e6f', '1c8bad3f-7e2a-4f4b-9c6d-2a3b4c5d6e7f')
    // Another, overlapping pass claimed the first row's first read and is reading it now.
    run(
        `var p = new GlideRecord('x_elm_bridge_reconcile_pass'); p.initialize();
        p.setValue('pass_key', 'read/' + id + '/first'); p.insert();`,
        { id: first }
    )
    // Every row's slot in the 60-minute period has come round since it arrived.
    instance.advanceClock(61 * 60)
    instance.runDueJobs('ELM Ticket Bridge sweep')
    // The oldest row comes first: skipped, as the other pass reads it; the second row was claimed and read.
    expect(lastReadAt(first)).toBe('')
    expect(lastReadAt(second)).not.toBe('')
})
