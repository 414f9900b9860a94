import {
    RESUME_PATH_PREFIX,
    normaliseGraphEndpoint,
    resumeBody,
    resumeBodyJson,
    resumePath,
} from '../../src/server/core/resume.ts'
import { closureOf, resumeStateFor, stageInstanceDetail } from '../../src/server/core/closure.ts'
import { PROPERTY_PREFIX, readSettings } from '../../src/server/core/settings.ts'
import { STATUS, closingStep } from '../../src/server/core/ledger-status.ts'
import { STAGES, Stage } from '../../src/server/core/stages.ts'
import { validateResumeBody } from '../support/resume-schema.ts'

const REQUEST = 'a1b2c3d4-0000-4000-8000-000000000001'
const INSTANCE = 'B1B2C3D4-0000-4000-8000-000000000002'
const defaults = readSettings(() => undefined)

describe('resume request', () => {
    it('uses the v1.0 path, never the beta segment', () => {
        expect(resumePath(REQUEST)).toBe(RESUME_PATH_PREFIX + REQUEST + '/resume')
        expect(resumePath(REQUEST)).toBe(
            '/v1.0/identityGovernance/entitlementManagement/assignmentRequests/' + REQUEST + '/resume'
        )
        expect(resumePath(REQUEST)).not.toContain('accessPackageAssignmentRequests')
        expect(() => resumePath('x/../../me')).toThrow('not a GUID')
    })

    it.each(STAGES.map((stage) => [stage]))('builds a schema-valid body for %s', (stage) => {
        const body = resumeBody({
            requestId: REQUEST,
            stageInstanceId: INSTANCE,
            stage,
            source: 'ServiceNow',
            detail: 'done',
        })
        expect(body).toEqual({
            source: 'ServiceNow',
            type: 'microsoft.graph.accessPackageCustomExtensionStage.' + stage,
            data: {
                '@odata.type': 'microsoft.graph.accessPackageAssignmentRequestCallbackData',
                stage,
                customExtensionStageInstanceId: INSTANCE.toLowerCase(),
                customExtensionStageInstanceDetail: 'done',
            },
        })
        expect(validateResumeBody(body)).toEqual([])
    })

    it('adds state only when given, and keeps hostile detail inert inside the JSON string', () => {
        const hostile = 'x", "state": "canceled", "evil": "${gs.getProperty(\'secret\')}\u0000</script>'
        const json = resumeBodyJson({
            requestId: REQUEST,
            stageInstanceId: INSTANCE,
            stage: 'assignmentRequestApproved',
            source: 'ServiceNow',
            detail: hostile,
            state: 'denied',
        })
        const parsed = JSON.parse(json)
        expect(parsed.data.state).toBe('denied')
        expect(Object.keys(parsed)).toEqual(['source', 'type', 'data'])
        expect(Object.keys(parsed.data).sort()).toEqual(
            [
                '@odata.type',
                'customExtensionStageInstanceDetail',
                'customExtensionStageInstanceId',
                'stage',
                'state',
            ].sort()
        )
        expect(parsed.data.customExtensionStageInstanceDetail).toContain('"state": "canceled"')
        expect(parsed.data.customExtensionStageInstanceDetail).not.toContain('\u0000')
        expect(validateResumeBody(parsed)).toEqual([])
    })

    it('refuses an invalid stage instance id and caps long detail', () => {
        expect(() =>
            resumeBody({
                requestId: REQUEST,
                stageInstanceId: 'nope',
                stage: 'assignmentRequestCreated',
                source: 's',
                detail: '',
            })
        ).toThrow('GUID')
        const long = resumeBody({
            requestId: REQUEST,
            stageInstanceId: INSTANCE,
            stage: 'assignmentRequestCreated',
            source: '',
            detail: 'a'.repeat(5000),
        })
        expect(long.data.customExtensionStageInstanceDetail.length).toBe(1000)
        expect(long.source).toBe('ServiceNow')
    })

    it.each([
        ['https://graph.microsoft.com', 'https://graph.microsoft.com'],
        ['https://graph.microsoft.us/', 'https://graph.microsoft.us'],
        ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
        ['http://graph.microsoft.com', null],
        ['https://graph.microsoft.com/v1.0', null],
        ['https://evil.example/?x=', null],
        ['', null],
    ])('graph endpoint %p → %p', (input, expected) => {
        expect(normaliseGraphEndpoint(input)).toBe(expected)
    })

    // The access token goes to this host: only Graph's own roots (global and national clouds) and this machine.
    it.each([
        ['https://graph.microsoft.com', 'https://graph.microsoft.com'],
        ['https://Graph.Microsoft.com', 'https://Graph.Microsoft.com'],
        ['https://graph.microsoft.us', 'https://graph.microsoft.us'],
        ['https://dod-graph.microsoft.us', 'https://dod-graph.microsoft.us'],
        ['https://microsoftgraph.chinacloudapi.cn', 'https://microsoftgraph.chinacloudapi.cn'],
        ['https://127.0.0.1:4010', 'https://127.0.0.1:4010'],
        ['https://localhost', 'https://localhost'],
        ['https://[::1]:4010', 'https://[::1]:4010'],
        ['https://evil.example', null],
        ['https://graph.microsoft.com.evil.example', null],
        ['https://evilgraph.microsoft.com', null],
        ['https://xgraph.microsoft.us', null],
        ['https://graph.microsoft.de', null],
        ['https://localhost.evil.example', null],
        ['https://127.0.0.1:4010/v1.0', null],
        ['http://graph.microsoft.us', null],
    ])('graph host %p → %p', (input, expected) => {
        expect(normaliseGraphEndpoint(input)).toBe(expected)
    })
})

