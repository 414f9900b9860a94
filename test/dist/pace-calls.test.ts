// Issue 14, in-process over the built app: the pace row's counts are read and written without a lock (two workers
// that read it at once take the same slot). Each paced or probing call inserts its own row under its whole second
// and counts the second's rows instead: a paced second takes no more than the rate however stale the pace row, and
// a probe's 429s (a row each too) measure what Graph accepted in the probe, its calls less its refusals.
import { Instance } from '../../scripts/sandbox/instance.ts'
import { instanceWithoutGraph, runAsAdmin } from '../support/in-process.ts'

let instance: Instance

function run(source: string, variables: { [name: string]: unknown } = {}): unknown {
    return runAsAdmin(instance, source, variables)
}

/** The whole second of every counted call, in order. */
function countedCalls(): number[] {
    return run(
        `var c = new GlideRecord('x_elm_bridge_pace_call'); c.addQuery('refused', false); c.orderBy('second_ms'); c.query();
        var all = []; while (c.next()) all.push(Number(c.getValue('second_ms'))); return all;`
    ) as number[]
}

/**
 * `count` calls counted under the whole second `secondMs`, the first of them through the gate at `firstAtMs` (null:
 * no gate times, as an older build's rows).
 */
function addCalls(secondMs: number, count: number, firstAtMs: number | null = secondMs + 1): void {
    run(
        `for (var i = 0; i < count; i++) { var c = new GlideRecord('x_elm_bridge_pace_call'); c.initialize();
        c.setValue('second_ms', second); if (first !== null) c.setValue('at_ms', first + i); c.insert(); }`,
        { second: secondMs, count, first: firstAtMs }
    )
}

const PACE = "require('x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/platform/pace.ts')"

/** The one pace row, with `fields` set (none: no pace row at all). */
function setPace(fields: { [field: string]: number | boolean } | null): void {
    run(
        `var p = new GlideRecord('x_elm_bridge_pace'); p.query(); while (p.next()) p.deleteRecord();
        if (fields) { p = new GlideRecord('x_elm_bridge_pace'); p.initialize(); p.setValue('name', 'graph');
        for (var name in fields) p.setValue(name, fields[name]); p.insert(); }`,
        { fields }
    )
}

/** A number field of the pace row. */
function paceValue(field: string): number {
    return Number(
        run(`var p = new GlideRecord('x_elm_bridge_pace'); p.get('name', 'graph'); return p.getValue(f);`, { f: field })
    )
}

/** The pace row probing since the whole second `probeAtMs`, having counted `granted` calls. */
function probing(probeAtMs: number, granted: number): void {
    setPace({
        rate: 1000,
        changed_at_ms: probeAtMs,
        next_at_ms: probeAtMs + 1,
        granted,
        hold_until_ms: probeAtMs - 500,
        measured_rate: 20,
        peak_rate: 20,
    })
}

const granted = () => paceValue('granted')

/** A callout whose resume is due now: the event worker takes it once. Returns the row's outcome text then. */
function resumeOne(stageInstanceId: string): string {
    const id = run(
        `var r = new GlideRecord('x_elm_bridge_callout'); r.initialize();
        r.setValue('stage_instance_id', stage); r.setValue('request_id', '7d4b0f3e-0c55-4a8e-9a51-8a1f2b3c4d5e');
        r.setValue('stage', 'assignmentRequestApproved'); r.setValue('status', 'open'); var id = r.insert();
        r = new GlideRecord('x_elm_bridge_callout'); r.get(id); r.setValue('status', 'pending'); r.update(); return id;`,
        { stage: stageInstanceId }
    )
    expect(instance.processEvents()).toBe(1)
    return String(
        run(`var r = new GlideRecord('x_elm_bridge_callout'); r.get(id); return r.getValue('outcome');`, { id })
    )
}

/** Moves the instance's clock just past the next whole second and returns it: the test's calls fall in it. */
function wholeSecond(): number {
    const now = instance.clock.now()
    instance.advanceClock((1000 - (now % 1000) + 5) / 1000)
    return Math.floor(instance.clock.now() / 1000) * 1000
}

/**
 * Loads the app's modules (a delivery of no callout), so that the clock a test then runs against is not spent on that,
 * and returns the whole second two ahead, for the test to set up for.
 */
function loadedWithSecondAhead(): number {
    run(
        `require('x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/resume/resume-service.ts').deliver('${'0'.repeat(32)}');`
    )
    return Math.floor(instance.clock.now() / 1000) * 1000 + 2000
}

beforeEach(() => {
    // Nothing listens at Graph: each resume is a connection error after it passed the pace.
    instance = instanceWithoutGraph()
})

afterEach(() => instance.close())

