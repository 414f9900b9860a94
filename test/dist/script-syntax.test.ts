// Every script the app ships parses in the instance's JavaScript mode as considerations-switching-javascript-mode.md
// describes it: ECMAScript 2021 at most, and "Throws a syntax error when a semicolon is missing" (both modes). The
// sandbox runs scripts on Node, which accepts newer syntax and inserts semicolons; this reads them as an instance.
import { Parser } from 'acorn'
import { loadBuiltRecords } from '../support/built-app.ts'

const records = loadBuiltRecords()

/** Each script field the app ships, with what it is. */
const SCRIPT_FIELDS: { [table: string]: string[] } = {
    sys_script: ['script'],
    sys_script_include: ['script'],
    sysevent_script_action: ['script'],
    sysauto_script: ['script'],
    sys_ws_operation: ['operation_script'],
    sys_ui_action: ['script'],
}

/** The Flow Script step's and ATF's "Run Server Side Script" script inputs: the scripts written by hand. */
const SCRIPT_VARIABLES = ['71aa7f6647032200b4fad7527c9a719b', '989d9e235324220002c6435723dc3484']

function scripts(): [string, string, 'module' | 'script'][] {
    const out: [string, string, 'module' | 'script'][] = []
    for (const record of records) {
        if (record.table === 'sys_variable_value' && SCRIPT_VARIABLES.indexOf(record.fields.variable) >= 0)
            out.push(['sys_variable_value ' + record.sysId, record.fields.value || '', 'script'])
        // A condition is one expression, evaluated for its value: it ends without a semicolon.
        if (record.table === 'sys_ui_action' && (record.fields.condition || '').trim())
            out.push([
                'sys_ui_action ' + record.fields.name + '.condition',
                '(' + record.fields.condition + '\n);',
                'script',
            ])
        if (record.table === 'sys_module' && !/\.json$/.test(record.fields.path || ''))
            out.push(['sys_module ' + record.fields.path, record.fields.content || '', 'module'])
        for (const field of SCRIPT_FIELDS[record.table] || []) {
            const source = record.fields[field]
            if (source && source.trim())
                out.push([record.table + ' ' + (record.fields.name || record.sysId) + '.' + field, source, 'script'])
        }
    }
    return out
}

/** Where the parser had to insert a semicolon (none allowed), or the syntax error past ES2021. */
function problems(source: string, kind: 'module' | 'script'): string[] {
    const found: string[] = []
    try {
        Parser.parse(source, {
            ecmaVersion: 2021,
            sourceType: kind,
            allowReturnOutsideFunction: kind === 'script',
            locations: true,
            onInsertedSemicolon: (_position, location) => found.push('missing semicolon at line ' + location!.line),
        })
    } catch (error) {
        found.push((error as Error).message)
    }
    return found
}

it('ships scripts to check', () => {
    const kinds = scripts().map(([name]) => name.split(' ')[0])
    const tables = ['sys_module', 'sys_script', 'sys_script_include', 'sysevent_script_action', 'sysauto_script']
    for (const table of tables.concat(['sys_ws_operation', 'sys_variable_value'])) expect(kinds).toContain(table)
})

it.each(scripts())('%s parses as ES2021 with every semicolon written', (_name, source, kind) => {
    expect(problems(source, kind)).toEqual([])
})

it('the check finds a missing semicolon and syntax past ES2021', () => {
    expect(problems('var a = 1\nvar b = 2;', 'script')).toEqual(['missing semicolon at line 1'])
    expect(problems('var a = b ?? 1;', 'script')).toEqual([])
    expect(problems('class A { #x = 1; }', 'script')[0]).toMatch(/Unexpected character|Unexpected token/)
})
