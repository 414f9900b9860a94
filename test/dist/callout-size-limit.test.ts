// The body limit the inbound API enforces, run in the built app: exactly the limit is read, one byte more is 413.
// Bytes are UTF-8 bytes as on the wire, not UTF-16 characters.
import { Instance } from '../../scripts/sandbox/instance.ts'
import { appDir } from '../support/built-app.ts'
import { runAsAdmin } from '../support/in-process.ts'

const SERVICE = 'x_elm_bridge/elm-ticket-bridge/1.0.0/src/server/callouts/callout-service.ts'

let instance: Instance

beforeAll(() => {
    instance = new Instance({ appDir: appDir(), dataFile: null, allowRemote: false, nodeName: 'test', log: () => {} })
})

afterAll(async () => {
    await instance.close()
})

function receive(raw: string): { status: number; body: any } {
    const variables: { raw: string; reply: { value?: { status: number; body: any } } } = { raw, reply: {} }
    runAsAdmin(instance, "reply.value = require('" + SERVICE + "').receiveCallout('application/json', raw);", variables)
    return variables.reply.value!
}

/** A JSON object of exactly `bytes` UTF-8 bytes: `{}` padded with whitespace, or with a string of `é` (2 bytes). */
function bodyOf(bytes: number, filler: ' ' | 'é'): string {
    if (filler === ' ') return '{}' + ' '.repeat(bytes - 2)
    const pad = bytes - '{"x":""}'.length
    return '{"x":"' + 'é'.repeat(Math.floor(pad / 2)) + '"}' + ' '.repeat(pad % 2)
}

describe('the inbound body limit (256 KB)', () => {
    it('the test bodies are exactly the sizes asked for, in UTF-8 bytes', () => {
        expect(Buffer.byteLength(bodyOf(256 * 1024, 'é'), 'utf8')).toBe(256 * 1024)
        expect(Buffer.byteLength(bodyOf(256 * 1024 + 1, 'é'), 'utf8')).toBe(256 * 1024 + 1)
    })

    it.each([' ', 'é'] as const)(
        'a body of exactly the limit is read (filled with %p), one byte more is 413',
        (filler) => {
            const atLimit = receive(bodyOf(256 * 1024, filler))
            expect(atLimit.status).toBe(400)
            expect(atLimit.body.error.message).not.toBe('Callout too large')
            expect(receive(bodyOf(256 * 1024 + 1, filler))).toEqual({
                status: 413,
                body: { error: { message: 'Callout too large', detail: 'The body is over 256 KB' } },
            })
        }
    )
})
