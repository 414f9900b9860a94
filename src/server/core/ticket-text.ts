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

/** `prefix` comes from the routing rule that routed the ticket (already one line); empty adds nothing. */
export function shortDescription(callout: Callout, prefix = ''): string {
    const packageName = callout.accessPackage.displayName || '(unnamed access package)'
    let verb = 'Provision access'
    // Stryker disable EqualityOperator: no stage name starts with 'BeforeExpiration', so > 0 and >= 0 agree
    if (isRemovalStage(callout.stage)) verb = 'Remove access'
    else if (!callout.waitsForCallback && callout.stage.indexOf('BeforeExpiration') > 0) verb = 'Access expiring'
    // Stryker restore EqualityOperator
    const text = verb + ': ' + packageName + ' for ' + who(callout.target)
    return truncate(prefix ? prefix + ' ' + text : text, SHORT_DESCRIPTION_LENGTH)
}

function line(label: string, text: string): string {
    return text ? label + ': ' + text : ''
}

/** `routingText` names the routing rule that chose the group, so a dispatcher sees why the ticket landed there. */
export function description(callout: Callout, deadlineText: string, routingText = ''): string {
    const target = callout.target
    const requestor = callout.requestor
    const fields = [
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
    const parts: string[] = [
        isRemovalStage(callout.stage)
            ? 'Entitlement management asks IT to remove this access manually.'
            : 'Entitlement management asks IT to provision this access manually.',
        '',
        // A field the callout did not carry is left out, not shown as a blank line inside the block.
        ...fields.filter((field) => field !== ''),
    ]
    if (routingText) parts.push('', routingText)
    if (callout.answers.length > 0) {
        parts.push('', 'Answers:')
        for (const answer of callout.answers)
            // A multi-line text answer stays under its question.
            parts.push('- ' + (answer.question || '(question)') + ': ' + answer.answer.replace(/\n/g, '\n  '))
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
        // Stryker disable next-line ArithmeticOperator: parts start and end non-blank: one blank per run either way
        parts.filter((part, index) => part !== '' || (index > 0 && parts[index - 1] !== '')).join('\n'),
        DESCRIPTION_LENGTH
    )
}
