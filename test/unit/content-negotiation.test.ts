// The sandbox's reading of c_SpecifyContentType.md: which formats a scripted REST resource supports.
import {
    PLATFORM_DEFAULT_FORMATS,
    acceptable,
    acceptsContentType,
    supportedFormats,
} from '../../scripts/sandbox/content-negotiation.ts'

const api = { consumes: 'application/json', produces: 'application/json' }

describe('supported formats', () => {
    it("a resource that does not override keeps the API's defaults", () => {
        const operation = { consumes: 'text/plain', consumes_customized: 'false', produces_customized: 'false' }
        expect(supportedFormats('POST', operation, api)).toEqual({
            request: ['application/json'],
            response: ['application/json'],
        })
    })

    it('a resource that overrides uses its own formats', () => {
        const operation = {
            consumes: 'text/plain, application/json',
            consumes_customized: 'true',
            produces: 'text/csv',
            produces_customized: 'true',
        }
        expect(supportedFormats('PUT', operation, api)).toEqual({
            request: ['text/plain', 'application/json'],
            response: ['text/csv'],
        })
    })

    it('GET and DELETE have no request formats; an API without its own takes the platform defaults', () => {
        expect(supportedFormats('GET', {}, null)).toEqual({
            request: null,
            response: PLATFORM_DEFAULT_FORMATS.split(','),
        })
        expect(acceptsContentType(supportedFormats('DELETE', {}, api), 'text/plain')).toBe(true)
    })

    it('matches wildcards: * any run, % one character; parameters are ignored', () => {
        const formats = { request: ['application/*json', 'te%t/plain'], response: ['application/json'] }
        expect(acceptsContentType(formats, 'application/vnd.x+json; charset=utf-8')).toBe(true)
        expect(acceptsContentType(formats, 'text/plain')).toBe(true)
        expect(acceptsContentType(formats, 'teest/plain')).toBe(false)
        expect(acceptsContentType(formats, 'application/xml')).toBe(false)
        expect(acceptsContentType(formats, undefined)).toBe(false)
    })

    it('reads Accept as media ranges with q values', () => {
        const formats = { request: null, response: ['application/json'] }
        expect(acceptable(formats, undefined)).toBe(true)
        expect(acceptable(formats, '*/*')).toBe(true)
        expect(acceptable(formats, 'application/*')).toBe(true)
        expect(acceptable(formats, 'text/*')).toBe(false)
        expect(acceptable(formats, 'APPLICATION/JSON')).toBe(true)
        expect(acceptable(formats, 'application/json;q=0')).toBe(false)
        expect(acceptable(formats, 'application/json;q=0.1, text/plain')).toBe(true)
    })
})
