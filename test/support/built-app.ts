// Tests read the built app with the same loader the sandbox installs it with.
export * from '../../scripts/sandbox/app-package.ts'
