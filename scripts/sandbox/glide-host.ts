// What the Glide emulation needs from an instance, and nothing more. glide.ts depends on this narrow interface
// and the instance implements it, so the emulation never imports the instance (and the instance it, and back).
import type { OAuth } from './oauth.ts'
import type { Store, Values } from './store.ts'
import type { SyncHttp } from './sync-http.ts'

export type LogLevel = 'info' | 'warn' | 'error' | 'debug'

export interface SessionView {
    userName: string
    userId: string
    roles: Set<string>
    messages: { type: string; text: string }[]
    hasRole(role: string): boolean
}

/** A record as the business-rule engine sees it. */
export interface RuleRecord {
    matchesCondition(condition: string, previous: Values | null): boolean
    values(): Values
}

export interface GlideHost {
    readonly store: Store
    readonly http: SyncHttp
    readonly oauth: OAuth
    readonly clock: { now(): number }
    /** The database round trip between updateMultiple's read and its writes, in ms. */
    readonly roundTripMs: number
    readonly session: SessionView
    newSysId(): string
    log(level: LogLevel, message: string): void
    /** System properties, cached per transaction. */
    properties(): Map<string, string>
    /** Numbering and the like, before the before-insert rules. */
    beforeInsert(table: string, values: Values): void
    readonly acl: {
        can(table: string, operation: string, row: Values | null): boolean
        /** The field's own rules (table.field); the table's rules are checked separately. */
        canField(table: string, field: string, operation: string, row: Values | null): boolean
    }
    /**
     * `previous` for an update of a row: "State of the referenced record prior to any updates made during the
     * execution context ... If multiple updates are made to the record within one execution context, previous will
     * continue to hold the state of the record before the first update" (c_BusinessRules.md). The sandbox reads that
     * as one top-level script run (a script action, a job, a REST operation, a rule's async job) with the rules it
     * triggers, across every GlideRecord object of the row: the stricter reading. Returns the row's values before its
     * first update in the running context (recording `before` if this is the first), or `before` outside a script.
     */
    firstValuesInContext(table: string, sysId: string, before: Values): Values
    readonly rules: {
        run(table: string, when: string, operation: string, current: RuleRecord, previous: RuleRecord | null): void
        queueAsync(table: string, operation: string, current: RuleRecord, previousValues: Values | null): void
    }
    readonly events: {
        queue(
            name: string,
            table: string,
            instance: string,
            parm1: unknown,
            parm2: unknown,
            atMs: number,
            queue?: string
        ): void
    }
}
