import { MAX_BODY_BYTES, normaliseCallout, parseCallout, utf8Length } from '../../src/server/core/callout.ts'
import { REQUEST_ID, STAGE_INSTANCE_ID, envelopeCallout, flatCallout } from '../fixtures/callouts.ts'

function callout(body: unknown) {
    const result = normaliseCallout(body)
    if (result.kind !== 'callout') throw new Error('expected a callout, got ' + JSON.stringify(result))
    return result.callout
}

function refusal(body: unknown) {
    const result = normaliseCallout(body)
    if (result.kind !== 'invalid') throw new Error('expected invalid, got ' + result.kind)
    return { message: result.message, detail: result.detail }
}

function answers(items: unknown[]) {
    return callout(flatCallout({ Answers: items })).answers
}

function envelopeData(data: { [key: string]: unknown }, overrides: { [key: string]: unknown } = {}) {
    return envelopeCallout({ data: { ...(envelopeCallout().data as object), ...data }, ...overrides })
}

const CONNECTION_TEST_TYPE = 'microsoft.graph.accessPackageCustomExtensionStage.CustomExtensionConnectionTest'
const CHOICE = '#microsoft.graph.accessPackageMultipleChoiceQuestion'
const TEXT_INPUT = '#microsoft.graph.accessPackageTextInputQuestion'
const choices = [
    { actualValue: 'r-read', displayValue: 'Read only' },
    { actualValue: 'r-post', displayValue: 'Posting clerk' },
]

describe('principals', () => {
    it('reads objectId before id, and id when objectId is missing or null', () => {
        const both = callout(flatCallout({ Requestor: { ObjectId: 'o-1', Id: 'i-1' } }))
        const onlyId = callout(flatCallout({ Requestor: { Id: 'i-1' } }))
        const nullObjectId = callout(flatCallout({ Requestor: { ObjectId: null, Id: 'i-1' } }))
        expect(both.requestor.objectId).toBe('o-1')
        expect(onlyId.requestor.objectId).toBe('i-1')
        expect(nullObjectId.requestor.objectId).toBe('i-1')
    })

    it('reads principalName before userPrincipalName and email before mail', () => {
        const preferred = callout(
            flatCallout({
                Requestor: { principalName: 'p@x', userPrincipalName: 'u@x', email: 'e@x', mail: 'm@x' },
            })
        )
        const aliases = callout(flatCallout({ Requestor: { userPrincipalName: 'u@x', mail: 'm@x' } }))
        expect(preferred.requestor).toMatchObject({ principalName: 'p@x', email: 'e@x' })
        expect(aliases.requestor).toMatchObject({ principalName: 'u@x', email: 'm@x' })
    })

    it('reads the connected organisation as a name or as an object with a display name', () => {
        const asText = callout(flatCallout({ Requestor: { ConnectedOrganization: 'Fabrikam' } }))
        const asObject = callout(flatCallout({ Requestor: { ConnectedOrganization: { DisplayName: 'Fabrikam' } } }))
        expect(asText.requestor.connectedOrganization).toBe('Fabrikam')
        expect(asObject.requestor.connectedOrganization).toBe('Fabrikam')
    })
})

describe('assignment fields', () => {
    it('reads assignmentPolicy before accessPackageAssignmentPolicy, and the assignment id', () => {
        const both = callout(
            flatCallout({
                Assignment: {
                    id: 'asg-1',
                    assignmentPolicy: { displayName: 'Policy A' },
                    accessPackageAssignmentPolicy: { displayName: 'Policy B' },
                },
            })
        )
        const alias = callout(
            flatCallout({ Assignment: { accessPackageAssignmentPolicy: { displayName: 'Policy B' } } })
        )
        expect(both.policy.displayName).toBe('Policy A')
        expect(both.assignmentId).toBe('asg-1')
        expect(alias.policy.displayName).toBe('Policy B')
    })
})

