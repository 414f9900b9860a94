// POST /api/x_elm_bridge/v1/callouts: the Logic App hands entitlement management's callout over here.

import { GlideRecord } from '@servicenow/glide'
import { Callout, MAX_BODY_BYTES, parseCallout, utf8Length } from '../core/callout.ts'
import { STATUS } from '../core/ledger-status.ts'
import { Routing, routingLine } from '../core/routing.ts'
import { description, shortDescription } from '../core/ticket-text.ts'
import { truncate } from '../core/text.ts'
import { displayTime, log, nowMs, setDate, value } from '../platform/glide.ts'
import { LEDGER_TABLE, findByStageInstanceId } from '../platform/ledger.ts'
import { routeCallout } from '../platform/routes.ts'
import { loadSettings } from '../platform/settings.ts'
import { TICKET_TABLE, findGroupSysId, findUserSysId } from '../platform/tickets.ts'

interface Reply {
    status: number
    body: unknown
    retryAfterSeconds?: number
}

function error(status: number, message: string, detail: string): Reply {
    return { status, body: { error: { message, detail } } }
}

function existingReply(ledger: GlideRecord): Reply {
    if (!value(ledger, 'ticket')) {
        // The first request for this stage instance is still creating its ticket (a true race on a multi-node
        // instance): ask the caller to come back rather than answer without a ticket or open a second one.
        return {
            status: 503,
            retryAfterSeconds: 1,
            body: {
                error: {
                    message: 'Callout in progress',
                    detail: 'The ticket for this stage instance is being created; retry',
                },
            },
        }
    }
    const ticket = new GlideRecord(value(ledger, 'ticket_table') || TICKET_TABLE)
    const number = ticket.get(value(ledger, 'ticket')) ? value(ticket, 'number') : value(ledger, 'ticket_number')
    return {
        status: 200,
        body: {
            result: {
                ticket: { table: value(ledger, 'ticket_table'), sys_id: value(ledger, 'ticket'), number },
                callout: { sys_id: ledger.getUniqueValue(), status: value(ledger, 'status') },
            },
        },
    }
}

function targetLabel(callout: Callout): string {
    const target = callout.target
    const name = target.displayName || target.principalName || target.email || target.objectId
    return target.principalName && target.principalName !== name ? name + ' (' + target.principalName + ')' : name
}

/**
 * Creates the ledger row first: its unique index on stage_instance_id is what stops a concurrent duplicate.
 * The ticket follows; if it cannot be written the row is removed again, so nothing is left half-done.
 */
function create(callout: Callout, receivedMs: number): Reply {
    const deadlineMs = callout.waitsForCallback && callout.timeoutMs !== null ? receivedMs + callout.timeoutMs : null
    const settings = loadSettings()
    const routing = routeCallout(callout, () =>
        settings.assignmentGroup ? findGroupSysId(settings.assignmentGroup) : ''
    )
    const ledgerSysId = insertLedgerRow(callout, deadlineMs, routing)
    if (!ledgerSysId) {
        // Another request with the same stage instance id won the unique index: answer with its ticket.
        const winner = findByStageInstanceId(callout.stageInstanceId)
        if (winner) return existingReply(winner)
        return error(500, 'Could not record the callout', 'The ledger row could not be written; nothing was created')
    }
    let ticket: GlideRecord | null = null
    try {
        ticket = insertTicket(callout, deadlineMs, routing)
    } finally {
        if (!ticket) removeLedgerRow(ledgerSysId)
    }
    if (!ticket)
        return error(500, 'Could not create the ticket', 'The ticket could not be written; nothing was created')
    const created = new GlideRecord(LEDGER_TABLE)
    created.get(ledgerSysId)
    created.setValue('ticket', ticket.getUniqueValue())
    created.setValue('ticket_number', value(ticket, 'number'))
    created.setWorkflow(false)
    created.update()
    log('info', 'Callout ' + callout.stageInstanceId + ' opened ' + value(ticket, 'number'))
    return {
        status: 201,
        body: {
            result: {
                ticket: { table: TICKET_TABLE, sys_id: ticket.getUniqueValue(), number: value(ticket, 'number') },
                callout: { sys_id: ledgerSysId, status: value(created, 'status') },
            },
        },
    }
}

