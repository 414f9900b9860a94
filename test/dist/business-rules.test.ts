// The sandbox as witness for c_BusinessRules.md:
// - "Business rules on specific tables": on a table of another scope an app may create async rules (with scripts) and
//   before rules that only set field values; "You cannot create any other types of business rules on tables in a
//   different scope". The ticket rule once was an after rule on sc_request, and every test passed in a sandbox that
//   ran it.
// - `previous`: "If multiple updates are made to the record within one execution context, previous will continue to
//   hold the state of the record before the first update". The worker once relied on the ledger rule seeing its
//   sending → pending change, after the claim had moved the row pending → sending in the same script.
import { toGlideText } from '../../scripts/sandbox/glide-datetime.ts'
import { Instance } from '../../scripts/sandbox/instance.ts'
import { instanceWithoutGraph, runAsAdmin } from '../support/in-process.ts'

let instance: Instance
let appScope: string

beforeAll(() => {
    instance = instanceWithoutGraph()
    appScope = instance.store.select('sys_app', { groups: [], orderBy: [] }, null)[0].sys_id
})

afterAll(() => instance.close())

/** A rule for updates that logs "rule ran: <name>" unless given a script of its own; returns its sys_id. */
function addRule(
    name: string,
    scope: string,
    table: string,
    when: string,
    filter = 'short_descriptionVALCHANGES^EQ',
    script = 'gs.info(' + JSON.stringify('rule ran: ' + name) + ');'
): string {
    const sysId = instance.newSysId()
    instance.store.insert('sys_script', {
        sys_id: sysId,
        sys_scope: scope,
        name,
        collection: table,
        when,
        active: 'true',
        action_update: 'true',
        action_insert: 'false',
        action_delete: 'false',
        action_query: 'false',
        filter_condition: filter,
        script,
    })
    return sysId
}

/** An app-scoped async rule on sc_request with its own script. */
function asyncRule(name: string, script: string, filter = ''): string {
    return addRule(name, appScope, 'sc_request', 'async_always', filter, script)
}

function rulesThatRanOnTicketUpdate(): string[] {
    const before = instance.logs().length
    runAsAdmin(
        instance,
        `var t = new GlideRecord('sc_request'); t.initialize(); t.setValue('short_description', 'a'); var id = t.insert();
        t.get(id); t.setValue('short_description', 'b'); t.update();`
    )
    instance.runAsyncJobs()
    return instance
        .logs()
        .slice(before)
        .filter((line) => line.indexOf('rule ran: ') >= 0)
        .map((line) => line.slice(line.indexOf('rule ran: ') + 'rule ran: '.length))
        .sort()
}

it('runs an app-scoped rule on a table of another scope only when it is async', () => {
    addRule('app after', appScope, 'sc_request', 'after')
    addRule('app before', appScope, 'sc_request', 'before')
    addRule('app async', appScope, 'sc_request', 'async_always')
    addRule('app async, not yet migrated', appScope, 'sc_request', 'async')
    addRule('global after', 'global', 'sc_request', 'after')
    expect(rulesThatRanOnTicketUpdate()).toEqual(['app async', 'app async, not yet migrated', 'global after'])
    expect(instance.forbiddenRules()).toEqual([
        expect.stringContaining('"app after" (after, with a script) on sc_request, a table of another scope'),
        expect.stringContaining('"app before" (before, with a script) on sc_request'),
    ])
})

it("still runs the app's before rule on its own table", () => {
    const ran = runAsAdmin(
        instance,
        `var r = new GlideRecord('x_elm_bridge_route'); r.initialize(); r.setValue('catalog', 'Sales');
        r.insert(); return r.getValue('catalog_key');`
    )
    // The app's before rule on its own table keeps the routing match key.
    expect(String(ran)).toMatch(/^[0-9a-f]+$/)
})

