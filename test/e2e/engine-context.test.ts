// App code runs in a context with the Glide API and no Node globals, so what fails on the instance fails here.
import * as path from 'path'
import { Instance } from '../../scripts/sandbox/instance.ts'

let instance: Instance

beforeAll(() => {
    instance = new Instance({
        appDir: path.join(__dirname, '..', '..', 'dist', 'app'),
        dataFile: null,
        allowRemote: false,
        nodeName: 'test',
        log: () => undefined,
    })
})

afterAll(async () => {
    await instance.close()
})

describe('the script context', () => {
    it.each([
        'setTimeout',
        'setInterval',
        'process',
        'require',
        'Buffer',
        'fetch',
        'console',
        'global',
        'module',
        'TextEncoder',
    ])('has no %s', (name) => {
        expect(instance.scripts.evaluate('typeof ' + name)).toBe('undefined')
    })

    it('makes app code that uses them fail', () => {
        expect(() => instance.scripts.run('setTimeout(function () {}, 1)', 'probe', {})).toThrow(
            /setTimeout is not defined/
        )
        expect(() => instance.scripts.run('return process.env', 'probe', {})).toThrow(/process is not defined/)
    })

    it('has the Glide API', () => {
        expect(
            instance.scripts.evaluate(
                'typeof GlideRecord + typeof gs + typeof GlideDateTime + typeof sn_ws.RESTMessageV2'
            )
        ).toBe('functionobjectfunctionfunction')
    })

    it('loads the app modules from sys_module and runs them', () => {
        const core = instance.scripts.require(
            '',
            'x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/core/identifiers.ts'
        ) as { isGuid(v: string): boolean }
        expect(core.isGuid('3a8d3c6e-2b0f-4f5e-9d61-2f7f4c1b9a01')).toBe(true)
    })
})

describe('GlideRecord as its page documents it', () => {
    it('deletes a record it has just inserted only after reloading it', () => {
        const admin = instance.sessionFor('admin')
        const result = instance.as(admin, () =>
            instance.scripts.run(
                `var call = new GlideRecord('x_elm_bridge_pace_call'); call.initialize();
                call.setValue('second_ms', 1000); var id = call.insert();
                var unloaded = call.deleteRecord();
                var still = new GlideRecord('x_elm_bridge_pace_call').get(id);
                call.get(id);
                var reloaded = call.deleteRecord();
                return [unloaded, still, reloaded, new GlideRecord('x_elm_bridge_pace_call').get(id)];`,
                'probe',
                {}
            )
        )
        expect(result).toEqual([false, true, true, false])
    })

    it.each([true, false])(
        "updateMultiple() (business rules %p) leaves a value set to '' and clears one set to 'NULL'",
        (workflow) => {
            const admin = instance.sessionFor('admin')
            const result = instance.as(admin, () =>
                instance.scripts.run(
                    `var call = new GlideRecord('x_elm_bridge_pace_call'); call.initialize();
                    call.setValue('second_ms', 2000); call.setValue('at_ms', 2100); var id = call.insert();
                    var empty = new GlideRecord('x_elm_bridge_pace_call'); empty.addQuery('sys_id', id);
                    empty.setWorkflow(workflow); empty.setValue('at_ms', ''); empty.updateMultiple();
                    var kept = new GlideRecord('x_elm_bridge_pace_call'); kept.get(id);
                    var cleared = new GlideRecord('x_elm_bridge_pace_call'); cleared.addQuery('sys_id', id);
                    cleared.setWorkflow(workflow); cleared.setValue('at_ms', 'NULL'); cleared.updateMultiple();
                    var after = new GlideRecord('x_elm_bridge_pace_call'); after.get(id);
                    return [kept.getValue('at_ms'), after.getValue('at_ms'), after.getValue('second_ms')];`,
                    'probe',
                    { workflow }
                )
            )
            expect(result).toEqual(['2100', null, '2000'])
        }
    )
})
