import { NOW, context } from '../support/attempt-context.ts'
import {
    MAX_BACKOFF_SECONDS,
    backoffSeconds,
    decide,
    graphErrorText,
    isDeadlineWarningDue,
    isPastDeadline,
    parseRetryAfter,
} from '../../src/server/core/delivery.ts'
import {
    deniedRefusalHint,
    mayHaveBeenApplied,
    shouldReadBack,
    staleSendingMs,
} from '../../src/server/core/delivery.ts'
import { explainTokenDiagnosis, explainVerification } from '../../src/server/core/connection.ts'
import { explainTokenError } from '../../src/server/core/oauth-entry.ts'

describe('Retry-After', () => {
    it('reads delta-seconds and HTTP dates', () => {
        expect(parseRetryAfter('120', NOW)).toBe(120)
        expect(parseRetryAfter(' 0 ', NOW)).toBe(0)
        expect(parseRetryAfter(new Date(NOW + 90000).toUTCString(), NOW)).toBe(90)
        expect(parseRetryAfter(new Date(NOW + 90000).toUTCString(), NOW - 500)).toBe(91)
        expect(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW)).toBe(0)
    })
    it.each([null, undefined, '', '-5', '1.5', 'soon', '12345678901', 'Wed, 99 Foo 2026'])('ignores %p', (value) => {
        expect(parseRetryAfter(value as string, NOW)).toBeNull()
    })
})

describe('backoff', () => {
    it('doubles from the base and caps at one hour', () => {
        expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => backoffSeconds(attempt, 30, 0))).toEqual([
            30, 60, 120, 240, 480, 960, 1920, 3600,
        ])
        expect(backoffSeconds(100, 30, 0)).toBe(MAX_BACKOFF_SECONDS)
        expect(backoffSeconds(0, 30, 0)).toBe(30)
    })
    it('adds at most 20% jitter and never passes the cap', () => {
        expect(backoffSeconds(1, 30, 0.5)).toBe(33)
        expect(backoffSeconds(1, 30, 0.999)).toBeLessThanOrEqual(36)
        expect(backoffSeconds(1, 30, 5)).toBeLessThanOrEqual(36)
        expect(backoffSeconds(1, 30, -1)).toBe(30)
        expect(backoffSeconds(7, 30, 0.999)).toBe(2304)
        expect(backoffSeconds(8, 30, 0.999)).toBe(MAX_BACKOFF_SECONDS)
    })
})

