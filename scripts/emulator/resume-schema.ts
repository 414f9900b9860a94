// The Graph v1.0 resume action's parameters, from the CSDL (see shared/reference): a checker shared by unit
// tests and the Graph emulator, so both hold the app to the same schema.

const STAGES = [
    'assignmentRequestCreated',
    'assignmentRequestApproved',
    'assignmentRequestGranted',
    'assignmentRequestRemoved',
    'assignmentFourteenDaysBeforeExpiration',
    'assignmentOneDayBeforeExpiration',
]
const DATA_PROPERTIES = [
    '@odata.type',
    'customExtensionStageInstanceDetail',
    'customExtensionStageInstanceId',
    'stage',
    'state',
]
const DATA_TYPES = [
    'microsoft.graph.accessPackageAssignmentRequestCallbackData',
    '#microsoft.graph.accessPackageAssignmentRequestCallbackData',
]

export function validateResumeBody(body: unknown): string[] {
    const errors: string[] = []
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['body must be an object']
    const top = body as { [key: string]: unknown }
    for (const key of Object.keys(top)) {
        if (['source', 'type', 'data'].indexOf(key) < 0) errors.push('unknown property ' + key)
    }
    if (top.source !== undefined && typeof top.source !== 'string') errors.push('source must be a string')
    if (typeof top.type !== 'string') errors.push('type must be a string')
    const data = top.data as { [key: string]: unknown }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        errors.push('data must be an object')
        return errors
    }
    for (const key of Object.keys(data)) {
        if (DATA_PROPERTIES.indexOf(key) < 0) errors.push('unknown data property ' + key)
    }
    if (DATA_TYPES.indexOf(String(data['@odata.type'])) < 0) errors.push('data @odata.type is wrong')
    if (STAGES.indexOf(String(data.stage)) < 0) errors.push('data.stage is not a stage')
    if (
        typeof top.type === 'string' &&
        top.type !== 'microsoft.graph.accessPackageCustomExtensionStage.' + data.stage
    ) {
        errors.push('type does not match data.stage')
    }
    for (const key of ['customExtensionStageInstanceDetail', 'customExtensionStageInstanceId', 'state']) {
        if (data[key] !== undefined && typeof data[key] !== 'string') errors.push('data.' + key + ' must be a string')
    }
    if (data.state !== undefined && ['denied', 'canceled'].indexOf(String(data.state)) < 0)
        errors.push('data.state is not denied or canceled')
    return errors
}
