import fc from 'fast-check'
import { normaliseCallout, parseCallout, utf8Length } from '../../src/server/core/callout.ts'
import { description, shortDescription } from '../../src/server/core/ticket-text.ts'
import { resumeBody } from '../../src/server/core/resume.ts'
import { STAGES } from '../../src/server/core/stages.ts'
import { validateResumeBody } from '../support/resume-schema.ts'
import { REQUEST_ID, STAGE_INSTANCE_ID, envelopeCallout, flatCallout } from '../fixtures/callouts.ts'

function callout(body: unknown) {
    const result = normaliseCallout(body)
    if (result.kind !== 'callout') throw new Error('expected a callout, got ' + JSON.stringify(result))
    return result.callout
}

function invalid(body: unknown): string {
    const result = normaliseCallout(body)
    if (result.kind !== 'invalid') throw new Error('expected invalid, got ' + result.kind)
    return result.message + ' / ' + result.detail
}

describe('normalising both shapes', () => {
    it('reads the flat PascalCase body a Logic App receives', () => {
        const c = callout(flatCallout())
        expect(c).toMatchObject({
            requestId: REQUEST_ID,
            stageInstanceId: STAGE_INSTANCE_ID,
            stage: 'assignmentRequestApproved',
            waitsForCallback: true,
            timeoutMs: 3 * 86400000,
            requestType: 'UserAdd',
            accessPackage: { displayName: 'SAP Finance (manual)', description: 'Finance role in SAP' },
            catalog: { displayName: 'Line of business apps' },
            policy: { displayName: 'Employees with manager approval' },
            target: {
                displayName: 'Adele Vance',
                principalName: 'adele.vance@contoso.com',
                objectId: 'f0000000-0000-4000-8000-000000000001',
            },
            requestor: { displayName: 'Alex Wilber', email: 'alex.wilber@contoso.com' },
            answers: [{ question: 'Which cost centre?', answer: 'Cost centre 4711' }],
        })
    })

    it('reads the camelCase envelope into the same callout', () => {
        const c = callout(envelopeCallout())
        expect(c).toMatchObject({
            requestId: REQUEST_ID,
            stageInstanceId: STAGE_INSTANCE_ID,
            stage: 'assignmentRequestApproved',
            waitsForCallback: true,
            timeoutMs: 3 * 3600000,
            answers: [{ question: 'Business reason?', answer: 'Quarter close' }],
        })
    })

    it('takes the stage from the envelope type when data has none', () => {
        const body = envelopeCallout()
        delete (body.data as { stage?: string }).stage
        expect(callout(body).stage).toBe('assignmentRequestApproved')
    })

    it('refuses an envelope whose type and data.stage disagree', () => {
        expect(
            invalid(
                envelopeCallout({ type: 'microsoft.graph.accessPackageCustomExtensionStage.assignmentRequestCreated' })
            )
        ).toContain('Stage mismatch')
    })

    it('lower-cases identifiers so the unique index sees one spelling', () => {
        const c = callout(flatCallout({ CustomExtensionStageInstanceId: STAGE_INSTANCE_ID.toUpperCase() }))
        expect(c.stageInstanceId).toBe(STAGE_INSTANCE_ID)
    })

    it.each(STAGES.map((s) => [s]))('accepts stage %s', (stage) => {
        const c = callout(flatCallout({ Stage: stage }))
        expect(c.stage).toBe(stage)
        expect(c.waitsForCallback).toBe(stage.indexOf('Expiration') < 0)
    })

    it('a callout without a callback configuration is fire-and-forget', () => {
        const body = flatCallout()
        delete body.CallbackConfiguration
        expect(callout(body)).toMatchObject({ waitsForCallback: false, timeoutMs: null })
        expect(callout(flatCallout({ CallbackConfiguration: null })).waitsForCallback).toBe(false)
        expect(callout(flatCallout({ CallbackConfiguration: { DurationBeforeTimeout: '' } })).waitsForCallback).toBe(
            false
        )
    })

    it('an expiry stage never waits, even with a timeout', () => {
        expect(callout(flatCallout({ Stage: 'assignmentOneDayBeforeExpiration' })).waitsForCallback).toBe(false)
    })

    it('accepts any positive duration (EM enforces its own range)', () => {
        expect(callout(flatCallout({ CallbackConfiguration: { DurationBeforeTimeout: 'PT1M' } })).timeoutMs).toBe(60000)
        expect(callout(flatCallout({ CallbackConfiguration: { TimeoutDuration: 'P30D' } })).timeoutMs).toBe(
            30 * 86400000
        )
    })

    it('recognises the connection test without needing identifiers', () => {
        expect(normaliseCallout({ Stage: 'CustomExtensionConnectionTest' })).toEqual({ kind: 'connection_test' })
        expect(normaliseCallout({ type: 'x', data: { stage: 'CustomExtensionConnectionTest' } })).toEqual({
            kind: 'connection_test',
        })
    })

    it('is liberal with descriptive fields', () => {
        const c = callout({
            AccessPackageAssignmentRequestId: REQUEST_ID,
            CustomExtensionStageInstanceId: STAGE_INSTANCE_ID,
            Stage: 'assignmentRequestGranted',
            AccessPackage: 'not an object',
            Answers: 'not an array',
            Assignment: { Target: { DisplayName: 42 } },
        })
        expect(c.accessPackage.displayName).toBe('')
        expect(c.answers).toEqual([])
        expect(c.target.displayName).toBe('42')
    })

    it('truncates long text instead of rejecting it', () => {
        const c = callout(flatCallout({ AccessPackage: { DisplayName: 'x'.repeat(5000) } }))
        expect(c.accessPackage.displayName.length).toBe(255)
        expect(c.accessPackage.displayName.endsWith('\u2026')).toBe(true)
    })

    it('keeps at most 100 answers and counts the rest', () => {
        const answers = Array.from({ length: 150 }, (_, i) => ({ AnsweredQuestion: { Text: 'Q' + i }, Value: 'A' + i }))
        const c = callout(flatCallout({ Answers: answers }))
        expect(c.answers.length).toBe(100)
        expect(c.omittedAnswers).toBe(50)
    })
})

