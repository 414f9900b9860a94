// Routing rules (x_elm_bridge_route): which assignment group, priority and short description prefix a ticket gets.
// Pure: the adapter reads the rules and the groups they name; the decisions are made here.

import { Callout } from './callout.ts'
import { oneLine, truncate } from './text.ts'

export interface RouteRule {
    sysId: string
    order: number
    active: boolean
    catalog: string
    accessPackage: string
    stage: string
    /** sys_id of the sys_user_group; empty when the reference was cleared. */
    assignmentGroup: string
    priority: string
    shortDescriptionPrefix: string
}

export interface GroupState {
    name: string
    active: boolean
}

export interface Routing {
    rule: RouteRule | null
    groupSysId: string
    groupName: string
    /** Empty leaves the ticket's own default. */
    priority: string
    prefix: string
    /** Rules that matched but were passed over, with why (for a log line). */
    skipped: { rule: RouteRule; reason: string }[]
}

const NO_ORDER = 2147483647

function normal(text: string): string {
    return oneLine(text).toLowerCase()
}

/**
 * A rule's stored match key for one of its names: a hash of the normalised text ('' for empty), kept by a business
 * rule so the query can pick candidate rows by exact comparison, whatever the database's case rules. Hex digits
 * only, so it is safe in an encoded query; a collision only adds a candidate, which matches() then refuses.
 */
export function matchKey(text: string): string {
    const value = normal(text)
    if (!value) return ''
    let hash = 0x811c9dc5
    for (let i = 0; i < value.length; i++) {
        hash ^= value.charCodeAt(i)
        hash = (hash + (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)) >>> 0
    }
    return ('0000000' + hash.toString(16)).slice(-8) + ('000' + (value.length % 65536).toString(16)).slice(-4)
}

/** The keys a rule may carry to match this callout's catalog or access package (an empty key matches all). */
export function candidateKeys(thing: { id: string; displayName: string }): string[] {
    const keys: string[] = []
    for (const key of [matchKey(thing.id), matchKey(thing.displayName)])
        if (key && keys.indexOf(key) < 0) keys.push(key)
    return keys
}

export interface Keys {
    stage: string
    catalog: string[]
    accessPackage: string[]
}

/** The callout's values a rule can name, normalised once per callout rather than once per rule. */
export function keysOf(callout: Callout): Keys {
    return {
        stage: callout.stage.toLowerCase(),
        catalog: [normal(callout.catalog.id), normal(callout.catalog.displayName)],
        accessPackage: [normal(callout.accessPackage.id), normal(callout.accessPackage.displayName)],
    }
}

/** Empty matches anything; otherwise the id or the display name, compared as plain text without regard to case. */
function matchesThing(wanted: string, names: string[]): boolean {
    // Stryker disable next-line ConditionalExpression: an empty name normalises to empty, which the next line accepts
    if (!wanted) return true
    const value = normal(wanted)
    if (!value) return true
    return value === names[0] || value === names[1]
}

/** The match on what a rule names; the adapter calls it per row before reading the rest of the rule. */
export function matches(
    rule: { active: boolean; stage: string; catalog: string; accessPackage: string },
    keys: Keys
): boolean {
    if (!rule.active) return false
    const stage = rule.stage ? normal(rule.stage) : ''
    if (stage && stage !== keys.stage) return false
    return matchesThing(rule.catalog, keys.catalog) && matchesThing(rule.accessPackage, keys.accessPackage)
}

export function ruleMatches(rule: RouteRule, callout: Callout): boolean {
    return matches(rule, keysOf(callout))
}

/** Active matching rules, lowest order first; equal orders fall back to sys_id so the choice never wanders. */
export function matchingRules(rules: RouteRule[], callout: Callout): RouteRule[] {
    const keys = keysOf(callout)
    return rules
        .filter((rule) => matches(rule, keys))
        .sort((a, b) => orderOf(a) - orderOf(b) || (a.sysId < b.sysId ? -1 : a.sysId > b.sysId ? 1 : 0))
}

function orderOf(rule: RouteRule): number {
    return isFinite(rule.order) ? rule.order : NO_ORDER
}

/** The ticket's priority choices on task (1 - Critical … 5 - Planning); anything else leaves the priority alone. */
export function priorityValue(text: string): string {
    const value = oneLine(text)
    return /^[1-5]$/.test(value) ? value : ''
}

/**
 * The first matching rule whose group exists and is active wins. A rule whose group is gone (deleted, cleared
 * or inactive) is passed over for the next one, so a stale rule never strands a ticket; none left → default.
 */
export function route(
    rules: RouteRule[],
    callout: Callout,
    groups: { [sysId: string]: GroupState },
    defaultGroupSysId: string
): Routing {
    const skipped: { rule: RouteRule; reason: string }[] = []
    for (const rule of matchingRules(rules, callout)) {
        const group = rule.assignmentGroup ? groups[rule.assignmentGroup] : undefined
        if (!group) {
            skipped.push({
                rule,
                reason: rule.assignmentGroup ? 'its assignment group no longer exists' : 'it names no assignment group',
            })
            continue
        }
        if (!group.active) {
            skipped.push({ rule, reason: 'its assignment group is inactive' })
            continue
        }
        return {
            rule,
            groupSysId: rule.assignmentGroup,
            groupName: group.name,
            priority: priorityValue(rule.priority),
            prefix: truncate(oneLine(rule.shortDescriptionPrefix), 80),
            skipped,
        }
    }
    return { rule: null, groupSysId: defaultGroupSysId, groupName: '', priority: '', prefix: '', skipped }
}

/** Group sys_ids the matching rules name, in order, for one query of sys_user_group. */
export function groupsToLookUp(rules: RouteRule[], callout: Callout): string[] {
    const ids: string[] = []
    for (const rule of matchingRules(rules, callout))
        if (rule.assignmentGroup && ids.indexOf(rule.assignmentGroup) < 0) ids.push(rule.assignmentGroup)
    return ids
}

/** What the rule matched on, for the ticket's description and log lines. */
export function ruleSummary(rule: RouteRule): string {
    const parts: string[] = []
    const show = (label: string, text: string) => {
        const value = truncate(oneLine(text), 100)
        if (value) parts.push(label + ' "' + value + '"')
    }
    show('catalog', rule.catalog)
    show('access package', rule.accessPackage)
    show('stage', rule.stage)
    return (
        'routing rule with order ' +
        (isFinite(rule.order) ? String(rule.order) : '(none)') +
        ' (' +
        (parts.length > 0 ? parts.join(', ') : 'matches every callout') +
        ')'
    )
}

export function routingLine(routing: Routing): string {
    if (!routing.rule) return ''
    return (
        'Routed by ' +
        ruleSummary(routing.rule) +
        ' to ' +
        (routing.groupName ? truncate(oneLine(routing.groupName), 100) : 'its assignment group') +
        '.'
    )
}
