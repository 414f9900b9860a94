// Which closure a ticket's state fields mean, as the text arrives from the instance.
import { closureOf } from '../../src/server/core/closure.ts'

const settings = { closedCompleteStates: ['3'], closedIncompleteStates: ['4', '7'] }

describe('closure from the request state', () => {
    it('reads the request state without its surrounding whitespace', () => {
        expect(closureOf({ state: '', requestState: ' closed_complete\n' }, settings)).toBe('complete')
        expect(closureOf({ state: '', requestState: '\tclosed_cancelled ' }, settings)).toBe('incomplete')
    })

    it('reads a missing state or request state as open', () => {
        const missing = { state: null, requestState: undefined } as unknown as { state: string; requestState: string }
        expect(closureOf(missing, settings)).toBeNull()
    })
})
