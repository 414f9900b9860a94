// Runs the app's server code as the instance would: sys_module contents (ESM, turned into CommonJS by esbuild)
// and record scripts, in a vm context that has the Glide API and JavaScript built-ins, and none of Node's globals.
import * as vm from 'vm'
import * as path from 'path'
import { transformSync } from 'esbuild'
import type { Glide } from './glide.ts'
import type { Store } from './store.ts'

type ModuleRecord = { exports: { [name: string]: unknown } }

/** An installed app: its scope name and the sys_module folder its package.json lives in. */
type AppPackage = { scope: string; root: string }

export class ScriptHost {
    readonly context: vm.Context
    private modules = new Map<string, ModuleRecord>()
    private compiled = new Map<string, (...args: unknown[]) => unknown>()
    private glideModule: { [name: string]: unknown }
    private snWs: { [name: string]: unknown }
    private apps: AppPackage[] | null = null
    private includes = new Map<string, unknown>()
    /** Scope of the script running now (innermost last); record scripts run in their app's scope. */
    private scopes: string[] = []
    /** Rows updated in the running top-level script, as they were before their first update (GlideHost). */
    private contextRows: Map<string, { [field: string]: string }> | null = null

    constructor(
        private store: Store,
        private glide: Glide
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
        this.context = vm.createContext({ ...this.glideModule, sn_ws, sn_auth: glide.sn_auth })
        vm.runInContext('delete globalThis.console', this.context)
        // The platform's Class.create() (Prototype style), which Script Includes are written with.
        vm.runInContext(
            'var Class = { create: function () { return function () { this.initialize.apply(this, arguments); }; } };',
            this.context
        )
    }

    /** Installed apps, read once the app records are in the store (sys_app.package_json names the package). */
    private installedApps(): AppPackage[] {
        if (this.apps) return this.apps
        const rows = this.store.hasTable('sys_app')
            ? this.store.select('sys_app', { groups: [], orderBy: [] }, null)
            : []
        const apps = rows
            .filter((row) => row.scope && row.package_json)
            .map((row) => ({ scope: row.scope, root: path.posix.dirname(row.package_json) }))
        // Not installed yet: ask again next time.
        if (!apps.length) return apps
        this.apps = apps
        for (const app of apps) this.bindScriptIncludes(app.scope)
        return apps
    }

    private currentScope(): string {
        if (this.scopes.length) return this.scopes[this.scopes.length - 1]
        const apps = this.installedApps()
        return apps.length ? apps[0].scope : 'global'
    }

    /**
     * `<scope>.<Name>` reaches a Script Include by its API name, as on an instance. The sandbox knows only the
     * qualified form (stricter than the platform, which also resolves a bare name inside the scope).
     */
    private bindScriptIncludes(scope: string): void {
        const namespace: { [name: string]: unknown } = {}
        const rows = this.store.hasTable('sys_script_include')
            ? this.store.select('sys_script_include', { groups: [], orderBy: [] }, null)
            : []
        for (const row of rows.filter((r) => String(r.api_name || '').startsWith(scope + '.'))) {
            const apiName = String(row.api_name)
            Object.defineProperty(namespace, apiName.slice(scope.length + 1), {
                enumerable: true,
                get: () => this.scriptInclude(apiName),
            })
        }
        this.context[scope] = namespace
    }

    private scriptInclude(apiName: string): unknown {
        const row = this.store.select(
            'sys_script_include',
            { groups: [[{ field: 'api_name', operator: '=', value: apiName }]], orderBy: [] },
            1
        )[0]
        if (!row || row.active !== 'true') return undefined
        const scope = apiName.slice(0, apiName.indexOf('.'))
        // Accessible from "This application scope only": another scope's call is refused.
        if (row.access !== 'public' && this.currentScope() !== scope)
            throw new Error('Illegal access to private script include ' + apiName + ' in scope ' + this.currentScope())
        const cached = this.includes.get(apiName)
        if (cached) return cached
        if (!/^[A-Za-z_$][\w$]*$/.test(row.name)) throw new Error('Script Include name is not a name: ' + row.name)
        const factory = new vm.Script('(function (require) {\n' + row.script + '\n;return ' + row.name + ';\n})', {
            filename: 'sys_script_include:' + apiName,
        }).runInContext(this.context) as (require: (specifier: string) => unknown) => unknown
        const value = factory((specifier: string) => this.requireFromScript(scope, specifier))
        this.includes.set(apiName, value)
        return value
    }

    /**
     * `require` in a record script (business rule, Script Include, Flow step ...): a path starting with ./ is
     * inside the calling app's package, as ServiceNow's module pages write it (`create-use-javascript-modules.md`
     * shows `require('./dist/modules/server/handler.js')` in an inline script; the SDK's Script Include guide the
     * same in a Script Include). It may not climb out of the package; anything else must be a shipped path.
     */
    private requireFromScript(scope: string, specifier: string): unknown {
        if (!specifier.startsWith('./') && !specifier.startsWith('../')) return this.require('', specifier)
        const app = this.installedApps().find((a) => a.scope === scope)
        if (!app) throw new Error('Module not found: ' + specifier + ' (no app package for scope ' + scope + ')')
        const modulePath = path.posix.normalize(path.posix.join(app.root, specifier))
        if (!modulePath.startsWith(app.root + '/')) throw new Error('Module not found: ' + specifier)
        return this.require('', modulePath)
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
        if (specifier === '@servicenow/glide/sn_auth') return this.glide.sn_auth
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
        // A module's code is strict, as ECMAScript modules are (esbuild's CommonJS output does not say so).
        const factory = new vm.Script("(function (exports, require, module) {'use strict';" + code + '\n})', {
            filename: modulePath,
        }).runInContext(this.context)
        const record: ModuleRecord = { exports: {} }
        this.modules.set(modulePath, record)
        factory(record.exports, (next: string) => this.require(modulePath, next), record)
        return record.exports
    }

    /**
     * Runs a record's script (business rule, script action, REST operation, job) with the given variables, in
     * `scope` (default: the installed app's scope, which owns every record the sandbox runs).
     */
    run(source: string, name: string, variables: { [name: string]: unknown }, scope?: string): unknown {
        const names = Object.keys(variables).sort()
        const key = names.join(',') + '\n' + source
        let fn = this.compiled.get(key)
        if (!fn) {
            fn = new vm.Script('(function (require, ' + names.join(', ') + ') {\n' + source + '\n})', {
                filename: name,
            }).runInContext(this.context) as (...args: unknown[]) => unknown
            this.compiled.set(key, fn)
        }
        // Binds the apps' Script Include namespaces on a node that has run nothing yet (a second node).
        this.installedApps()
        const runScope = scope || this.currentScope()
        const topLevel = this.scopes.length === 0
        if (topLevel) this.contextRows = new Map()
        this.scopes.push(runScope)
        try {
            return fn(
                (specifier: string) => this.requireFromScript(runScope, specifier),
                ...names.map((n) => variables[n])
            )
        } finally {
            this.scopes.pop()
            if (topLevel) this.contextRows = null
        }
    }

    firstValuesInContext(
        table: string,
        sysId: string,
        before: { [field: string]: string }
    ): { [field: string]: string } {
        if (!this.contextRows) return before
        const key = table + '/' + sysId
        const first = this.contextRows.get(key)
        if (first) return first
        this.contextRows.set(key, { ...before })
        return before
    }

    /** Evaluates code in the context (tests use it to prove what app code can and cannot reach). */
    evaluate(code: string): unknown {
        return vm.runInContext(code, this.context)
    }
}
