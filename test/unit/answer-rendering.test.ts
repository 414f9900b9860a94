import fc from 'fast-check'
import { normaliseCallout } from '../../src/server/core/callout.ts'
import {
    DESCRIPTION_LENGTH,
    SHORT_DESCRIPTION_LENGTH,
    description,
    shortDescription,
} from '../../src/server/core/ticket-text.ts'
import { route, routingLine } from '../../src/server/core/routing.ts'
import { flatCallout, envelopeCallout } from '../fixtures/callouts.ts'

function answers(items: unknown[]) {
    const result = normaliseCallout(flatCallout({ Answers: items }))
    if (result.kind !== 'callout') throw new Error('expected a callout')
    return result.callout.answers
}

// Graph v1.0 accessPackageLocalizedContent.
function localized(defaultText: string, localizedTexts: { text: string; languageCode: string }[] = []) {
    return { defaultText, localizedTexts }
}

const choiceQuestion = {
    '@odata.type': '#microsoft.graph.accessPackageMultipleChoiceQuestion',
    id: 'q-1',
    text: localized('Which role?', [{ text: 'Welche Rolle?', languageCode: 'de' }]),
    isMultipleSelectionAllowed: true,
    choices: [
        { actualValue: 'r-read', displayValue: localized('Read only', [{ text: 'Nur lesen', languageCode: 'de' }]) },
        { actualValue: 'r-post', displayValue: localized('Posting clerk') },
        { actualValue: 'r-admin', displayValue: localized('', [{ text: 'Administrateur', languageCode: 'fr' }]) },
    ],
}

describe("the question's text", () => {
    it("is read from TextString too, as Microsoft's ServiceNow sample Logic App reads it", () => {
        expect(answers([{ Value: 'yes', AnsweredQuestion: { TextString: 'Need admin rights?' } }])).toEqual([
            { question: 'Need admin rights?', answer: 'yes' },
        ])
    })
})

describe('every question type reads as text', () => {
    it('shows the chosen choice display text, not its actual value', () => {
        expect(
            answers([
                {
                    '@odata.type': '#microsoft.graph.accessPackageAnswerString',
                    value: 'r-post',
                    answeredQuestion: choiceQuestion,
                },
            ])
        ).toEqual([{ question: 'Which role?', answer: 'Posting clerk' }])
    })

    it('shows every choice of a multiple selection, as an array or a comma-separated value', () => {
        const asArray = answers([{ value: ['r-read', 'r-post'], answeredQuestion: choiceQuestion }])
        const asText = answers([{ value: 'r-read,r-post', answeredQuestion: choiceQuestion }])
        expect(asArray[0].answer).toBe('Read only, Posting clerk')
        expect(asText[0].answer).toBe('Read only, Posting clerk')
    })

    it('uses a localized text when a choice has no default text', () => {
        expect(answers([{ value: 'r-admin', answeredQuestion: choiceQuestion }])[0].answer).toBe('Administrateur')
    })

    it("falls back to the answer's display value when the value names no choice", () => {
        expect(
            answers([{ value: 'r-gone', displayValue: 'Auditor', answeredQuestion: choiceQuestion }])[0].answer
        ).toBe('Auditor')
    })

    it('reads the PascalCase form the Logic App receives', () => {
        const pascal = {
            '@odata.type': '#microsoft.graph.accessPackageAnswerString',
            Value: 'r-read',
            DisplayValue: 'r-read',
            AnsweredQuestion: {
                '@odata.type': '#microsoft.graph.accessPackageMultipleChoiceQuestion',
                Text: { DefaultText: 'Which role?' },
                Choices: [{ ActualValue: 'r-read', DisplayValue: { DefaultText: 'Read only' } }],
            },
        }
        expect(answers([pascal])).toEqual([{ question: 'Which role?', answer: 'Read only' }])
    })

    it('shows a text answer its value, with the question default text', () => {
        const textQuestion = {
            '@odata.type': '#microsoft.graph.accessPackageTextInputQuestion',
            text: localized('Business justification', [{ text: 'Begründung', languageCode: 'de' }]),
            isSingleLineQuestion: false,
        }
        expect(
            answers([{ value: 'Quarter close\nneeds posting', displayValue: 'shown', answeredQuestion: textQuestion }])
        ).toEqual([{ question: 'Business justification', answer: 'Quarter close\nneeds posting' }])
    })

    it("falls back to the answer's display value for an unknown question type", () => {
        const future = {
            '@odata.type': '#microsoft.graph.accessPackageDatePickerQuestion',
            text: localized('', [{ text: 'Startdatum', languageCode: 'de' }]),
        }
        expect(answers([{ value: '2026-12-01', displayValue: '1 December 2026', answeredQuestion: future }])).toEqual([
            { question: 'Startdatum', answer: '1 December 2026' },
        ])
    })

    it('renders the answers in the description, a multi-line answer under its question', () => {
        const result = normaliseCallout(
            envelopeCallout({
                data: {
                    ...(envelopeCallout().data as object),
                    answers: [
                        { value: 'r-post', answeredQuestion: choiceQuestion },
                        {
                            value: 'line one\nline two',
                            answeredQuestion: {
                                '@odata.type': '#microsoft.graph.accessPackageTextInputQuestion',
                                text: localized('Why?'),
                            },
                        },
                    ],
                },
            })
        )
        if (result.kind !== 'callout') throw new Error('expected a callout')
        const text = description(result.callout, '')
        expect(text).toContain('- Which role?: Posting clerk\n- Why?: line one\n  line two')
        expect(text).not.toContain('r-post')
        expect(text).not.toContain('(question)')
    })
})

