// The three identifiers entitlement management needs back, on the ticket itself (contract names and labels).
import { Table, StringColumn } from '@servicenow/sdk/core'

export const sc_request = Table({
    augments: 'sc_request',
    schema: {
        x_elm_bridge_request_id: StringColumn({ label: 'AccessPackageAssignmentRequestId', maxLength: 40 }),
        x_elm_bridge_stage: StringColumn({ label: 'AccessPackageAssignmentStage', maxLength: 60 }),
        x_elm_bridge_stage_instance_id: StringColumn({ label: 'StageInstanceId', maxLength: 40 }),
    },
})
