// Ledger row statuses (contract) and the closing decision for a row.

import { Closure } from './closure.ts'
import { isPastDeadline } from './delivery.ts'

export const STATUS = {
    open: 'open',
    pending: 'pending',
    sending: 'sending',
    resumed: 'resumed',
    failed: 'failed',
    expired: 'expired',
    noCallback: 'no_callback',
    endedUpstream: 'ended_upstream',
} as const

export type ClosingStep = { kind: 'ignore' } | { kind: 'expire' } | { kind: 'resume'; closure: Closure }

/** What a ticket close does to its ledger row. Only an `open` row reacts: that is the "once". */
export function closingStep(
    rowStatus: string,
    closure: Closure | null,
    deadlineMs: number | null,
    nowMs: number
): ClosingStep {
    if (closure === null || rowStatus !== STATUS.open) return { kind: 'ignore' }
    if (isPastDeadline(deadlineMs, nowMs)) return { kind: 'expire' }
    return { kind: 'resume', closure }
}
