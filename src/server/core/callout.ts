// Entitlement management's callout, in either shape it arrives in, normalised into one typed value.
// Strict on what the loop depends on (identifiers, stage, timeout); liberal on descriptive text.

import { canonicalGuid, isGuid } from './identifiers.ts'
import { Stage, canWaitForCallback, isConnectionTestStage, parseStage, stageFromResumeType } from './stages.ts'
import { parseIsoDuration } from './duration.ts'
import { plainText, oneLine, truncate } from './text.ts'
import { guardJson } from './json-guard.ts'

export const MAX_BODY_BYTES = 256 * 1024
const MAX_ANSWERS = 100
const MAX_NAME_LENGTH = 255
const MAX_DESCRIPTION_LENGTH = 1000

export interface NamedThing {
    id: string
    displayName: string
    description: string
}

export interface Principal {
    objectId: string
    displayName: string
    principalName: string
    email: string
    connectedOrganization: string
}

export interface Answer {
    question: string
    answer: string
}

export interface Callout {
    requestId: string
    stageInstanceId: string
    stage: Stage
    waitsForCallback: boolean
    timeoutMs: number | null
    requestType: string
    accessPackage: NamedThing
    catalog: NamedThing
    policy: NamedThing
    assignmentId: string
    target: Principal
    requestor: Principal
    answers: Answer[]
    omittedAnswers: number
}

export type NormaliseResult =
    | { kind: 'connection_test' }
    | { kind: 'callout'; callout: Callout }
    | { kind: 'invalid'; message: string; detail: string }

type Json = { [key: string]: unknown }

