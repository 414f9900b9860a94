// Issue 11, item 3, in-process over the built app: the send permit lets one worker through per attempt, and a
// permit taken by a worker that then lost the row does not strand the callout (the sweep opens a new round).
import { Instance } from '../../scripts/sandbox/instance.ts'
import { instanceWithoutGraph, runAsAdmin } from '../support/in-process.ts'

let instance: Instance

function run(source: string, variables: { [name: string]: unknown } = {}): unknown {
    return runAsAdmin(instance, source, variables)
}

function row(sysId: string): { status: string; attempts: string; round: string } {
    return run(
        `var r = new GlideRecord('x_elm_bridge_callout'); r.get(id);
        return { status: r.getValue('status'), attempts: r.getValue('attempts'), round: r.getValue('round') };`,
        { id: sysId }
    ) as { status: string; attempts: string; round: string }
}

function permits(sysId: string): string[] {
    return run(
        `var p = new GlideRecord('x_elm_bridge_send'); p.addQuery('callout', id); p.orderBy('send_key'); p.query();
        var keys = []; while (p.next()) keys.push(p.getValue('send_key')); return keys;`,
        { id: sysId }
    ) as string[]
}

beforeAll(() => {
    // Nothing listens at Graph: each send is a connection error, so an attempt shows as a scheduled retry.
    instance = instanceWithoutGraph()
})

afterAll(() => instance.close())

it('a worker that finds its attempt taken sends nothing; the sweep opens a new round and the worker sends', () => {
    const sysId = String(
        run(`var r = new GlideRecord('x_elm_bridge_callout'); r.initialize();
        r.setValue('stage_instance_id', '0b7a9c2e-6d1f-4e3a-8b5c-1f2e3d4c5b6a');
        r.setValue('request_id', '7d4b0f3e-0c55-4a8e-9a51-8a1f2b3c4d5e');
        r.setValue('stage', 'assignmentRequestApproved'); r.setValue('status', 'open'); return r.insert();`)
    )
    // Another worker took attempt 1 of round 0 and then lost the row.
    run(
        `var p = new GlideRecord('x_elm_bridge_send'); p.initialize(); p.setValue('callout', id);
        p.setValue('attempt', 1); p.setValue('send_key', id + '/0/0'); p.insert();
        var r = new GlideRecord('x_elm_bridge_callout'); r.get(id); r.setValue('status', 'pending'); r.update();`,
        { id: sysId }
    )
    const before = instance.logs().length
    expect(instance.processEvents()).toBe(1)
    expect(row(sysId)).toEqual({ status: 'pending', attempts: '0', round: '0' })
    expect(instance.logs().slice(before).join('\n')).toContain('Unique Key violation')
    expect(permits(sysId)).toEqual([sysId + '/0/0'])

    instance.advanceClock(120)
    instance.runDueJobs('ELM Ticket Bridge sweep')
    expect(row(sysId).round).toBe('1')
    instance.processEvents()
    expect(row(sysId)).toEqual({ status: 'pending', attempts: '1', round: '1' })
    expect(permits(sysId)).toEqual([sysId + '/0/0', sysId + '/1/0'])
})

it('the sweep removes send permits taken more than a day ago, and keeps younger ones', () => {
    const sysId = String(
        run(`var r = new GlideRecord('x_elm_bridge_callout'); r.initialize();
        r.setValue('stage_instance_id', '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
        r.setValue('request_id', '6e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b');
        r.setValue('stage', 'assignmentRequestApproved'); r.setValue('status', 'resumed'); return r.insert();`)
    )
    const take = (key: string) =>
        run(
            `var p = new GlideRecord('x_elm_bridge_send'); p.initialize(); p.setValue('callout', id);
            p.setValue('attempt', 1); p.setValue('send_key', key); return p.insert();`,
            { id: sysId, key }
        )
    expect(take(sysId + '/0/0')).toBeTruthy()
    instance.advanceClock(23 * 3600)
    expect(take(sysId + '/1/0')).toBeTruthy()
    instance.runDueJobs('ELM Ticket Bridge sweep')
    expect(permits(sysId)).toEqual([sysId + '/0/0', sysId + '/1/0'])

    instance.advanceClock(3600 + 60)
    instance.runDueJobs('ELM Ticket Bridge sweep')
    expect(permits(sysId)).toEqual([sysId + '/1/0'])
})