describe('a descriptive field sent twice with different values', () => {
    it('takes the first spelling instead of refusing the callout', () => {
        const named = (name: string) => ({
            id: name + '-1',
            Id: name + '-2',
            displayName: name + ' one',
            DisplayName: name + ' two',
            description: 'first',
            Description: 'second',
        })
        const person = {
            objectId: 'o-1',
            ObjectId: 'o-2',
            displayName: 'First',
            DisplayName: 'Second',
            principalName: 'p1@x',
            PrincipalName: 'p2@x',
            email: 'e1@x',
            Email: 'e2@x',
            connectedOrganization: { displayName: 'Org one', DisplayName: 'Org two' },
            ConnectedOrganization: 'Org three',
        }
        const body = {
            AccessPackageAssignmentRequestId: REQUEST_ID,
            CustomExtensionStageInstanceId: STAGE_INSTANCE_ID,
            Stage: 'assignmentRequestApproved',
            requestType: 'UserAdd',
            RequestType: 'UserRemove',
            accessPackage: named('package'),
            AccessPackage: {},
            accessPackageCatalog: named('catalog'),
            AccessPackageCatalog: {},
            assignment: {
                id: 'asg-1',
                Id: 'asg-2',
                assignmentPolicy: named('policy'),
                AssignmentPolicy: {},
                target: person,
                Target: {},
            },
            Assignment: {},
            requestor: person,
            Requestor: {},
            answers: [{ question: 'Q', value: 'A' }],
            Answers: [],
        }
        const c = callout(body)
        expect(c.requestType).toBe('UserAdd')
        for (const [thing, name] of [
            [c.accessPackage, 'package'],
            [c.catalog, 'catalog'],
            [c.policy, 'policy'],
        ] as const) {
            expect(thing).toEqual({ id: name + '-1', displayName: name + ' one', description: 'first' })
        }
        expect(c.assignmentId).toBe('asg-1')
        const expected = {
            objectId: 'o-1',
            displayName: 'First',
            principalName: 'p1@x',
            email: 'e1@x',
            connectedOrganization: 'Org one',
        }
        expect(c.target).toEqual(expected)
        expect(c.requestor).toEqual(expected)
        expect(c.answers).toEqual([{ question: 'Q', answer: 'A' }])
    })

    it('takes the first spelling inside answers, questions and choices', () => {
        const choiceItem = {
            value: 'r-1',
            Value: 'r-2',
            answeredQuestion: {
                '@odata.type': CHOICE,
                '@ODATA.TYPE': '#other',
                text: { defaultText: 'Role?', DefaultText: 'Rolle?' },
                Text: 'ignored',
                choices: [
                    {
                        actualValue: 'r-1',
                        ActualValue: 'r-2',
                        displayValue: { localizedTexts: [{ text: 'One', Text: 'Eins' }], LocalizedTexts: [] },
                        DisplayValue: 'Two',
                    },
                ],
                Choices: [],
            },
            AnsweredQuestion: {},
        }
        const fallbackItem = {
            displayValue: 'Shown',
            DisplayValue: 'Hidden',
            answeredQuestion: { text: { text: 'Plain question', Text: 'other' } },
        }
        const textChoiceItem = {
            value: 'r-1',
            answeredQuestion: {
                '@odata.type': CHOICE,
                displayName: 'Pick one',
                DisplayName: 'Pick',
                choices: [{ actualValue: 'r-1', text: 'Choice text', Text: 'other' }],
            },
        }
        const questionItem = { question: 'Asked', Question: 'other', answer: 'Given', Answer: 'other' }
        const untypedItem = { value: 'r-read', answeredQuestion: { choices, Choices: [] } }
        const choiceAnswerItem = {
            answer: 'Picked',
            Answer: 'other',
            answeredQuestion: { '@odata.type': CHOICE, choices },
        }
        const textAnswerItem = {
            answer: 'Typed',
            Answer: 'other',
            answeredQuestion: { '@odata.type': TEXT_INPUT, question: 'Asked?', Question: 'other' },
        }
        expect(
            answers([
                choiceItem,
                fallbackItem,
                textChoiceItem,
                questionItem,
                untypedItem,
                choiceAnswerItem,
                textAnswerItem,
            ])
        ).toEqual([
            { question: 'Role?', answer: 'One' },
            { question: 'Plain question', answer: 'Shown' },
            { question: 'Pick one', answer: 'Choice text' },
            { question: 'Asked', answer: 'Given' },
            { question: '', answer: 'Read only' },
            { question: '', answer: 'Picked' },
            { question: 'Asked?', answer: 'Typed' },
        ])
    })
})