describe('validation', () => {
    it.each([
        [null, 'must be a JSON object'],
        [[], 'must be a JSON object'],
        ['text', 'must be a JSON object'],
        [{}, 'Missing stage'],
        [flatCallout({ Stage: 'assignmentRequestDone' }), 'Unknown stage'],
        [flatCallout({ Stage: 7 }), 'Unknown stage'],
        [flatCallout({ AccessPackageAssignmentRequestId: undefined }), 'Missing accessPackageAssignmentRequestId'],
        [flatCallout({ AccessPackageAssignmentRequestId: 'abc' }), 'Invalid accessPackageAssignmentRequestId'],
        [
            flatCallout({ AccessPackageAssignmentRequestId: REQUEST_ID + '/../x' }),
            'Invalid accessPackageAssignmentRequestId',
        ],
        [flatCallout({ CustomExtensionStageInstanceId: '' }), 'Missing customExtensionStageInstanceId'],
        [flatCallout({ CustomExtensionStageInstanceId: 123 }), 'Invalid customExtensionStageInstanceId'],
        [
            flatCallout({ CustomExtensionStageInstanceId: [STAGE_INSTANCE_ID] }),
            'Invalid customExtensionStageInstanceId',
        ],
        [flatCallout({ CallbackConfiguration: { DurationBeforeTimeout: '3 days' } }), 'Invalid callback timeout'],
        [flatCallout({ CallbackConfiguration: { DurationBeforeTimeout: 'PT0S' } }), 'Invalid callback timeout'],
        [flatCallout({ CallbackConfiguration: { DurationBeforeTimeout: 259200 } }), 'Invalid callback timeout'],
        [flatCallout({ CallbackConfiguration: 'P3D' }), 'Invalid callbackConfiguration'],
        [flatCallout({ stage: 'assignmentRequestCreated' }), 'Ambiguous'],
        [flatCallout({ customExtensionStageInstanceId: 'ffffffff-0000-4000-8000-000000000000' }), 'Ambiguous'],
    ])('%# rejects with %s', (body, words) => {
        expect(invalid(body)).toContain(words)
    })

    it('accepts two spellings of one field when they agree', () => {
        expect(callout(flatCallout({ stage: 'assignmentRequestApproved' })).stage).toBe('assignmentRequestApproved')
    })

    it('parses raw text: empty, malformed, deeply nested', () => {
        expect(parseCallout('')).toMatchObject({ kind: 'invalid', message: 'Empty body' })
        expect(parseCallout('{"Stage": ')).toMatchObject({ kind: 'invalid', message: 'Malformed JSON' })
        expect(parseCallout('['.repeat(100000) + ']'.repeat(100000)).kind).toBe('invalid')
        expect(parseCallout(JSON.stringify(flatCallout())).kind).toBe('callout')
    })

    it('refuses prototype-pollution keys without polluting anything', () => {
        const raw = JSON.stringify(flatCallout()).replace('{', '{"__proto__": {"polluted": true},')
        expect(parseCallout(raw)).toMatchObject({ kind: 'invalid', message: 'Forbidden key' })
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
    })

    it('counts UTF-8 bytes like the wire does', () => {
        for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€'.repeat(10)]) {
            expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
        }
    })
})

