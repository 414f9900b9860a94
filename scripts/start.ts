// npm start: build, start the sandbox with the Graph/Entra emulator wired in, walk one access request
// through the whole loop, then keep both running for you to carry on with curl. Ctrl-C stops everything.
import { randomUUID } from 'crypto'
import { GraphEmulator } from './emulator/graph-emulator.ts'
import { flatCallout } from './emulator/callouts.ts'
import { call, records, startSandbox, waitFor, wire } from './sandbox/client.ts'

function step(text: string): void {
    process.stdout.write('\n== ' + text + '\n')
}

function show(label: string, value: string): void {
    process.stdout.write('   ' + label.padEnd(22) + value + '\n')
}

async function main(): Promise<void> {
    step('Starting the Graph/Entra emulator and the sandbox (it builds the app first if needed)')
    const emulator = new GraphEmulator()
    const emulatorUrl = 'http://127.0.0.1:' + (await emulator.listen(Number(process.env.ELM_EMULATOR_PORT) || 8081))
    const sandbox = await startSandbox(['--port', process.env.ELM_SANDBOX_PORT || '8080', '--quiet'])
    show('sandbox', sandbox.url)
    show('emulator', emulatorUrl)

    step('Configuring it as an admin would: properties and the OAuth entry "ELM Ticket Bridge Graph"')
    await wire(sandbox.url, emulator, emulatorUrl)
    show('graph_endpoint', emulatorUrl)
    show('token URL', emulatorUrl + '/' + emulator.config.tenantId + '/oauth2/v2.0/token')
    show('client ID', emulator.config.clientId)
    show('client secret', '(set; never printed)')

    step('Entitlement management pauses a request and calls the Logic App, which posts the callout')
    const requestId = randomUUID()
    const stageInstanceId = randomUUID()
    emulator.register({ requestId, stageInstanceId, stage: 'assignmentRequestApproved', timeoutSeconds: 3 * 86400 })
    const posted = await call(
        sandbox.url,
        'integration',
        'POST',
        '/api/x_elm_bridge/v1/callouts',
        flatCallout({ AccessPackageAssignmentRequestId: requestId, CustomExtensionStageInstanceId: stageInstanceId })
    )
    show('HTTP', String(posted.status))
    show('ticket', posted.body.result.ticket.number + ' (sc_request ' + posted.body.result.ticket.sys_id + ')')
    const [ticket] = await records(sandbox.url, 'sc_request', 'sys_id=' + posted.body.result.ticket.sys_id)
    show('short description', ticket.short_description)
    const ledger = async () =>
        (await records(sandbox.url, 'x_elm_bridge_callout', 'stage_instance_id=' + stageInstanceId))[0]
    show('ledger status', (await ledger()).status)

    step('IT support provisions the access and closes the ticket (PATCH state=3 as itil.agent)')
    const started = Date.now()
    await call(sandbox.url, 'agent', 'PATCH', '/api/now/table/sc_request/' + ticket.sys_id, {
        state: '3',
        close_notes: 'Role granted in SAP',
    })
    let last = ''
    const row = await waitFor('the resume', async () => {
        const current = await ledger()
        if (current.status !== last) {
            show('ledger status', current.status + ' (+' + (Date.now() - started) + ' ms)')
            last = current.status
        }
        return current.status === 'resumed' || current.status === 'failed' ? current : null
    })
    const [resume] = emulator.resumeCalls(requestId)
    step('What Graph received')
    show('call', 'POST /v1.0/identityGovernance/entitlementManagement/assignmentRequests/' + requestId + '/resume')
    show('answered', String(resume.status))
    process.stdout.write(JSON.stringify(resume.body, null, 2).replace(/^/gm, '   ') + '\n')
    show('request state', emulator.requests.get(requestId)!.state)
    show('ledger outcome', row.outcome)
    const notes = await records(sandbox.url, 'sys_journal_field', 'element_id=' + ticket.sys_id)
    for (const note of notes) show('work note', note.value)

    step('Still running. Try it yourself (Ctrl-C stops both):')
    const api = sandbox.url + '/api/x_elm_bridge/v1/callouts'
    process.stdout.write(
        [
            '   users: admin/admin, elm.integration/integration (inbound API), itil.agent/agent (closes tickets)',
            '   curl -u elm.integration:integration -H "Content-Type: application/json" -d \'{"Stage":"CustomExtensionConnectionTest"}\' ' +
                api,
            "   curl -u itil.agent:agent '" +
                sandbox.url +
                "/api/now/table/x_elm_bridge_callout?sysparm_fields=ticket_number,status,outcome'",
            '   curl -X POST -H "Content-Type: application/json" -d \'{"requestId":"<guid>","stageInstanceId":"<guid>","stage":"assignmentRequestApproved"}\' ' +
                emulatorUrl +
                '/_emulator/requests',
            '   curl ' + emulatorUrl + '/_emulator/calls',
            '',
        ].join('\n')
    )
    const stop = async () => {
        await sandbox.stop()
        await emulator.close()
        process.exit(0)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}

main().catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
    process.exit(1)
})