describe('localized texts', () => {
    it('skips a blank default text and blank localized entries', () => {
        const item = {
            value: 'v',
            answeredQuestion: {
                text: { defaultText: '   ', localizedTexts: [{ text: ' ' }, { text: 'Welche Rolle?' }] },
            },
        }
        expect(answers([item])).toEqual([{ question: 'Welche Rolle?', answer: 'v' }])
    })

    it('reads localizations and a plain text field when there is no default text', () => {
        const fromLocalizations = { value: 'v', answeredQuestion: { text: { localizations: ['Rôle ?'] } } }
        const fromText = { value: 'v', answeredQuestion: { text: { text: 'Role?' } } }
        expect(answers([fromLocalizations, fromText])).toEqual([
            { question: 'Rôle ?', answer: 'v' },
            { question: 'Role?', answer: 'v' },
        ])
    })

    it('takes the next question text when the first is blank, and none when all are', () => {
        const blankText = { value: 'v', answeredQuestion: { text: '  ', displayName: 'Role' } }
        const byQuestion = { value: 'v', answeredQuestion: { question: 'Asked as question' } }
        const noText = { value: 'v', answeredQuestion: {} }
        expect(answers([blankText, byQuestion, noText])).toEqual([
            { question: 'Role', answer: 'v' },
            { question: 'Asked as question', answer: 'v' },
            { question: '', answer: 'v' },
        ])
    })
})

describe('question types', () => {
    const item = (type: string | undefined, extra: { [key: string]: unknown } = {}) => ({
        value: 'r-read',
        displayValue: 'Shown',
        answeredQuestion: { ...(type === undefined ? {} : { '@odata.type': type }), choices, ...extra },
    })

    it('treats a type that only starts with a known question type as unknown', () => {
        expect(answers([item(CHOICE + 'Legacy'), item(TEXT_INPUT + 'Legacy')]).map((a) => a.answer)).toEqual([
            'Shown',
            'Shown',
        ])
    })

    it('reads a text question its value, an untyped question with choices as a choice', () => {
        expect(answers([item(TEXT_INPUT), item(undefined), item('#microsoft.graph.somethingNew')])).toEqual([
            { question: '', answer: 'r-read' },
            { question: '', answer: 'Read only' },
            { question: '', answer: 'Shown' },
        ])
    })

    it('reads the answer field when value and display value are missing, for every type', () => {
        const answerOnly = (asked: unknown) => ({ answer: 'Typed in', answeredQuestion: asked })
        expect(
            answers([
                answerOnly({ '@odata.type': CHOICE, choices }),
                answerOnly({ '@odata.type': TEXT_INPUT }),
                answerOnly({ '@odata.type': '#microsoft.graph.somethingNew' }),
            ]).map((a) => a.answer)
        ).toEqual(['Typed in', 'Typed in', 'Typed in'])
    })
})

describe('choices', () => {
    const asked = (list: unknown) => ({ '@odata.type': CHOICE, choices: list })

    it('falls back to the display value when a choice question has no choices', () => {
        expect(
            answers([{ value: 'r-read', displayValue: 'Shown', answeredQuestion: { '@odata.type': CHOICE } }])
        ).toEqual([{ question: '', answer: 'Shown' }])
    })

    it('does not match an empty answer to a choice without an actual value', () => {
        const list = [{ displayValue: 'Other' }, ...choices]
        expect(answers([{ value: '', displayValue: 'No answer', answeredQuestion: asked(list) }])[0].answer).toBe(
            'No answer'
        )
    })

    it('splits a comma-separated selection at commas only, trimming each value', () => {
        const letters = [
            { actualValue: 'a', displayValue: 'A' },
            { actualValue: 'b', displayValue: 'B' },
        ]
        expect(
            answers([
                { value: 'r-read, r-post', answeredQuestion: asked(choices) },
                { value: 'ab', displayValue: 'Shown', answeredQuestion: asked(letters) },
            ]).map((a) => a.answer)
        ).toEqual(['Read only, Posting clerk', 'Shown'])
    })

    it('falls back to the display value when any one of several values names no choice', () => {
        expect(
            answers([{ value: ['r-read', 'r-gone'], displayValue: 'Shown', answeredQuestion: asked(choices) }])[0]
                .answer
        ).toBe('Shown')
    })
})