describe('long callouts', () => {
    it('cut the description at its column, not before, and end it with an ellipsis', () => {
        // Twelve answers of a thousand characters each: far past the description column.
        const long = Array.from({ length: 12 }, (_, i) => ({
            '@odata.type': '#microsoft.graph.accessPackageAnswerString',
            value: String.fromCharCode(65 + i).repeat(1000),
            answeredQuestion: {
                '@odata.type': '#microsoft.graph.accessPackageTextInputQuestion',
                text: localized('Q'),
            },
        }))
        const result = normaliseCallout(flatCallout({ Answers: long }))
        if (result.kind !== 'callout') throw new Error('expected a callout')
        const text = description(result.callout, '2026-12-01 10:00:00 (UTC)')
        expect(text.length).toBe(DESCRIPTION_LENGTH)
        expect(text.endsWith('…')).toBe(true)
        const short = shortDescription(result.callout, 'P'.repeat(500))
        expect(short.length).toBe(SHORT_DESCRIPTION_LENGTH)
    })
})

describe('property: any payload yields a readable ticket', () => {
    // Control characters except the newline (tabs included), DEL, C1, line/paragraph separators, lone surrogates.
    const UNREADABLE =
        /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/

    // Long texts (past every column) are rarer than short ones: a payload has dozens of text fields, so about every
    // other payload still has one, and a run stays well under a second.
    const textArb = fc.oneof(
        { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 20 },
        { arbitrary: fc.string({ unit: 'grapheme', maxLength: 50 }), weight: 8 },
        {
            arbitrary: fc.constantFrom(
                '<script>alert(1)</script>',
                '${gs.getProperty("x")}',
                '[code]<b>x</b>[/code]',
                '\r\n\t\u0000'
            ),
            weight: 8,
        },
        { arbitrary: fc.string({ unit: 'binary', minLength: 3000, maxLength: 6000 }), weight: 1 }
    )
    const localizedArb = fc.oneof(
        textArb,
        fc.record(
            {
                defaultText: textArb,
                localizedTexts: fc.array(fc.record({ text: textArb, languageCode: fc.constantFrom('de', 'fr') }), {
                    maxLength: 3,
                }),
            },
            { requiredKeys: [] }
        ),
        fc.anything()
    )
    const questionArb = fc.record(
        {
            '@odata.type': fc.oneof(
                fc.constantFrom(
                    '#microsoft.graph.accessPackageMultipleChoiceQuestion',
                    '#microsoft.graph.accessPackageTextInputQuestion',
                    '#microsoft.graph.somethingNew'
                ),
                fc.anything()
            ),
            text: localizedArb,
            choices: fc.oneof(
                fc.array(fc.record({ actualValue: textArb, displayValue: localizedArb }, { requiredKeys: [] }), {
                    maxLength: 5,
                }),
                fc.anything()
            ),
        },
        { requiredKeys: [] }
    )
    const answerArb = fc.oneof(
        fc.record(
            {
                '@odata.type': fc.constant('#microsoft.graph.accessPackageAnswerString'),
                value: fc.oneof(textArb, fc.array(textArb, { maxLength: 4 }), fc.anything()),
                displayValue: fc.oneof(textArb, localizedArb),
                answeredQuestion: fc.oneof(questionArb, fc.anything()),
            },
            { requiredKeys: [] }
        ),
        fc.anything()
    )
    const payloadArb = fc.record(
        {
            AccessPackage: fc.oneof(
                fc.record({ DisplayName: textArb, Id: textArb, Description: textArb }),
                fc.anything()
            ),
            AccessPackageCatalog: fc.oneof(fc.record({ DisplayName: textArb }), fc.anything()),
            Requestor: fc.oneof(fc.record({ DisplayName: textArb, Email: textArb }), fc.anything()),
            Answers: fc.oneof(fc.array(answerArb, { maxLength: 12 }), fc.anything()),
        },
        { requiredKeys: [] }
    )

    it('stays within the columns, without control characters, with markup kept as text', () => {
        fc.assert(
            fc.property(payloadArb, textArb, textArb, textArb, (overrides, prefix, matchText, groupName) => {
                const result = normaliseCallout(flatCallout(overrides))
                expect(result.kind).toBe('callout')
                if (result.kind !== 'callout') return
                const c = result.callout
                // The rule's own text goes through the same path as on the instance: route(), then the ticket text.
                const group = 'a'.repeat(32)
                const routing = route(
                    [
                        {
                            sysId: 'b'.repeat(32),
                            order: 1,
                            active: true,
                            catalog: '',
                            accessPackage: matchText.length % 2 ? '' : matchText,
                            stage: matchText,
                            assignmentGroup: group,
                            priority: prefix,
                            shortDescriptionPrefix: prefix,
                        },
                        {
                            sysId: 'c'.repeat(32),
                            order: 2,
                            active: true,
                            catalog: matchText,
                            accessPackage: '',
                            stage: '',
                            assignmentGroup: group,
                            priority: '',
                            shortDescriptionPrefix: prefix,
                        },
                    ],
                    c,
                    { [group]: { name: groupName, active: true } },
                    ''
                )
                const short = shortDescription(c, routing.prefix)
                const text = description(c, '2026-12-01 10:00:00 (UTC)', routingLine(routing))
                expect(short.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_LENGTH)
                expect(text.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH)
                expect(short).not.toMatch(UNREADABLE)
                expect(text).not.toMatch(UNREADABLE)
                expect(short).not.toContain('\n')
                const unreadable = c.answers.filter((a) => UNREADABLE.test(a.answer) || UNREADABLE.test(a.question))
                expect(unreadable).toEqual([])
            }),
            // 300 payloads; 1,500 with every fourth text long took 12 s, again for every mutant this test covers.
            { numRuns: 300 }
        )
    })

    it('keeps markup in an answer verbatim', () => {
        const markup = fc.constantFrom(
            '<script>alert(1)</script>',
            '<img src=x onerror=alert(1)>',
            '&lt;b&gt; &amp;',
            '[code]<i>x</i>[/code]',
            '${current.sys_id}'
        )
        fc.assert(
            fc.property(markup, fc.constantFrom('text', 'choice', 'none'), (value, kind) => {
                const asked =
                    kind === 'choice'
                        ? {
                              ...choiceQuestion,
                              text: localized(value),
                              choices: [{ actualValue: 'v', displayValue: localized(value) }],
                          }
                        : kind === 'text'
                          ? { '@odata.type': '#microsoft.graph.accessPackageTextInputQuestion', text: localized(value) }
                          : { text: value }
                const result = normaliseCallout(
                    flatCallout({ Answers: [{ value: kind === 'choice' ? 'v' : value, answeredQuestion: asked }] })
                )
                if (result.kind !== 'callout') throw new Error('expected a callout')
                expect(description(result.callout, '')).toContain('- ' + value + ': ' + value)
            })
        )
    })
})
