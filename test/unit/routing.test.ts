import { normaliseCallout } from '../../src/server/core/callout.ts'
import {
    RouteRule,
    candidateKeys,
    groupsToLookUp,
    matchKey,
    matchingRules,
    priorityValue,
    route,
    ruleSummary,
    routingLine,
} from '../../src/server/core/routing.ts'
import { description, shortDescription } from '../../src/server/core/ticket-text.ts'
import { flatCallout } from '../fixtures/callouts.ts'

const PACKAGE_ID = 'a0000000-0000-4000-8000-0000000000aa'
const CATALOG_ID = 'c0000000-0000-4000-8000-0000000000cc'
const GROUP_A = 'a'.repeat(32)
const GROUP_B = 'b'.repeat(32)
const GROUP_C = 'c'.repeat(32)
const DEFAULT = 'd'.repeat(32)

function callout(overrides: { [key: string]: unknown } = {}) {
    const result = normaliseCallout(
        flatCallout({
            AccessPackage: { Id: PACKAGE_ID, DisplayName: 'SAP Finance (manual)' },
            AccessPackageCatalog: { Id: CATALOG_ID, DisplayName: 'Line of business apps' },
            ...overrides,
        })
    )
    if (result.kind !== 'callout') throw new Error('expected a callout')
    return result.callout
}

let next = 0
function rule(values: Partial<RouteRule>): RouteRule {
    next++
    return {
        sysId: String(next).padStart(32, '0'),
        order: 100,
        active: true,
        catalog: '',
        accessPackage: '',
        stage: '',
        assignmentGroup: GROUP_A,
        priority: '',
        shortDescriptionPrefix: '',
        ...values,
    }
}

/** Runs `run` with an insertion sort that moves an element only on a positive comparison, as Rhino's does. */
function withInsertionSort<T>(run: () => T): T {
    const original = Array.prototype.sort
    Array.prototype.sort = function <U>(this: U[], compare: (a: U, b: U) => number): U[] {
        for (let i = 1; i < this.length; i++) {
            const item = this[i]
            let j = i - 1
            for (; j >= 0 && compare(this[j], item) > 0; j--) this[j + 1] = this[j]
            this[j + 1] = item
        }
        return this
    }
    try {
        return run()
    } finally {
        Array.prototype.sort = original
    }
}

const groups = {
    [GROUP_A]: { name: 'SAP Basis', active: true },
    [GROUP_B]: { name: 'Salesforce admins', active: true },
    [GROUP_C]: { name: 'Old team', active: false },
}

describe('matching', () => {
    it('matches the access package by id or display name, without regard to case', () => {
        const c = callout()
        expect(matchingRules([rule({ accessPackage: PACKAGE_ID.toUpperCase() })], c)).toHaveLength(1)
        expect(matchingRules([rule({ accessPackage: 'sap finance (MANUAL)' })], c)).toHaveLength(1)
        expect(matchingRules([rule({ accessPackage: '  SAP   Finance (manual) ' })], c)).toHaveLength(1)
        expect(matchingRules([rule({ accessPackage: 'SAP Finance' })], c)).toHaveLength(0)
    })

    it('matches the catalog by id or display name, and the stage', () => {
        const c = callout()
        expect(matchingRules([rule({ catalog: CATALOG_ID })], c)).toHaveLength(1)
        expect(matchingRules([rule({ catalog: 'LINE OF BUSINESS APPS' })], c)).toHaveLength(1)
        expect(matchingRules([rule({ catalog: 'Facilities' })], c)).toHaveLength(0)
        expect(matchingRules([rule({ stage: 'assignmentRequestApproved' })], c)).toHaveLength(1)
        expect(matchingRules([rule({ stage: 'assignmentRequestRemoved' })], c)).toHaveLength(0)
        expect(matchingRules([rule({ catalog: CATALOG_ID, accessPackage: 'Other package' })], c)).toHaveLength(0)
    })

    it('treats empty fields as matching everything and skips inactive rules', () => {
        const c = callout()
        expect(matchingRules([rule({})], c)).toHaveLength(1)
        expect(matchingRules([rule({ active: false })], c)).toHaveLength(0)
    })

    it('treats a catalog or access package of only whitespace as empty, matching everything', () => {
        const c = callout()
        expect(matchingRules([rule({ catalog: ' \n\t ' })], c)).toHaveLength(1)
        expect(matchingRules([rule({ accessPackage: '   ' })], c)).toHaveLength(1)
    })

    it('treats regex-looking and very long values as plain text', () => {
        const c = callout()
        expect(matchingRules([rule({ accessPackage: '.*' })], c)).toHaveLength(0)
        expect(matchingRules([rule({ accessPackage: 'SAP Finance \\(manual\\)' })], c)).toHaveLength(0)
        expect(matchingRules([rule({ accessPackage: 'x'.repeat(10000) })], c)).toHaveLength(0)
        const regexName = callout({ AccessPackage: { DisplayName: '.*' } })
        expect(matchingRules([rule({ accessPackage: '.*' })], regexName)).toHaveLength(1)
    })
})

