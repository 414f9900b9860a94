// Builds a copy of the app with the next version (what an upgrade installs) and proves that every module path any
// shipped script requires is a module that build ships, resolved by the sandbox as the instance would.
import { execFileSync } from 'child_process'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { Instance } from '../../scripts/sandbox/instance.ts'
import { BuiltRecord, loadBuiltRecords } from '../support/built-app.ts'

const root = path.join(__dirname, '..', '..')
const BUILD_TIMEOUT_MS = 240000
const REQUIRE = /\brequire\s*\(\s*(['"])([^'"]+)\1\s*\)/g

let tempDir = ''
let appDir = ''
let version = ''
let currentVersion = ''
let records: BuiltRecord[] = []
let instance: Instance

function nextVersion(current: string): string {
    const [major, minor, patch] = current.split('.').map((part) => parseInt(part, 10))
    return [major, minor, patch + 1].join('.')
}

/** Every require('...') in every shipped record that is not itself a module, with the record it is in. */
function requires(): { record: BuiltRecord; specifier: string }[] {
    const found: { record: BuiltRecord; specifier: string }[] = []
    for (const record of records.filter((r) => r.table !== 'sys_module')) {
        for (const value of Object.values(record.fields)) {
            for (const match of value.matchAll(REQUIRE)) found.push({ record, specifier: match[2] })
        }
    }
    return found
}

beforeAll(() => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'elm-bumped-'))
    for (const entry of ['fluent', 'src', 'now.config.json', 'tsconfig.json'])
        fs.cpSync(path.join(root, entry), path.join(tempDir, entry), { recursive: true })
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    currentVersion = pkg.version
    version = nextVersion(currentVersion)
    fs.writeFileSync(path.join(tempDir, 'package.json'), JSON.stringify({ ...pkg, version }, null, 4))
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(tempDir, 'node_modules'), 'dir')
    execFileSync(path.join(root, 'node_modules', '.bin', 'now-sdk'), ['build'], { cwd: tempDir, stdio: 'pipe' })
    appDir = path.join(tempDir, 'dist', 'app')
    records = loadBuiltRecords(appDir)
    instance = new Instance({ appDir, dataFile: null, allowRemote: false, nodeName: 'bumped', log: () => {} })
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
    if (instance) await instance.close()
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true })
})

describe('the app built with the next version', () => {
    it('ships its modules under the new version only', () => {
        const modules = records.filter((r) => r.table === 'sys_module').map((r) => r.fields.path)
        expect(modules.length).toBeGreaterThan(10)
        for (const modulePath of modules)
            expect([modulePath, modulePath.startsWith('x_elm_bridge/elm-ticket-bridge/' + version + '/')]).toEqual([
                modulePath,
                true,
            ])
    })

    it('requires modules from every kind of script the SDK wires, and from the Script Include', () => {
        const tables = new Set(requires().map((r) => r.record.table))
        for (const table of [
            'sys_script',
            'sysevent_script_action',
            'sys_ws_operation',
            'sysauto_script',
            'sys_ui_action',
            'sys_script_include',
        ])
            expect([table, tables.has(table)]).toEqual([table, true])
    })

    it('resolves every path any shipped script requires to a module this build ships', () => {
        const found = requires()
        expect(found.length).toBeGreaterThan(5)
        for (const { record, specifier } of found) {
            const where = record.table + ' ' + record.sysId + ': ' + specifier
            // Loaded as the record's script would load it: from the app's scope, through the sandbox's require.
            const loaded = instance.as(instance.sessionFor('admin'), () =>
                instance.scripts.run('return typeof require(' + JSON.stringify(specifier) + ')', where, {})
            )
            expect([where, loaded]).toEqual([where, 'object'])
        }
    })

    it('keeps the hand-written scripts free of module paths: they call the Script Include by name', () => {
        const handWritten = records.filter(
            (r) =>
                r.table === 'sys_variable_value' &&
                (r.fields.document === 'sys_hub_step_instance' || r.fields.document === 'sys_atf_step') &&
                /x_elm_bridge\.ElmTicketBridge/.test(r.fields.value)
        )
        // The Flow action's step and the worker-outcomes ATF step.
        expect(handWritten.length).toBeGreaterThanOrEqual(2)
        for (const record of handWritten) expect(record.fields.value).not.toMatch(REQUIRE)
        const bridge = instance.as(instance.sessionFor('admin'), () =>
            instance.scripts.run('return typeof new x_elm_bridge.ElmTicketBridge().resumeFromFlow', 'probe', {})
        )
        expect(bridge).toBe('function')
    })

    it('no longer has the module path the Flow step used to hard-code', () => {
        const old = 'x_elm_bridge/elm-ticket-bridge/' + currentVersion + '/src/server/resume/resume-service.ts'
        expect(() =>
            instance.as(instance.sessionFor('admin'), () =>
                instance.scripts.run('require(' + JSON.stringify(old) + ')', 'old flow step', {})
            )
        ).toThrow(/Module not found/)
    })
})
