// ISO 8601 durations (xsd:duration, as Graph's Edm.Duration) to milliseconds.

const DURATION_PATTERN =
    /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
// Years and months have no fixed length; entitlement management never sends them (its limit is 14 days),
// so the nominal lengths below only keep an unusual but valid value from being rejected.
const UNIT_MS = [365 * DAY, 30 * DAY, 7 * DAY, DAY, HOUR, MINUTE, SECOND]

/** Returns the duration in milliseconds, or null when the text is not a positive ISO 8601 duration. */
export function parseIsoDuration(text: unknown): number | null {
    if (typeof text !== 'string') return null
    const value = text.trim().toUpperCase()
    if (value.length > 64) return null
    const match = DURATION_PATTERN.exec(value)
    if (!match || value === 'P' || value.endsWith('T')) return null
    let total = 0
    for (let i = 0; i < UNIT_MS.length; i++) {
        const part = match[i + 1]
        if (part !== undefined) total += parseFloat(part.replace(',', '.')) * UNIT_MS[i]
    }
    if (!isFinite(total) || total <= 0) return null
    return Math.round(total)
}
