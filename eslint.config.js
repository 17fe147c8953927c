import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = {
  paths: [{ name: 'electron', message: 'Only electron/ may use Electron; go through the IPC contract.' }],
  patterns: [
    { group: ['node:*'], message: 'shared/ and renderer/ run in the page too: no Node built-ins.' },
    { group: ['**/electron/**', '../electron/*'], message: 'Reach the main process through renderer/lib/api.ts.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', nodeOnly],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', nodeOnly] },
  },
  {
    // Unit tests of shared code run in Node and may read fixtures from disk.
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeOnly.paths }] },
  },
  {
    files: ['renderer/lib/api.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
