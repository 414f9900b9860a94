// Which ticket a callout belongs to. The identifiers on a ticket can be copied ("Insert and Stay") or edited, so
// they only find the ledger row; the row's own `ticket` decides whether a close counts.

import { oneLine } from './text.ts'

export interface TicketRef {
    table: string
    sysId: string
}

export interface BoundTicket {
    ticketTable: string
    ticketSysId: string
}

/** True only for the ticket the ledger row points to; a row without a ticket yet belongs to no ticket. */
export function isBoundTicket(row: BoundTicket, ticket: TicketRef): boolean {
    // Stryker disable next-line LogicalOperator: with one sys_id empty the equality below is false anyway
    if (!row.ticketSysId || !ticket.sysId) return false
    return row.ticketSysId === ticket.sysId && (row.ticketTable || 'sc_request') === ticket.table
}

/** The work note on a closed ticket that is not the one entitlement management waits for. */
export function wrongTicketNote(boundNumber: string): string {
    const bound = oneLine(boundNumber)
    return (
        'This ticket is not the one entitlement management waits for' +
        (bound ? ' (that is ' + bound + ')' : '') +
        '. Closing it resumed nothing; its access request identifiers were copied or edited.'
    )
}
