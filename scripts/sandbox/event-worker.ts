// The sandbox's worker thread: processes the event queue and runs scheduled jobs on its own connection to the
// data file, so an agent's save never waits behind a Graph call (as on an instance, where workers are separate).
import { parentPort, workerData } from 'worker_threads'
import { Instance } from './instance.ts'

const options = workerData as { appDir: string; dataFile: string; allowRemote: boolean; nodeName: string }
const instance = new Instance({
    ...options,
    install: false,
    log: (line) => parentPort!.postMessage({ log: line }),
})

let stopping = false
parentPort!.on('message', (message: { stop?: boolean }) => {
    if (message.stop) stopping = true
})

function loop(): void {
    if (stopping) {
        instance.close().then(() => parentPort!.postMessage({ stopped: true }))
        return
    }
    try {
        instance.processEvents()
        instance.runDueJobs()
    } catch (error) {
        parentPort!.postMessage({ log: 'ERROR event worker: ' + (error as Error).message })
    }
    setTimeout(loop, 100)
}

parentPort!.postMessage({ ready: true })
loop()