describe('ticket state → closure', () => {
    it.each([
        [{ state: '3', requestState: '' }, 'complete'],
        [{ state: '4', requestState: '' }, 'incomplete'],
        [{ state: '7', requestState: '' }, 'incomplete'],
        [{ state: '1', requestState: '' }, null],
        [{ state: '2', requestState: 'in_process' }, null],
        [{ state: '', requestState: 'closed_complete' }, 'complete'],
        [{ state: '', requestState: 'closed_incomplete' }, 'incomplete'],
        [{ state: '', requestState: 'closed_cancelled' }, 'incomplete'],
        [{ state: '', requestState: 'closed_rejected' }, 'incomplete'],
        [{ state: '', requestState: 'closed_skipped' }, 'incomplete'],
        [{ state: '3', requestState: 'closed_incomplete' }, 'complete'],
        [{ state: ' 4 ', requestState: 'closed_complete' }, 'incomplete'],
    ])('%p → %p', (ticket, expected) => {
        expect(closureOf(ticket, defaults)).toBe(expected)
    })

    it('follows the configured state lists', () => {
        const custom = readSettings((name) =>
            name === 'closed_complete_states' ? '3, 9' : name === 'closed_incomplete_states' ? 'none' : undefined
        )
        expect(closureOf({ state: '9', requestState: '' }, custom)).toBe('complete')
        expect(closureOf({ state: '4', requestState: '' }, custom)).toBeNull()
    })

    it.each(STAGES.map((stage) => [stage]))('denies at %s only when closed incomplete at a deny stage', (stage) => {
        const deny = ['assignmentRequestCreated', 'assignmentRequestApproved'].indexOf(stage) >= 0
        expect(resumeStateFor('incomplete', stage as Stage, defaults.denyStages)).toBe(deny ? 'denied' : undefined)
        expect(resumeStateFor('complete', stage as Stage, defaults.denyStages)).toBeUndefined()
    })

    it('describes the outcome for the audit trail', () => {
        expect(stageInstanceDetail('complete', 'REQ0010001', '')).toBe('ServiceNow ticket REQ0010001 completed')
        expect(stageInstanceDetail('incomplete', 'REQ1', 'no licence\nleft')).toBe(
            'ServiceNow ticket REQ1 closed incomplete: no licence left'
        )
    })
})