describe('property: any input yields a callout or a validation error', () => {
    it('never throws, and every callout makes a schema-valid resume body', () => {
        const stageArb = fc.constantFrom(...STAGES, 'CustomExtensionConnectionTest', 'bogus')
        const guidArb = fc.oneof(fc.uuid(), fc.string())
        const bodyArb = fc.oneof(
            fc.anything(),
            fc.record(
                {
                    AccessPackageAssignmentRequestId: guidArb,
                    CustomExtensionStageInstanceId: guidArb,
                    Stage: stageArb,
                    CallbackConfiguration: fc.oneof(
                        fc.anything(),
                        fc.record({ DurationBeforeTimeout: fc.oneof(fc.string(), fc.constantFrom('PT5M', 'P14D')) })
                    ),
                    AccessPackage: fc.anything(),
                    Assignment: fc.anything(),
                    Answers: fc.anything(),
                },
                { requiredKeys: [] }
            )
        )
        fc.assert(
            fc.property(bodyArb, (body) => {
                const result = normaliseCallout(body)
                expect(['callout', 'invalid', 'connection_test']).toContain(result.kind)
                if (result.kind === 'callout') {
                    const c = result.callout
                    const resume = resumeBody({
                        requestId: c.requestId,
                        stageInstanceId: c.stageInstanceId,
                        stage: c.stage,
                        source: 'ServiceNow',
                        detail: shortDescription(c),
                    })
                    expect(validateResumeBody(JSON.parse(JSON.stringify(resume)))).toEqual([])
                    expect(shortDescription(c).length).toBeLessThanOrEqual(160)
                    expect(description(c, 'x').length).toBeLessThanOrEqual(4000)
                }
            }),
            { numRuns: 2000 }
        )
    })
})