it("runs an async rule's script as the user whose save queued it (the pages are silent; the stricter choice)", () => {
    asyncRule('who runs it', "gs.info('async rule ran as ' + gs.getUserName());", 'descriptionVALCHANGES^EQ')
    const ticket = String(
        runAsAdmin(instance, `var t = new GlideRecord('sc_request'); t.initialize(); return t.insert();`)
    )
    const before = instance.logs().length
    instance.as(instance.sessionFor('itil.agent'), () =>
        instance.scripts.run(
            `var t = new GlideRecord('sc_request'); t.get(id); t.setValue('description', 'x'); t.update();`,
            'agent save',
            { id: ticket }
        )
    )
    instance.runAsyncJobs()
    const lines = instance
        .logs()
        .slice(before)
        .filter((line) => line.indexOf('async rule ran as ') >= 0)
    expect(lines).toEqual([expect.stringContaining('async rule ran as itil.agent')])
})

describe("an async rule's job", () => {
    function job(rules: string[], claimedAgoMs: number | null): void {
        const ticket = String(
            runAsAdmin(instance, `var t = new GlideRecord('sc_request'); t.initialize(); return t.insert();`)
        )
        const now = instance.clock.now()
        instance.store.insert('sys_trigger', {
            sys_id: instance.newSysId(),
            name: 'ASYNC: test',
            document: 'sc_request',
            document_key: ticket,
            rules: rules.join(','),
            run_as: 'admin',
            state: claimedAgoMs === null ? 'ready' : 'running',
            claimed_by: claimedAgoMs === null ? '' : 'a thread that died',
            claimed_at: claimedAgoMs === null ? '' : toGlideText(now - claimedAgoMs),
            next_action: toGlideText(now - 1000),
        })
    }

    it('runs each rule on its own: one that throws does not stop the next', () => {
        const throwing = asyncRule('throws', "throw new Error('first rule broke');")
        const logging = asyncRule('logs', "gs.info('second rule ran');")
        job([throwing, logging], null)
        const before = instance.logs().length
        expect(instance.runAsyncJobs()).toBe(1)
        const lines = instance.logs().slice(before).join('\n')
        expect(lines).toContain('first rule broke')
        expect(lines).toContain('second rule ran')
    })

    it('claimed by a thread that died, runs again five minutes after the claim', () => {
        const logging = asyncRule('logs again', "gs.info('reclaimed job ran');")
        job([logging], 4 * 60 * 1000)
        expect(instance.runAsyncJobs()).toBe(0)
        instance.advanceClock(61)
        const before = instance.logs().length
        expect(instance.runAsyncJobs()).toBe(1)
        expect(instance.logs().slice(before).join('\n')).toContain('reclaimed job ran')
    })
})

describe('previous, within one execution context', () => {
    beforeAll(() => addRule('at_ms changes to 5', 'global', 'x_elm_bridge_pace_call', 'after', 'at_msCHANGESTO5^EQ'))

    const INSERT_THEN_MOVE = `var call = new GlideRecord('x_elm_bridge_pace_call'); call.initialize();
        call.setValue('second_ms', 1000); call.setValue('at_ms', 5); var id = call.insert();
        var move = new GlideRecord('x_elm_bridge_pace_call'); move.addQuery('sys_id', id); move.setWorkflow(false);
        move.setValue('at_ms', 6); move.updateMultiple();`
    const MOVE_BACK = `var back = new GlideRecord('x_elm_bridge_pace_call'); back.get(id); back.setValue('at_ms', 5);
        back.update();`

    function firedWhile(work: () => void): boolean {
        const before = instance.logs().length
        work()
        return instance
            .logs()
            .slice(before)
            .some((line) => line.indexOf('rule ran: at_ms changes to 5') >= 0)
    }

    it('holds the row as it was before its first update in the script, whatever GlideRecord made it', () => {
        expect(firedWhile(() => runAsAdmin(instance, INSERT_THEN_MOVE + MOVE_BACK))).toBe(false)
    })

    it('starts again with the next script', () => {
        let id = ''
        expect(firedWhile(() => (id = String(runAsAdmin(instance, INSERT_THEN_MOVE + 'return id;'))))).toBe(false)
        expect(firedWhile(() => runAsAdmin(instance, MOVE_BACK, { id }))).toBe(true)
    })
})
