// Routing rules and the groups they name: one query for the rules, one for their groups, per callout.

import { GlideRecord } from '@servicenow/glide'
import { Callout } from '../core/callout.ts'
import { isSysId } from '../core/identifiers.ts'
import {
    GroupState,
    RouteRule,
    candidateKeys,
    matchKey,
    Routing,
    groupsToLookUp,
    keysOf,
    matches,
    matchingRules,
    route,
    ruleSummary,
} from '../core/routing.ts'
import { log, value } from './glide.ts'

export const ROUTE_TABLE = 'x_elm_bridge_route'

/**
 * Active rules that match this callout. One query; each row's match fields are read first and the rest only for a
 * match, since reading fields is most of what 500 rules cost.
 */
export function loadRules(callout: Callout): RouteRule[] {
    const keys = keysOf(callout)
    const rules: RouteRule[] = []
    const record = new GlideRecord(ROUTE_TABLE)
    record.addQuery('active', true)
    // Stages are canonical choice values on both sides, so this part of the match is safe to leave to the query.
    record.addEncodedQuery('stageISEMPTY^ORstage=' + callout.stage)
    // Candidates by their stored keys (hex only, so safe here); matches() below still decides on the names.
    record.addEncodedQuery(keyCondition('catalog_key', candidateKeys(callout.catalog)))
    record.addEncodedQuery(keyCondition('access_package_key', candidateKeys(callout.accessPackage)))
    record.orderBy('order')
    record.query()
    while (record.next()) {
        const named = {
            active: true,
            stage: value(record, 'stage'),
            catalog: value(record, 'catalog'),
            accessPackage: value(record, 'access_package'),
        }
        if (!matches(named, keys)) continue
        const order = value(record, 'order')
        rules.push({
            ...named,
            sysId: record.getUniqueValue(),
            order: order === '' ? NaN : Number(order),
            assignmentGroup: value(record, 'assignment_group'),
            priority: value(record, 'priority'),
            shortDescriptionPrefix: value(record, 'short_description_prefix'),
        })
    }
    return rules
}

function keyCondition(field: string, keys: string[]): string {
    return field + 'ISEMPTY' + (keys.length > 0 ? '^OR' + field + 'IN' + keys.join(',') : '')
}

/** Business rule (before insert and update on x_elm_bridge_route): keeps the match keys the query relies on. */
export function onRouteSaved(current: GlideRecord): void {
    current.setValue('catalog_key', matchKey(value(current, 'catalog')))
    current.setValue('access_package_key', matchKey(value(current, 'access_package')))
}

/** Existence and active flag of the named groups in one query; a missing group is simply absent. */
export function groupStates(sysIds: string[]): { [sysId: string]: GroupState } {
    const states: { [sysId: string]: GroupState } = {}
    const wanted = sysIds.filter((id) => isSysId(id))
    if (wanted.length === 0) return states
    const group = new GlideRecord('sys_user_group')
    group.addQuery('sys_id', 'IN', wanted.join(','))
    group.query()
    while (group.next()) {
        const active = value(group, 'active')
        states[group.getUniqueValue()] = { name: value(group, 'name'), active: active !== 'false' && active !== '0' }
    }
    return states
}

/** Never throws: a broken rule table must not stop a callout from opening its ticket in the default group. */
export function routeCallout(callout: Callout, defaultGroupSysId: () => string): Routing {
    let routing: Routing
    try {
        // Only the matching rules go on to the group lookup and the choice; that list is usually short.
        const candidates = matchingRules(loadRules(callout), callout)
        routing = route(candidates, callout, groupStates(groupsToLookUp(candidates, callout)), '')
    } catch (error) {
        log('error', 'Routing rules could not be read; the default assignment group is used: ' + String(error))
        routing = { rule: null, groupSysId: '', groupName: '', priority: '', prefix: '', skipped: [] }
    }
    for (const skipped of routing.skipped)
        log(
            'warn',
            'Callout ' +
                callout.stageInstanceId +
                ': ' +
                ruleSummary(skipped.rule) +
                ' [' +
                skipped.rule.sysId +
                '] skipped because ' +
                skipped.reason
        )
    if (!routing.rule) routing.groupSysId = defaultGroupSysId()
    return routing
}