describe('match keys the query selects candidates by', () => {
    it('are equal for names that match, hex only, and empty for an empty name', () => {
        expect(matchKey('SAP  Finance (manual)')).toBe(matchKey(' sap finance (MANUAL) '))
        expect(matchKey('SAP Finance')).not.toBe(matchKey('SAP Finance (manual)'))
        for (const text of ['a^b,c', '.*', 'x'.repeat(10000), '\u00e9\u4e2d'])
            expect(matchKey(text)).toMatch(/^[0-9a-f]{12}$/)
        expect(matchKey('  ')).toBe('')
        const c = callout()
        expect(candidateKeys(c.accessPackage)).toEqual([matchKey(PACKAGE_ID), matchKey('SAP Finance (manual)')])
        expect(candidateKeys({ id: '', displayName: '' })).toEqual([])
    })

    it('are the 32-bit FNV-1a hash of the normalised text in 8 hex digits, then its length in 4', () => {
        expect(matchKey('a')).toBe('e40c292c0001')
        expect(matchKey(' A ')).toBe('e40c292c0001')
        expect(matchKey('SAP Finance (manual)')).toBe('167673f20014')
        // A hash below 0x10000000 keeps its leading zero.
        expect(matchKey('akd')).toBe('0d368b730003')
    })

    it('lists one key per distinct name, leaving out empty ones', () => {
        expect(candidateKeys({ id: 'Badges', displayName: 'badges' })).toEqual([matchKey('badges')])
        expect(candidateKeys({ id: '', displayName: 'Badges' })).toEqual([matchKey('badges')])
        expect(candidateKeys({ id: 'Badges', displayName: '' })).toEqual([matchKey('badges')])
    })
})

describe('order', () => {
    it('picks the lowest order among active matching rules, whatever order they were read in', () => {
        const c = callout()
        const rules = [
            rule({ order: 300, assignmentGroup: GROUP_A }),
            rule({ order: 50, assignmentGroup: GROUP_B, active: false }),
            rule({ order: 200, assignmentGroup: GROUP_B, priority: '2', shortDescriptionPrefix: '[CRM]' }),
            rule({ order: 250, accessPackage: 'Other', assignmentGroup: GROUP_A }),
        ]
        const routing = route(rules, c, groups, DEFAULT)
        expect(routing.rule).toBe(rules[2])
        expect(routing).toMatchObject({ groupSysId: GROUP_B, groupName: 'Salesforce admins', priority: '2' })
        expect(routing.prefix).toBe('[CRM]')
        expect(route(rules.slice().reverse(), c, groups, DEFAULT).rule).toBe(rules[2])
    })

    it('breaks ties on equal order the same way every time', () => {
        const c = callout()
        const first = rule({ order: 10, assignmentGroup: GROUP_A })
        const second = rule({ order: 10, assignmentGroup: GROUP_B })
        expect(route([second, first], c, groups, DEFAULT).rule).toBe(first)
        expect(route([first, second], c, groups, DEFAULT).rule).toBe(first)
    })

    it('orders equal orders by sys_id also under a sort that moves only on a positive comparison', () => {
        const c = callout()
        const low = rule({ sysId: '1'.repeat(32), order: 10, assignmentGroup: GROUP_A })
        const mid = rule({ sysId: '2'.repeat(32), order: 10, assignmentGroup: GROUP_B })
        const high = rule({ sysId: '3'.repeat(32), order: 10, assignmentGroup: GROUP_A })
        expect(withInsertionSort(() => matchingRules([high, mid, low], c))).toEqual([low, mid, high])
        expect(withInsertionSort(() => matchingRules([mid, high, low], c))).toEqual([low, mid, high])
    })

    it('keeps the read order of rules that tie on both order and sys_id', () => {
        const c = callout()
        const first = rule({ sysId: '7'.repeat(32), order: 10, assignmentGroup: GROUP_A })
        const second = rule({ sysId: '7'.repeat(32), order: 10, assignmentGroup: GROUP_B })
        expect(matchingRules([first, second], c)).toEqual([first, second])
        expect(withInsertionSort(() => matchingRules([first, second], c))).toEqual([first, second])
    })

    it('skips a rule whose group is gone, cleared or inactive for the next one, and says why', () => {
        const c = callout()
        const deleted = rule({ order: 1, assignmentGroup: 'e'.repeat(32) })
        const cleared = rule({ order: 2, assignmentGroup: '' })
        const inactive = rule({ order: 3, assignmentGroup: GROUP_C })
        const good = rule({ order: 4, assignmentGroup: GROUP_A })
        const routing = route([good, inactive, cleared, deleted], c, groups, DEFAULT)
        expect(routing.rule).toBe(good)
        expect(routing.skipped.map((s) => [s.rule, s.reason])).toEqual([
            [deleted, 'its assignment group no longer exists'],
            [cleared, 'it names no assignment group'],
            [inactive, 'its assignment group is inactive'],
        ])
    })

    it('falls back to the default group when nothing matches or every match is stale', () => {
        const c = callout()
        expect(route([], c, groups, DEFAULT)).toMatchObject({ rule: null, groupSysId: DEFAULT, priority: '' })
        expect(route([rule({ accessPackage: 'Badges' })], c, groups, DEFAULT).groupSysId).toBe(DEFAULT)
        const stale = route([rule({ assignmentGroup: 'f'.repeat(32) })], c, groups, DEFAULT)
        expect(stale).toMatchObject({ rule: null, groupSysId: DEFAULT })
        expect(stale.skipped).toHaveLength(1)
    })

    it('leaves the group name, priority and prefix empty on the default group', () => {
        expect(route([], callout(), groups, DEFAULT)).toEqual({
            rule: null,
            groupSysId: DEFAULT,
            groupName: '',
            priority: '',
            prefix: '',
            skipped: [],
        })
    })

    it('asks for the groups of matching rules only, once each, in order', () => {
        const c = callout()
        const rules = [
            rule({ order: 3, assignmentGroup: GROUP_A }),
            rule({ order: 1, assignmentGroup: GROUP_B }),
            rule({ order: 2, assignmentGroup: GROUP_A }),
            rule({ order: 0, accessPackage: 'Other', assignmentGroup: GROUP_C }),
        ]
        expect(groupsToLookUp(rules, c)).toEqual([GROUP_B, GROUP_A])
        expect(groupsToLookUp([...rules, rule({ order: 4, assignmentGroup: GROUP_B })], c)).toEqual([GROUP_B, GROUP_A])
    })
})

