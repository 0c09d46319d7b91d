// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Imports that would tie browser-bound code to Node or to the server. */
const serverOnly = {
  patterns: [
    { group: ['node:*'], message: 'core/ and widget/ run in the browser: no node:* modules.' },
    { group: ['express', 'express/*'], message: 'core/ and widget/ must not depend on Express.' },
    { group: ['**/proxy/**', '**/bin/**'], message: 'core/ and widget/ cannot reach server code.' },
  ],
  paths: ['fs', 'path', 'net', 'tls', 'dns', 'crypto', 'http', 'https', 'os', 'child_process'].map(
    (name) => ({ name, message: 'core/ and widget/ run in the browser: no Node built-ins.' }),
  ),
};

export default tseslint.config(
  // test/package/consumer is a separate project that installs the packed tarball.
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'coverage/', 'test/package/consumer/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...serverOnly,
          patterns: [
            ...serverOnly.patterns,
            {
              group: ['lit', 'lit/*', '@lit/*', '**/widget/**'],
              message: 'core/ is pure: no DOM.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['widget/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['widget/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      'no-restricted-imports': ['error', serverOnly],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
