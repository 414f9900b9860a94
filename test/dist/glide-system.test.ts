// GlideSystem as the pages describe it (c_GlideSystemScopedAPI.md): a log message with arguments is a Java
// MessageFormat pattern (one without is printed as it is, as the pages' examples show), and getProperty promises its
// alternate for a property "not found" (an empty one gets it too here, the stricter reading). The app logs without
// arguments and reads an empty property as its default.
import { Instance } from '../../scripts/sandbox/instance.ts'
import { instanceWithoutGraph, runAsAdmin } from '../support/in-process.ts'

let instance: Instance

beforeAll(() => {
    instance = instanceWithoutGraph()
})

afterAll(async () => {
    await instance.close()
})

function logged(source: string): string[] {
    const before = instance.logs().length
    runAsAdmin(instance, source)
    return instance
        .logs()
        .slice(before)
        .map((line) => line.replace(/^\S+ \S+ [A-Z]+ /, ''))
}

function setProperty(name: string, value: string): void {
    runAsAdmin(
        instance,
        `var p = new GlideRecord('sys_properties'); p.get('name', name); p.setValue('value', value); p.update();`,
        { name, value }
    )
}

describe('gs log messages with arguments are MessageFormat patterns', () => {
    it('{n} takes an argument, an apostrophe quotes, two make one', () => {
        expect(logged(`gs.info("{0} is {1}", 'a', 2);`)).toEqual(['a is 2'])
        expect(logged(`gs.info("Graph's {0}", 'answer');`)).toEqual(['Graphs {0}'])
        expect(logged(`gs.info("it''s '{0}' {0}", 'x');`)).toEqual(["it's {0} x"])
        expect(logged(`gs.info("{3} missing", 'x');`)).toEqual(['{3} missing'])
    })

    it('with an argument, an unclosed or non-numeric brace throws', () => {
        expect(() => runAsAdmin(instance, `gs.error('{"status": 1', 'x');`)).toThrow(/Unmatched braces/)
        expect(() => runAsAdmin(instance, `gs.warn('{"status": 1}', 'x');`)).toThrow(/can't parse argument number/)
    })

    it('without arguments the message is written as it is', () => {
        expect(logged(`gs.info('Can\\'t {0} {"a": 1}');`)).toEqual([`Can't {0} {"a": 1}`])
    })

    it("the app's log keeps Graph's text as it is", () => {
        const lines = logged(
            `var glide = require('x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/platform/glide.ts');
            glide.log('error', "Graph said: {\\"error\\": \\"can't\\"}");`
        )
        expect(lines).toEqual(['[ELM Ticket Bridge] Graph said: {"error": "can\'t"}'])
    })
})

describe('getProperty and an empty value', () => {
    afterEach(() => setProperty('x_elm_bridge.deny_stages', 'assignmentRequestCreated,assignmentRequestApproved'))

    it('answers the alternate for an empty value as for a missing property', () => {
        setProperty('x_elm_bridge.deny_stages', '')
        expect(runAsAdmin(instance, `return gs.getProperty('x_elm_bridge.deny_stages', 'alt');`)).toBe('alt')
        expect(runAsAdmin(instance, `return gs.getProperty('x_elm_bridge.no_such_property', 'alt');`)).toBe('alt')
    })

    it('the app reads an empty deny_stages as its default, and none as no stage', () => {
        const denyStages = () =>
            runAsAdmin(
                instance,
                `var s = require('x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/platform/settings.ts');
                return s.loadSettings().denyStages.join(',');`
            )
        setProperty('x_elm_bridge.deny_stages', '')
        expect(denyStages()).toBe('assignmentRequestCreated,assignmentRequestApproved')
        setProperty('x_elm_bridge.deny_stages', 'none')
        expect(denyStages()).toBe('')
    })
})
