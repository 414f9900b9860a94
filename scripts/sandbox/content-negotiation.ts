// What the platform checks before a scripted REST resource's script runs: Content-Type against the supported
// request formats, Accept against the supported response formats (c_SpecifyContentType.md: "If a requesting
// user specifies an Accept or Content-Type header not supported by the API or resource, the instance responds
// with an HTTP error code of 406 or 415").
import type { Values } from './store.ts'

// c_SpecifyContentType.md / scripted-rest-api-api-now-ts.md: "Default: application/json,application/xml,text/xml".
export const PLATFORM_DEFAULT_FORMATS = 'application/json,application/xml,text/xml'

// c_SpecifyContentType.md: "The Supported request formats field appears only for PUT, POST, and PATCH resources."
const BODY_METHODS = ['PUT', 'POST', 'PATCH']

export interface Formats {
    /** Null when the method takes no request format (GET, DELETE). */
    request: string[] | null
    response: string[]
}

function list(value: string | undefined): string[] {
    return String(value || '')
        .split(',')
        .map((type) => type.trim().toLowerCase())
        .filter((type) => type)
}

/**
 * The API's default formats, or the resource's own where it overrides them (the `*_customized` flags the SDK
 * writes into sys_ws_operation), as the Scripted REST Service form works.
 */
export function supportedFormats(method: string, operation: Values, definition: Values | null): Formats {
    const apiRequest = list(definition?.consumes)
    const apiResponse = list(definition?.produces)
    const request =
        operation.consumes_customized === 'true'
            ? list(operation.consumes)
            : apiRequest.length
              ? apiRequest
              : list(PLATFORM_DEFAULT_FORMATS)
    const response =
        operation.produces_customized === 'true'
            ? list(operation.produces)
            : apiResponse.length
              ? apiResponse
              : list(PLATFORM_DEFAULT_FORMATS)
    return { request: BODY_METHODS.indexOf(method.toUpperCase()) >= 0 ? request : null, response }
}

/** A supported-format pattern: `*` is any run of characters, `%` any one character (c_SpecifyContentType.md). */
function matches(pattern: string, type: string): boolean {
    const regex = new RegExp(
        '^' +
            pattern
                .split('')
                .map((c) => (c === '*' ? '.*' : c === '%' ? '.' : c.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')))
                .join('') +
            '$'
    )
    return regex.test(type)
}

/** The media type of a header value without its parameters (`application/json; charset=utf-8` → `application/json`). */
export function mediaType(header: string): string {
    return header.split(';')[0].trim().toLowerCase()
}

/**
 * True when the request's Content-Type is a supported request format. The docs are silent on parameters and on
 * a missing header: parameters (charset) are not part of the format name and are ignored; a missing Content-Type
 * on a PUT/POST/PATCH is refused (the stricter reading: nothing says the platform guesses a format).
 */
export function acceptsContentType(formats: Formats, contentType: string | undefined): boolean {
    if (!formats.request) return true
    const type = mediaType(contentType || '')
    if (!type) return false
    return formats.request.some((pattern) => matches(pattern, type))
}

/**
 * True when one of the media ranges in Accept (RFC 9110: `*\/*`, `type/*`, or a type; q=0 means "not this")
 * names a supported response format. No Accept header means anything is acceptable.
 */
export function acceptable(formats: Formats, accept: string | undefined): boolean {
    if (accept === undefined || accept.trim() === '') return true
    for (const part of accept.split(',')) {
        const [range, ...params] = part.split(';').map((p) => p.trim().toLowerCase())
        if (!range) continue
        const q = params.find((p) => /^q\s*=/.test(p))
        if (q && Number(q.replace(/^q\s*=\s*/, '')) === 0) continue
        if (range === '*/*') return formats.response.length > 0
        const [wantedType, wantedSub] = range.split('/')
        for (const pattern of formats.response) {
            if (wantedSub === '*' ? pattern.split('/')[0] === wantedType || pattern === '*/*' : matches(pattern, range))
                return true
        }
    }
    return false
}
