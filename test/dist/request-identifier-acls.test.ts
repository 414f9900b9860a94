// Issue 11, item 2, in-process over the built app: the field rules the app ships for the three x_elm_bridge_*
// columns, as GlideRecordSecure and the form (GlideElement.canWrite) see them, for an agent and for an agent who
// is also an ELM Ticket Bridge admin.
import { Instance } from '../../scripts/sandbox/instance.ts'
import { appDir, loadBuiltRecords } from '../support/built-app.ts'

const FIELDS = ['x_elm_bridge_request_id', 'x_elm_bridge_stage', 'x_elm_bridge_stage_instance_id']
let instance: Instance
let ticketSysId = ''

function as<T>(roles: string[], work: () => T): T {
    const session = { ...instance.sessionFor('itil.agent'), roles: new Set(roles) }
    return instance.as(session, work)
}

function run(roles: string[], source: string): unknown {
    return as(roles, () => instance.scripts.run(source, 'test', { ticketSysId }))
}

beforeAll(() => {
    instance = new Instance({ appDir: appDir(), dataFile: null, allowRemote: false, nodeName: 'test', log: () => {} })
    ticketSysId = String(
        instance.scripts.run(
            `var t = new GlideRecord('sc_request'); t.initialize(); t.setValue('short_description', 'x');
            t.setValue('x_elm_bridge_stage', 'assignmentRequestApproved'); return t.insert();`,
            'setup',
            {}
        )
    )
})

afterAll(() => instance.close())

describe('field ACLs on the request identifiers', () => {
    it('ship a write and a create rule for each column, for x_elm_bridge.admin only, without a script', () => {
        const acls = loadBuiltRecords().filter(
            (r) => r.table === 'sys_security_acl' && String(r.fields.name).startsWith('sc_request.')
        )
        expect(acls.map((a) => a.fields.name + ':' + a.fields.operation).sort()).toEqual(
            FIELDS.flatMap((f) => ['sc_request.' + f + ':create', 'sc_request.' + f + ':write']).sort()
        )
        for (const acl of acls) expect(acl.fields.script || '').toBe('')
    })

    it.each(FIELDS)('%s is read-only for an agent on the form and through GlideRecordSecure', (field) => {
        const script = `var t = new GlideRecordSecure('sc_request'); t.get(ticketSysId);
            return [t.canWrite(), t.${field}.canRead(), t.${field}.canWrite(), t.short_description.canWrite()];`
        expect(run(['itil'], script)).toEqual([true, true, false, true])
        expect(run(['itil', 'x_elm_bridge.admin'], script)).toEqual([true, true, true, true])
        const write = `var t = new GlideRecordSecure('sc_request'); t.get(ticketSysId);
            t.setValue('${field}', 'changed'); return t.update();`
        expect(run(['itil'], write)).toBeNull()
        expect(run(['itil', 'x_elm_bridge.admin'], write)).toBe(ticketSysId)
    })
})