describe('decide', () => {
    it.each([200, 202, 204])('%d → resumed', (status) => {
        expect(decide({ status }, context()).kind).toBe('resumed')
    })

    it('429 with Retry-After waits exactly that long and spends no attempt', () => {
        expect(decide({ status: 429, retryAfter: '120' }, context())).toEqual({
            kind: 'retry',
            atMs: NOW + 120000,
            reason: 'Graph is throttling (429); attempt 1 again in 120 s (throttling spends no attempt)',
        })
    })

    it('a 429 waits for the shared pace when it books the retry later than Retry-After', () => {
        expect(decide({ status: 429, retryAfter: '1', paceAtMs: NOW + 4200 }, context())).toMatchObject({
            kind: 'retry',
            atMs: NOW + 5000,
        })
        expect(decide({ status: 429, retryAfter: '30', paceAtMs: NOW + 4200 }, context())).toMatchObject({
            atMs: NOW + 30000,
        })
    })

    it('a 429 is retried even after the last attempt: only the deadline bounds throttling', () => {
        expect(decide({ status: 429, retryAfter: '1' }, context({ attempt: 12, maxAttempts: 12 }))).toMatchObject({
            kind: 'retry',
            atMs: NOW + 1000,
        })
        const late = decide({ status: 429, retryAfter: '1' }, context({ attempt: 12, deadlineMs: NOW + 1000 }))
        expect(late).toEqual({
            kind: 'failed',
            reason: 'Graph is throttling (429); the callback deadline passes before the next attempt',
        })
    })

    it("a call the pace held back goes at the pace's time, whole seconds, without spending an attempt", () => {
        expect(decide({ status: 0, paced: true, paceAtMs: NOW + 2300 }, context({ attempt: 12 }))).toEqual({
            kind: 'retry',
            atMs: NOW + 3000,
            reason: 'Graph is throttling this app; the shared pace holds the call; attempt 12 again in 3 s (throttling spends no attempt)',
        })
        expect(
            decide({ status: 0, paced: true, paceAtMs: NOW + 2000 }, context({ deadlineMs: NOW + 2001 }))
        ).toMatchObject({ kind: 'retry', atMs: NOW + 2000 })
        // No whole second left before the deadline: the call fails now instead of coming back at once.
        expect(decide({ status: 0, paced: true, paceAtMs: NOW + 3000 }, context({ deadlineMs: NOW + 1000 }))).toEqual({
            kind: 'failed',
            reason: 'Graph is throttling this app; the shared pace holds the call; the callback deadline passes before the next attempt',
        })
    })

    it('a call the pace held for a moment (the spacing between bursts) is due at once, with the next poll', () => {
        const held = { status: 0, paced: true, paceAtMs: NOW + 1040, paceSoon: true }
        expect(decide(held, context({ nowMs: NOW + 1010, attempt: 3 }))).toEqual({
            kind: 'retry',
            atMs: NOW + 1000,
            reason: 'Graph is throttling this app; the shared pace holds the call; attempt 3 again at once (throttling spends no attempt)',
        })
        // A moment that ends at or after the deadline: the call fails now, as any retry past it.
        expect(decide(held, context({ nowMs: NOW + 1010, deadlineMs: NOW + 1040 }))).toEqual({
            kind: 'failed',
            reason: 'Graph is throttling this app; the shared pace holds the call; the callback deadline passes before the next attempt',
        })
        expect(decide(held, context({ nowMs: NOW + 1010, deadlineMs: NOW + 1041 }))).toMatchObject({ kind: 'retry' })
        // Only a held call comes back at once: a 429 waits for its Retry-After, whole seconds.
        expect(
            decide({ status: 429, retryAfter: '1', paceAtMs: NOW + 1040, paceSoon: true }, context({ nowMs: NOW + 10 }))
        ).toMatchObject({ kind: 'retry', atMs: NOW + 2000 })
    })

    it("a call held until early in a later second (a hold that ends early in it) is due at that second's start", () => {
        const held = { status: 0, paced: true, paceAtMs: NOW + 2150, paceEarly: true }
        expect(decide(held, context({ nowMs: NOW + 400, attempt: 2 }))).toEqual({
            kind: 'retry',
            atMs: NOW + 2000,
            reason: 'Graph is throttling this app; the shared pace holds the call; attempt 2 again in 2 s (throttling spends no attempt)',
        })
        // Never sooner than the whole second after now, and a 429's own Retry-After still rounds up.
        expect(decide({ ...held, paceAtMs: NOW + 1150 }, context({ nowMs: NOW + 400 }))).toMatchObject({
            atMs: NOW + 1000,
        })
        expect(
            decide(
                { status: 429, retryAfter: '1', paceAtMs: NOW + 3150, paceEarly: true },
                context({ nowMs: NOW + 150 })
            )
        ).toMatchObject({ kind: 'retry', atMs: NOW + 4000 })
        // A hold that ends at or after the deadline: the call fails now, as any retry past it.
        expect(decide(held, context({ nowMs: NOW + 400, deadlineMs: NOW + 2150 }))).toMatchObject({ kind: 'failed' })
        expect(decide(held, context({ nowMs: NOW + 400, deadlineMs: NOW + 2151 }))).toMatchObject({ kind: 'retry' })
    })

    it('a call the pace books past the deadline tries once more in the last whole second before it', () => {
        expect(decide({ status: 0, paced: true, paceAtMs: NOW + 3000 }, context({ deadlineMs: NOW + 3000 }))).toEqual({
            kind: 'retry',
            atMs: NOW + 2000,
            reason: 'Graph is throttling this app; the shared pace holds the call; attempt 1 again in 2 s, the last second before the callback deadline (throttling spends no attempt)',
        })
        expect(
            decide({ status: 0, paced: true, paceAtMs: NOW + 60000 }, context({ deadlineMs: NOW + 10500 }))
        ).toMatchObject({ kind: 'retry', atMs: NOW + 10000 })
        // A 429's Retry-After still comes first: the pace's booking gives way to the deadline, Graph's answer does not.
        expect(
            decide({ status: 429, retryAfter: '4', paceAtMs: NOW + 60000 }, context({ deadlineMs: NOW + 10500 }))
        ).toMatchObject({ kind: 'retry', atMs: NOW + 10000 })
        expect(
            decide({ status: 429, retryAfter: '11', paceAtMs: NOW + 60000 }, context({ deadlineMs: NOW + 10500 }))
        ).toMatchObject({ kind: 'failed' })
        expect(
            decide({ status: 429, retryAfter: '10', paceAtMs: NOW + 60000 }, context({ deadlineMs: NOW + 10500 }))
        ).toMatchObject({ kind: 'retry', atMs: NOW + 10000 })
    })

    it('429 without Retry-After backs off exponentially', () => {
        const decision = decide({ status: 429 }, context({ attempt: 3 }))
        expect(decision).toEqual({
            kind: 'retry',
            atMs: NOW + 120000,
            reason: 'Graph is throttling (429); attempt 3 again in 120 s (throttling spends no attempt)',
        })
    })

    it('503 spreads a backlog over up to four more seconds than Retry-After asks', () => {
        expect(decide({ status: 503, retryAfter: '1' }, context({ jitter: 0.5 }))).toMatchObject({ atMs: NOW + 3000 })
        expect(decide({ status: 503, retryAfter: '1' }, context({ jitter: 0.999 }))).toMatchObject({ atMs: NOW + 5000 })
        expect(
            decide({ status: 503, retryAfter: '30', paceAtMs: NOW + 90000 }, context({ jitter: 0.999 }))
        ).toMatchObject({ atMs: NOW + 34000 })
    })

    it('503 honours Retry-After, 500 does not', () => {
        expect(decide({ status: 503, retryAfter: '7' }, context())).toMatchObject({ kind: 'retry', atMs: NOW + 7000 })
        expect(decide({ status: 500, retryAfter: '7' }, context())).toMatchObject({ kind: 'retry', atMs: NOW + 30000 })
    })

    it.each([500, 502, 503, 504, 599, 408])('%d is transient', (status) => {
        const decision = decide({ status, body: '{"error":{"code":"x","message":"boom"}}' }, context())
        expect(decision.kind).toBe('retry')
        expect((decision as { reason: string }).reason).toContain('Graph error ' + status)
    })

    it('no response (timeout, refused) is transient', () => {
        const decision = decide({ status: 0, errorMessage: 'Read timed out' }, context())
        expect(decision).toMatchObject({ kind: 'retry', atMs: NOW + 30000 })
        expect((decision as { reason: string }).reason).toContain('Read timed out')
    })

    it.each([
        [400, 'invalid'],
        [401, 'application (not delegated) permission'],
        [403, 'Access package assignment manager'],
        [404, 'does not know'],
        [409, 'conflict'],
        [405, 'refused the resume (405)'],
        [422, 'refused the resume (422)'],
    ])('%d fails at once, naming the cause', (status, words) => {
        const decision = decide({ status, body: '{"error":{"code":"Code","message":"Said this"}}' }, context())
        expect(decision.kind).toBe('failed')
        expect((decision as { reason: string }).reason).toContain(words)
        expect((decision as { reason: string }).reason).toContain('Graph said: Code: Said this')
    })

    // On an instance a token that could not be obtained shows up only as Graph's 401; the diagnosis says why.
    it('a 401 with a refused token fails with the named cause', () => {
        const decision = decide({ status: 401 }, context(), {
            kind: 'refused',
            reason: explainTokenError('invalid_client: AADSTS7000215: Invalid client secret provided.'),
        })
        expect(decision.kind).toBe('failed')
        expect((decision as { reason: string }).reason).toContain('Value, not its Secret ID')
    })

    it('a 401 with an unreachable token endpoint is retried; with a good token it fails', () => {
        const unreachable = decide({ status: 401 }, context(), {
            kind: 'unreachable',
            reason: 'the token endpoint could not be reached (connect ECONNREFUSED)',
        })
        expect(unreachable.kind).toBe('retry')
        expect((unreachable as { reason: string }).reason).toContain('token endpoint could not be reached')
        const ok = decide({ status: 401 }, context(), { kind: 'ok' })
        expect(ok.kind).toBe('failed')
        expect((ok as { reason: string }).reason).toContain('application (not delegated) permission')
        // A diagnosis only ever explains a 401.
        expect(decide({ status: 503 }, context(), { kind: 'refused', reason: 'x' }).kind).toBe('retry')
    })

    it('a request that was never sent fails with its reason and cannot have been applied', () => {
        const result = { status: 0, notSent: 'The REST message could not be built' }
        expect(decide(result, context())).toEqual({ kind: 'failed', reason: 'The REST message could not be built' })
        expect(mayHaveBeenApplied(result)).toBe(false)
    })

    it('gives up after max attempts', () => {
        const decision = decide({ status: 503 }, context({ attempt: 12 }))
        expect(decision.kind).toBe('failed')
        expect((decision as { reason: string }).reason).toContain('gave up after 12 attempts')
        expect(decide({ status: 503 }, context({ attempt: 11 })).kind).toBe('retry')
    })

    it('gives up when the next attempt would land after the deadline', () => {
        const decision = decide({ status: 429, retryAfter: '600' }, context({ deadlineMs: NOW + 300000 }))
        expect(decision.kind).toBe('failed')
        expect((decision as { reason: string }).reason).toContain('deadline')
        expect(decide({ status: 429, retryAfter: '60' }, context({ deadlineMs: NOW + 300000 })).kind).toBe('retry')
    })

    it('rounds the retry time up to a whole second, as date/time fields store it', () => {
        expect(decide({ status: 429, retryAfter: '1' }, context({ nowMs: NOW + 600 }))).toMatchObject({
            atMs: NOW + 2000,
        })
    })

    it('waits at least a second even when told Retry-After: 0', () => {
        expect(decide({ status: 429, retryAfter: '0' }, context())).toMatchObject({ atMs: NOW + 1000 })
    })
})

