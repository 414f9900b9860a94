// One attempt's context for the delivery tests: attempt 1 of 12, 30 s base, no deadline, no jitter, at a fixed NOW.
import { AttemptContext } from '../../src/server/core/delivery.ts'

export const NOW = Date.UTC(2026, 10, 27, 12, 0, 0)

export const context = (overrides: Partial<AttemptContext> = {}): AttemptContext => ({
    attempt: 1,
    maxAttempts: 12,
    retryBaseSeconds: 30,
    nowMs: NOW,
    deadlineMs: null,
    jitter: 0,
    ...overrides,
})
