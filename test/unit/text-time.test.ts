// Text made inert for agents, GlideDateTime text and ISO durations, case by case at their edges.
import { oneLine, plainText, truncate } from '../../src/server/core/text.ts'
import { fromGlideUtc, toGlideUtc } from '../../src/server/core/time.ts'
import { parseIsoDuration } from '../../src/server/core/duration.ts'

describe('plainText', () => {
    it('turns CRLF and lone CR into LF, keeps tab and LF', () => {
        expect(plainText('a\r\nb\rc\nd\te')).toBe('a\nb\nc\nd\te')
    })

    it.each([0x00, 0x08, 0x0b, 0x0c, 0x1f, 0x7f, 0x80, 0x9f, 0x2028, 0x2029])(
        'blanks control character U+%s',
        (code) => {
            expect(plainText('a' + String.fromCharCode(code) + 'b')).toBe('a b')
        }
    )

    it('keeps the printable neighbours of the control ranges', () => {
        const kept = [0x20, 0x7e, 0xa0, 0x2027, 0x202a].map((code) => String.fromCharCode(code)).join('')
        expect(plainText(kept)).toBe(kept)
    })

    it('prints finite numbers and booleans, drops everything else', () => {
        expect(plainText(42)).toBe('42')
        expect(plainText(-1.5)).toBe('-1.5')
        expect(plainText(true)).toBe('true')
        expect(plainText(false)).toBe('false')
        for (const value of [NaN, Infinity, -Infinity, null, undefined, {}, ['x'], () => 'x']) {
            expect(plainText(value)).toBe('')
        }
    })

    it('oneLine collapses every whitespace run to one space and trims', () => {
        expect(oneLine('  a \r\n\t b\u2028c  ')).toBe('a b c')
        expect(oneLine(7)).toBe('7')
        expect(oneLine(null)).toBe('')
    })
})

describe('truncate', () => {
    it('keeps text of exactly the size, cuts one more to size with an ellipsis', () => {
        expect(truncate('abcd', 4)).toBe('abcd')
        expect(truncate('abcde', 4)).toBe('abc\u2026')
        expect(truncate('abcde', 4).length).toBe(4)
    })

    it('sizes 1 and 0 have no room for the ellipsis', () => {
        expect(truncate('abc', 1)).toBe('a')
        expect(truncate('abc', 0)).toBe('')
        expect(truncate('abc', 2)).toBe('a\u2026')
    })

    it('never leaves half a surrogate pair before the ellipsis', () => {
        // 'ab' + U+1F600 + 'cd': a cut at 3 would keep the high half only.
        expect(truncate('ab\ud83d\ude00cd', 4)).toBe('ab\u2026')
        // The pair fits whole: the low half ends the kept text, nothing more to drop.
        expect(truncate('a\ud83d\ude00bcd', 4)).toBe('a\ud83d\ude00\u2026')
    })

    it.each([
        ['first', 0xd800],
        ['last', 0xdbff],
    ])('the %s high surrogate counts as half a pair', (_, high) => {
        const text = 'ab' + String.fromCharCode(high, 0xdc00) + 'cd'
        expect(truncate(text, 4)).toBe('ab\u2026')
    })

    it('characters next to the high-surrogate range are whole characters', () => {
        expect(truncate('ab\ud7ffcd', 4)).toBe('ab\ud7ff\u2026')
        expect(truncate('ab\udc00cd', 4)).toBe('ab\udc00\u2026')
    })
})

describe('GlideDateTime text', () => {
    it('pads single digits and keeps two-digit values as they are', () => {
        expect(toGlideUtc(Date.UTC(2026, 0, 9, 9, 9, 9))).toBe('2026-01-09 09:09:09')
        expect(toGlideUtc(Date.UTC(2026, 9, 10, 10, 10, 10))).toBe('2026-10-10 10:10:10')
        expect(toGlideUtc(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe('2026-12-31 23:59:59')
    })

    it('reads each field into its place (months count from 1)', () => {
        expect(fromGlideUtc('2026-01-02 03:04:05')).toBe(Date.UTC(2026, 0, 2, 3, 4, 5))
        expect(fromGlideUtc(' 2026-12-31 23:59:59 ')).toBe(Date.UTC(2026, 11, 31, 23, 59, 59))
    })

    it.each(['x2026-11-27 18:05:09', '2026-11-27 18:05:09x', '2026-11-27 18:05', '26-11-27 18:05:09', null, undefined])(
        'refuses %p',
        (value) => {
            expect(fromGlideUtc(value)).toBeNull()
        }
    )
})

describe('ISO 8601 duration edges', () => {
    it('reads every unit in its own place', () => {
        expect(parseIsoDuration('P1Y1M1W1DT1H1M1S')).toBe(
            (365 + 30 + 7 + 1) * 86400 * 1000 + 3600 * 1000 + 60 * 1000 + 1000
        )
        expect(parseIsoDuration('PT1M')).toBe(60 * 1000)
        expect(parseIsoDuration('PT1,5H')).toBe(1.5 * 3600 * 1000)
    })

    it('accepts exactly 64 characters and refuses 65', () => {
        const of = (length: number): string => 'PT' + '0'.repeat(length - 4) + '1S'
        expect(of(64).length).toBe(64)
        expect(parseIsoDuration(of(64))).toBe(1000)
        expect(parseIsoDuration(of(65))).toBeNull()
    })

    it('rounds to whole milliseconds', () => {
        expect(parseIsoDuration('PT0.0015S')).toBe(2)
        expect(parseIsoDuration('PT0.0014S')).toBe(1)
    })
})
