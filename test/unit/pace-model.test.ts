// The pace's arithmetic run over whole drains in the discrete-event model (scripts/bench/pace-model.ts): simulated
// time, fixed seeds, so these are behaviours of the algorithm, not timings. The bench measures the real thing.
import { DRAINS, simulateDrain } from '../../scripts/bench/pace-model.ts'

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]

function median(values: number[]): number {
    const sorted = values.slice().sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]
}

describe('the pace over a whole drain (model)', () => {
    const [constant, changing] = DRAINS

    it('drains 400 closures against a token bucket of 20/s within 1.15 × N/R, about one call per closure', () => {
        const runs = SEEDS.map((seed) => simulateDrain(constant.segments, 'bucket', seed))
        expect(median(runs.map((run) => run.ratio))).toBeLessThanOrEqual(1.15)
        for (const run of runs) expect(run.callsPerClosure).toBeLessThanOrEqual(1.3)
    })

    it('never calls before a Retry-After Graph gave has passed, under either limit', () => {
        for (const mode of ['bucket', 'window'] as const) {
            for (const drain of DRAINS) {
                for (const seed of SEEDS.slice(0, 3)) {
                    const run = simulateDrain(drain.segments, mode, seed)
                    expect(run.earlyCalls).toBe(0)
                    expect(run.callsPerClosure).toBeLessThanOrEqual(1.3)
                }
            }
        }
    })

    it('follows a limit that falls and rises: all resumes get through, and the risen limit is used', () => {
        const run = simulateDrain(changing.segments, 'bucket', 1)
        expect(run.seconds.reduce((sum, second) => sum + second.accepted, 0)).toBe(400)
        expect(Math.min(...run.seconds.map((second) => second.rate))).toBeLessThan(5)
        // After the 240 resumes of the 20/s and 5/s stretches, Graph allows 40/s: some second uses well over 5.
        let total = 0
        const afterLow = run.seconds.filter((second) => (total += second.accepted) > 240)
        expect(Math.max(...afterLow.map((second) => second.accepted))).toBeGreaterThan(10)
    })
})