it("counts a probe's calls from its own rows, not from the pace row's count that lost two", () => {
    const probe = wholeSecond()
    probing(probe, 1)
    addCalls(probe - 1000, 2)
    addCalls(probe, 3)
    resumeOne('0b7a9c2e-6d1f-4e3a-8b5c-1f2e3d4c5b6a')
    // Three calls went before this one in the probe's second: four now, and the pace row's count is mended to 4.
    expect(countedCalls()).toEqual([probe - 1000, probe - 1000, probe, probe, probe, probe])
    expect(granted()).toBe(4)
})

it('the first call of a second removes the rows older than the two seconds before it', () => {
    const probe = wholeSecond()
    probing(probe, 0)
    addCalls(probe - 5000, 2)
    addCalls(probe - 3000, 2)
    addCalls(probe - 2000, 2)
    addCalls(probe - 1000, 1)
    resumeOne('1c8b0d3f-7e2a-4f4b-9c6d-2a3f4e5d6c7b')
    expect(countedCalls()).toEqual([probe - 2000, probe - 2000, probe - 1000, probe])
    expect(granted()).toBe(1)
})

it('a paced second takes no more than the rate, however stale the pace row', () => {
    const second = wholeSecond()
    // Paced at 4 a second; the pace row says the second has room (its next slot is now), but four calls went.
    setPace({
        rate: 4,
        hold_until_ms: second - 2000,
        changed_at_ms: second - 3000,
        next_at_ms: second,
        booked_at_ms: second,
        measured_rate: 5,
        peak_rate: 5,
    })
    addCalls(second, 4)
    const outcome = resumeOne('3e0d2f5b-9a4c-4b6d-8e8f-4c5b6a7f8e9d')
    expect(outcome).toContain('the shared pace holds the call')
    // It took its row back out, and waits for the next second.
    expect(countedCalls()).toEqual([second, second, second, second])
    // With room in the second it goes (and Graph, unreachable here, answers nothing).
    run(`var c = new GlideRecord('x_elm_bridge_pace_call'); c.query(); c.next(); c.deleteRecord();`)
    expect(resumeOne('4f1e3a6c-0b5d-4c7e-9f0a-5d6c7b8a9f0e')).not.toContain('the shared pace holds the call')
    expect(countedCalls()).toEqual([second, second, second, second])
})

describe('bursts a second apart, once Graph has shown one-second windows', () => {
    /**
     * Paced at 19 with `signs` signs of a window; the burst before began 470 ms into its second, so this one may begin
     * 495 ms into its own (the spacing is 25 ms; 500 ms is the latest a burst is waited for). The clock runs on: the
     * test loads the app's modules first, sets up for a whole second ahead, then moves the clock 50 ms into it, which
     * leaves 445 ms for what must happen before the burst may begin. Returns that second.
     */
    function burstBefore(signs: number): number {
        const second = loadedWithSecondAhead()
        setPace({
            rate: 19,
            hold_until_ms: second - 3000,
            changed_at_ms: second - 4000,
            next_at_ms: second,
            booked_at_ms: second,
            measured_rate: 20,
            peak_rate: 20,
            window_signs: signs,
        })
        addCalls(second - 1000, 18, second - 1000 + 470)
        instance.advanceClock((second + 50 - instance.clock.now()) / 1000)
        return second
    }

    const permits = () =>
        Number(run(`var p = new GlideRecord('x_elm_bridge_send'); p.query(); return p.getRowCount();`))

    it('a burst less than a second and the spacing after the one before waits a moment, due again at once', () => {
        const second = burstBefore(2)
        // The gate holds the row's first try (its permit is taken, so the row moves to its next round)...
        expect(resumeOne('5a2f4b7d-1c6e-4d8f-8a1b-6e7d8c9b0a1f')).toBe(
            'Retrying: Graph is throttling this app; the shared pace holds the call; attempt 1 again at once (throttling spends no attempt)'
        )
        expect(permits()).toBe(1)
        expect(countedCalls()).toEqual(new Array(18).fill(second - 1000))
        // ...and the worker holds its next try before claiming anything: due again at once, nothing written.
        expect(instance.processEvents()).toBe(1)
        expect(permits()).toBe(1)
        expect(instance.processEvents()).toBe(1)
        expect(permits()).toBe(1)
        // All of that before the burst may begin (else the test, not the app, is too slow for its clock).
        expect(instance.clock.now()).toBeLessThan(second + 495)
        // Once the moment has passed the call goes (and Graph, unreachable here, answers nothing).
        instance.advanceClock((second + 505 - instance.clock.now()) / 1000)
        expect(instance.processEvents()).toBe(1)
        expect(permits()).toBe(2)
        expect(countedCalls()).toEqual([...new Array(18).fill(second - 1000), second])
    })

    it('with one sign only (a window, or a limit that fell) the burst goes at once', () => {
        const second = burstBefore(1)
        expect(resumeOne('6b3a5c8e-2d7f-4e9a-9b2c-7f8e9d0c1b2a')).toContain('Retrying')
        expect(permits()).toBe(1)
        expect(countedCalls()).toEqual([...new Array(18).fill(second - 1000), second])
    })
})

