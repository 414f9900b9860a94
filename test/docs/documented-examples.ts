// Pulls the runnable examples out of ServiceNow's own API pages (copied into ./servicenow-docs): each code block
// that the page follows with an "Output:" paragraph and a second code block is one example, script and output.
import * as fs from 'fs'
import * as path from 'path'

export const DOCS_DIR = path.join(__dirname, 'servicenow-docs')

/** The pages of the APIs the app calls. */
export const PAGES = [
    'c_GlideRecordScopedAPI.md',
    'c_GlideElementScopedAPI.md',
    'c_GlideSystemScopedAPI.md',
    'c_GlideDateTimeScoped.md',
    'c_RESTMessageV2API.md',
    'c_RESTResponseV2API.md',
]

export interface DocumentedExample {
    /** page short name, section heading and the example's number within it: `GlideRecord.get(Object name, Object value)#1` */
    id: string
    page: string
    section: string
    script: string
    output: string[]
}

function pageName(file: string): string {
    return file.replace(/^c_/, '').replace(/(ScopedAPI|Scoped|API)?\.md$/, '')
}

/** Documentation markdown escapes some punctuation in headings (`\(`, `\_`). */
function unescape(text: string): string {
    return text.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
}

/** Lines to compare: trailing blanks dropped, blank lines dropped, and the background console's prefix removed. */
export function outputLines(text: string): string[] {
    return text
        .split('\n')
        .map((line) => line.replace(/\s+$/, '').replace(/^\*\*\* Script: ?/, ''))
        .filter((line) => line.trim() !== '')
}

export function extractExamples(file: string, text: string): DocumentedExample[] {
    const lines = text.split('\n')
    const examples: DocumentedExample[] = []
    let section = ''
    let perSection = 0
    let lastBlock: string | null = null
    let afterOutput = false
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i]
        const heading = /^##\s+(.*)$/.exec(line)
        if (heading) {
            section = unescape(heading[1])
                .replace(/^Scoped\s+/, '')
                .trim()
            perSection = 0
            lastBlock = null
            afterOutput = false
            continue
        }
        // A fence opens a line of its own, or ends one that closes an HTML table (`</table>```).
        if (/^```/.test(line) || /<\/table>```\s*$/.test(line)) {
            const body: string[] = []
            i++
            while (i < lines.length && !/^```/.test(lines[i])) body.push(lines[i++])
            const block = body.join('\n')
            if (afterOutput && lastBlock !== null) {
                perSection++
                examples.push({
                    id: section + '#' + perSection,
                    page: pageName(file),
                    section,
                    script: lastBlock,
                    output: outputLines(block),
                })
                lastBlock = null
            } else lastBlock = block
            afterOutput = false
            continue
        }
        if (line.trim() === '') continue
        // "Output:" right after a code block marks the next code block as that block's output.
        afterOutput = lastBlock !== null && /^Output:?\s*$/.test(line.trim())
        if (!afterOutput) lastBlock = null
    }
    return examples
}

export function documentedExamples(): DocumentedExample[] {
    const all: DocumentedExample[] = []
    for (const file of PAGES) all.push(...extractExamples(file, fs.readFileSync(path.join(DOCS_DIR, file), 'utf8')))
    return all
}
