// Events as c_EventRegistry.md describes them: "After you create a new event ... you must register it. Registration
// lets ... Script Actions see the event". The sandbox runs a script action only for a registered event, in the
// actions' order, and only when its condition holds. The app's own event is registered (built-app.test.ts).
import { Instance } from '../../scripts/sandbox/instance.ts'
import { instanceWithoutGraph, runAsAdmin } from '../support/in-process.ts'

const EVENT = 'x_elm_bridge.probe_event'
let instance: Instance

beforeAll(() => {
    instance = instanceWithoutGraph()
    for (const [name, order] of [
        ['second', '200'],
        ['first', '100'],
    ])
        instance.store.insert('sysevent_script_action', {
            sys_id: instance.newSysId(),
            name: 'probe ' + name,
            event_name: EVENT,
            active: 'true',
            order,
            condition_script: "event.parm1 != 'skip';",
            script: `gs.info('probe ${name} ran for ' + event.parm1);`,
        })
})

afterAll(async () => {
    await instance.close()
})

function actionsRunFor(parm1: string): string[] {
    const before = instance.logs().length
    runAsAdmin(instance, `gs.eventQueue(name, null, parm1, '');`, { name: EVENT, parm1 })
    instance.processEvents()
    return instance
        .logs()
        .slice(before)
        .filter((line) => /probe .* ran|not registered/.test(line))
        .map((line) => line.replace(/^\S+ \S+ /, ''))
}

it('an event that is not registered runs no script action, and the log says so', () => {
    expect(actionsRunFor('a')).toEqual(['WARN Event ' + EVENT + ' is not registered: no script action sees it'])
})

it('once registered, its actions run in their order, each only when its condition holds', () => {
    instance.store.insert('sysevent_register', { sys_id: instance.newSysId(), event_name: EVENT })
    expect(actionsRunFor('b')).toEqual(['INFO probe first ran for b', 'INFO probe second ran for b'])
    expect(actionsRunFor('skip')).toEqual([])
})
