// Descriptive text from a callout is shown to agents: keep it inert and within column sizes.

// Control characters except tab and newline; also lone carriage returns, DEL and the C1 range.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g

/** Turns any value into plain single-purpose text: strings kept, numbers/booleans printed, the rest dropped. */
export function plainText(value: unknown): string {
    if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, ' ')
    if (typeof value === 'number' && isFinite(value)) return String(value)
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    return ''
}

/** One-line text: newlines and tabs become spaces, whitespace runs collapse. */
export function oneLine(value: unknown): string {
    return plainText(value).replace(/\s+/g, ' ').trim()
}

/** Cuts text to a column size, marking the cut with an ellipsis so an agent can tell. */
export function truncate(text: string, maxLength: number): string {
    if (text.length <= maxLength) return text
    if (maxLength <= 1) return text.slice(0, maxLength)
    // Never cut between the two halves of a surrogate pair: a lone half is not text.
    let end = maxLength - 1
    const last = text.charCodeAt(end - 1)
    if (last >= 0xd800 && last <= 0xdbff) end--
    return text.slice(0, end) + '\u2026'
}
