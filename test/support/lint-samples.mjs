// Lints code samples as if they were files in src/server, with the project's real ESLint config.
// Run outside jest because jest cannot load ESLint's ESM flat config. stdin: JSON string[]; stdout: JSON string[][].
import { ESLint } from 'eslint'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const samples = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const eslint = new ESLint({ cwd: root })
const out = []
for (const code of samples) {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'src/server/sample.ts') })
    out.push(result.messages.map((m) => (m.ruleId || '') + ': ' + m.message))
}
process.stdout.write(JSON.stringify(out))