describe('a hold that ends early in a second', () => {
    /** Paced at 19 under a hold that ends 300 ms into the whole second it returns; the clock at `clockAtMs` into it. */
    function holdEndingEarly(clockAtMs: number): number {
        const second = loadedWithSecondAhead()
        setPace({
            rate: 19,
            hold_until_ms: second + 300,
            changed_at_ms: second - 4000,
            next_at_ms: second + 300,
            booked_at_ms: 0,
            measured_rate: 20,
            peak_rate: 20,
            streak: 1,
        })
        instance.advanceClock((second + clockAtMs - instance.clock.now()) / 1000)
        return second
    }

    it('a call before that second is booked into what is left of it and due at its start, not at the next', () => {
        holdEndingEarly(-600)
        // Due at the whole second the hold ends in (0.6 s away), where the gate holds it for the hold's last moment;
        // rounded up it would have waited until the second after (1.6 s).
        expect(resumeOne('7c4b6d9f-3e8a-4f0b-8c3d-8a9f0e1d2c3b')).toBe(
            'Retrying: Graph is throttling this app; the shared pace holds the call; attempt 1 again in 1 s (throttling spends no attempt)'
        )
        expect(paceValue('booked_at_ms')).toBeGreaterThan(0)
    })

    it("in the hold's last moment a call comes back with the next poll: nothing booked, nothing written", () => {
        const second = holdEndingEarly(50)
        expect(resumeOne('8d5c7e0a-4f9b-4a1c-9d4e-9b0a1f2e3d4c')).toBe(
            'Retrying: Graph is throttling this app; the shared pace holds the call; attempt 1 again at once (throttling spends no attempt)'
        )
        expect(paceValue('booked_at_ms')).toBe(0)
        // The row's next try asks before it claims its send: held again, with nothing counted.
        expect(instance.processEvents()).toBe(1)
        expect(countedCalls()).toEqual([])
        expect(instance.clock.now()).toBeLessThan(second + 300)
        // Once the hold has passed the call goes, counted in that second.
        instance.advanceClock((second + 310 - instance.clock.now()) / 1000)
        expect(instance.processEvents()).toBe(1)
        expect(countedCalls()).toEqual([second])
    })
})

it('a call that is neither paced nor probing adds no row', () => {
    setPace(null)
    const before = countedCalls()
    resumeOne('2d9c1e4a-8f3b-4a5c-8d7e-3b4a5f6e7d8c')
    expect(countedCalls()).toEqual(before)
})

describe("a probe's 429s", () => {
    /** A 429 of a call in the probe that began at `probeAtMs`, 60 ms in, as the Graph adapter hands it to the pace. */
    function refused(probeAtMs: number): void {
        run(
            `var pace = ${PACE};
            pace.paceThrottled(probe + 60, 1, 30, {
                waitUntilMs: null, streak: 0, epoch: probe, probing: true, gateAtMs: probe + 60
            });`,
            { probe: probeAtMs }
        )
    }

    const measured = () => ({
        measured: paceValue('measured_rate'),
        accepted: paceValue('probed_accepted'),
        rate: paceValue('rate'),
    })

    it('measure what Graph accepted in the probe, its calls less its refusals, each 429 again', () => {
        const probe = wholeSecond()
        probing(probe, 8)
        addCalls(probe, 8)
        // Eight calls in the probe's 59 ms; the first 429 counts the other seven as accepted.
        refused(probe)
        expect(measured()).toEqual({ measured: 7, accepted: 7, rate: 6.5 })
        refused(probe)
        refused(probe)
        expect(measured()).toEqual({ measured: 5, accepted: 5, rate: 4.5 })
        // Refusals are rows of their own, not calls.
        expect(countedCalls()).toEqual(new Array(8).fill(probe))
    })

    it('of a scheduled probe measure no lower than the limit the pace held to (probe_floor)', () => {
        const probe = wholeSecond()
        probing(probe, 4)
        run(
            `var p = new GlideRecord('x_elm_bridge_pace'); p.get('name', 'graph'); p.setValue('measured_rate', 5);
            p.setValue('probe_floor', 5); p.update();`
        )
        // Four calls, one refused: three accepted in 59 ms would measure 3; the floor keeps 5.
        addCalls(probe, 4)
        refused(probe)
        expect(measured()).toEqual({ measured: 5, accepted: 3, rate: 4.5 })
    })

    it("measure the probe's span from gate to gate, as the adapter hands the call's gate time on", () => {
        const probe = wholeSecond()
        probing(probe, 21)
        // 21 calls went since the probe's first at probe + 1; this one passes the gate 100 ms after that, and its
        // 429 comes back 100 ms later still. 21 accepted in 100 ms is 20 a second; counted to the 429 it would be 18.
        addCalls(probe, 21)
        run(
            `var pace = ${PACE};
            var gated = pace.paceGate(probe + 101);
            pace.paceThrottled(probe + 201, 1, 30, gated);`,
            { probe }
        )
        expect(measured()).toEqual({ measured: 20, accepted: 21, rate: 19 })
    })

    it("a 429 that read the row before another's was written counts that refusal too", () => {
        const probe = wholeSecond()
        probing(probe, 8)
        addCalls(probe, 8)
        // Another 429 of the probe was counted but has not written the pace row yet.
        run(
            `var r = new GlideRecord('x_elm_bridge_pace_call'); r.initialize(); r.setValue('second_ms', probe);
            r.setValue('refused', true); r.insert();`,
            { probe }
        )
        refused(probe)
        expect(measured()).toEqual({ measured: 6, accepted: 6, rate: 5.5 })
    })
})

