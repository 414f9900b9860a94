// Tickets (sc_request by default): work notes, creation, user lookup.

import { GlideRecord } from '@servicenow/glide'
import { isSysId } from '../core/identifiers.ts'
import { oneLine, truncate } from '../core/text.ts'

export const TICKET_TABLE = 'sc_request'
const ALLOWED_TICKET_TABLES = ['sc_request']
const NOTE_PREFIX = 'ELM Ticket Bridge: '

export function addWorkNote(table: string, sysId: string, note: string): boolean {
    if (ALLOWED_TICKET_TABLES.indexOf(table) < 0 || !isSysId(sysId)) return false
    const ticket = new GlideRecord(table)
    if (!ticket.get(sysId)) return false
    // setValue() is not supported for journal fields; assignment is (c_JournalFields.md). The glide types declare
    // every field a GlideElement, so the assignment goes through a narrower view of the same record.
    const journal: { work_notes: string } = ticket as unknown as { work_notes: string }
    journal.work_notes = NOTE_PREFIX + note
    return !!ticket.update()
}

export function ticketValue(table: string, sysId: string, field: string): string {
    if (ALLOWED_TICKET_TABLES.indexOf(table) < 0 || !isSysId(sysId)) return ''
    const ticket = new GlideRecord(table)
    if (!ticket.get(sysId)) return ''
    const found = ticket.getValue(field)
    return found === null || found === undefined ? '' : String(found)
}

/** A user whose user name or email matches; only plain address-like values are looked up. */
export function findUserSysId(candidates: string[]): string {
    for (const candidate of candidates) {
        const wanted = truncate(oneLine(candidate), 100)
        if (!/^[^\s^=@]+@[^\s^=@]+$/.test(wanted)) continue
        for (const field of ['user_name', 'email']) {
            const user = new GlideRecord('sys_user')
            user.addQuery(field, wanted)
            user.addQuery('active', true)
            user.setLimit(1)
            user.query()
            if (user.next()) return user.getUniqueValue()
        }
    }
    return ''
}

export function findGroupSysId(nameOrSysId: string): string {
    const wanted = truncate(oneLine(nameOrSysId), 100)
    if (!wanted) return ''
    const group = new GlideRecord('sys_user_group')
    if (isSysId(wanted) && group.get(wanted)) return wanted
    const byName = new GlideRecord('sys_user_group')
    byName.addQuery('name', wanted)
    byName.setLimit(1)
    byName.query()
    return byName.next() ? byName.getUniqueValue() : ''
}

/** The close fields of the given tickets by sys_id; a sys_id missing from the answer found no ticket. */
export function ticketStates(
    table: string,
    sysIds: string[]
): { [sysId: string]: { state: string; requestState: string } } {
    const found: { [sysId: string]: { state: string; requestState: string } } = {}
    const wanted = sysIds.filter((sysId) => isSysId(sysId))
    if (ALLOWED_TICKET_TABLES.indexOf(table) < 0 || wanted.length === 0) return found
    const ticket = new GlideRecord(table)
    ticket.addQuery('sys_id', 'IN', wanted.join(','))
    ticket.query()
    while (ticket.next()) {
        const state = ticket.getValue('state')
        const requestState = ticket.getValue('request_state')
        found[ticket.getUniqueValue()] = {
            state: state === null || state === undefined ? '' : String(state),
            requestState: requestState === null || requestState === undefined ? '' : String(requestState),
        }
    }
    return found
}

export function ticketExists(table: string, sysId: string): boolean {
    if (ALLOWED_TICKET_TABLES.indexOf(table) < 0 || !isSysId(sysId)) return false
    return new GlideRecord(table).get(sysId)
}

/** One save: the field values (a close) and the work note, with business rules on, as an agent's close runs them. */
export function updateTicketWithNote(
    table: string,
    sysId: string,
    fields: { [field: string]: string },
    note: string
): boolean {
    if (ALLOWED_TICKET_TABLES.indexOf(table) < 0 || !isSysId(sysId)) return false
    const ticket = new GlideRecord(table)
    if (!ticket.get(sysId)) return false
    for (const field of Object.keys(fields)) ticket.setValue(field, fields[field])
    const journal: { work_notes: string } = ticket as unknown as { work_notes: string }
    journal.work_notes = NOTE_PREFIX + note
    return !!ticket.update()
}
