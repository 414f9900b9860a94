// The sandbox client that npm start uses: a port the caller names is the port the sandbox listens on.
import * as net from 'net'
import { startSandbox } from '../../scripts/sandbox/client.ts'

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const probe = net.createServer()
        probe.once('error', reject)
        probe.listen(0, '127.0.0.1', () => {
            const port = (probe.address() as net.AddressInfo).port
            probe.close(() => resolve(port))
        })
    })
}

describe('sandbox client', () => {
    it('listens on the port the caller passes (npm start asks for 8080), not on a random one', async () => {
        const port = await freePort()
        const sandbox = await startSandbox(['--port', String(port), '--quiet'])
        try {
            expect(sandbox.url).toBe('http://127.0.0.1:' + port)
            const health = await fetch(sandbox.url + '/api/x_elm_sandbox/health')
            expect(health.status).toBe(200)
        } finally {
            await sandbox.stop()
        }
    }, 90000)

    it('picks a free port when the caller names none', async () => {
        const sandbox = await startSandbox(['--quiet'])
        try {
            expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
            expect(sandbox.url).not.toBe('http://127.0.0.1:8080')
        } finally {
            await sandbox.stop()
        }
    }, 90000)
})
