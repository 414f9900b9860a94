// Entitlement management custom extension stages (Graph v1.0 accessPackageCustomExtensionStage).

export const STAGES = [
    'assignmentRequestCreated',
    'assignmentRequestApproved',
    'assignmentRequestGranted',
    'assignmentRequestRemoved',
    'assignmentFourteenDaysBeforeExpiration',
    'assignmentOneDayBeforeExpiration',
] as const

export type Stage = (typeof STAGES)[number]

export const CONNECTION_TEST_STAGE = 'CustomExtensionConnectionTest'

/** Only the four request stages support "Launch and wait"; the expiry stages are fire-and-forget. */
const WAITABLE_STAGES: readonly Stage[] = [
    'assignmentRequestCreated',
    'assignmentRequestApproved',
    'assignmentRequestGranted',
    'assignmentRequestRemoved',
]

const RESUME_TYPE_PREFIX = 'microsoft.graph.accessPackageCustomExtensionStage.'

/** Returns the canonical stage name for any casing of a known stage, or null. */
export function parseStage(value: unknown): Stage | null {
    if (typeof value !== 'string') return null
    const wanted = value.trim().toLowerCase()
    for (const stage of STAGES) {
        if (stage.toLowerCase() === wanted) return stage
    }
    return null
}

export function isConnectionTestStage(value: unknown): boolean {
    return typeof value === 'string' && value.trim().toLowerCase() === CONNECTION_TEST_STAGE.toLowerCase()
}

export function canWaitForCallback(stage: Stage): boolean {
    return WAITABLE_STAGES.indexOf(stage) >= 0
}

export function isRemovalStage(stage: Stage): boolean {
    return stage === 'assignmentRequestRemoved'
}

export function resumeTypeFor(stage: Stage): string {
    return RESUME_TYPE_PREFIX + stage
}

/** Reads the stage out of an envelope `type` such as `microsoft.graph.accessPackageCustomExtensionStage.assignmentRequestApproved`. */
export function stageFromResumeType(value: unknown): Stage | null {
    if (typeof value !== 'string') return null
    const dot = value.lastIndexOf('.')
    return parseStage(dot >= 0 ? value.slice(dot + 1) : value)
}
