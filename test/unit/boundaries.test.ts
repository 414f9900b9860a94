// Boundaries a mutation run showed untested: each case sits exactly on a limit or one step past it.
import { NOW, context } from '../support/attempt-context.ts'
import { isGuid, isSysId } from '../../src/server/core/identifiers.ts'
import { MAX_DEPTH, MAX_ITEMS, guardJson } from '../../src/server/core/json-guard.ts'
import { parseCallout } from '../../src/server/core/callout.ts'
import { resumePath } from '../../src/server/core/resume.ts'
import { decide, isDeadlineWarningDue, isPastDeadline, parseRetryAfter } from '../../src/server/core/delivery.ts'

const GUID = 'd5fbb0a7-6a2e-4c3b-9f0e-1a2b3c4d5e6f'
const SYS_ID = '0123456789abcdef0123456789abcdef'

describe('identifier anchors: nothing may ride along before or after the identifier', () => {
    it.each(['x/../' + GUID, '../' + GUID, 'x' + GUID, GUID + '/../x', GUID + 'x', ' ' + GUID])(
        'isGuid(%p) is false',
        (value) => {
            expect(isGuid(value)).toBe(false)
        }
    )
    it('a request id with a path before the GUID never reaches the Graph URL', () => {
        expect(() => resumePath('x/../' + GUID)).toThrow('Request id is not a GUID')
        expect(() => resumePath(GUID + '/../x')).toThrow('Request id is not a GUID')
        expect(resumePath(GUID.toUpperCase())).toBe(
            '/v1.0/identityGovernance/entitlementManagement/assignmentRequests/' + GUID + '/resume'
        )
    })

    it.each(['x' + SYS_ID, SYS_ID + 'x', '^' + SYS_ID])('isSysId(%p) is false', (value) => {
        expect(isSysId(value)).toBe(false)
    })
})

const nested = (open: string, close: string, levels: number): string => open.repeat(levels) + close.repeat(levels)
const array = (entries: number): string => '[' + new Array(entries).fill('0').join(',') + ']'
const object = (entries: number): string =>
    '{' + Array.from({ length: entries }, (_, i) => '"k' + i + '":0').join(',') + '}'

describe('JSON guard limits: exactly at the limit passes, one past it is refused', () => {
    it('nesting: MAX_DEPTH levels of arrays or objects pass, one more is refused', () => {
        expect(guardJson(nested('[', ']', MAX_DEPTH))).toEqual({ ok: true })
        expect(guardJson(nested('{"a":', '}', MAX_DEPTH))).toEqual({ ok: true })
        expect(guardJson(nested('[', ']', MAX_DEPTH + 1))).toMatchObject({ ok: false, message: 'Too deeply nested' })
        expect(guardJson(nested('{"a":', '}', MAX_DEPTH + 1))).toMatchObject({
            ok: false,
            message: 'Too deeply nested',
            detail: 'JSON nesting is limited to ' + MAX_DEPTH + ' levels',
        })
    })

    it('depth is the open containers, not every container seen: closed siblings free their level', () => {
        const deep = nested('[', ']', MAX_DEPTH - 1)
        expect(guardJson('[' + deep + ',' + deep + ']')).toEqual({ ok: true })
    })

    it('entries: MAX_ITEMS in one array or object pass, one more is refused', () => {
        expect(guardJson(array(MAX_ITEMS))).toEqual({ ok: true })
        expect(guardJson(object(MAX_ITEMS))).toEqual({ ok: true })
        expect(guardJson(array(MAX_ITEMS + 1))).toMatchObject({
            ok: false,
            message: 'Too many entries',
            detail: 'Arrays and objects are limited to ' + MAX_ITEMS + ' entries',
        })
        expect(guardJson(object(MAX_ITEMS + 1))).toMatchObject({ ok: false, message: 'Too many entries' })
    })

    it('entries are counted per container: commas in a closed child do not count for the parent', () => {
        const child = array(MAX_ITEMS)
        expect(guardJson('[' + child + ',' + child + ']')).toEqual({ ok: true })
        expect(guardJson('{"a":' + child + ',"b":' + object(MAX_ITEMS) + '}')).toEqual({ ok: true })
    })

    it('commas inside strings are text, not entries', () => {
        expect(guardJson('["' + ','.repeat(MAX_ITEMS * 2) + '"]')).toEqual({ ok: true })
    })

    it('the callout parser applies the same limits', () => {
        expect(parseCallout('{"x":' + nested('[', ']', MAX_DEPTH - 1) + '}')).not.toMatchObject({
            message: 'Too deeply nested',
        })
        expect(parseCallout('{"x":' + nested('[', ']', MAX_DEPTH) + '}')).toMatchObject({
            kind: 'invalid',
            message: 'Too deeply nested',
        })
        expect(parseCallout('{"x":' + array(MAX_ITEMS) + '}')).not.toMatchObject({ message: 'Too many entries' })
        expect(parseCallout('{"x":' + array(MAX_ITEMS + 1) + '}')).toMatchObject({
            kind: 'invalid',
            message: 'Too many entries',
        })
    })
})

