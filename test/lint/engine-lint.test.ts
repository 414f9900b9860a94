// The lint config must refuse what the instance engine cannot run; the SDK build lets these through.
import { execFileSync } from 'child_process'
import * as path from 'path'

function lintServer(samples: string[]): string[][] {
    const script = path.join(__dirname, '..', 'support', 'lint-samples.mjs')
    return JSON.parse(execFileSync(process.execPath, [script], { input: JSON.stringify(samples), encoding: 'utf8' }))
}

const FORBIDDEN: [string, string, string][] = [
    ['setTimeout', 'export function f() {\n    setTimeout(() => 1, 1)\n}\n', 'setTimeout'],
    ['process', 'export const env = process.env\n', 'process'],
    ['Buffer', "export const b = Buffer.from('x')\n", 'Buffer'],
    ['fetch', "export const r = fetch('https://x')\n", 'fetch'],
    ['Reflect', 'export const k = Reflect.ownKeys({})\n', 'Reflect'],
    ['globalThis', 'export const g = globalThis\n', 'globalThis'],
    ['WeakRef', 'export const w = new WeakRef({})\n', 'WeakRef'],
    ['new Function', "export const f = new Function('return 1')\n", 'no-new-func'],
    ['subclassing Error', 'export class E extends Error {}\n', 'subclassing'],
    ['async method', 'export class A {\n    async m() {\n        return 1\n    }\n}\n', 'async class methods'],
    ['private field', 'export class A {\n    #x = 1\n    get() {\n        return this.#x\n    }\n}\n', 'private'],
    ['class field', 'export class A {\n    x = 1\n}\n', 'class fields'],
    ['regex d flag', 'export const r = /a/d\n', 'd'],
    [
        'async iteration',
        'export async function f(xs: any) {\n    for await (const x of xs) return x\n}\n',
        'async-iteration',
    ],
    [
        'import without extension',
        "import { isGuid } from './core/identifiers'\nexport const g = isGuid\n",
        'file-extension-in-import',
    ],
    ['Array.prototype.at', 'export const last = [1, 2].at(-1)\n', 'at'],
]
const PLAIN = "import { isGuid } from './core/identifiers.ts'\nexport const ok = (x: string) => isGuid(x)\n"
const results = lintServer([PLAIN, ...FORBIDDEN.map((sample) => sample[1])])

describe('server lint', () => {
    it('accepts plain server code', () => {
        expect(results[0]).toEqual([])
    })

    it.each(FORBIDDEN.map((sample, index) => [sample[0], sample[2], index + 1] as [string, string, number]))(
        'refuses %s',
        (_name, words, index) => {
            expect(results[index].join('\n')).toContain(words)
        }
    )
})
