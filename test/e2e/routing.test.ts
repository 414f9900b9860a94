// Routing rules through the sandbox's HTTP: admins create rules and groups with the Table API, the Logic App's
// user posts callouts, and the ticket's group, priority and text and the ledger's rule reference are read back.
import { randomUUID } from 'crypto'
import { flatCallout } from '../fixtures/callouts.ts'
import { Sandbox, call, ledgerRow, newIds, records, setProperty, startSandbox } from './harness.ts'

const API = '/api/x_elm_bridge/v1/callouts'
let sandbox: Sandbox

beforeAll(async () => {
    sandbox = await startSandbox()
}, 90000)

afterAll(async () => {
    await sandbox?.stop()
})

async function group(name: string): Promise<string> {
    const created = await call(sandbox.url, 'admin', 'POST', '/api/now/table/sys_user_group', { name })
    expect(created.status).toBe(201)
    return created.body.result.sys_id
}

async function rule(values: { [field: string]: string }): Promise<string> {
    const created = await call(sandbox.url, 'admin', 'POST', '/api/now/table/x_elm_bridge_route', values)
    expect(created.status).toBe(201)
    return created.body.result.sys_id
}

/** Posts a callout for the given package (and catalog) as the Logic App does; returns the ticket and ledger row. */
async function post(
    accessPackage: { Id?: string; DisplayName?: string },
    catalog: { Id?: string; DisplayName?: string } = { DisplayName: 'Line of business apps' },
    stage = 'assignmentRequestApproved'
): Promise<{ ticket: any; ledger: any }> {
    const ids = newIds()
    const response = await call(
        sandbox.url,
        'integration',
        'POST',
        API,
        flatCallout({
            AccessPackageAssignmentRequestId: ids.requestId,
            CustomExtensionStageInstanceId: ids.stageInstanceId,
            Stage: stage,
            AccessPackage: accessPackage,
            AccessPackageCatalog: catalog,
        })
    )
    expect([response.status, response.text]).toEqual([201, expect.any(String)])
    const [ticket] = await records(sandbox.url, 'sc_request', 'sys_id=' + response.body.result.ticket.sys_id)
    return { ticket, ledger: await ledgerRow(sandbox.url, ids.stageInstanceId) }
}

