// Structural limits checked on the raw JSON text before it is parsed: JSON.parse silently keeps the last of
// two duplicate keys and accepts any depth or length, which a hostile caller could use.

export const MAX_DEPTH = 32
export const MAX_ITEMS = 1000
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype']

export type GuardResult = { ok: true } | { ok: false; message: string; detail: string }

function refuse(message: string, detail: string): GuardResult {
    return { ok: false, message, detail }
}

/** Reads a JSON string token starting at `start` (the opening quote); returns its end index (after the quote). */
function stringEnd(raw: string, start: number): number {
    let i = start + 1
    while (i < raw.length) {
        const ch = raw.charCodeAt(i)
        if (ch === 92) i += 2
        else if (ch === 34) return i + 1
        else i++
    }
    return -1
}

interface Frame {
    kind: 'object' | 'array'
    keys: { [key: string]: boolean }
    /** Commas seen at this level. */
    items: number
}

/** Refuses duplicate or prototype keys, nesting deeper than MAX_DEPTH and containers over MAX_ITEMS entries. */
export function guardJson(raw: string): GuardResult {
    const stack: Frame[] = []
    // Stryker disable next-line BooleanLiteral: every '{' sets expectKey before a key can be read, so the start value is never used
    let expectKey = false
    for (let i = 0; i < raw.length; i++) {
        const ch = raw[i]
        if (ch === '"') {
            const end = stringEnd(raw, i)
            if (end < 0) return { ok: true } // malformed: JSON.parse reports it
            const top = stack[stack.length - 1]
            if (top && top.kind === 'object' && expectKey) {
                let key: string
                try {
                    key = JSON.parse(raw.slice(i, end))
                } catch (_error) {
                    return { ok: true }
                }
                if (FORBIDDEN_KEYS.indexOf(key) >= 0)
                    return refuse('Forbidden key', 'The key "' + key + '" is not allowed')
                if (top.keys['$' + key])
                    return refuse('Duplicate key', 'The key "' + key.slice(0, 80) + '" appears twice in one object')
                top.keys['$' + key] = true
                expectKey = false
            }
            i = end - 1
        } else if (ch === '{' || ch === '[') {
            if (stack.length >= MAX_DEPTH)
                return refuse('Too deeply nested', 'JSON nesting is limited to ' + MAX_DEPTH + ' levels')
            stack.push({ kind: ch === '{' ? 'object' : 'array', keys: {}, items: 0 })
            expectKey = ch === '{'
        } else if (ch === '}' || ch === ']') {
            stack.pop()
            expectKey = false
        } else if (ch === ',') {
            const top = stack[stack.length - 1]
            if (top) {
                // Entries = commas + 1, so the limit trips on the comma that starts entry MAX_ITEMS + 1.
                top.items++
                if (top.kind === 'object') expectKey = true
                if (top.items >= MAX_ITEMS) {
                    return refuse('Too many entries', 'Arrays and objects are limited to ' + MAX_ITEMS + ' entries')
                }
            }
        }
    }
    return { ok: true }
}
