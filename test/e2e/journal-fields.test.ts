// Issue 9 item 3: work notes the supported way. setValue() is not supported for journal fields; assignment is
// (c_JournalFields.md). The sandbox writes no entry for setValue, one for assignment, and the Table API journals.
import * as path from 'path'
import { Instance } from '../../scripts/sandbox/instance.ts'
import { SandboxServer } from '../../scripts/sandbox/http-server.ts'

let instance: Instance
let server: SandboxServer
let base: string

beforeAll(async () => {
    instance = new Instance({
        appDir: path.join(__dirname, '..', '..', 'dist', 'app'),
        dataFile: null,
        allowRemote: false,
        nodeName: 'test',
        log: () => undefined,
    })
    server = new SandboxServer(instance)
    base = 'http://127.0.0.1:' + (await server.listen(0))
})

afterAll(async () => {
    await server.close()
    await instance.close()
})

function newTicket(): string {
    return instance.scripts.run(
        "var gr = new GlideRecord('sc_request'); gr.initialize(); gr.short_description = 'journal probe'; return gr.insert();",
        'probe',
        {}
    ) as string
}

function notes(sysId: string, element = 'work_notes'): string[] {
    return instance.store
        .select(
            'sys_journal_field',
            {
                groups: [
                    [{ field: 'element_id', operator: '=', value: sysId }],
                    [{ field: 'element', operator: '=', value: element }],
                ],
                orderBy: [],
            },
            null
        )
        .map((row) => row.value)
}

function run(script: string, sysId: string): unknown {
    return instance.scripts.run(script, 'probe', { sysId })
}

describe('item 3: journal fields take assignment, not setValue', () => {
    it('setValue on work_notes writes no journal entry', () => {
        const sysId = newTicket()
        run(
            "var gr = new GlideRecord('sc_request'); gr.get(sysId); gr.setValue('work_notes', 'lost'); gr.update();",
            sysId
        )
        expect(notes(sysId)).toEqual([])
    })

    it('assigning work_notes writes exactly one entry, on update and on insert', () => {
        const sysId = newTicket()
        run("var gr = new GlideRecord('sc_request'); gr.get(sysId); gr.work_notes = 'kept'; gr.update();", sysId)
        expect(notes(sysId)).toEqual(['kept'])
        const inserted = run(
            "var gr = new GlideRecord('sc_request'); gr.initialize(); gr.comments = 'first'; return gr.insert();",
            ''
        ) as string
        expect(notes(inserted, 'comments')).toEqual(['first'])
    })

    it('setValue through the element writes nothing, and setJournalEntry is not offered to scoped scripts', () => {
        const sysId = newTicket()
        run(
            "var gr = new GlideRecord('sc_request'); gr.get(sysId); gr.getElement('work_notes').setValue('lost');" +
                ' gr.update();',
            sysId
        )
        expect(notes(sysId)).toEqual([])
        // c_GlideElementScopedAPI.md does not list it; c_JournalFields.md documents assignment.
        expect(() =>
            run("var gr = new GlideRecord('sc_request'); gr.get(sysId); gr.work_notes.setJournalEntry('x');", sysId)
        ).toThrow(/setJournalEntry is not a function/)
        expect(notes(sysId)).toEqual([])
    })

    it("the app's addWorkNote writes the note the supported way", () => {
        const sysId = newTicket()
        const tickets = instance.scripts.require(
            '',
            'x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/platform/tickets.ts'
        ) as { addWorkNote(table: string, sysId: string, note: string): boolean }
        expect(tickets.addWorkNote('sc_request', sysId, 'hello')).toBe(true)
        expect(notes(sysId)).toEqual(['ELM Ticket Bridge: hello'])
    })

    it('an agent PATCHing work_notes through the Table API gets a journal entry', async () => {
        const sysId = newTicket()
        const response = await fetch(base + '/api/now/table/sc_request/' + sysId, {
            method: 'PATCH',
            headers: {
                Authorization: 'Basic ' + Buffer.from('itil.agent:agent').toString('base64'),
                'Content-Type': 'application/json',
            },
            body: JSON.stringify({ work_notes: 'from the form', short_description: 'edited' }),
        })
        expect(response.status).toBe(200)
        expect(notes(sysId)).toEqual(['from the form'])
        expect(instance.store.get('sc_request', sysId)!.short_description).toBe('edited')
    })

    it('fields read as GlideElements and assignment sets ordinary fields', () => {
        const sysId = newTicket()
        const out = run(
            "var gr = new GlideRecord('sc_request'); gr.get(sysId); var before = gr.short_description.toString();" +
                " gr.short_description = 'changed'; var changed = gr.short_description.changes(); gr.update();" +
                " var again = new GlideRecord('sc_request'); again.get(sysId);" +
                ' return [before, String(again.short_description), changed, again.short_description.changes(),' +
                " again.close_notes.nil(), typeof again.no_such_field, again.getValue('short_description')].join('|');",
            sysId
        )
        expect(out).toBe('journal probe|changed|true|false|true|undefined|changed')
    })
})