function isObject(value: unknown): value is Json {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

interface Invalid {
    invalid: true
    message: string
    detail: string
}

function invalid(message: string, detail: string): Invalid {
    return { invalid: true, message, detail }
}

function isInvalid(error: unknown): error is Invalid {
    return isObject(error) && error.invalid === true
}

/** Looks a key up case-insensitively (PascalCase and camelCase payloads), refusing two spellings with different values. */
function field(source: unknown, name: string, strict: boolean): unknown {
    if (!isObject(source)) return undefined
    const wanted = name.toLowerCase()
    let found: unknown = undefined
    let seen = false
    for (const key of Object.keys(source)) {
        if (key.toLowerCase() !== wanted) continue
        const value = source[key]
        if (seen && strict && JSON.stringify(value) !== JSON.stringify(found)) {
            throw invalid('Ambiguous callout', 'The field ' + name + ' appears more than once with different values')
        }
        if (!seen) found = value
        seen = true
    }
    return found
}

function firstField(source: unknown, names: string[], strict: boolean): unknown {
    for (const name of names) {
        const value = field(source, name, strict)
        if (value !== undefined && value !== null) return value
    }
    return undefined
}

function text(value: unknown, maxLength: number): string {
    return truncate(oneLine(value), maxLength)
}

function namedThing(source: unknown): NamedThing {
    return {
        id: text(field(source, 'id', false), 64),
        displayName: text(field(source, 'displayName', false), MAX_NAME_LENGTH),
        description: text(field(source, 'description', false), MAX_DESCRIPTION_LENGTH),
    }
}

function principal(source: unknown): Principal {
    const connected = field(source, 'connectedOrganization', false)
    return {
        objectId: text(firstField(source, ['objectId', 'id'], false), 64),
        displayName: text(field(source, 'displayName', false), MAX_NAME_LENGTH),
        principalName: text(firstField(source, ['principalName', 'userPrincipalName'], false), MAX_NAME_LENGTH),
        email: text(firstField(source, ['email', 'mail'], false), MAX_NAME_LENGTH),
        connectedOrganization: text(
            isObject(connected) ? field(connected, 'displayName', false) : connected,
            MAX_NAME_LENGTH
        ),
    }
}

/**
 * Graph's accessPackageLocalizedContent `{defaultText, localizedTexts: [{text, languageCode}]}` (or a plain string,
 * as older payloads and the beta API send it): the default text, else the first localized one.
 */
function localizedText(value: unknown): string {
    if (!isObject(value)) return plainText(value)
    const fallback = plainText(field(value, 'defaultText', false))
    if (fallback.trim()) return fallback
    for (const name of ['localizedTexts', 'localizations']) {
        const list = field(value, name, false)
        if (!Array.isArray(list)) continue
        for (const entry of list) {
            const localized = plainText(isObject(entry) ? field(entry, 'text', false) : entry)
            if (localized.trim()) return localized
        }
    }
    return plainText(field(value, 'text', false))
}

function firstText(values: unknown[]): string {
    for (const value of values) {
        const found = localizedText(value)
        if (found.trim()) return found
    }
    return ''
}

/** The question's type from its @odata.type, or from its shape when the type is not sent. */
function questionType(asked: unknown): 'choice' | 'text' | 'unknown' | 'untyped' {
    const type = oneLine(field(asked, '@odata.type', false)).toLowerCase()
    if (/multiplechoicequestion$/.test(type)) return 'choice'
    if (/textinputquestion$/.test(type)) return 'text'
    if (type) return 'unknown'
    return Array.isArray(field(asked, 'choices', false)) ? 'choice' : 'untyped'
}

/** Display text of the chosen choices (value is the choice's actualValue); '' when any value names no choice. */
function chosenText(asked: unknown, chosen: unknown): string {
    const choices = field(asked, 'choices', false)
    if (!Array.isArray(choices)) return ''
    const display = (actual: unknown): string => {
        const wanted = plainText(actual)
        if (!wanted) return ''
        for (const choice of choices) {
            if (plainText(field(choice, 'actualValue', false)) !== wanted) continue
            return oneLine(firstText([field(choice, 'displayValue', false), field(choice, 'text', false)]))
        }
        return ''
    }
    let values: unknown[] = Array.isArray(chosen) ? chosen : [chosen]
    // A multiple selection may arrive as one comma-separated value; split only when the whole value names no choice.
    if (typeof chosen === 'string' && !display(chosen) && chosen.indexOf(',') >= 0) values = chosen.split(',')
    const texts = values.map((v) => display(typeof v === 'string' ? v.trim() : v))
    return texts.length > 0 && texts.every((t) => t !== '') ? texts.join(', ') : ''
}

/** The answer as an agent should read it: a choice's display text, a text answer's value, else the display value. */
function answerText(item: Json, asked: unknown): string {
    const value = field(item, 'value', false)
    const displayValue = field(item, 'displayValue', false)
    switch (questionType(asked)) {
        case 'choice':
            return chosenText(asked, value) || firstText([displayValue, value, field(item, 'answer', false)])
        case 'text':
            return firstText([value, displayValue, field(item, 'answer', false)])
        default:
            return firstText([displayValue, value, field(item, 'answer', false)])
    }
}

function answerOf(item: unknown): Answer | null {
    if (!isObject(item)) {
        const value = plainText(item).replace(/\t/g, ' ').trim()
        return value ? { question: '', answer: truncate(value, MAX_DESCRIPTION_LENGTH) } : null
    }
    const asked = field(item, 'answeredQuestion', false)
    const question = isObject(asked)
        ? firstText([
              field(asked, 'text', false),
              // Microsoft's ServiceNow sample Logic App reads the question's text as TextString.
              field(asked, 'textString', false),
              field(asked, 'displayName', false),
              field(asked, 'question', false),
          ])
        : ''
    const questionText = text(question || firstText([firstField(item, ['question', 'questionText'], false)]), 500)
    const rendered = truncate(answerText(item, asked).replace(/\t/g, ' ').trim(), MAX_DESCRIPTION_LENGTH)
    if (!questionText && !rendered) return null
    return { question: questionText, answer: rendered }
}

function requiredGuid(source: Json, name: string): string {
    const value = field(source, name, true)
    if (value === undefined || value === null || value === '') {
        throw invalid('Missing ' + name, 'The callout has no ' + name + '; it must be a GUID')
    }
    if (!isGuid(value)) throw invalid('Invalid ' + name, name + ' must be a GUID (8-4-4-4-12 hexadecimal digits)')
    return canonicalGuid(value)
}

function timeoutOf(source: Json): number | null {
    const configuration = field(source, 'callbackConfiguration', true)
    if (configuration === undefined || configuration === null) return null
    if (!isObject(configuration)) {
        throw invalid('Invalid callbackConfiguration', 'callbackConfiguration must be an object')
    }
    const value = firstField(configuration, ['durationBeforeTimeout', 'timeoutDuration'], true)
    if (value === undefined || value === null || value === '') return null
    const ms = parseIsoDuration(value)
    if (ms === null) {
        throw invalid(
            'Invalid callback timeout',
            'The callback timeout must be a positive ISO 8601 duration such as PT10M, PT3H or P14D'
        )
    }
    return ms
}

/** The envelope `{source, type, data}` carries the callout in `data`; the Logic App trigger body is the callout. */
function calloutObject(body: Json): { callout: Json; typeStage: Stage | null; typeGiven: boolean } {
    const data = field(body, 'data', true)
    // Stryker disable next-line BooleanLiteral: a conflicting body.stage is refused anyway when the body is read as flat below
    const flatStage = field(body, 'stage', true)
    if (isObject(data) && flatStage === undefined) {
        const type = field(body, 'type', true)
        return {
            callout: data,
            typeStage: stageFromResumeType(type),
            typeGiven: typeof type === 'string' && type !== '',
        }
    }
    return { callout: body, typeStage: null, typeGiven: false }
}

function normaliseObject(body: unknown): NormaliseResult {
    if (!isObject(body)) {
        throw invalid('Invalid callout', 'The body must be a JSON object')
    }
    const { callout, typeStage, typeGiven } = calloutObject(body)
    const rawStage = field(callout, 'stage', true)
    if (isConnectionTestStage(rawStage)) return { kind: 'connection_test' }
    if (
        rawStage === undefined &&
        typeGiven &&
        typeStage === null &&
        // Stryker disable next-line BooleanLiteral: typeGiven means body.type was already read strictly, so no conflict is left
        /connectiontest/i.test(String(field(body, 'type', false)))
    ) {
        return { kind: 'connection_test' }
    }
    const stage = rawStage === undefined || rawStage === null ? typeStage : parseStage(rawStage)
    if (stage === null) {
        throw invalid(
            rawStage === undefined ? 'Missing stage' : 'Unknown stage',
            'stage must be one of assignmentRequestCreated, assignmentRequestApproved, assignmentRequestGranted, ' +
                'assignmentRequestRemoved, assignmentFourteenDaysBeforeExpiration, assignmentOneDayBeforeExpiration ' +
                'or CustomExtensionConnectionTest'
        )
    }
    if (typeGiven && typeStage !== stage) {
        throw invalid('Stage mismatch', 'The envelope type does not name the same stage as data.stage')
    }
    const requestId = requiredGuid(callout, 'accessPackageAssignmentRequestId')
    const stageInstanceId = requiredGuid(callout, 'customExtensionStageInstanceId')
    const timeoutMs = timeoutOf(callout)
    const assignment = field(callout, 'assignment', false)
    const rawAnswers = field(callout, 'answers', false)
    const answers: Answer[] = []
    let omittedAnswers = 0
    if (Array.isArray(rawAnswers)) {
        for (const item of rawAnswers) {
            const answer = answerOf(item)
            if (!answer) continue
            if (answers.length < MAX_ANSWERS) answers.push(answer)
            else omittedAnswers++
        }
    }
    return {
        kind: 'callout',
        callout: {
            requestId,
            stageInstanceId,
            stage,
            waitsForCallback: canWaitForCallback(stage) && timeoutMs !== null,
            timeoutMs,
            requestType: text(field(callout, 'requestType', false), 40),
            accessPackage: namedThing(field(callout, 'accessPackage', false)),
            catalog: namedThing(field(callout, 'accessPackageCatalog', false)),
            policy: namedThing(firstField(assignment, ['assignmentPolicy', 'accessPackageAssignmentPolicy'], false)),
            assignmentId: text(field(assignment, 'id', false), 64),
            target: principal(field(assignment, 'target', false)),
            requestor: principal(field(callout, 'requestor', false)),
            answers,
            omittedAnswers,
        },
    }
}

/** Normalises an already-parsed body. Never throws: anything unusable comes back as `invalid`. */
export function normaliseCallout(body: unknown): NormaliseResult {
    try {
        return normaliseObject(body)
    } catch (error) {
        if (isInvalid(error)) return { kind: 'invalid', message: error.message, detail: error.detail }
        return { kind: 'invalid', message: 'Invalid callout', detail: 'The callout could not be read' }
    }
}

/** Parses the raw request text (size and JSON syntax) and normalises it. */
export function parseCallout(raw: string): NormaliseResult {
    if (!raw || !raw.trim())
        return { kind: 'invalid', message: 'Empty body', detail: 'The request body must be a JSON object' }
    const guard = guardJson(raw)
    if (!guard.ok) return { kind: 'invalid', message: guard.message, detail: guard.detail }
    let body: unknown
    try {
        body = JSON.parse(raw)
    } catch (_error) {
        return { kind: 'invalid', message: 'Malformed JSON', detail: 'The request body is not valid JSON' }
    }
    return normaliseCallout(body)
}

/** UTF-8 length computed by hand: Node and browser byte helpers do not exist on the instance. */
export function utf8Length(raw: string): number {
    let bytes = 0
    for (let i = 0; i < raw.length; i++) {
        const code = raw.charCodeAt(i)
        if (code < 0x80) bytes += 1
        else if (code < 0x800) bytes += 2
        else if (code >= 0xd800 && code <= 0xdbff) {
            bytes += 4
            i++
        } else bytes += 3
    }
    return bytes
}
