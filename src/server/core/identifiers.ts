// Identifiers are checked here before they reach a URL, an encoded query or a log line.

const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const SYS_ID_PATTERN = /^[0-9a-f]{32}$/

export function isGuid(value: unknown): value is string {
    return typeof value === 'string' && GUID_PATTERN.test(value)
}

export function isSysId(value: unknown): value is string {
    return typeof value === 'string' && SYS_ID_PATTERN.test(value)
}

/** GUIDs compare case-insensitively; store them lower-case so the unique index sees one spelling. */
export function canonicalGuid(value: string): string {
    return value.toLowerCase()
}
