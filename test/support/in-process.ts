// An in-process instance over the built app, for dist tests that drive the app's own scripts step by step (events,
// jobs, the clock) rather than through the sandbox's HTTP interface.
import { Instance } from '../../scripts/sandbox/instance.ts'
import { appDir } from './built-app.ts'

/** Runs a server script as admin in the instance's app scope, with `variables` in scope; returns what it returns. */
export function runAsAdmin(instance: Instance, source: string, variables: { [name: string]: unknown } = {}): unknown {
    return instance.as(instance.sessionFor('admin'), () => instance.scripts.run(source, 'test', variables))
}

/**
 * A fresh instance with the built app installed and nothing listening at its Graph endpoint: every Graph call is a
 * connection error once it has passed the pace, so a send shows as a scheduled retry and a read ends its pass.
 */
export function instanceWithoutGraph(): Instance {
    const instance = new Instance({
        appDir: appDir(),
        dataFile: null,
        allowRemote: false,
        nodeName: 'test',
        log: () => {},
    })
    runAsAdmin(
        instance,
        `var p = new GlideRecord('sys_properties'); p.get('name', 'x_elm_bridge.graph_endpoint');
        p.setValue('value', 'https://127.0.0.1:1'); p.update();`
    )
    return instance
}
