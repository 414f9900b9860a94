// The sandbox's worker thread: runs async business rules' jobs, processes the event queue and runs scheduled jobs
// on its own connection to the data file, so an agent's save never waits behind a Graph call (as on an instance,
// where workers are separate).
import * as fs from 'fs'
import * as path from 'path'
import { Session } from 'inspector'
import { parentPort, threadId, workerData } from 'worker_threads'
import { Instance } from './instance.ts'

// ELM_SANDBOX_PROFILE=<dir>: write a CPU profile of this worker on stop (used to tell sandbox from app cost).
const profileDir = process.env.ELM_SANDBOX_PROFILE
const profiler = profileDir ? new Session() : null
if (profiler) {
    profiler.connect()
    profiler.post('Profiler.enable', () => profiler.post('Profiler.start'))
}

const options = workerData as {
    appDir: string
    dataFile: string
    allowRemote: boolean
    roundTripMs: number
    nodeName: string
}
// Log lines go to the main thread in one message per loop turn: a message per line cost ~9% of the worker.
const pendingLines: string[] = []
const instance = new Instance({
    ...options,
    install: false,
    log: (line) => pendingLines.push(line),
})

function flushLog(): void {
    if (pendingLines.length > 0) parentPort!.postMessage({ lines: pendingLines.splice(0) })
}

let stopping = false
parentPort!.on('message', (message: { stop?: boolean }) => {
    if (message.stop) stopping = true
})

function loop(): void {
    if (stopping) {
        flushLog()
        const finish = () => instance.close().then(() => parentPort!.postMessage({ stopped: true }))
        if (!profiler) return void finish()
        profiler.post('Profiler.stop', (_error, result) => {
            fs.mkdirSync(profileDir!, { recursive: true })
            fs.writeFileSync(
                path.join(profileDir!, 'worker-' + process.pid + '-' + threadId + '.cpuprofile'),
                JSON.stringify(result.profile)
            )
            finish()
        })
        return
    }
    try {
        // Async rules' jobs first: the events they queue are then processed in the same turn.
        instance.runAsyncJobs()
        instance.processEvents()
        instance.runDueJobs()
    } catch (error) {
        pendingLines.push('ERROR event worker: ' + (error as Error).message)
    }
    flushLog()
    setTimeout(loop, 100)
}

parentPort!.postMessage({ ready: true })
loop()