describe('what the rule puts on the ticket', () => {
    it('accepts only the task priority values', () => {
        expect(['1', '3', ' 5 ', '', '0', '6', '2; DROP', 'high'].map(priorityValue)).toEqual([
            '1',
            '3',
            '5',
            '',
            '',
            '',
            '',
            '',
        ])
    })

    it('refuses a priority that only ends in a valid digit', () => {
        expect(priorityValue('11')).toBe('')
        expect(priorityValue('P3')).toBe('')
    })

    it('names what the rule matched on, and its order', () => {
        expect(
            ruleSummary(
                rule({
                    order: 7,
                    catalog: 'Line of business apps',
                    accessPackage: 'SAP',
                    stage: 'assignmentRequestRemoved',
                })
            )
        ).toBe(
            'routing rule with order 7 (catalog "Line of business apps", access package "SAP", stage "assignmentRequestRemoved")'
        )
        expect(ruleSummary(rule({ order: NaN }))).toBe('routing rule with order (none) (matches every callout)')
    })

    it('says "its assignment group" when the group has no name', () => {
        const routing = route(
            [rule({ order: 5, assignmentGroup: GROUP_A })],
            callout(),
            { [GROUP_A]: { name: '', active: true } },
            DEFAULT
        )
        expect(routingLine(routing)).toBe(
            'Routed by routing rule with order 5 (matches every callout) to its assignment group.'
        )
    })

    it('puts the prefix before the short description and names the rule in the description', () => {
        const c = callout()
        const routing = route(
            [rule({ order: 20, accessPackage: 'SAP Finance (manual)', shortDescriptionPrefix: '[SAP]\n<b>x</b>' })],
            c,
            groups,
            DEFAULT
        )
        expect(shortDescription(c, routing.prefix)).toBe(
            '[SAP] <b>x</b> Provision access: SAP Finance (manual) for Adele Vance'
        )
        const text = description(c, '', routingLine(routing))
        expect(text).toContain(
            'Routed by routing rule with order 20 (access package "SAP Finance (manual)") to SAP Basis.'
        )
        expect(routingLine(route([], c, groups, DEFAULT))).toBe('')
        expect(description(c, '', '')).not.toContain('Routed by')
    })

    it('keeps a long prefix within the short description', () => {
        const c = callout()
        const routing = route([rule({ shortDescriptionPrefix: 'P'.repeat(10000) })], c, groups, DEFAULT)
        expect(shortDescription(c, routing.prefix).length).toBeLessThanOrEqual(160)
        expect(routingLine(routing)).toContain('matches every callout')
    })
})
