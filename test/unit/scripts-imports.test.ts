// scripts/ (sandbox, emulator, npm start, bench) stands on its own: nothing there may reach into test/.
import * as fs from 'fs'
import * as path from 'path'

const root = path.join(__dirname, '..', '..')

function sources(dir: string): string[] {
    const out: string[] = []
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) out.push(...sources(full))
        else if (/\.(ts|js|cjs|mjs)$/.test(entry.name)) out.push(full)
    }
    return out
}

/** Every module specifier in a file: static and side-effect imports, re-exports, import() and require(). */
export function specifiers(text: string): string[] {
    const found: string[] = []
    const patterns = [
        /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
        /\bimport\s*['"]([^'"]+)['"]/g,
        /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
        /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    ]
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1])
    return found
}

describe('scripts/ imports', () => {
    it('the specifier scan sees every import form', () => {
        const sample = [
            "import { a } from '../test/x.ts'",
            "import type { B } from '../../test/y.ts'",
            "export * from '../test/z.ts'",
            "import '../test/side.ts'",
            "const c = require('../test/c.cjs')",
            "const d = await import('../test/d.ts')",
        ].join('\n')
        expect(specifiers(sample).sort()).toEqual(
            [
                '../../test/y.ts',
                '../test/c.cjs',
                '../test/d.ts',
                '../test/side.ts',
                '../test/x.ts',
                '../test/z.ts',
            ].sort()
        )
    })

    it('nothing under scripts/ imports from test/', () => {
        const files = sources(path.join(root, 'scripts'))
        expect(files.length).toBeGreaterThan(10)
        const testDir = path.join(root, 'test') + path.sep
        const offending: string[] = []
        for (const file of files) {
            for (const specifier of specifiers(fs.readFileSync(file, 'utf8'))) {
                if (!specifier.startsWith('.')) continue
                const target = path.resolve(path.dirname(file), specifier)
                if (target + path.sep === testDir || target.startsWith(testDir))
                    offending.push(path.relative(root, file) + ' → ' + specifier)
            }
        }
        expect(offending).toEqual([])
    })

    it('the sandbox has no import circle (the Glide emulation depends on a narrow host interface)', () => {
        const dir = path.join(root, 'scripts', 'sandbox')
        const graph = new Map<string, string[]>()
        for (const file of sources(dir)) {
            const local = specifiers(fs.readFileSync(file, 'utf8'))
                .filter((specifier) => specifier.startsWith('./'))
                .map((specifier) => path.join(dir, specifier))
            graph.set(file, local)
        }
        const circles: string[] = []
        const visit = (file: string, trail: string[]) => {
            for (const next of graph.get(file) || []) {
                if (trail.indexOf(next) >= 0) circles.push([...trail.slice(trail.indexOf(next)), next].join(' → '))
                else visit(next, [...trail, next])
            }
        }
        for (const file of graph.keys()) visit(file, [file])
        expect(graph.size).toBeGreaterThan(10)
        expect(circles.map((circle) => circle.split(dir + path.sep).join(''))).toEqual([])
    })
})