describe("a paced second's 429s", () => {
    /** Paced at 19 under a measured 20 since a hold that ended at `eraMs`. */
    function pacedAt19(eraMs: number): void {
        setPace({
            rate: 19,
            hold_until_ms: eraMs,
            changed_at_ms: eraMs - 1000,
            next_at_ms: eraMs,
            measured_rate: 20,
            peak_rate: 20,
        })
    }

    /** A 429 of a paced call of the era `eraMs` that passed the gate at `gateAtMs`, as the Graph adapter hands it on. */
    function refused(eraMs: number, gateAtMs: number): void {
        run(
            `var pace = ${PACE};
            pace.paceThrottled(gate + 20, 1, 30, { waitUntilMs: null, streak: 0, epoch: era, probing: false, gateAtMs: gate });`,
            { era: eraMs, gate: gateAtMs }
        )
    }

    function paceRow(): { rate: number; measured: number; probing: boolean; refusals: number } {
        const refusals = Number(
            run(`var r = new GlideRecord('x_elm_bridge_pace_call'); r.addQuery('refused', true); r.query();
            return r.getRowCount();`)
        )
        const rate = paceValue('rate')
        return { rate, measured: paceValue('measured_rate'), probing: rate >= 1000, refusals }
    }

    /** Paced at 19: 18 calls in the second before, then `calls` in a burst 940 ms after it began, the last refused. */
    function earlyBurstRefused(calls: number): void {
        const second = wholeSecond()
        pacedAt19(second - 3000)
        addCalls(second - 1000, 18, second - 1000 + 80)
        addCalls(second, calls, second + 20)
        refused(second - 3000, second + 22)
    }

    it('in a burst less than 1.1 s after the one before: hold, and the rate stays (no probe)', () => {
        earlyBurstRefused(3)
        expect(paceRow()).toEqual({ rate: 19, measured: 20, probing: false, refusals: 1 })
        // 18 and 2: the two seconds shared one window, a sign.
        expect(paceValue('window_signs')).toBe(1)
    })

    it('a call refused with nothing taken in its second (it went in a hold) is no sign of windows', () => {
        earlyBurstRefused(1)
        expect(paceRow()).toEqual({ rate: 19, measured: 20, probing: false, refusals: 1 })
        expect(paceValue('window_signs')).toBe(0)
    })

    it('where the limit fell: the second measures it from its calls less its refusals, each 429 again', () => {
        const second = wholeSecond()
        pacedAt19(second - 3000)
        // 19 in the second before; this burst began 1.12 s after that one's: a window it opened had closed.
        addCalls(second - 1000, 19, second - 1000)
        addCalls(second, 6, second + 120)
        refused(second - 3000, second + 140)
        expect(paceRow()).toEqual({ rate: 4.5, measured: 5, probing: false, refusals: 1 })
        refused(second - 3000, second + 141)
        expect(paceRow()).toEqual({ rate: 3.5, measured: 4, probing: false, refusals: 2 })
    })

    it('whose calls have no gate time (rows of an older build): a probe after the hold, as before', () => {
        const second = wholeSecond()
        pacedAt19(second - 3000)
        addCalls(second - 1000, 19, second - 1000)
        addCalls(second, 6, null)
        refused(second - 3000, second + 140)
        expect(paceRow()).toMatchObject({ measured: 20, probing: true, refusals: 1 })
    })
})
