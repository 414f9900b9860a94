import { isBoundTicket, wrongTicketNote } from '../../src/server/core/binding.ts'

const row = { ticketTable: 'sc_request', ticketSysId: 'a'.repeat(32) }

describe('ticket binding', () => {
    it('binds only the ticket the ledger row points to', () => {
        expect(isBoundTicket(row, { table: 'sc_request', sysId: 'a'.repeat(32) })).toBe(true)
        expect(isBoundTicket(row, { table: 'sc_request', sysId: 'b'.repeat(32) })).toBe(false)
        expect(isBoundTicket(row, { table: 'incident', sysId: 'a'.repeat(32) })).toBe(false)
        expect(isBoundTicket({ ticketTable: '', ticketSysId: '' }, { table: 'sc_request', sysId: '' })).toBe(false)
    })

    it('reads a row without a ticket table as an sc_request, and honours any other table it names', () => {
        const sysId = 'a'.repeat(32)
        expect(isBoundTicket({ ticketTable: '', ticketSysId: sysId }, { table: 'sc_request', sysId })).toBe(true)
        expect(isBoundTicket({ ticketTable: '', ticketSysId: sysId }, { table: 'incident', sysId })).toBe(false)
        expect(isBoundTicket({ ticketTable: 'incident', ticketSysId: sysId }, { table: 'incident', sysId })).toBe(true)
    })

    it('tells the agent in full why closing this ticket did nothing', () => {
        expect(wrongTicketNote(' REQ0010001\n')).toBe(
            'This ticket is not the one entitlement management waits for (that is REQ0010001). Closing it resumed' +
                ' nothing; its access request identifiers were copied or edited.'
        )
        expect(wrongTicketNote('')).toBe(
            'This ticket is not the one entitlement management waits for. Closing it resumed nothing; its access' +
                ' request identifiers were copied or edited.'
        )
    })

    it('names the bound ticket in the note', () => {
        expect(wrongTicketNote('REQ0010001')).toContain('(that is REQ0010001)')
        expect(wrongTicketNote('')).not.toContain('that is')
    })
})
