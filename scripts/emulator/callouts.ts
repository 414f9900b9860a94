// Realistic callouts in both shapes entitlement management's payload arrives in (the Logic App forwards them
// unchanged). npm start, the bench and the tests post these.

export const REQUEST_ID = '3a8d3c6e-2b0f-4f5e-9d61-2f7f4c1b9a01'
export const STAGE_INSTANCE_ID = '7c1e5b2a-4d3f-4a8b-8e9c-0b1a2c3d4e5f'

export function flatCallout(overrides: { [key: string]: unknown } = {}): { [key: string]: unknown } {
    return {
        AccessPackageAssignmentRequestId: REQUEST_ID,
        CustomExtensionStageInstanceId: STAGE_INSTANCE_ID,
        Stage: 'assignmentRequestApproved',
        RequestType: 'UserAdd',
        State: 'Accepted',
        Status: 'Accepted',
        CallbackUriPath: '/identityGovernance/entitlementManagement/assignmentRequests/' + REQUEST_ID + '/resume',
        CallbackConfiguration: { DurationBeforeTimeout: 'P3D' },
        AccessPackage: {
            Id: 'a0000000-0000-4000-8000-000000000001',
            DisplayName: 'SAP Finance (manual)',
            Description: 'Finance role in SAP',
        },
        AccessPackageCatalog: {
            Id: 'c0000000-0000-4000-8000-000000000001',
            DisplayName: 'Line of business apps',
            Description: '',
        },
        Assignment: {
            Id: 'b0000000-0000-4000-8000-000000000001',
            State: 'Delivering',
            Status: 'Delivering',
            AssignmentPolicy: {
                Id: 'd0000000-0000-4000-8000-000000000001',
                DisplayName: 'Employees with manager approval',
            },
            Target: {
                Id: 'e0000000-0000-4000-8000-000000000001',
                ObjectId: 'f0000000-0000-4000-8000-000000000001',
                DisplayName: 'Adele Vance',
                PrincipalName: 'adele.vance@contoso.com',
                Email: 'adele.vance@contoso.com',
            },
        },
        Requestor: {
            Id: 'e0000000-0000-4000-8000-000000000002',
            ObjectId: 'f0000000-0000-4000-8000-000000000002',
            DisplayName: 'Alex Wilber',
            Email: 'alex.wilber@contoso.com',
        },
        Answers: [
            {
                '@odata.type': '#microsoft.graph.accessPackageAnswerString',
                DisplayValue: 'Cost centre 4711',
                Value: '4711',
                AnsweredQuestion: { Text: 'Which cost centre?' },
            },
        ],
        ...overrides,
    }
}

export function envelopeCallout(overrides: { [key: string]: unknown } = {}): { [key: string]: unknown } {
    return {
        source: 'EntitlementManagement',
        type: 'microsoft.graph.accessPackageCustomExtensionStage.assignmentRequestApproved',
        data: {
            '@odata.type': 'microsoft.graph.accessPackageCustomExtensionRequestCallbackData',
            accessPackageAssignmentRequestId: REQUEST_ID,
            customExtensionStageInstanceId: STAGE_INSTANCE_ID,
            stage: 'assignmentRequestApproved',
            requestType: 'userAdd',
            callbackConfiguration: {
                '@odata.type': 'microsoft.graph.customExtensionCallbackConfiguration',
                timeoutDuration: 'PT3H',
            },
            accessPackage: { id: 'a0000000-0000-4000-8000-000000000001', displayName: 'SAP Finance (manual)' },
            accessPackageCatalog: { id: 'c0000000-0000-4000-8000-000000000001', displayName: 'Line of business apps' },
            assignment: {
                id: 'b0000000-0000-4000-8000-000000000001',
                assignmentPolicy: { id: 'd0000000-0000-4000-8000-000000000001', displayName: 'Employees' },
                target: {
                    objectId: 'f0000000-0000-4000-8000-000000000001',
                    displayName: 'Adele Vance',
                    principalName: 'adele.vance@contoso.com',
                    email: 'adele.vance@contoso.com',
                },
            },
            requestor: {
                objectId: 'f0000000-0000-4000-8000-000000000002',
                displayName: 'Alex Wilber',
                email: 'alex.wilber@contoso.com',
            },
            answers: [{ answeredQuestion: { text: 'Business reason?' }, displayValue: 'Quarter close' }],
        },
        ...overrides,
    }
}
