// npm run sandbox -- --port <port> [--data <file>] [--allow-remote] [--app dist/app] [--quiet]
import * as fs from 'fs'
import * as path from 'path'
import { execFileSync } from 'child_process'
import { Instance } from './instance.ts'
import { SandboxServer } from './http-server.ts'

const root = path.join(__dirname, '..', '..')

function option(name: string): string | null {
    const index = process.argv.indexOf('--' + name)
    return index >= 0 ? process.argv[index + 1] || '' : null
}

function newest(dir: string): number {
    let latest = 0
    if (!fs.existsSync(dir)) return latest
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.name === 'generated' || entry.name === 'node_modules') continue
        latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
    }
    return latest
}

/** Builds the app first when dist/app is missing or older than its sources. */
export function ensureBuilt(appDir: string): void {
    if (path.resolve(appDir) !== path.join(root, 'dist', 'app')) return
    const built = fs.existsSync(path.join(appDir, 'update')) ? newest(appDir) : 0
    const sources = Math.max(
        newest(path.join(root, 'fluent')),
        newest(path.join(root, 'src')),
        fs.statSync(path.join(root, 'now.config.json')).mtimeMs
    )
    if (built >= sources) return
    process.stdout.write('Building the app (dist/app is missing or older than the sources) ...\n')
    execFileSync(path.join(root, 'node_modules', '.bin', 'now-sdk'), ['build'], { cwd: root, stdio: 'inherit' })
}

async function main(): Promise<void> {
    const appDir = path.resolve(option('app') || path.join(root, 'dist', 'app'))
    ensureBuilt(appDir)
    const quiet = option('quiet') !== null
    const instance = new Instance({
        appDir,
        dataFile: option('data'),
        allowRemote: option('allow-remote') !== null,
        nodeName: option('node') || 'node-' + process.pid,
        log: (line) => {
            if (!quiet) process.stdout.write(line + '\n')
        },
    })
    const server = new SandboxServer(instance)
    const port = await server.listen(parseInt(option('port') || '8080', 10))
    process.stdout.write('ELM Ticket Bridge sandbox listening on http://127.0.0.1:' + port + '\n')
    const events = setInterval(() => {
        try {
            instance.processEvents()
        } catch (error) {
            process.stderr.write('event processing failed: ' + (error as Error).message + '\n')
        }
    }, 100)
    const jobs = setInterval(() => {
        try {
            instance.runDueJobs()
        } catch (error) {
            process.stderr.write('scheduled jobs failed: ' + (error as Error).message + '\n')
        }
    }, 1000)
    const stop = async () => {
        clearInterval(events)
        clearInterval(jobs)
        await server.close()
        await instance.close()
        process.exit(0)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}

main().catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
    process.exit(1)
})
