// Routing rules: which team a callout's ticket goes to, managed by admins (contract: "routing rules").
import {
    Acl,
    BooleanColumn,
    BusinessRule,
    ChoiceColumn,
    Form,
    IntegerColumn,
    List,
    ReferenceColumn,
    StringColumn,
    Table,
    default_view,
} from '@servicenow/sdk/core'
import { onRouteSaved } from '../src/server/platform/routes.ts'
import { adminRole } from './roles.now.ts'

export const x_elm_bridge_route = Table({
    name: 'x_elm_bridge_route',
    label: 'ELM routing rule',
    display: 'access_package',
    allowWebServiceAccess: true,
    actions: ['read', 'create', 'update', 'delete'],
    audit: true,
    schema: {
        order: IntegerColumn({
            label: 'Order',
            default: '100',
            hint: 'The lowest order among active rules that match a callout wins',
        }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
        catalog: StringColumn({
            label: 'Catalog',
            maxLength: 255,
            hint: "The catalog's ID or display name (not case-sensitive); empty matches every catalog",
        }),
        access_package: StringColumn({
            label: 'Access package',
            maxLength: 255,
            hint: "The access package's ID or display name (not case-sensitive); empty matches every package",
        }),
        stage: ChoiceColumn({
            label: 'Stage',
            maxLength: 60,
            dropdown: 'dropdown_with_none',
            hint: 'Empty matches every stage',
            choices: {
                assignmentRequestCreated: { label: 'Request created', sequence: 1 },
                assignmentRequestApproved: { label: 'Request approved', sequence: 2 },
                assignmentRequestGranted: { label: 'Assignment granted', sequence: 3 },
                assignmentRequestRemoved: { label: 'Assignment removed', sequence: 4 },
                assignmentFourteenDaysBeforeExpiration: { label: '14 days before expiration', sequence: 5 },
                assignmentOneDayBeforeExpiration: { label: '1 day before expiration', sequence: 6 },
            },
        }),
        assignment_group: ReferenceColumn({
            label: 'Assignment group',
            referenceTable: 'sys_user_group',
            referenceQual: 'active=true',
            mandatory: true,
            hint: 'A rule whose group was deleted or made inactive is skipped for the next matching rule',
        }),
        priority: ChoiceColumn({
            label: 'Priority',
            maxLength: 40,
            dropdown: 'dropdown_with_none',
            hint: "The ticket's priority; empty leaves the ticket's default",
            choices: {
                '1': { label: '1 - Critical', sequence: 1 },
                '2': { label: '2 - High', sequence: 2 },
                '3': { label: '3 - Moderate', sequence: 3 },
                '4': { label: '4 - Low', sequence: 4 },
                '5': { label: '5 - Planning', sequence: 5 },
            },
        }),
        short_description_prefix: StringColumn({
            label: 'Short description prefix',
            maxLength: 80,
            hint: "Put before the ticket's short description, e.g. [SAP]",
        }),
        // Kept by the business rule below; the inbound API queries them to read only candidate rules.
        catalog_key: StringColumn({ label: 'Catalog match key', maxLength: 12, readOnly: true }),
        access_package_key: StringColumn({ label: 'Access package match key', maxLength: 12, readOnly: true }),
    },
    index: [
        { name: 'x_elm_bridge_route_active_order', unique: false, element: ['active', 'order'] },
        { name: 'x_elm_bridge_route_package_key', unique: false, element: ['access_package_key'] },
    ],
})

BusinessRule({
    $id: Now.ID['br_route_match_keys'],
    name: 'ELM Ticket Bridge routing rule match keys',
    description: 'Keeps the catalog and access package match keys the inbound API queries routing rules by.',
    table: 'x_elm_bridge_route',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: onRouteSaved,
})

List({
    table: 'x_elm_bridge_route',
    view: default_view,
    columns: [
        'order',
        'active',
        'catalog',
        'access_package',
        'stage',
        'assignment_group',
        'priority',
        'short_description_prefix',
    ],
})

Form({
    table: 'x_elm_bridge_route',
    view: default_view,
    sections: [
        {
            caption: 'Routing rule',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'catalog', type: 'table_field' },
                        { field: 'access_package', type: 'table_field' },
                        { field: 'stage', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'assignment_group', type: 'table_field' },
                        { field: 'priority', type: 'table_field' },
                        { field: 'short_description_prefix', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

// Agents (itil) read the rules to see why a ticket reached them; only admins change them.
Acl({
    $id: Now.ID['acl_route_read'],
    type: 'record',
    operation: 'read',
    table: 'x_elm_bridge_route',
    roles: ['itil', adminRole],
    description: 'Agents and ELM Ticket Bridge admins can read routing rules.',
})

Acl({
    $id: Now.ID['acl_route_write'],
    type: 'record',
    operation: 'write',
    table: 'x_elm_bridge_route',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins can change routing rules.',
})

Acl({
    $id: Now.ID['acl_route_create'],
    type: 'record',
    operation: 'create',
    table: 'x_elm_bridge_route',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins can create routing rules.',
})

Acl({
    $id: Now.ID['acl_route_delete'],
    type: 'record',
    operation: 'delete',
    table: 'x_elm_bridge_route',
    roles: [adminRole],
    description: 'Only ELM Ticket Bridge admins can delete routing rules.',
})