describe('Graph error text and token hints', () => {
    it('flattens Graph errors and copes with anything', () => {
        expect(graphErrorText('{"error":{"code":"BadRequest","message":"Line1\\nLine2"}}')).toBe(
            'BadRequest: Line1 Line2'
        )
        expect(graphErrorText('<html>oops</html>')).toBe('<html>oops</html>')
        expect(graphErrorText('')).toBe('')
        expect(graphErrorText(undefined)).toBe('')
        expect(graphErrorText('null')).toBe('null')
        expect(graphErrorText('x'.repeat(1000)).length).toBe(300)
    })
})

describe('deadline arithmetic', () => {
    it('passes at the deadline, never without one', () => {
        expect(isPastDeadline(null, NOW)).toBe(false)
        expect(isPastDeadline(NOW, NOW)).toBe(true)
        expect(isPastDeadline(NOW + 1, NOW)).toBe(false)
    })
    it('warns within the window only, and never when turned off', () => {
        const hour = 3600000
        expect(isDeadlineWarningDue(NOW + 47 * hour, NOW, 48)).toBe(true)
        expect(isDeadlineWarningDue(NOW + 48 * hour, NOW, 48)).toBe(true)
        expect(isDeadlineWarningDue(NOW + 49 * hour, NOW, 48)).toBe(false)
        expect(isDeadlineWarningDue(NOW - 1, NOW, 48)).toBe(false)
        expect(isDeadlineWarningDue(NOW + hour, NOW, 0)).toBe(false)
        expect(isDeadlineWarningDue(null, NOW, 48)).toBe(false)
    })
})

