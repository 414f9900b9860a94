// The short description and description an agent works from, line by line.
import { Callout } from '../../src/server/core/callout.ts'
import { MY_ACCESS_URL, description, shortDescription } from '../../src/server/core/ticket-text.ts'

function callout(overrides: Partial<Callout> = {}): Callout {
    return {
        requestId: '3a8d3c6e-2b0f-4f5e-9d61-2f7f4c1b9a01',
        stageInstanceId: '7c1e5b2a-4d3f-4a8b-8e9c-0b1a2c3d4e5f',
        stage: 'assignmentRequestApproved',
        waitsForCallback: true,
        timeoutMs: 3 * 86400 * 1000,
        requestType: 'UserAdd',
        accessPackage: { id: 'p-1', displayName: 'SAP Finance (manual)', description: 'Finance role in SAP' },
        catalog: { id: 'c-1', displayName: 'Line of business apps', description: '' },
        policy: { id: 'd-1', displayName: 'Employees with manager approval', description: '' },
        assignmentId: 'b-1',
        target: {
            objectId: 'f-1',
            displayName: 'Adele Vance',
            principalName: 'adele.vance@contoso.com',
            email: 'adele@contoso.com',
            connectedOrganization: 'Fabrikam',
        },
        requestor: {
            objectId: 'f-2',
            displayName: 'Alex Wilber',
            principalName: 'alex.wilber@contoso.com',
            email: 'alex.wilber@contoso.com',
            connectedOrganization: '',
        },
        answers: [{ question: 'Which cost centre?', answer: 'Cost centre 4711' }],
        omittedAnswers: 0,
        ...overrides,
    }
}

const DEADLINE = '2026-11-30 12:00:00 (Europe/Berlin)'
const MY_ACCESS_LINE = 'The requestor can follow the request in My Access: ' + MY_ACCESS_URL
const NO_WAIT_LINE = 'Entitlement management does not wait for this ticket; closing it sends nothing back.'

function lines(text: string): string[] {
    return text.split('\n')
}

describe('short description', () => {
    it('says to provision, remove or that access is expiring', () => {
        expect(shortDescription(callout())).toBe('Provision access: SAP Finance (manual) for Adele Vance')
        expect(shortDescription(callout({ stage: 'assignmentRequestRemoved' }))).toBe(
            'Remove access: SAP Finance (manual) for Adele Vance'
        )
        expect(shortDescription(callout({ stage: 'assignmentOneDayBeforeExpiration', waitsForCallback: false }))).toBe(
            'Access expiring: SAP Finance (manual) for Adele Vance'
        )
    })
})

describe('description', () => {
    it('lists every known field of the request on its own line, then the answers and what closing does', () => {
        expect(lines(description(callout(), DEADLINE))).toEqual([
            'Entitlement management asks IT to provision this access manually.',
            '',
            'Target user: Adele Vance',
            'User principal name: adele.vance@contoso.com',
            'Email: adele@contoso.com',
            'Object ID: f-1',
            'Connected organization: Fabrikam',
            'Requestor: Alex Wilber',
            'Requestor email: alex.wilber@contoso.com',
            'Catalog: Line of business apps',
            'Access package: SAP Finance (manual)',
            'Access package description: Finance role in SAP',
            'Policy: Employees with manager approval',
            'Request type: UserAdd',
            'Stage: assignmentRequestApproved',
            'Request ID: 3a8d3c6e-2b0f-4f5e-9d61-2f7f4c1b9a01',
            '',
            'Answers:',
            '- Which cost centre?: Cost centre 4711',
            '',
            'Entitlement management waits until ' + DEADLINE + '. Close this ticket before then:',
            'Closed Complete continues the request; Closed Incomplete tells entitlement management it was not done.',
            MY_ACCESS_LINE,
        ])
    })

    it('asks to remove the access at the removal stage', () => {
        expect(lines(description(callout({ stage: 'assignmentRequestRemoved' }), DEADLINE))[0]).toBe(
            'Entitlement management asks IT to remove this access manually.'
        )
    })

    it('leaves out empty fields, with no blank line in their place', () => {
        const sparse = callout({
            requestType: '',
            accessPackage: { id: 'p-1', displayName: '', description: '' },
            catalog: { id: 'c-1', displayName: '', description: '' },
            policy: { id: 'd-1', displayName: '', description: '' },
            target: { objectId: '', displayName: '', principalName: '', email: '', connectedOrganization: '' },
            requestor: { objectId: '', displayName: '', principalName: '', email: '', connectedOrganization: '' },
            answers: [],
        })
        expect(description(sparse, DEADLINE, '')).toBe(
            [
                'Entitlement management asks IT to provision this access manually.',
                '',
                'Target user: (unknown user)',
                'Stage: assignmentRequestApproved',
                'Request ID: 3a8d3c6e-2b0f-4f5e-9d61-2f7f4c1b9a01',
                '',
                'Entitlement management waits until ' + DEADLINE + '. Close this ticket before then:',
                'Closed Complete continues the request; Closed Incomplete tells entitlement management it was not done.',
                MY_ACCESS_LINE,
            ].join('\n')
        )
    })

    it('has no answers section when there are no answers, and no routing line when none is given', () => {
        const text = description(callout({ answers: [], omittedAnswers: 0 }), '')
        expect(text).not.toContain('Answers:')
        expect(lines(text).slice(-4)).toEqual([
            'Request ID: 3a8d3c6e-2b0f-4f5e-9d61-2f7f4c1b9a01',
            '',
            NO_WAIT_LINE,
            MY_ACCESS_LINE,
        ])
    })

    it('puts the routing line in its own paragraph before the answers', () => {
        const text = description(
            callout(),
            DEADLINE,
            'Routed by routing rule with order 1 (matches every callout) to SAP Basis.'
        )
        expect(lines(text).slice(15, 21)).toEqual([
            'Request ID: 3a8d3c6e-2b0f-4f5e-9d61-2f7f4c1b9a01',
            '',
            'Routed by routing rule with order 1 (matches every callout) to SAP Basis.',
            '',
            'Answers:',
            '- Which cost centre?: Cost centre 4711',
        ])
    })

    it('names an unnamed question, keeps a multi-line answer under it, and counts answers not shown', () => {
        const text = description(
            callout({
                answers: [
                    { question: '', answer: 'first\nsecond' },
                    { question: 'Why?', answer: 'Quarter close' },
                ],
                omittedAnswers: 3,
            }),
            ''
        )
        expect(lines(text).slice(16)).toEqual([
            '',
            'Answers:',
            '- (question): first',
            '  second',
            '- Why?: Quarter close',
            '- (3 more answers not shown)',
            '',
            NO_WAIT_LINE,
            MY_ACCESS_LINE,
        ])
    })

    it('says nothing of answers not shown when all were shown', () => {
        expect(description(callout({ omittedAnswers: 0 }), '')).not.toContain('more answers not shown')
    })

    it('promises a wait only when entitlement management waits and the deadline is known', () => {
        const waits = callout({ waitsForCallback: true })
        const fireAndForget = callout({ stage: 'assignmentOneDayBeforeExpiration', waitsForCallback: false })
        expect(lines(description(waits, '')).slice(-2)).toEqual([NO_WAIT_LINE, MY_ACCESS_LINE])
        expect(lines(description(fireAndForget, DEADLINE)).slice(-2)).toEqual([NO_WAIT_LINE, MY_ACCESS_LINE])
        expect(description(fireAndForget, DEADLINE)).not.toContain('waits until')
    })
})
