import { isBoundTicket, wrongTicketNote } from '../../src/server/core/binding.ts'

const row = { ticketTable: 'sc_request', ticketSysId: 'a'.repeat(32) }

describe('ticket binding', () => {
    it('binds only the ticket the ledger row points to', () => {
        expect(isBoundTicket(row, { table: 'sc_request', sysId: 'a'.repeat(32) })).toBe(true)
        expect(isBoundTicket(row, { table: 'sc_request', sysId: 'b'.repeat(32) })).toBe(false)
        expect(isBoundTicket(row, { table: 'incident', sysId: 'a'.repeat(32) })).toBe(false)
        expect(isBoundTicket({ ticketTable: '', ticketSysId: '' }, { table: 'sc_request', sysId: '' })).toBe(false)
    })

    it('names the bound ticket in the note', () => {
        expect(wrongTicketNote('REQ0010001')).toContain('(that is REQ0010001)')
        expect(wrongTicketNote('')).not.toContain('that is')
    })
})