describe('verify connection', () => {
    it.each([
        [{ status: 200 }, true, 'Connected'],
        [{ status: 0, errorMessage: 'Connection refused' }, false, 'could not be reached'],
        [{ status: 0, notSent: 'The REST message could not be built' }, false, 'could not be built'],
        [{ status: 401 }, false, 'press Get OAuth Token on the REST message ELM Ticket Bridge Graph and verify'],
        [
            { status: 403, body: '{"error":{"code":"Forbidden","message":"nope"}}' },
            false,
            'Access package assignment manager',
        ],
        [{ status: 403 }, false, 'keeps its old permissions: then press Get OAuth Token'],
        [{ status: 500 }, false, 'answered 500'],
    ])('%p → ok %p', (result, ok, words) => {
        const verdict = explainVerification(result)
        expect(verdict.ok).toBe(ok)
        expect(verdict.message).toContain(words)
    })
    it('explains the token before Graph is asked', () => {
        expect(explainTokenDiagnosis({ kind: 'ok' })).toBeNull()
        expect(explainTokenDiagnosis({ kind: 'refused', reason: 'No Graph token: no Client ID' })).toEqual({
            ok: false,
            message: 'No Graph token: no Client ID',
        })
        expect(
            explainTokenDiagnosis({ kind: 'unreachable', reason: 'the token endpoint answered 503 (HTTP 503)' })!
                .message
        ).toContain("the instance's outbound network")
    })
})

