// npm run emulator -- --port <port>: the Graph/Entra emulator on its own (npm start runs it for you).
import { GraphEmulator } from './graph-emulator.ts'

const index = process.argv.indexOf('--port')
const emulator = new GraphEmulator({ clientSecret: process.env.ELM_EMULATOR_SECRET || undefined })
emulator.listen(index >= 0 ? parseInt(process.argv[index + 1], 10) : 0).then((port) => {
    process.stdout.write(
        'Graph/Entra emulator listening on http://127.0.0.1:' +
            port +
            ' (tenant ' +
            emulator.config.tenantId +
            ', client ' +
            emulator.config.clientId +
            ')\n'
    )
})
const stop = () => emulator.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
