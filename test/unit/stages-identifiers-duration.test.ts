import { canonicalGuid, isGuid, isSysId } from '../../src/server/core/identifiers.ts'
import {
    STAGES,
    canWaitForCallback,
    isConnectionTestStage,
    isRemovalStage,
    parseStage,
    resumeTypeFor,
    stageFromResumeType,
} from '../../src/server/core/stages.ts'
import { parseIsoDuration } from '../../src/server/core/duration.ts'
import { fromGlideUtc, toGlideUtc } from '../../src/server/core/time.ts'

describe('identifiers', () => {
    it.each([
        ['d5fbb0a7-6a2e-4c3b-9f0e-1a2b3c4d5e6f', true],
        ['D5FBB0A7-6A2E-4C3B-9F0E-1A2B3C4D5E6F', true],
        ['d5fbb0a76a2e4c3b9f0e1a2b3c4d5e6f', false],
        ['{d5fbb0a7-6a2e-4c3b-9f0e-1a2b3c4d5e6f}', false],
        ['d5fbb0a7-6a2e-4c3b-9f0e-1a2b3c4d5e6f\n', false],
        ['d5fbb0a7-6a2e-4c3b-9f0e-1a2b3c4d5e6g', false],
        ['../../../etc/passwd', false],
        ['', false],
        [42, false],
        [null, false],
    ])('isGuid(%p) is %p', (value, expected) => {
        expect(isGuid(value)).toBe(expected)
    })

    it('recognises sys_ids and nothing else', () => {
        expect(isSysId('0123456789abcdef0123456789abcdef')).toBe(true)
        expect(isSysId('0123456789ABCDEF0123456789ABCDEF')).toBe(false)
        expect(isSysId('0123456789abcdef0123456789abcde')).toBe(false)
        expect(isSysId('0123456789abcdef0123456789abcdef^ORactive=true')).toBe(false)
    })

    it('canonicalises GUIDs to lower case', () => {
        expect(canonicalGuid('ABCDEF01-2345-4789-8BCD-EF0123456789')).toBe('abcdef01-2345-4789-8bcd-ef0123456789')
    })
})

describe('stages', () => {
    it('knows the six v1.0 stages, case-insensitively', () => {
        for (const stage of STAGES) {
            expect(parseStage(stage)).toBe(stage)
            expect(parseStage(stage.toUpperCase())).toBe(stage)
        }
        expect(parseStage('unknownFutureValue')).toBeNull()
        expect(parseStage('')).toBeNull()
        expect(parseStage(3)).toBeNull()
    })

    it('only the four request stages can wait for a callback', () => {
        expect(STAGES.filter(canWaitForCallback)).toEqual([
            'assignmentRequestCreated',
            'assignmentRequestApproved',
            'assignmentRequestGranted',
            'assignmentRequestRemoved',
        ])
    })

    it('derives the resume type from the stage and back', () => {
        for (const stage of STAGES) {
            expect(resumeTypeFor(stage)).toBe('microsoft.graph.accessPackageCustomExtensionStage.' + stage)
            expect(stageFromResumeType(resumeTypeFor(stage))).toBe(stage)
        }
        expect(stageFromResumeType('microsoft.graph.accessPackageCustomExtensionStage.nope')).toBeNull()
        expect(stageFromResumeType(undefined)).toBeNull()
    })

    it('recognises the connection test and the removal stage', () => {
        expect(isConnectionTestStage('CustomExtensionConnectionTest')).toBe(true)
        expect(isConnectionTestStage('customextensionconnectiontest')).toBe(true)
        expect(isConnectionTestStage('assignmentRequestCreated')).toBe(false)
        expect(isRemovalStage('assignmentRequestRemoved')).toBe(true)
        expect(isRemovalStage('assignmentRequestGranted')).toBe(false)
    })
})

describe('ISO 8601 durations', () => {
    it.each([
        ['PT10M', 10 * 60 * 1000],
        ['PT3H', 3 * 3600 * 1000],
        ['P14D', 14 * 86400 * 1000],
        ['P1DT12H', 36 * 3600 * 1000],
        ['P2W', 14 * 86400 * 1000],
        ['PT0.5S', 500],
        ['PT1,5S', 1500],
        ['pt5m', 5 * 60 * 1000],
        [' PT5M ', 5 * 60 * 1000],
        ['P1M', 30 * 86400 * 1000],
        ['P1Y', 365 * 86400 * 1000],
    ])('%s is %d ms', (text, ms) => {
        expect(parseIsoDuration(text)).toBe(ms)
    })

    it.each([
        '',
        'P',
        'PT',
        'P1DT',
        'PT0S',
        'P0D',
        '-PT5M',
        'PT-5M',
        '10 minutes',
        'PT5',
        'P5H',
        'T5M',
        'PT5M5H',
        600,
        null,
    ])('rejects %p', (text) => {
        expect(parseIsoDuration(text)).toBeNull()
    })

    it('rejects absurdly long input', () => {
        expect(parseIsoDuration('P' + '1'.repeat(100) + 'D')).toBeNull()
    })
})

describe('GlideDateTime text', () => {
    it('round-trips UTC milliseconds at second precision', () => {
        const ms = Date.UTC(2026, 10, 27, 18, 5, 9)
        expect(toGlideUtc(ms)).toBe('2026-11-27 18:05:09')
        expect(fromGlideUtc('2026-11-27 18:05:09')).toBe(ms)
        expect(fromGlideUtc('')).toBeNull()
        expect(fromGlideUtc('2026-11-27T18:05:09Z')).toBeNull()
    })
})

describe('stage names with spaces and odd casing', () => {
    it('reads a stage with surrounding spaces in any casing', () => {
        expect(parseStage('  AssignmentRequestGranted ')).toBe('assignmentRequestGranted')
        expect(isConnectionTestStage(' customExtensionConnectionTest ')).toBe(true)
    })

    it('reads the stage after the last dot, even when the dot comes first', () => {
        expect(stageFromResumeType('.assignmentRequestRemoved')).toBe('assignmentRequestRemoved')
        expect(stageFromResumeType('assignmentRequestRemoved')).toBe('assignmentRequestRemoved')
    })
})

describe('ISO 8601 durations with many digits before and after the decimal sign', () => {
    const HOUR = 3600 * 1000
    const DAY = 24 * HOUR
    it.each([
        ['P10.25Y', 10.25 * 365 * DAY],
        ['P10.25M', 10.25 * 30 * DAY],
        ['P10.25W', 10.25 * 7 * DAY],
        ['P10,25D', 10.25 * DAY],
        ['PT10.25H', 10.25 * HOUR],
        ['PT10.25M', 10.25 * 60 * 1000],
        ['PT10.25S', 10250],
    ])('%s is %d ms', (text, ms) => {
        expect(parseIsoDuration(text)).toBe(ms)
    })
})