describe('routing rules', () => {
    it('routes by the lowest active order: its group, priority and prefix, named on the ticket and the ledger', async () => {
        const basis = await group('SAP Basis')
        const finance = await group('SAP Finance team')
        const old = await group('SAP old team')
        const pkg = 'SAP Finance ' + randomUUID()
        const winner = await rule({
            order: '20',
            access_package: pkg,
            assignment_group: basis,
            priority: '2',
            short_description_prefix: '[SAP]',
        })
        await rule({ order: '30', access_package: pkg, assignment_group: finance, priority: '5' })
        await rule({ order: '10', active: 'false', access_package: pkg, assignment_group: old, priority: '1' })
        const { ticket, ledger } = await post({ DisplayName: pkg })
        expect(ticket.assignment_group).toBe(basis)
        expect(ticket.priority).toBe('2')
        expect(ticket.short_description).toBe('[SAP] Provision access: ' + pkg + ' for Adele Vance')
        expect(ticket.description).toContain(
            'Routed by routing rule with order 20 (access package "' + pkg + '") to SAP Basis.'
        )
        expect(ledger.routing_rule).toBe(winner)
    })

    it('matches the display name without regard to case', async () => {
        const salesforce = await group('Salesforce admins')
        const suffix = randomUUID()
        const winner = await rule({
            order: '100',
            access_package: 'salesforce SALES cloud ' + suffix,
            assignment_group: salesforce,
        })
        const { ticket, ledger } = await post({ DisplayName: 'Salesforce Sales Cloud ' + suffix.toUpperCase() })
        expect(ticket.assignment_group).toBe(salesforce)
        expect(ledger.routing_rule).toBe(winner)
        expect(ticket.priority).toBe('4')
        // An admin renames the rule's package: the next callout follows the new name, not the old one.
        const renamed = 'Salesforce Service Cloud ' + suffix
        const path = '/api/now/table/x_elm_bridge_route/' + winner
        expect(
            (await call(sandbox.url, 'admin', 'PATCH', path, { access_package: renamed.toLowerCase() })).status
        ).toBe(200)
        expect((await post({ DisplayName: 'Salesforce Sales Cloud ' + suffix })).ticket.assignment_group).toBe('')
        expect((await post({ DisplayName: renamed })).ledger.routing_rule).toBe(winner)
    })

    it('matches the access package id, and the catalog by id', async () => {
        const facilities = await group('Facilities')
        const badges = await group('Badge office')
        const packageId = randomUUID()
        const catalogId = randomUUID()
        const byPackage = await rule({
            order: '100',
            access_package: packageId.toUpperCase(),
            assignment_group: facilities,
        })
        const byCatalog = await rule({ order: '100', catalog: catalogId, assignment_group: badges })
        const first = await post({ Id: packageId, DisplayName: 'Building access' })
        expect(first.ticket.assignment_group).toBe(facilities)
        expect(first.ledger.routing_rule).toBe(byPackage)
        const second = await post({ DisplayName: 'Parking ' + randomUUID() }, { Id: catalogId, DisplayName: 'Site' })
        expect(second.ticket.assignment_group).toBe(badges)
        expect(second.ledger.routing_rule).toBe(byCatalog)
    })

    it('matches the stage: an empty stage matches every stage, a set one only its own', async () => {
        const grant = await group('Grant desk')
        const removal = await group('Removal desk')
        const pkg = 'Staged ' + randomUUID()
        await rule({ order: '10', access_package: pkg, stage: 'assignmentRequestRemoved', assignment_group: removal })
        await rule({ order: '20', access_package: pkg, assignment_group: grant })
        expect((await post({ DisplayName: pkg }, undefined, 'assignmentRequestRemoved')).ticket.assignment_group).toBe(
            removal
        )
        expect((await post({ DisplayName: pkg }, undefined, 'assignmentRequestGranted')).ticket.assignment_group).toBe(
            grant
        )
    })

    it('sends a callout that matches no rule to the default group', async () => {
        const fallback = await group('Identity default ' + randomUUID())
        const [defaultGroup] = await records(sandbox.url, 'sys_user_group', 'sys_id=' + fallback)
        await setProperty(sandbox.url, 'x_elm_bridge.assignment_group', defaultGroup.name)
        try {
            const { ticket, ledger } = await post({ DisplayName: 'Nobody routes this ' + randomUUID() })
            expect(ticket.assignment_group).toBe(fallback)
            expect(ticket.priority).toBe('4')
            expect(ticket.short_description).toMatch(/^Provision access: Nobody routes this/)
            expect(ticket.description).not.toContain('Routed by')
            expect(ledger.routing_rule).toBe('')
        } finally {
            await setProperty(sandbox.url, 'x_elm_bridge.assignment_group', '')
        }
    })

    it('skips a rule whose group was deleted or made inactive for the next rule, with a log line', async () => {
        const gone = await group('Disbanded team')
        const dormant = await group('Dormant team')
        const live = await group('Live team')
        const pkg = 'Stale ' + randomUUID()
        const stale = await rule({ order: '10', access_package: pkg, assignment_group: gone, priority: '1' })
        await rule({ order: '20', access_package: pkg, assignment_group: dormant, priority: '1' })
        const next = await rule({ order: '30', access_package: pkg, assignment_group: live, priority: '3' })
        expect((await call(sandbox.url, 'admin', 'DELETE', '/api/now/table/sys_user_group/' + gone)).status).toBe(204)
        const deactivated = await call(sandbox.url, 'admin', 'PATCH', '/api/now/table/sys_user_group/' + dormant, {
            active: 'false',
        })
        expect(deactivated.status).toBe(200)
        const { ticket, ledger } = await post({ DisplayName: pkg })
        expect(ticket.assignment_group).toBe(live)
        expect(ticket.priority).toBe('3')
        expect(ledger.routing_rule).toBe(next)
        const logs = (await call(sandbox.url, 'admin', 'GET', '/api/x_elm_sandbox/logs')).body.result.join('\n')
        expect(logs).toContain('[' + stale + '] skipped because')
        expect(logs).toMatch(/skipped because its assignment group (no longer exists|names no assignment group)/)
        expect(logs).toContain('skipped because its assignment group is inactive')
    })

    it('handles hostile rules as plain data and never answers 500', async () => {
        const odd = await group('Odd rules')
        const catalog = 'Hostile catalog ' + randomUUID()
        for (const access_package of ['.*', '^SAP.*$', '%', 'x'.repeat(10000), "'; DROP TABLE sc_request; --"])
            await rule({
                order: '1',
                catalog,
                access_package,
                assignment_group: odd,
                priority: 'not a priority',
                short_description_prefix: '<b>\u0000' + 'P'.repeat(500),
            })
        const plain = await post({ DisplayName: 'SAP Finance (manual)' }, { DisplayName: catalog })
        expect(plain.ticket.assignment_group).toBe('')
        expect(plain.ledger.routing_rule).toBe('')
        const regexName = await post({ DisplayName: '.*' }, { DisplayName: catalog.toUpperCase() })
        expect(regexName.ticket.assignment_group).toBe(odd)
        expect(regexName.ticket.priority).toBe('4')
        expect(regexName.ticket.short_description.length).toBeLessThanOrEqual(160)
        expect(regexName.ticket.short_description).toMatch(/^<b> P+/)
    })
})

describe('who may see and change routing rules', () => {
    it('lets agents read, the app admin write, and refuses the integration user', async () => {
        const team = await group('ACL team')
        const byAdmin = await call(sandbox.url, 'elmAdmin', 'POST', '/api/now/table/x_elm_bridge_route', {
            order: '900',
            access_package: 'ACL ' + randomUUID(),
            assignment_group: team,
        })
        expect(byAdmin.status).toBe(201)
        const path = '/api/now/table/x_elm_bridge_route/' + byAdmin.body.result.sys_id
        expect((await call(sandbox.url, 'agent', 'GET', path)).status).toBe(200)
        expect((await call(sandbox.url, 'agent', 'PATCH', path, { order: '1' })).status).toBe(403)
        expect(
            (await call(sandbox.url, 'agent', 'POST', '/api/now/table/x_elm_bridge_route', { order: '1' })).status
        ).toBe(403)
        expect((await call(sandbox.url, 'integration', 'GET', path)).status).toBe(403)
        expect((await call(sandbox.url, 'elmAdmin', 'PATCH', path, { order: '901' })).status).toBe(200)
        expect((await call(sandbox.url, 'elmAdmin', 'DELETE', path)).status).toBe(204)
    })
})
