import { guardJson } from '../../src/server/core/json-guard.ts'

describe('JSON guard keys', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('refuses the prototype key %s, naming it', (key) => {
        expect(guardJson('{"' + key + '":1}')).toEqual({
            ok: false,
            message: 'Forbidden key',
            detail: 'The key "' + key + '" is not allowed',
        })
    })

    it('refuses a key that appears twice in one object, naming it', () => {
        expect(guardJson('{"a":1,"a":2}')).toEqual({
            ok: false,
            message: 'Duplicate key',
            detail: 'The key "a" appears twice in one object',
        })
    })

    it('names at most 80 characters of a long duplicate key', () => {
        const key = 'k'.repeat(100)
        expect(guardJson('{"' + key + '":1,"' + key + '":2}')).toMatchObject({
            detail: 'The key "' + 'k'.repeat(80) + '" appears twice in one object',
        })
    })

    it('reads escaped quotes inside a key as part of the key', () => {
        expect(guardJson('{"a\\"":1,"a\\"":2}')).toMatchObject({ ok: false, message: 'Duplicate key' })
        expect(guardJson('{"a\\"":1,"a":2}')).toEqual({ ok: true })
    })

    it('treats repeated strings in an array as values, not keys', () => {
        expect(guardJson('["a","b","b"]')).toEqual({ ok: true })
        expect(guardJson('{"x":["a","b","b"]}')).toEqual({ ok: true })
    })
})

describe('JSON guard on text that is not a JSON object', () => {
    it('passes a plain string or number', () => {
        expect(guardJson('"just text"')).toEqual({ ok: true })
        expect(guardJson('42')).toEqual({ ok: true })
    })

    it('leaves malformed text to JSON.parse: a stray comma or an unterminated string', () => {
        expect(guardJson('1,2')).toEqual({ ok: true })
        expect(guardJson('["abc')).toEqual({ ok: true })
        expect(guardJson('{"abc')).toEqual({ ok: true })
        expect(guardJson('{"a":{}"a":1}')).toEqual({ ok: true })
    })
})
