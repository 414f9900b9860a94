// Sums a CPU profile's self time by where the code lives: the app's server modules (run in the vm under their
// sys_module paths), the sandbox, SQLite, and the rest. Usage: tsx scripts/bench/profile-summary.ts <file>...
import * as fs from 'fs'

interface Node {
    id: number
    callFrame: { functionName: string; url: string }
    hitCount?: number
}

function bucket(url: string, name: string): string {
    if (url.includes('x_elm_bridge/')) return 'app (server modules)'
    if (url.startsWith('sys_script') || url.startsWith('sysevent_script') || url.startsWith('sysauto'))
        return 'app (record scripts)'
    if (url.includes('/scripts/sandbox/')) return 'sandbox: ' + url.split('/scripts/sandbox/')[1]
    if (url.includes('better-sqlite3')) return 'sqlite (better-sqlite3)'
    if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') return name
    if (!url) return 'native/builtin: ' + (name || '(anonymous)')
    return 'other: ' + url.replace(/^.*node_modules\//, '').split('/')[0]
}

for (const file of process.argv.slice(2)) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        nodes: Node[]
        samples: number[]
        timeDeltas: number[]
    }
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const totals = new Map<string, number>()
    profile.samples.forEach((id, i) => {
        const node = byId.get(id)!
        const key = bucket(node.callFrame.url, node.callFrame.functionName)
        totals.set(key, (totals.get(key) || 0) + (profile.timeDeltas[i] || 0) / 1000)
    })
    const busy = Array.from(totals.entries())
        .filter(([k]) => k !== '(idle)')
        .reduce((sum, [, v]) => sum + v, 0)
    process.stdout.write('\n' + file + ': ' + busy.toFixed(0) + ' ms busy\n')
    for (const [key, ms] of Array.from(totals.entries())
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)) {
        if (key === '(idle)') continue
        process.stdout.write(
            '  ' + ((ms / busy) * 100).toFixed(1).padStart(5) + '%  ' + ms.toFixed(0).padStart(6) + ' ms  ' + key + '\n'
        )
    }
}