describe('answer items', () => {
    it('keeps a bare text answer without a question, tabs as spaces and trimmed', () => {
        expect(answers(['  one\ttwo  '])).toEqual([{ question: '', answer: 'one two' }])
    })

    it('trims an answer and turns its tabs into spaces', () => {
        expect(answers([{ question: 'Q', value: '  one\ttwo  ' }])).toEqual([{ question: 'Q', answer: 'one two' }])
    })

    it('reads the question from the item when there is no answered question', () => {
        expect(
            answers([
                { question: 'Q1', value: 'v' },
                { questionText: 'Q2', value: 'v' },
            ])
        ).toEqual([
            { question: 'Q1', answer: 'v' },
            { question: 'Q2', answer: 'v' },
        ])
    })

    it('keeps a question without an answer and an answer without a question, drops an empty item', () => {
        expect(answers([{ question: 'Only asked' }, { value: 'Only answered' }, { value: '  ' }, {}])).toEqual([
            { question: 'Only asked', answer: '' },
            { question: '', answer: 'Only answered' },
        ])
    })
})

describe('identifiers and timeout', () => {
    it('says which identifier is missing when it is null, and which one is not a GUID', () => {
        expect(refusal(flatCallout({ AccessPackageAssignmentRequestId: null }))).toEqual({
            message: 'Missing accessPackageAssignmentRequestId',
            detail: 'The callout has no accessPackageAssignmentRequestId; it must be a GUID',
        })
        expect(refusal(flatCallout({ CustomExtensionStageInstanceId: 'abc' }))).toEqual({
            message: 'Invalid customExtensionStageInstanceId',
            detail: 'customExtensionStageInstanceId must be a GUID (8-4-4-4-12 hexadecimal digits)',
        })
    })

    it('has no timeout when the configuration has no duration or a null one', () => {
        expect(callout(flatCallout({ CallbackConfiguration: {} })).timeoutMs).toBeNull()
        expect(callout(flatCallout({ CallbackConfiguration: { DurationBeforeTimeout: null } })).timeoutMs).toBeNull()
    })

    it('refuses a callback configuration or a duration sent twice with different values', () => {
        const config = flatCallout({ callbackConfiguration: { durationBeforeTimeout: 'P1D' } })
        const duration = flatCallout({
            CallbackConfiguration: { DurationBeforeTimeout: 'P3D', durationBeforeTimeout: 'P1D' },
        })
        expect(refusal(config).message).toBe('Ambiguous callout')
        expect(refusal(duration)).toEqual({
            message: 'Ambiguous callout',
            detail: 'The field durationBeforeTimeout appears more than once with different values',
        })
    })

    it('explains an unusable callback configuration and timeout', () => {
        expect(refusal(flatCallout({ CallbackConfiguration: 'P3D' })).detail).toBe(
            'callbackConfiguration must be an object'
        )
        expect(refusal(flatCallout({ CallbackConfiguration: { DurationBeforeTimeout: 'soon' } })).detail).toBe(
            'The callback timeout must be a positive ISO 8601 duration such as PT10M, PT3H or P14D'
        )
    })
})

