// The pace model (pace-model.ts) over many seeds, or one drain second by second.
//   npx tsx scripts/bench/pace-sim.ts [--seeds 20] [--cost 8]
//   npx tsx scripts/bench/pace-sim.ts --trace [--window] [--changing] [--seed 1]
import { DRAINS, LimitMode, simulateDrain } from './pace-model.ts'

function option(name: string, fallback: number): number {
    const at = process.argv.indexOf('--' + name)
    return at >= 0 ? Number(process.argv[at + 1]) : fallback
}

function median(values: number[]): number {
    const sorted = values.slice().sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]
}

const cost = option('cost', 8)
if (process.argv.indexOf('--trace') >= 0) {
    const mode: LimitMode = process.argv.indexOf('--window') >= 0 ? 'window' : 'bucket'
    const drain = DRAINS[process.argv.indexOf('--changing') >= 0 ? 1 : 0]
    const run = simulateDrain(drain.segments, mode, option('seed', 1), cost)
    console.log(mode, drain.name, 'ratio', run.ratio.toFixed(2), 'calls/closure', run.callsPerClosure.toFixed(2))
    for (const s of run.seconds)
        console.log(s.second, 'accepted', s.accepted, '429', s.refused, 'rate', s.rate.toFixed(1))
} else {
    const seeds = option('seeds', 20)
    for (const mode of ['bucket', 'window'] as const) {
        for (const drain of DRAINS) {
            const runs = Array.from({ length: seeds }, (_, i) => simulateDrain(drain.segments, mode, i + 1, cost))
            const ratios = runs.map((run) => run.ratio)
            console.log(
                mode.padEnd(7) + drain.name.padEnd(18),
                'drain ÷ N/R median ' + median(ratios).toFixed(2) + ', max ' + Math.max(...ratios).toFixed(2) + ';',
                'calls/closure median ' + median(runs.map((run) => run.callsPerClosure)).toFixed(2) + ';',
                'early calls ' + runs.reduce((sum, run) => sum + run.earlyCalls, 0)
            )
        }
    }
}
