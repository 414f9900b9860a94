// Synchronous outbound HTTP for RESTMessageV2.execute(), which blocks its caller as on an instance:
// a helper thread does the request while this thread waits on a shared flag.
import { MessageChannel, Worker, receiveMessageOnPort } from 'worker_threads'

export interface HttpRequest {
    method: string
    url: string
    headers: { [name: string]: string }
    body: string
    timeoutMs: number
}

export interface HttpResult {
    status: number
    body: string
    headers: { [name: string]: string }
    error: string | null
}

const WORKER_SOURCE = `
const { parentPort } = require('worker_threads')
const http = require('http')
const https = require('https')
parentPort.on('message', ({ request, flag, port }) => {
    const done = (result) => {
        port.postMessage(result)
        port.close()
        Atomics.store(flag, 0, 1)
        Atomics.notify(flag, 0)
    }
    let url
    try { url = new URL(request.url) } catch (e) { return done({ status: 0, body: '', headers: {}, error: 'Invalid URL: ' + request.url }) }
    const client = url.protocol === 'https:' ? https : http
    const req = client.request(url, { method: request.method, headers: request.headers, timeout: request.timeoutMs }, (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
            const headers = {}
            for (const [k, v] of Object.entries(res.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v)
            done({ status: res.statusCode || 0, body: Buffer.concat(chunks).toString('utf8'), headers, error: null })
        })
        res.on('error', (e) => done({ status: 0, body: '', headers: {}, error: 'Response error: ' + e.message }))
    })
    req.on('timeout', () => { req.destroy(new Error('Request timed out after ' + request.timeoutMs + ' ms')) })
    req.on('error', (e) => done({ status: 0, body: '', headers: {}, error: e.message }))
    if (request.body) req.write(request.body)
    req.end()
})
`

export class SyncHttp {
    private worker: Worker

    constructor(private allowRemote: boolean) {
        this.worker = new Worker(WORKER_SOURCE, { eval: true })
        this.worker.unref()
    }

    request(request: HttpRequest): HttpResult {
        let host: string
        try {
            host = new URL(request.url).hostname
        } catch (_error) {
            return { status: 0, body: '', headers: {}, error: 'Invalid URL' }
        }
        if (!this.allowRemote && ['127.0.0.1', 'localhost', '[::1]', '::1'].indexOf(host) < 0) {
            return {
                status: 0,
                body: '',
                headers: {},
                error:
                    'Outbound HTTP to ' +
                    host +
                    ' refused: the sandbox only calls loopback (start it with --allow-remote)',
            }
        }
        const flag = new Int32Array(new SharedArrayBuffer(4))
        const { port1, port2 } = new MessageChannel()
        this.worker.postMessage({ request, flag, port: port2 }, [port2])
        const waited = Atomics.wait(flag, 0, 0, request.timeoutMs + 5000)
        const message = receiveMessageOnPort(port1)
        port1.close()
        if (waited === 'timed-out' || !message) return { status: 0, body: '', headers: {}, error: 'Request timed out' }
        return message.message as HttpResult
    }

    close(): Promise<number> {
        return this.worker.terminate()
    }
}
