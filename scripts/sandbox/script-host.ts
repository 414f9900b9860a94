// Runs the app's server code as the instance would: sys_module contents (ESM, turned into CommonJS by esbuild)
// and record scripts, in a vm context that has the Glide API and JavaScript built-ins, and none of Node's globals.
import * as vm from 'vm'
import * as path from 'path'
import { transformSync } from 'esbuild'
import type { Glide } from './glide.ts'
import type { Store } from './store.ts'

type ModuleRecord = { exports: { [name: string]: unknown } }

export class ScriptHost {
    readonly context: vm.Context
    private modules = new Map<string, ModuleRecord>()
    private compiled = new Map<string, (...args: unknown[]) => unknown>()
    private glideModule: { [name: string]: unknown }
    private snWs: { [name: string]: unknown }

    constructor(
        private store: Store,
        glide: Glide
    ) {
        const sn_ws = { RESTMessageV2: glide.RESTMessageV2, RESTResponseV2: glide.RESTResponseV2 }
        this.snWs = sn_ws
        this.glideModule = {
            gs: glide.gs,
            GlideRecord: glide.GlideRecord,
            GlideRecordSecure: glide.GlideRecordSecure,
            GlideDateTime: glide.GlideDateTime,
            GlideDate: glide.GlideDate,
            GlideTime: glide.GlideTime,
            GlideDuration: glide.GlideDuration,
        }
        // Only what an instance script sees: no process, require, setTimeout, fetch, Buffer or console.
        this.context = vm.createContext({ ...this.glideModule, sn_ws })
        vm.runInContext('delete globalThis.console', this.context)
    }

    private moduleSource(modulePath: string): string {
        const row = this.store.select(
            'sys_module',
            { groups: [[{ field: 'path', operator: '=', value: modulePath }]], orderBy: [] },
            1
        )[0]
        if (!row) throw new Error('Module not found: ' + modulePath)
        return row.content
    }

    private resolve(from: string, specifier: string): string {
        if (specifier.startsWith('./') || specifier.startsWith('../'))
            return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier))
        return specifier
    }

    require(from: string, specifier: string): unknown {
        if (specifier === '@servicenow/glide') return this.glideModule
        if (specifier === '@servicenow/glide/sn_ws') return this.snWs
        const modulePath = this.resolve(from, specifier)
        const cached = this.modules.get(modulePath)
        if (cached) return cached.exports
        const source = this.moduleSource(modulePath)
        const { code } = transformSync(source, {
            format: 'cjs',
            loader: 'js',
            target: 'esnext',
            sourcefile: modulePath,
        })
        const factory = new vm.Script('(function (exports, require, module) {' + code + '\n})', {
            filename: modulePath,
        }).runInContext(this.context)
        const record: ModuleRecord = { exports: {} }
        this.modules.set(modulePath, record)
        factory(record.exports, (next: string) => this.require(modulePath, next), record)
        return record.exports
    }

    /** Runs a record's script (business rule, script action, REST operation, job) with the given variables. */
    run(source: string, name: string, variables: { [name: string]: unknown }): unknown {
        const names = Object.keys(variables).sort()
        const key = names.join(',') + '\n' + source
        let fn = this.compiled.get(key)
        if (!fn) {
            fn = new vm.Script('(function (require, ' + names.join(', ') + ') {\n' + source + '\n})', {
                filename: name,
            }).runInContext(this.context) as (...args: unknown[]) => unknown
            this.compiled.set(key, fn)
        }
        return fn((specifier: string) => this.require('', specifier), ...names.map((n) => variables[n]))
    }

    /** Evaluates code in the context (tests use it to prove what app code can and cannot reach). */
    evaluate(code: string): unknown {
        return vm.runInContext(code, this.context)
    }
}
