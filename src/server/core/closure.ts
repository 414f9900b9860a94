// Ticket close → what entitlement management is told.

import { Stage } from './stages.ts'
import { ResumeState } from './resume.ts'
import { oneLine, truncate } from './text.ts'

export type Closure = 'complete' | 'incomplete'

const COMPLETE_REQUEST_STATES = ['closed_complete']
const INCOMPLETE_REQUEST_STATES = ['closed_incomplete', 'closed_cancelled', 'closed_rejected', 'closed_skipped']

export interface TicketStates {
    state: string
    requestState: string
}

export interface ClosureSettings {
    closedCompleteStates: string[]
    closedIncompleteStates: string[]
}

/** `state` is the task-level field every ticket has; `request_state` is how agents often close an sc_request. */
export function closureOf(ticket: TicketStates, settings: ClosureSettings): Closure | null {
    const state = (ticket.state || '').trim()
    if (settings.closedCompleteStates.indexOf(state) >= 0) return 'complete'
    if (settings.closedIncompleteStates.indexOf(state) >= 0) return 'incomplete'
    // Stryker disable next-line StringLiteral: neither request state list holds '' or any other fallback text
    const requestState = (ticket.requestState || '').trim()
    if (COMPLETE_REQUEST_STATES.indexOf(requestState) >= 0) return 'complete'
    if (INCOMPLETE_REQUEST_STATES.indexOf(requestState) >= 0) return 'incomplete'
    return null
}

/** A ticket closed incomplete denies the request only where entitlement management allows it (a property). */
export function resumeStateFor(closure: Closure, stage: Stage, denyStages: Stage[]): ResumeState | undefined {
    if (closure === 'incomplete' && denyStages.indexOf(stage) >= 0) return 'denied'
    return undefined
}

/** The free text entitlement management shows in its audit trail. */
export function stageInstanceDetail(closure: Closure, ticketNumber: string, closeNotes: string): string {
    const verb = closure === 'complete' ? 'completed' : 'closed incomplete'
    const notes = truncate(oneLine(closeNotes), 400)
    return 'ServiceNow ticket ' + oneLine(ticketNumber) + ' ' + verb + (notes ? ': ' + notes : '')
}