describe('ticket text', () => {
    it('writes what the agent needs', () => {
        const c = callout(flatCallout())
        expect(shortDescription(c)).toBe('Provision access: SAP Finance (manual) for Adele Vance')
        const text = description(c, '2026-11-30 12:00:00 (Europe/Berlin)')
        for (const part of [
            'Target user: Adele Vance',
            'User principal name: adele.vance@contoso.com',
            'Email: adele.vance@contoso.com',
            'Object ID: f0000000-0000-4000-8000-000000000001',
            'Requestor: Alex Wilber',
            'Catalog: Line of business apps',
            'Access package: SAP Finance (manual)',
            'Policy: Employees with manager approval',
            'Request type: UserAdd',
            '- Which cost centre?: Cost centre 4711',
            'waits until 2026-11-30 12:00:00 (Europe/Berlin)',
            'https://myaccess.microsoft.com/',
        ]) {
            expect(text).toContain(part)
        }
    })

    it('says Remove access at the removal stage and explains fire-and-forget', () => {
        const removal = callout(flatCallout({ Stage: 'assignmentRequestRemoved', CallbackConfiguration: null }))
        expect(shortDescription(removal)).toBe('Remove access: SAP Finance (manual) for Adele Vance')
        expect(description(removal, '')).toContain('does not wait for this ticket')
        expect(shortDescription(callout(flatCallout({ Stage: 'assignmentFourteenDaysBeforeExpiration' })))).toMatch(
            /^Access expiring:/
        )
    })

    it('keeps hostile text inert', () => {
        const hostile =
            'Bob"; DROP TABLE sc_request; -- ${gs.getProperty("x")} <img src=x onerror=alert(1)>\u0000\u001b[31m\u2028'
        const c = callout(
            flatCallout({
                AccessPackage: { DisplayName: hostile },
                Answers: [{ AnsweredQuestion: { Text: hostile }, Value: hostile }],
            })
        )
        const short = shortDescription(c)
        const text = description(c, '')
        for (const out of [short, text]) {
            expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u2028]/)
            expect(out).toContain('${gs.getProperty("x")}')
            expect(out).toContain('<img src=x onerror=alert(1)>')
        }
        expect(short.split('\n').length).toBe(1)
    })

    it('falls back when names are missing', () => {
        const c = callout({
            AccessPackageAssignmentRequestId: REQUEST_ID,
            CustomExtensionStageInstanceId: STAGE_INSTANCE_ID,
            Stage: 'assignmentRequestCreated',
        })
        expect(shortDescription(c)).toBe('Provision access: (unnamed access package) for (unknown user)')
    })
})

describe('structural guard on the raw text', () => {
    const base = JSON.stringify(flatCallout())
    it.each([
        ['duplicate top-level key', base.replace('{', '{"Stage":"assignmentRequestCreated",'), 'Duplicate key'],
        ['duplicate nested key', '{"a":{"b":1,"b":2}}', 'Duplicate key'],
        ['duplicate key spelled with an escape', '{"Stage":"x","St\\u0061ge":"y"}', 'Duplicate key'],
        ['__proto__', base.replace('{', '{"__proto__":{"x":1},'), 'Forbidden key'],
        ['escaped __proto__', '{"\\u005f_proto__":{}}', 'Forbidden key'],
        ['constructor', '{"a":{"constructor":{"prototype":{}}}}', 'Forbidden key'],
        ['deep objects', '{"a":'.repeat(40) + '1' + '}'.repeat(40), 'Too deeply nested'],
        ['deep arrays', '['.repeat(40) + ']'.repeat(40), 'Too deeply nested'],
        ['huge array', '{"Answers":[' + new Array(2000).fill('1').join(',') + ']}', 'Too many entries'],
        [
            'huge object',
            '{' + Array.from({ length: 1500 }, (_, i) => '"k' + i + '":1').join(',') + '}',
            'Too many entries',
        ],
    ])('%s → %s', (_name, raw, message) => {
        expect(parseCallout(raw)).toMatchObject({ kind: 'invalid', message })
    })

    it('lets normal callouts and key-like text inside values through', () => {
        expect(parseCallout(base).kind).toBe('callout')
        expect(
            parseCallout(
                JSON.stringify(
                    flatCallout({ AccessPackage: { DisplayName: '{"Stage":"x","Stage":"y"} __proto__ [[[[' } })
                )
            ).kind
        ).toBe('callout')
        expect(parseCallout(JSON.stringify(flatCallout({ Answers: new Array(999).fill({ Value: 'a' }) }))).kind).toBe(
            'callout'
        )
    })
})
