// npm run sandbox -- --port <port> [--data <file>] [--reinstall] [--round-trip-ms 5] [--allow-remote] [--app dist/app] [--quiet]
import * as fs from 'fs'
import * as path from 'path'
import * as os from 'os'
import { execFileSync } from 'child_process'
import { Worker } from 'worker_threads'
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
    const print = (line: string) => {
        if (!quiet) process.stdout.write(line + '\n')
    }
    // Without --data the store is a temporary file (removed on exit): the worker thread needs its own connection.
    const tempDir = option('data') ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'elm-sandbox-'))
    const dataFile = option('data') || path.join(tempDir!, 'sandbox.sqlite')
    const nodeName = option('node') || 'node-' + process.pid
    const allowRemote = option('allow-remote') !== null
    // The database round trip between updateMultiple's read and its writes (ms); see glide.ts.
    const roundTripMs = Math.max(0, Number(option('round-trip-ms') ?? 5) || 0)
    const reinstall = option('reinstall') !== null
    const instance = new Instance({ appDir, dataFile, allowRemote, nodeName, log: print, reinstall, roundTripMs })
    // Event and job workers, like an instance's worker threads (--workers, default 2).
    const workerCount = Math.max(1, parseInt(option('workers') || '2', 10) || 2)
    const workers: Worker[] = []
    for (let i = 0; i < workerCount; i++) {
        const worker = new Worker(path.join(__dirname, 'event-worker-entry.cjs'), {
            workerData: { appDir, dataFile, allowRemote, roundTripMs, nodeName: nodeName + '/worker-' + (i + 1) },
        })
        worker.on('message', (message: { lines?: string[] }) => {
            for (const line of message.lines || []) instance.record(line)
        })
        worker.on('error', (error) => process.stderr.write('event worker failed: ' + error.message + '\n'))
        await new Promise<void>((resolve) => worker.once('message', () => resolve()))
        workers.push(worker)
    }
    const server = new SandboxServer(instance)
    const port = await server.listen(parseInt(option('port') || '8080', 10))
    process.stdout.write('ELM Ticket Bridge sandbox listening on http://127.0.0.1:' + port + '\n')
    const stop = async () => {
        for (const worker of workers) worker.postMessage({ stop: true })
        await Promise.race([
            Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve)))),
            new Promise((resolve) => setTimeout(resolve, 3000)),
        ])
        await Promise.all(workers.map((worker) => worker.terminate()))
        await server.close()
        await instance.close()
        if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true })
        process.exit(0)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}

main().catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
    process.exit(1)
})