describe('closing step (the once)', () => {
    const now = Date.UTC(2026, 0, 1)
    it('only an open row reacts', () => {
        for (const status of Object.values(STATUS)) {
            const step = closingStep(status, 'complete', null, now)
            expect(step.kind).toBe(status === 'open' ? 'resume' : 'ignore')
        }
    })
    it('ignores a ticket that is not closed', () => {
        expect(closingStep('open', null, null, now)).toEqual({ kind: 'ignore' })
    })
    it('expires past the deadline and resumes before it', () => {
        expect(closingStep('open', 'complete', now - 1, now)).toEqual({ kind: 'expire' })
        expect(closingStep('open', 'complete', now, now)).toEqual({ kind: 'expire' })
        expect(closingStep('open', 'incomplete', now + 1, now)).toEqual({ kind: 'resume', closure: 'incomplete' })
    })
})

describe('settings', () => {
    it('uses the contract defaults when nothing is set', () => {
        expect(defaults).toEqual({
            graphEndpoint: 'https://graph.microsoft.com',
            retryBaseSeconds: 30,
            maxAttempts: 12,
            closedCompleteStates: ['3'],
            closedIncompleteStates: ['4', '7'],
            denyStages: ['assignmentRequestCreated', 'assignmentRequestApproved'],
            source: 'ServiceNow',
            deadlineWarningHours: 48,
            assignmentGroup: '',
            httpTimeoutSeconds: 30,
            reconcileMinutes: 60,
            closeTicketWhenEndedUpstream: true,
        })
    })

    it('falls back to defaults on nonsense and accepts 0 to turn the warning off', () => {
        const values: { [key: string]: string } = {
            retry_base_seconds: 'abc',
            max_attempts: '-3',
            deny_stages: 'assignmentRequestGranted, bogus, ASSIGNMENTREQUESTGRANTED',
            deadline_warning_hours: '0',
            graph_endpoint: 'ftp://x',
            source: '  ',
        }
        const settings = readSettings((name) => values[name])
        expect(settings.retryBaseSeconds).toBe(30)
        expect(settings.maxAttempts).toBe(12)
        expect(settings.denyStages).toEqual(['assignmentRequestGranted'])
        expect(settings.deadlineWarningHours).toBe(0)
        expect(settings.graphEndpoint).toBeNull()
        expect(settings.source).toBe('ServiceNow')
    })
})

describe('empty and none', () => {
    it('reads an empty value as unset (its default), whichever way getProperty answers a cleared property', () => {
        const empty = readSettings(() => '')
        const blank = readSettings(() => '  ')
        expect(empty).toEqual(defaults)
        expect(blank).toEqual(defaults)
    })

    it.each(['none', ' NONE ', 'None'])('deny_stages %p: no stage denies', (value) => {
        const settings = readSettings((name) => (name === 'deny_stages' ? value : null))
        expect(settings.denyStages).toEqual([])
        expect(resumeStateFor('incomplete', 'assignmentRequestApproved', settings.denyStages)).toBeUndefined()
    })

    it('none is a word of its own, not a stage among others', () => {
        const settings = readSettings((name) => (name === 'deny_stages' ? 'none,assignmentRequestCreated' : null))
        expect(settings.denyStages).toEqual(['assignmentRequestCreated'])
    })

    it('none empties the state lists too: only request_state then decides', () => {
        const settings = readSettings((name) => (name.startsWith('closed_') ? 'none' : null))
        expect(settings.closedCompleteStates).toEqual([])
        expect(settings.closedIncompleteStates).toEqual([])
        expect(closureOf({ state: '3', requestState: '' }, settings)).toBeNull()
        expect(closureOf({ state: '3', requestState: 'closed_complete' }, settings)).toBe('complete')
    })
})

