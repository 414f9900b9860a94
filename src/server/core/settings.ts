// System properties as raw strings in, typed settings out. Bad values fall back to the documented default.

import { Stage, parseStage } from './stages.ts'
import { normaliseGraphEndpoint } from './resume.ts'

export const PROPERTY_PREFIX = 'x_elm_bridge.'

export const PROPERTY_DEFAULTS = {
    graph_endpoint: 'https://graph.microsoft.com',
    retry_base_seconds: '30',
    max_attempts: '12',
    closed_complete_states: '3',
    closed_incomplete_states: '4,7',
    deny_stages: 'assignmentRequestCreated,assignmentRequestApproved',
    source: 'ServiceNow',
    deadline_warning_hours: '48',
    assignment_group: '',
    http_timeout_seconds: '30',
    reconcile_minutes: '60',
    close_ticket_when_ended_upstream: 'true',
}

export type PropertyName = keyof typeof PROPERTY_DEFAULTS

export interface Settings {
    graphEndpoint: string | null
    retryBaseSeconds: number
    maxAttempts: number
    closedCompleteStates: string[]
    closedIncompleteStates: string[]
    denyStages: Stage[]
    source: string
    deadlineWarningHours: number
    assignmentGroup: string
    httpTimeoutSeconds: number
    /** How often an open callout's request is read back from Graph; 0 = never. */
    reconcileMinutes: number
    closeTicketWhenEndedUpstream: boolean
}

export type PropertyReader = (name: PropertyName) => string | null | undefined

/**
 * What an admin sets a list property to for an empty list (no stage denies, no state value counts). A cleared value
 * cannot say it: the page promises getProperty's alternate only for a property "not found" and is silent on an
 * empty one, so an empty value reads as unset here (the default), whichever way an instance answers.
 */
export const EMPTY_LIST = 'none'

function list(value: string): string[] {
    if (value.trim().toLowerCase() === EMPTY_LIST) return []
    return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
}

function integerSetting(value: string, fallback: string, min: number, max: number): number {
    const parsed = /^\s*\d+\s*$/.test(value) ? parseInt(value, 10) : NaN
    if (parsed >= min && parsed <= max) return parsed
    return parseInt(fallback, 10)
}

export function readSettings(read: PropertyReader): Settings {
    const raw = (name: PropertyName): string => {
        const value = read(name)
        return value === null || value === undefined || String(value).trim() === ''
            ? PROPERTY_DEFAULTS[name]
            : String(value)
    }
    const denyStages: Stage[] = []
    for (const name of list(raw('deny_stages'))) {
        const stage = parseStage(name)
        if (stage && denyStages.indexOf(stage) < 0) denyStages.push(stage)
    }
    return {
        graphEndpoint: normaliseGraphEndpoint(raw('graph_endpoint')),
        retryBaseSeconds: integerSetting(raw('retry_base_seconds'), PROPERTY_DEFAULTS.retry_base_seconds, 1, 3600),
        maxAttempts: integerSetting(raw('max_attempts'), PROPERTY_DEFAULTS.max_attempts, 1, 1000),
        closedCompleteStates: list(raw('closed_complete_states')),
        closedIncompleteStates: list(raw('closed_incomplete_states')),
        denyStages,
        source: raw('source').trim() || PROPERTY_DEFAULTS.source,
        // 0 turns the warning off
        deadlineWarningHours: integerSetting(
            raw('deadline_warning_hours'),
            PROPERTY_DEFAULTS.deadline_warning_hours,
            0,
            24 * 14
        ),
        assignmentGroup: raw('assignment_group').trim(),
        httpTimeoutSeconds: integerSetting(raw('http_timeout_seconds'), PROPERTY_DEFAULTS.http_timeout_seconds, 1, 120),
        // 0 turns reading back off; at most one week between reads
        reconcileMinutes: integerSetting(raw('reconcile_minutes'), PROPERTY_DEFAULTS.reconcile_minutes, 0, 7 * 24 * 60),
        // Only an explicit false keeps the ticket open; anything unreadable falls back to the default (true).
        closeTicketWhenEndedUpstream: raw('close_ticket_when_ended_upstream').trim().toLowerCase() !== 'false',
    }
}