describe('envelope and stage', () => {
    it('reads a flat body that also has a data object as flat', () => {
        const c = callout(flatCallout({ data: { stage: 'assignmentRequestGranted' } }))
        expect(c).toMatchObject({ stage: 'assignmentRequestApproved', requestId: REQUEST_ID })
    })

    it('refuses an envelope whose data, type or data.stage arrives twice with different values', () => {
        const data = envelopeCallout({ Data: {} })
        const type = envelopeCallout({
            Type: 'microsoft.graph.accessPackageCustomExtensionStage.assignmentRequestCreated',
        })
        const stage = envelopeData({ Stage: 'assignmentRequestCreated' })
        expect(refusal(data)).toMatchObject({ message: 'Ambiguous callout' })
        expect(refusal(type)).toMatchObject({ message: 'Ambiguous callout' })
        expect(refusal(stage)).toEqual({
            message: 'Ambiguous callout',
            detail: 'The field stage appears more than once with different values',
        })
    })

    it('reads an envelope without a type, or with an empty one, by its data.stage', () => {
        const noType = envelopeCallout()
        delete noType.type
        expect(callout(noType).stage).toBe('assignmentRequestApproved')
        expect(callout(envelopeCallout({ type: '' })).stage).toBe('assignmentRequestApproved')
    })

    it('takes the stage from the type when data.stage is null', () => {
        expect(callout(envelopeData({ stage: null })).stage).toBe('assignmentRequestApproved')
    })

    it('recognises a connection test named only by the envelope type', () => {
        expect(normaliseCallout({ type: CONNECTION_TEST_TYPE, data: {} })).toEqual({ kind: 'connection_test' })
    })

    it('does not take a connection-test type for a test when data names a stage', () => {
        expect(refusal(envelopeData({ stage: 'assignmentRequestCreated' }, { type: CONNECTION_TEST_TYPE }))).toEqual({
            message: 'Stage mismatch',
            detail: 'The envelope type does not name the same stage as data.stage',
        })
    })

    it('does not take a type that names a stage for a connection test', () => {
        const body = envelopeData(
            { stage: undefined },
            { type: 'connectiontest.accessPackageCustomExtensionStage.assignmentRequestGranted' }
        )
        expect(callout(body).stage).toBe('assignmentRequestGranted')
    })

    it('lists the stages it knows when the stage is unknown', () => {
        expect(refusal(flatCallout({ Stage: 'later' }))).toEqual({
            message: 'Unknown stage',
            detail:
                'stage must be one of assignmentRequestCreated, assignmentRequestApproved, assignmentRequestGranted, ' +
                'assignmentRequestRemoved, assignmentFourteenDaysBeforeExpiration, assignmentOneDayBeforeExpiration ' +
                'or CustomExtensionConnectionTest',
        })
    })

    it('explains a body that is not an object', () => {
        expect(refusal([])).toEqual({ message: 'Invalid callout', detail: 'The body must be a JSON object' })
    })
})

describe('unexpected failures while reading', () => {
    it('turns an error thrown while reading a field into a generic refusal', () => {
        const body = {
            get Stage(): string {
                throw new Error('getter failed')
            },
        }
        expect(refusal(body)).toEqual({ message: 'Invalid callout', detail: 'The callout could not be read' })
    })

    it('does not throw when a field throws null', () => {
        const body = {
            get Stage(): string {
                throw null
            },
        }
        expect(refusal(body)).toEqual({ message: 'Invalid callout', detail: 'The callout could not be read' })
    })
})

describe('raw text', () => {
    it('calls a blank body empty and a broken one malformed, with details', () => {
        expect(parseCallout(' \n\t ')).toEqual({
            kind: 'invalid',
            message: 'Empty body',
            detail: 'The request body must be a JSON object',
        })
        expect(parseCallout('{"Stage": ')).toEqual({
            kind: 'invalid',
            message: 'Malformed JSON',
            detail: 'The request body is not valid JSON',
        })
    })

    it('allows bodies up to 256 KiB', () => {
        expect(MAX_BODY_BYTES).toBe(262144)
    })

    it('counts UTF-8 bytes at the edges of each encoding length', () => {
        expect(utf8Length('\u007f')).toBe(1)
        expect(utf8Length('\u0080')).toBe(2)
        expect(utf8Length('\u07ff')).toBe(2)
        expect(utf8Length('\u0800')).toBe(3)
        expect(utf8Length('\ud800\udc00')).toBe(4)
        expect(utf8Length('\udbff\udfff')).toBe(4)
        expect(utf8Length('\udc00')).toBe(3)
        expect(utf8Length('\ue000a')).toBe(4)
    })
})