describe('graph endpoint anchors and trimming', () => {
    it.each([
        ['  https://graph.microsoft.com/  ', 'https://graph.microsoft.com'],
        ['https://graph.microsoft.com///', 'https://graph.microsoft.com'],
        ['https://graph.microsoft.com:443', 'https://graph.microsoft.com:443'],
        ['https://graph.example:8443', null],
        ['http://localhost', 'http://localhost'],
        ['http://localhost:4010', 'http://localhost:4010'],
        ['xhttps://graph.microsoft.com', null],
        ['https://graph.example:84x3', null],
        ['xhttp://localhost', null],
        ['http://localhost.evil.example', null],
    ])('graph endpoint %p → %p', (input, expected) => {
        expect(normaliseGraphEndpoint(input)).toBe(expected)
    })
})

describe('resume body without a state', () => {
    it('leaves the state out of the data entirely', () => {
        const body = resumeBody({
            requestId: REQUEST,
            stageInstanceId: INSTANCE,
            stage: 'assignmentRequestGranted',
            source: 'ServiceNow',
            detail: 'done',
        })
        expect('state' in body.data).toBe(false)
    })
})

describe('settings values at and past their limits', () => {
    const read = (values: { [key: string]: string | null }) => readSettings((name) => values[name])

    it('uses the property prefix of the scoped app', () => {
        expect(PROPERTY_PREFIX).toBe('x_elm_bridge.')
    })

    it('reads a property that is null as unset', () => {
        expect(readSettings(() => null)).toEqual(defaults)
    })

    it('accepts whole numbers only, with surrounding spaces', () => {
        expect(read({ retry_base_seconds: ' 45 ' }).retryBaseSeconds).toBe(45)
        expect(read({ retry_base_seconds: '1e3' }).retryBaseSeconds).toBe(30)
        expect(read({ retry_base_seconds: '+5' }).retryBaseSeconds).toBe(30)
        expect(read({ retry_base_seconds: '5 s' }).retryBaseSeconds).toBe(30)
    })

    it('keeps each number within its range, inclusive', () => {
        expect(read({ retry_base_seconds: '1' }).retryBaseSeconds).toBe(1)
        expect(read({ retry_base_seconds: '0' }).retryBaseSeconds).toBe(30)
        expect(read({ retry_base_seconds: '3600' }).retryBaseSeconds).toBe(3600)
        expect(read({ retry_base_seconds: '3601' }).retryBaseSeconds).toBe(30)
        expect(read({ max_attempts: '0' }).maxAttempts).toBe(12)
        expect(read({ max_attempts: '1000' }).maxAttempts).toBe(1000)
        expect(read({ max_attempts: '1001' }).maxAttempts).toBe(12)
        expect(read({ deadline_warning_hours: '336' }).deadlineWarningHours).toBe(336)
        expect(read({ deadline_warning_hours: '337' }).deadlineWarningHours).toBe(48)
        expect(read({ http_timeout_seconds: '120' }).httpTimeoutSeconds).toBe(120)
        expect(read({ http_timeout_seconds: '121' }).httpTimeoutSeconds).toBe(30)
        expect(read({ http_timeout_seconds: '0' }).httpTimeoutSeconds).toBe(30)
        expect(read({ reconcile_minutes: '0' }).reconcileMinutes).toBe(0)
        expect(read({ reconcile_minutes: '10080' }).reconcileMinutes).toBe(10080)
        expect(read({ reconcile_minutes: '10081' }).reconcileMinutes).toBe(60)
    })

    it('drops empty entries and spaces from lists, and spaces around the assignment group', () => {
        const settings = read({ closed_complete_states: ' 3, ,6,', assignment_group: '  Service Desk  ' })
        expect(settings.closedCompleteStates).toEqual(['3', '6'])
        expect(settings.assignmentGroup).toBe('Service Desk')
    })
})
