// Evaluates the few ARM template expressions azure/logic-app.json uses, so tests can "deploy" the real template into
// the emulator's Azure Resource Manager and run the doctor against what the template really produces.
export interface Deployment {
    subscriptionId: string
    resourceGroup: string
    tenantId: string
    parameters: { [name: string]: unknown }
}

export function evaluateTemplate(template: any, deployment: Deployment): any {
    const rgId = '/subscriptions/' + deployment.subscriptionId + '/resourceGroups/' + deployment.resourceGroup
    const functions: { [name: string]: (...args: any[]) => any } = {
        concat: (...args) => args.join(''),
        parameters: (name) => {
            if (name in deployment.parameters) return deployment.parameters[name]
            const declared = template.parameters[name]
            if (!declared || declared.defaultValue === undefined) throw new Error('no value for parameter ' + name)
            return value(declared.defaultValue)
        },
        variables: (name) => value(template.variables[name]),
        resourceGroup: () => ({ id: rgId, name: deployment.resourceGroup, location: 'westeurope' }),
        subscription: () => ({ subscriptionId: deployment.subscriptionId, tenantId: deployment.tenantId }),
        resourceId: (type, name) => rgId + '/providers/' + type + '/' + name,
    }
    function expression(text: string): any {
        let i = 0
        const skip = () => {
            while (text[i] === ' ') i++
        }
        const parse = (): any => {
            skip()
            let result: any
            if (text[i] === "'") {
                let out = ''
                i++
                for (;;) {
                    if (text[i] === "'" && text[i + 1] === "'") {
                        out += "'"
                        i += 2
                    } else if (text[i] === "'") break
                    else if (i >= text.length) throw new Error('unterminated string in ' + text)
                    else out += text[i++]
                }
                i++
                result = out
            } else {
                const name = /^[A-Za-z]+/.exec(text.slice(i))
                if (!name || !functions[name[0]]) throw new Error('unsupported expression ' + text)
                i += name[0].length
                skip()
                if (text[i++] !== '(') throw new Error('expected ( in ' + text)
                const args: any[] = []
                skip()
                if (text[i] === ')') i++
                else
                    for (;;) {
                        args.push(parse())
                        skip()
                        const c = text[i++]
                        if (c === ')') break
                        if (c !== ',') throw new Error('expected , or ) in ' + text)
                    }
                result = functions[name[0]](...args)
            }
            while (text[i] === '.') {
                const prop = /^\.([A-Za-z]+)/.exec(text.slice(i)) as RegExpExecArray
                i += prop[0].length
                result = result[prop[1]]
            }
            return result
        }
        const result = parse()
        skip()
        if (i !== text.length) throw new Error('trailing text in ' + text)
        return result
    }
    function value(node: any): any {
        if (typeof node === 'string')
            return node.startsWith('[') && !node.startsWith('[[') && node.endsWith(']')
                ? expression(node.slice(1, -1))
                : node
        if (Array.isArray(node)) return node.map(value)
        if (node && typeof node === 'object') {
            const out: any = {}
            for (const [k, v] of Object.entries(node)) out[k] = value(v)
            return out
        }
        return node
    }
    return template.resources.map((resource: any) => ({
        ...resource,
        name: value(resource.name),
        id: rgId + '/providers/' + resource.type + '/' + value(resource.name),
        properties: value(resource.properties),
    }))
}
