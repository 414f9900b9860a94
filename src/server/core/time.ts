// GlideDateTime stores UTC as "yyyy-MM-dd HH:mm:ss"; the core works in epoch milliseconds.

function pad(value: number): string {
    return value < 10 ? '0' + value : String(value)
}

export function toGlideUtc(ms: number): string {
    const date = new Date(ms)
    return (
        date.getUTCFullYear() +
        '-' +
        pad(date.getUTCMonth() + 1) +
        '-' +
        pad(date.getUTCDate()) +
        ' ' +
        pad(date.getUTCHours()) +
        ':' +
        pad(date.getUTCMinutes()) +
        ':' +
        pad(date.getUTCSeconds())
    )
}

export function fromGlideUtc(value: string | null | undefined): number | null {
    // Stryker disable next-line StringLiteral: any fallback text that is not a date gives null, as '' does
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec((value || '').trim())
    if (!match) return null
    return Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6])
}
