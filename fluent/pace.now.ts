// The shared pace of Graph calls: one row (name "graph") that every worker and node reads before it calls Graph
// and writes only while Graph is throttling. See src/server/core/pace.ts for the arithmetic.
import { Acl, BooleanColumn, DecimalColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole } from './roles.now.ts'

export const x_elm_bridge_pace = Table({
    name: 'x_elm_bridge_pace',
    label: 'ELM Graph pace',
    display: 'name',
    allowWebServiceAccess: true,
    actions: ['read'],
    schema: {
        name: StringColumn({ label: 'Name', maxLength: 40, mandatory: true, readOnly: true }),
        hold_until_ms: DecimalColumn({ label: 'Hold until (epoch ms)', readOnly: true }),
        rate: DecimalColumn({
            label: 'Rate kept to (calls/s)',
            readOnly: true,
            hint: '0 = not pacing; 1000 = probing: measuring what Graph accepts in one second',
        }),
        next_at_ms: DecimalColumn({ label: 'Next call at (epoch ms)', readOnly: true }),
        booked_at_ms: DecimalColumn({ label: 'Next waiting call booked at (epoch ms)', readOnly: true }),
        changed_at_ms: DecimalColumn({ label: 'Probe started or rate measured at (epoch ms)', readOnly: true }),
        streak: IntegerColumn({ label: '429s in a row', default: '0', readOnly: true }),
        granted: IntegerColumn({
            label: 'Calls let through since the probe began or the rate was measured',
            default: '0',
            readOnly: true,
        }),
        rejected: IntegerColumn({ label: '429s since the hold', default: '0', readOnly: true }),
        measured_rate: DecimalColumn({ label: 'Graph accepted per second (last probe)', readOnly: true }),
        peak_rate: DecimalColumn({ label: 'Highest measured per second', readOnly: true }),
        probe_at_ms: DecimalColumn({ label: 'Next probe at (epoch ms)', readOnly: true }),
        probe_every_ms: DecimalColumn({ label: 'Probe interval (ms)', readOnly: true }),
        probed_at_ms: DecimalColumn({ label: 'Second that measured the rate (epoch ms)', readOnly: true }),
        probed_accepted: IntegerColumn({ label: 'Calls Graph accepted in that second', default: '0', readOnly: true }),
        probed_span_ms: DecimalColumn({ label: 'Its first call to its first refused call (ms)', readOnly: true }),
        probe_floor: IntegerColumn({
            label: 'Limit a scheduled probe cannot measure below',
            default: '0',
            readOnly: true,
        }),
        window_signs: IntegerColumn({
            label: 'Signs that Graph counts in one-second windows',
            default: '0',
            readOnly: true,
            hint: 'From 2 on, bursts start a second apart and probes count what Graph accepted, with no refill',
        }),
    },
    // One row: two workers that both find none try to insert it, and the index lets one through.
    index: [{ name: 'x_elm_bridge_pace_name', unique: true, element: 'name' }],
})

// One row per Graph call the pace lets through while it paces or probes, under the whole second it went in. The pace
// row's counts are read and written without a lock, so two workers that read it at once both take the same slot;
// each call inserts its own row and counts the second's rows after it instead (an insert never loses another
// worker's row). So no paced second takes more calls than the rate allows (withinRate), and the 429s of a probe or
// a paced second, which add a row each too (refused), measure what Graph accepted in it: its calls less its
// refusals. Each call keeps when it passed the gate, so a paced second's 429 tells a burst that came less than a
// second after the one before from a limit that fell. The first call of a second removes rows older than the two
// seconds before it.
export const x_elm_bridge_pace_call = Table({
    name: 'x_elm_bridge_pace_call',
    label: 'ELM Graph paced call',
    display: 'second_ms',
    allowWebServiceAccess: false,
    actions: ['read'],
    schema: {
        second_ms: DecimalColumn({
            label: 'Whole second the call went in (epoch ms)',
            mandatory: true,
            readOnly: true,
        }),
        refused: BooleanColumn({
            label: 'A 429 of a paced or probe call (not a call)',
            default: 'false',
            readOnly: true,
        }),
        at_ms: DecimalColumn({ label: 'When the call passed the gate (epoch ms)', readOnly: true }),
    },
    index: [{ name: 'x_elm_bridge_pace_call_second', unique: false, element: 'second_ms' }],
})

Acl({
    $id: Now.ID['acl_pace_read'],
    type: 'record',
    operation: 'read',
    table: 'x_elm_bridge_pace',
    roles: [adminRole],
    description: 'ELM Ticket Bridge admins can read the Graph pace.',
})
