// The ticket an agent works from: short description and description, built from a normalised callout.

import { Callout, Principal } from './callout.ts'
import { isRemovalStage } from './stages.ts'
import { truncate } from './text.ts'

export const SHORT_DESCRIPTION_LENGTH = 160
export const DESCRIPTION_LENGTH = 4000
export const MY_ACCESS_URL = 'https://myaccess.microsoft.com/#/request-history'

function who(person: Principal): string {
    return person.displayName || person.principalName || person.email || person.objectId || '(unknown user)'
}

export function shortDescription(callout: Callout): string {
    const packageName = callout.accessPackage.displayName || '(unnamed access package)'
    let verb = 'Provision access'
    if (isRemovalStage(callout.stage)) verb = 'Remove access'
    else if (!callout.waitsForCallback && callout.stage.indexOf('BeforeExpiration') > 0) verb = 'Access expiring'
    return truncate(verb + ': ' + packageName + ' for ' + who(callout.target), SHORT_DESCRIPTION_LENGTH)
}

function line(label: string, text: string): string {
    return text ? label + ': ' + text : ''
}

export function description(callout: Callout, deadlineText: string): string {
    const target = callout.target
    const requestor = callout.requestor
    const parts: string[] = [
        isRemovalStage(callout.stage)
            ? 'Entitlement management asks IT to remove this access manually.'
            : 'Entitlement management asks IT to provision this access manually.',
        '',
        line('Target user', who(target)),
        line('User principal name', target.principalName),
        line('Email', target.email),
        line('Object ID', target.objectId),
        line('Connected organization', target.connectedOrganization),
        line('Requestor', requestor.displayName || requestor.email || requestor.objectId),
        line('Requestor email', requestor.email),
        line('Catalog', callout.catalog.displayName),
        line('Access package', callout.accessPackage.displayName),
        line('Access package description', callout.accessPackage.description),
        line('Policy', callout.policy.displayName),
        line('Request type', callout.requestType),
        line('Stage', callout.stage),
        line('Request ID', callout.requestId),
    ]
    if (callout.answers.length > 0) {
        parts.push('', 'Answers:')
        for (const answer of callout.answers)
            parts.push('- ' + (answer.question || '(question)') + ': ' + answer.answer)
        if (callout.omittedAnswers > 0) parts.push('- (' + callout.omittedAnswers + ' more answers not shown)')
    }
    parts.push('')
    if (callout.waitsForCallback && deadlineText) {
        parts.push('Entitlement management waits until ' + deadlineText + '. Close this ticket before then:')
        parts.push(
            'Closed Complete continues the request; Closed Incomplete tells entitlement management it was not done.'
        )
    } else {
        parts.push('Entitlement management does not wait for this ticket; closing it sends nothing back.')
    }
    parts.push('The requestor can follow the request in My Access: ' + MY_ACCESS_URL)
    return truncate(
        parts.filter((part, index) => part !== '' || (index > 0 && parts[index - 1] !== '')).join('\n'),
        DESCRIPTION_LENGTH
    )
}