describe('Retry-After and retry times round up, never to the nearest second', () => {
    it('an HTTP date 90.4 s away is 91 s (Math.round would say 90 and come early)', () => {
        expect(parseRetryAfter(new Date(NOW + 90000).toUTCString(), NOW - 400)).toBe(91)
        expect(parseRetryAfter(new Date(NOW + 90000).toUTCString(), NOW - 1)).toBe(91)
        expect(parseRetryAfter(new Date(NOW + 90000).toUTCString(), NOW)).toBe(90)
    })

    it('a retry 1.3 s away is stored at the next whole second, 2 s away', () => {
        expect(decide({ status: 429, retryAfter: '1' }, context({ nowMs: NOW + 300 }))).toMatchObject({
            kind: 'retry',
            atMs: NOW + 2000,
        })
    })

    it('a Retry-After date honoured through decide() keeps the rounded-up wait', () => {
        const retryAfter = new Date(NOW + 90000).toUTCString()
        expect(decide({ status: 503, retryAfter }, context({ nowMs: NOW - 400 }))).toMatchObject({
            kind: 'retry',
            atMs: NOW + 91000,
            reason: 'Graph error 503; attempt 2 in 91 s',
        })
    })
})

describe('deadline boundaries', () => {
    it('a retry due exactly at the deadline is not scheduled; one second earlier is', () => {
        const atDeadline = decide({ status: 429, retryAfter: '60' }, context({ deadlineMs: NOW + 60000 }))
        expect(atDeadline).toEqual({
            kind: 'failed',
            reason: 'Graph is throttling (429); the callback deadline passes before the next attempt',
        })
        expect(decide({ status: 429, retryAfter: '59' }, context({ deadlineMs: NOW + 60000 }))).toMatchObject({
            kind: 'retry',
            atMs: NOW + 59000,
        })
    })

    it('the deadline has passed at its own millisecond, not one before', () => {
        expect(isPastDeadline(NOW, NOW)).toBe(true)
        expect(isPastDeadline(NOW, NOW - 1)).toBe(false)
        expect(isPastDeadline(null, NOW)).toBe(false)
    })

    it('the warning is due from exactly warningHours before the deadline until the deadline', () => {
        const deadline = NOW + 48 * 3600 * 1000
        expect(isDeadlineWarningDue(deadline, NOW, 48)).toBe(true)
        expect(isDeadlineWarningDue(deadline, NOW - 1, 48)).toBe(false)
        expect(isDeadlineWarningDue(deadline, deadline - 1, 48)).toBe(true)
        expect(isDeadlineWarningDue(deadline, deadline, 48)).toBe(false)
        expect(isDeadlineWarningDue(deadline, NOW, 0)).toBe(false)
        expect(isDeadlineWarningDue(null, NOW, 48)).toBe(false)
    })
})