describe('read-back after a refusal', () => {
    it('knows which failures may still have been applied', () => {
        expect(mayHaveBeenApplied({ status: 0, errorMessage: 'Read timed out' })).toBe(true)
        expect(mayHaveBeenApplied({ status: 502 })).toBe(true)
        expect(mayHaveBeenApplied({ status: 429 })).toBe(false)
        expect(mayHaveBeenApplied({ status: 0, paced: true, paceAtMs: NOW })).toBe(false)
        expect(mayHaveBeenApplied({ status: 400 })).toBe(false)
        expect(mayHaveBeenApplied({ status: 401 })).toBe(false)
    })
    it('reads back every refusal (400, 404, 409), and nothing else', () => {
        for (const status of [400, 404, 409]) expect(shouldReadBack({ status, body: '{}' })).toBe(true)
        for (const status of [0, 200, 204, 401, 403, 408, 410, 422, 429, 500, 503])
            expect(shouldReadBack({ status })).toBe(false)
    })
})

describe('Retry-After dates: only 8 to 64 characters with a letter are read as a date', () => {
    const date = 'Wed, 21 Oct 2015 07:28:00 GMT'
    const padded = (length: number) => date + ' (' + 'x'.repeat(length - date.length - 3) + ')'
    it('reads a date of 8 characters but not a shorter one', () => {
        expect(parseRetryAfter('May 1 20', NOW)).toBe(0)
        expect(parseRetryAfter('May 1', NOW)).toBeNull()
    })
    it('reads a date of 64 characters but not one of 65', () => {
        expect(parseRetryAfter(padded(64), NOW)).toBe(0)
        expect(parseRetryAfter(padded(65), NOW)).toBeNull()
    })
    it('ignores a date written only in digits and dashes', () => {
        expect(parseRetryAfter('2020-01-01', NOW)).toBeNull()
    })
})

describe('the reasons an admin reads in work notes', () => {
    it('names the status Graph accepted', () => {
        expect(decide({ status: 204 }, context())).toEqual({ kind: 'resumed', note: 'Graph accepted the resume (204)' })
        expect(decide({ status: 299 }, context())).toEqual({ kind: 'resumed', note: 'Graph accepted the resume (299)' })
    })

    it('says what went wrong when Graph does not answer', () => {
        expect(decide({ status: 0, errorMessage: 'Read timed out' }, context())).toEqual({
            kind: 'retry',
            atMs: NOW + 30000,
            reason: 'No response from Graph (Read timed out); attempt 2 in 30 s',
        })
        expect(decide({ status: 0 }, context())).toMatchObject({
            reason: 'No response from Graph (timeout or connection error); attempt 2 in 30 s',
        })
    })

    it("quotes Graph's error on a transient failure", () => {
        expect(decide({ status: 500, body: '{"error":{"code":"x","message":"boom"}}' }, context())).toMatchObject({
            reason: 'Graph error 500: x: boom; attempt 2 in 30 s',
        })
        expect(decide({ status: 502 }, context())).toMatchObject({ reason: 'Graph error 502; attempt 2 in 30 s' })
    })

    it('adds nothing after a refusal when Graph said nothing', () => {
        expect(decide({ status: 409 }, context())).toEqual({
            kind: 'failed',
            reason: 'Graph reported a conflict (409): the request is no longer waiting for this callback.',
        })
    })

    it('treats a status past 599 as a refusal, not a transient error', () => {
        expect(decide({ status: 600 }, context())).toEqual({
            kind: 'failed',
            reason: 'Graph refused the resume (600).',
        })
    })

    it('names the unreachable token endpoint behind a 401', () => {
        const decision = decide({ status: 401 }, context(), { kind: 'unreachable', reason: 'it timed out' })
        expect(decision).toMatchObject({
            kind: 'retry',
            reason: 'Graph refused the call without a usable token (401): it timed out; attempt 2 in 30 s',
        })
    })

    it('a 401 with a token on offer, and a 403, point at the token the REST message keeps', () => {
        const refused = decide({ status: 401 }, context(), { kind: 'ok' })
        expect(refused.kind).toBe('failed')
        expect(refused).toMatchObject({
            reason: expect.stringContaining(
                'The token the instance keeps may predate a change to the app registration or the OAuth entry: press Get OAuth Token on the REST message ELM Ticket Bridge Graph, then Retry now.'
            ),
        })
        expect(decide({ status: 403 }, context())).toMatchObject({
            kind: 'failed',
            reason: expect.stringContaining(
                'A token fetched before that keeps its old permissions: then press Get OAuth Token on the REST message ELM Ticket Bridge Graph, and Retry now.'
            ),
        })
    })

    it('a REST call that threw is failed when the token endpoint refuses, else retried as no answer', () => {
        const threw = { status: 0, threw: true, errorMessage: 'could not get a token' }
        expect(decide(threw, context(), { kind: 'refused', reason: 'the secret is wrong' })).toEqual({
            kind: 'failed',
            reason: 'the secret is wrong',
        })
        expect(decide(threw, context(), { kind: 'ok' })).toMatchObject({
            kind: 'retry',
            reason: 'No response from Graph (could not get a token); attempt 2 in 30 s',
        })
        // A timeout that answered without throwing is not put down to the token.
        const timedOut = { status: 0, errorMessage: 'timed out' }
        expect(decide(timedOut, context(), { kind: 'refused', reason: 'x' }).kind).toBe('retry')
    })

    it('a token diagnosis does not turn a refusal other than 401 into a retry', () => {
        expect(decide({ status: 404 }, context(), { kind: 'ok' }).kind).toBe('failed')
        expect(decide({ status: 404 }, context(), { kind: 'unreachable', reason: 'x' }).kind).toBe('failed')
        expect(decide({ status: 503 }, context(), { kind: 'unreachable', reason: 'x' })).toMatchObject({
            reason: 'Graph error 503; attempt 2 in 30 s',
        })
    })

    it('gives up on a transient error when the backoff would land at or past the deadline', () => {
        expect(decide({ status: 503 }, context({ deadlineMs: NOW + 30000 }))).toEqual({
            kind: 'failed',
            reason: 'Graph error 503; the callback deadline passes before the next attempt',
        })
        expect(decide({ status: 503 }, context({ deadlineMs: NOW + 30001 }))).toMatchObject({
            kind: 'retry',
            atMs: NOW + 30000,
        })
    })
})