function insertLedgerRow(callout: Callout, deadlineMs: number | null, routing: Routing): string | null {
    const ledger = new GlideRecord(LEDGER_TABLE)
    ledger.initialize()
    ledger.setValue('stage_instance_id', callout.stageInstanceId)
    ledger.setValue('request_id', callout.requestId)
    ledger.setValue('stage', callout.stage)
    ledger.setValue('status', callout.waitsForCallback ? STATUS.open : STATUS.noCallback)
    ledger.setValue('attempts', 0)
    ledger.setValue('waits_for_callback', callout.waitsForCallback)
    setDate(ledger, 'callback_deadline', deadlineMs)
    ledger.setValue('ticket_table', TICKET_TABLE)
    ledger.setValue('access_package', truncate(callout.accessPackage.displayName, 255))
    ledger.setValue('catalog', truncate(callout.catalog.displayName, 255))
    ledger.setValue('policy', truncate(callout.policy.displayName, 255))
    ledger.setValue('target', truncate(targetLabel(callout), 255))
    ledger.setValue('requestor', truncate(callout.requestor.displayName || callout.requestor.email, 255))
    ledger.setValue('request_type', callout.requestType)
    if (routing.rule) ledger.setValue('routing_rule', routing.rule.sysId)
    ledger.setValue(
        'outcome',
        callout.waitsForCallback ? 'Waiting for the ticket to close' : 'Fire-and-forget callout: never resumed'
    )
    return ledger.insert() || null
}

function insertTicket(callout: Callout, deadlineMs: number | null, routing: Routing): GlideRecord | null {
    const ticket = new GlideRecord(TICKET_TABLE)
    ticket.initialize()
    ticket.setValue('short_description', shortDescription(callout, routing.prefix))
    const userSysId = findUserSysId([callout.target.principalName, callout.target.email])
    let text = description(callout, deadlineMs === null ? '' : displayTime(deadlineMs), routingLine(routing))
    if (userSysId) ticket.setValue('requested_for', userSysId)
    else
        text = truncate('Note: no ServiceNow user matches the target user; set Requested for by hand.\n\n' + text, 4000)
    ticket.setValue('description', text)
    if (routing.groupSysId) ticket.setValue('assignment_group', routing.groupSysId)
    if (routing.priority) ticket.setValue('priority', routing.priority)
    ticket.setValue('x_elm_bridge_request_id', callout.requestId)
    ticket.setValue('x_elm_bridge_stage', callout.stage)
    ticket.setValue('x_elm_bridge_stage_instance_id', callout.stageInstanceId)
    return ticket.insert() ? ticket : null
}

function removeLedgerRow(sysId: string): void {
    const orphan = new GlideRecord(LEDGER_TABLE)
    if (orphan.get(sysId)) orphan.deleteRecord()
}

/** Pure over its inputs apart from the records it reads and writes; the REST route is a one-line wrapper. */
export function receiveCallout(contentType: string, raw: string): Reply {
    // The platform has already refused any media type but the API's application/json (415 before this script
    // runs). The pages do not say whether it matches the type's parameters, so a charset other than UTF-8 is refused
    // here; the type check stays as a guard should an admin widen the resource's supported formats, and for a
    // request without the header, which the pages do not mention.
    const type = (contentType || '').trim()
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)
    if (!/^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(type) || (charset && !/^utf-?8$/i.test(charset[1]))) {
        return error(415, 'Unsupported media type', 'Send the callout as application/json in UTF-8')
    }
    if (utf8Length(raw || '') > MAX_BODY_BYTES) {
        return error(413, 'Callout too large', 'The body is over ' + MAX_BODY_BYTES / 1024 + ' KB')
    }
    const parsed = parseCallout(raw || '')
    if (parsed.kind === 'invalid') return error(400, parsed.message, parsed.detail)
    if (parsed.kind === 'connection_test') return { status: 200, body: { result: { status: 'connection_test' } } }
    const existing = findByStageInstanceId(parsed.callout.stageInstanceId)
    if (existing) return existingReply(existing)
    return create(parsed.callout, nowMs())
}

export function handleCalloutRequest(request: any, response: any): void {
    const raw = request.body ? request.body.dataString : ''
    // Header names as c_ScriptableServiceRequest.md spells them ("such as accept or content-type").
    const reply = receiveCallout(String(request.getHeader('content-type') || ''), raw ? String(raw) : '')
    // setBody() would wrap the answer in another "result"; the contract's shapes are written as they are.
    response.setStatus(reply.status)
    if (reply.retryAfterSeconds) response.setHeader('Retry-After', String(reply.retryAfterSeconds))
    response.setContentType('application/json')
    response.getStreamWriter().writeString(JSON.stringify(reply.body))
}
