// What an admin of the app does on an instance: change the app's properties, press Retry now.
import {
    OpenedCallout,
    call,
    ledgerRow,
    openCallout,
    records,
    setProperty,
    updateTicket,
    useLoop,
    waitFor,
    waitForStatus,
    retryNow,
} from './harness.ts'

const loop = useLoop()

async function property(name: string): Promise<any> {
    return (await records(loop.sandbox.url, 'sys_properties', 'name=' + name))[0]
}

describe('app properties', () => {
    it('x_elm_bridge.admin reads and changes the app properties (their write roles)', async () => {
        const listed = await call(
            loop.sandbox.url,
            'elmAdmin',
            'GET',
            '/api/now/table/sys_properties?sysparm_query=nameSTARTSWITHx_elm_bridge.'
        )
        expect(listed.status).toBe(200)
        const target = await property('x_elm_bridge.deadline_warning_hours')
        const changed = await call(
            loop.sandbox.url,
            'elmAdmin',
            'PATCH',
            '/api/now/table/sys_properties/' + target.sys_id,
            {
                value: '24',
            }
        )
        expect(changed.status).toBe(200)
        expect((await property('x_elm_bridge.deadline_warning_hours')).value).toBe('24')
        await setProperty(loop.sandbox.url, 'x_elm_bridge.deadline_warning_hours', target.value)
    })

    it('an itil agent and the integration user cannot change them', async () => {
        const target = await property('x_elm_bridge.graph_endpoint')
        for (const user of ['agent', 'integration'] as const) {
            const response = await call(
                loop.sandbox.url,
                user,
                'PATCH',
                '/api/now/table/sys_properties/' + target.sys_id,
                {
                    value: 'https://attacker.example',
                }
            )
            expect([user, response.status]).toEqual([user, 403])
        }
        expect((await property('x_elm_bridge.graph_endpoint')).value).toBe(target.value)
    })
})

describe("the Table API on the app's tables (their application access, r_TableApplicationAccessFields.md)", () => {
    it('reaches no table without web service access, and creates no ledger or pace row, even as admin', async () => {
        for (const table of ['x_elm_bridge_send', 'x_elm_bridge_reconcile_pass', 'x_elm_bridge_pace_call']) {
            const read = await call(loop.sandbox.url, 'admin', 'GET', '/api/now/table/' + table)
            expect([table, read.status]).toEqual([table, 403])
        }
        for (const table of ['x_elm_bridge_callout', 'x_elm_bridge_pace']) {
            expect((await call(loop.sandbox.url, 'admin', 'GET', '/api/now/table/' + table)).status).toBe(200)
            const created = await call(loop.sandbox.url, 'admin', 'POST', '/api/now/table/' + table, {})
            expect([table, created.status]).toEqual([table, 403])
        }
    })
})

describe('the Graph endpoint an app admin sets', () => {
    // x_elm_bridge.admin can be delegated, and the REST message sends the app's access token to this host. The bug
    // it catches: any https host was accepted, so an app admin could send the token anywhere.
    it('is refused unless it is a Microsoft Graph root: nothing is sent, and the callout fails naming the property', async () => {
        const endpoint = await property('x_elm_bridge.graph_endpoint')
        const changed = await call(
            loop.sandbox.url,
            'elmAdmin',
            'PATCH',
            '/api/now/table/sys_properties/' + endpoint.sys_id,
            { value: 'https://attacker.example' }
        )
        expect(changed.status).toBe(200)
        try {
            const opened = await openCallout(loop.sandbox.url, loop.emulator)
            await updateTicket(loop.sandbox.url, opened.ticketSysId)
            const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['failed', 'resumed'])
            expect([row.status, row.attempts]).toEqual(['failed', '0'])
            expect(row.last_error).toContain('x_elm_bridge.graph_endpoint is not a Microsoft Graph root')
            expect(loop.emulator.resumeCalls(opened.requestId)).toEqual([])
        } finally {
            await setProperty(loop.sandbox.url, 'x_elm_bridge.graph_endpoint', endpoint.value)
        }
    })
})

describe('Retry now', () => {
    let opened: OpenedCallout

    afterAll(async () => {
        await setProperty(loop.sandbox.url, 'x_elm_bridge.retry_base_seconds', '1')
    })

    it('on a pending row waiting for a later attempt, delivers within seconds without the sweep', async () => {
        // A transient failure with an hour's backoff leaves the row pending, next attempt an hour away.
        await setProperty(loop.sandbox.url, 'x_elm_bridge.retry_base_seconds', '3600')
        opened = await openCallout(loop.sandbox.url, loop.emulator)
        loop.emulator.injectFaults(opened.requestId, [{ status: 503 }])
        await updateTicket(loop.sandbox.url, opened.ticketSysId)
        const waiting = await waitFor('a pending row after one failed attempt', async () => {
            const row = await ledgerRow(loop.sandbox.url, opened.stageInstanceId)
            return row.status === 'pending' && row.attempts === '1' && row.next_attempt_at ? row : null
        })
        expect(waiting.last_http_status).toBe('503')

        const pressed = await retryNow(loop.sandbox.url, waiting.sys_id, 'elmAdmin')
        expect([pressed.status, pressed.body]).toEqual([
            200,
            { result: { messages: [{ type: 'info', text: 'Retry queued' }] } },
        ])
        const row = await waitForStatus(loop.sandbox.url, opened.stageInstanceId, ['resumed'], 5000)
        expect(loop.emulator.resumeCalls(opened.requestId).map((c) => c.status)).toEqual([503, 204])
        expect(row.attempts).toBe('2')
    }, 30000)

    it('is an admin button: an itil agent cannot press it', async () => {
        const other = await openCallout(loop.sandbox.url, loop.emulator)
        loop.emulator.injectFaults(other.requestId, [{ status: 503 }])
        await updateTicket(loop.sandbox.url, other.ticketSysId)
        const row = await waitForStatus(loop.sandbox.url, other.stageInstanceId, ['pending'])
        const pressed = await retryNow(loop.sandbox.url, row.sys_id, 'agent')
        expect(pressed.status).toBe(403)
    }, 30000)
})