describe('Graph error text edge cases', () => {
    it('keeps the message alone when Graph gives no code', () => {
        expect(graphErrorText('{"error":{"message":"Only the message"}}')).toBe('Only the message')
        expect(graphErrorText('{"error":{"code":"OnlyCode"}}')).toBe('OnlyCode')
    })
    it('keeps the raw text when the error is a plain string (OAuth style)', () => {
        expect(graphErrorText('{"error":"invalid_grant"}')).toBe('{"error":"invalid_grant"}')
    })
})

describe('which failures may have been applied, at the 5xx edges', () => {
    it('500 and 599 may have been applied, 499 and 600 not', () => {
        expect(mayHaveBeenApplied({ status: 500 })).toBe(true)
        expect(mayHaveBeenApplied({ status: 599 })).toBe(true)
        expect(mayHaveBeenApplied({ status: 499 })).toBe(false)
        expect(mayHaveBeenApplied({ status: 600 })).toBe(false)
    })
})

describe('when a sending row is taken back', () => {
    it.each([
        [1, 5 * 60],
        [30, 5 * 60],
        [60, 5 * 60],
        [61, 5 * 60 + 4],
        [120, 9 * 60],
    ])('HTTP timeout %p s → %p s: four calls at the timeout and a minute, never under five minutes', (timeout, s) => {
        expect(staleSendingMs(timeout)).toBe(s * 1000)
    })
})

describe('a denial Graph refused as invalid', () => {
    it('tells the admin how to resume without it, and only for a 400 of a denial', () => {
        expect(deniedRefusalHint(400, 'denied', 'assignmentRequestApproved')).toBe(
            " Graph may not accept a denial at assignmentRequestApproved (Microsoft's pages disagree on where it may be sent): to resume without denying, clear the callout's Resume state sent and use Retry now; for later tickets, remove the stage from x_elm_bridge.deny_stages."
        )
        expect(deniedRefusalHint(400, '', 'assignmentRequestApproved')).toBe('')
        expect(deniedRefusalHint(404, 'denied', 'assignmentRequestApproved')).toBe('')
        expect(deniedRefusalHint(409, 'denied', 'assignmentRequestCreated')).toBe('')
    })
})
