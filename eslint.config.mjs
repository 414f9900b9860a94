// Lint that catches what the instance engine cannot run (see ../shared/reference/servicenow-sdk.md).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import { fixupPluginRules } from '@eslint/compat'
import sdkAppPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'
import esx from 'eslint-plugin-es-x'

const sdkRecommended = sdkAppPlugin.configs.recommended

export default tseslint.config(
    {
        ignores: [
            'dist/**',
            'target/**',
            'node_modules/**',
            'fluent/generated/**',
            'coverage/**',
            'bench/results/**',
            'reports/**',
        ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-explicit-any': 'off',
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
            ],
        },
    },
    {
        // Code that runs on the instance (ServiceNow's Rhino, ES2021 mode).
        files: ['src/server/**/*.ts', 'src/server/**/*.js'],
        languageOptions: {
            // Declared so that no-restricted-globals and no-unsupported-node-builtins can see them.
            globals: { ...globals.node, ...globals.browser },
        },
        plugins: {
            '@servicenow/sdk-app-plugin': fixupPluginRules(sdkAppPlugin),
            'es-x': fixupPluginRules(esx),
        },
        rules: {
            ...sdkRecommended.rules,
            'no-restricted-globals': [
                'error',
                ...sdkRecommended.rules['no-restricted-globals'].slice(1),
                'globalThis',
                'WeakRef',
                'FinalizationRegistry',
                'SharedArrayBuffer',
                'Atomics',
                'Reflect',
                'Proxy',
                'fetch',
                'XMLHttpRequest',
                'TextEncoder',
                'TextDecoder',
                'structuredClone',
                'queueMicrotask',
                'window',
                'document',
            ],
            'no-new-func': 'error',
            'no-eval': 'error',
            'es-x/no-async-iteration': 'error',
            'es-x/no-weakrefs': 'error',
            'es-x/no-reflect': 'error',
            'es-x/no-regexp-d-flag': 'error',
            'es-x/no-subclassing-builtins': 'error',
            'es-x/no-private-in': 'error',
            'es-x/no-global-this': 'error',
            'es-x/no-shared-array-buffer': 'error',
            'es-x/no-atomics': 'error',
            'es-x/no-proxy': 'error',
            // ES2022 features: the SDK emits ES2022 but the engine runs ES2021.
            'es-x/no-class-fields': 'error',
            'es-x/no-class-static-block': 'error',
            'es-x/no-array-string-prototype-at': 'error',
            'es-x/no-object-hasown': 'error',
            'es-x/no-error-cause': 'error',
            'es-x/no-top-level-await': 'error',
            'es-x/no-regexp-lookbehind-assertions': 'error',
            'no-restricted-syntax': [
                'error',
                {
                    selector: 'MethodDefinition[value.async=true]',
                    message: 'async class methods do not run on the instance',
                },
                { selector: 'PrivateIdentifier', message: 'private class members do not run on the instance' },
                {
                    selector: 'ClassDeclaration[superClass]',
                    message: 'subclassing (including Error) does not run on the instance',
                },
                {
                    selector: 'ClassExpression[superClass]',
                    message: 'subclassing (including Error) does not run on the instance',
                },
                { selector: 'PropertyDefinition', message: 'class fields do not run on the instance' },
                {
                    selector: 'TSParameterProperty',
                    message: 'parameter properties compile to class fields, which do not run on the instance',
                },
            ],
        },
    },
    {
        files: [
            'test/**/*.ts',
            'test/**/*.mjs',
            'scripts/**/*.ts',
            'scripts/**/*.mjs',
            'scripts/**/*.cjs',
            '*.mjs',
            '*.js',
        ],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: { '@typescript-eslint/no-require-imports': 'off', 'no-control-regex': 'off' },
    },
    {
        // Plain scripts the instance runs (ATF steps, the Flow action step): Glide globals, no modules.
        files: ['src/scripts/**/*.js'],
        languageOptions: {
            sourceType: 'script',
            globals: {
                gs: 'readonly',
                GlideRecord: 'readonly',
                GlideRecordSecure: 'readonly',
                GlideDateTime: 'readonly',
                Class: 'readonly',
                x_elm_bridge: 'readonly',
                require: 'readonly',
                inputs: 'readonly',
                outputs: 'readonly',
            },
        },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        // Only the Script Include requires a module; everything else calls it by name, so no path (or version) leaks.
        files: ['src/scripts/**/*.js'],
        ignores: ['src/scripts/include/**'],
        rules: {
            'no-restricted-syntax': [
                'error',
                {
                    selector: "CallExpression[callee.name='require']",
                    message: 'call new x_elm_bridge.ElmTicketBridge() instead of requiring a module path',
                },
            ],
        },
    }
)
