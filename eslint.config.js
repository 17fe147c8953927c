import js from '@eslint/js';
import react from 'eslint-plugin-react';
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

/**
 * JSX text and `{'…'}` children must come from `t()`; punctuation and symbols may stand alone.
 * Numbers go through `formatNumber` (officers may read Khmer digits), or in braces as `{12}`.
 * Attributes are left to the selectors below: class names and input types are not UI text.
 */
const uiLiterals = {
  noStrings: true,
  ignoreProps: true,
  allowedStrings: ['·', '—', '–', '-', ':', ',', '.', '/', '(', ')', '×', '÷', '=', '%', '→', '▲', '▼', '↕', '…', '*', '+'],
};

/** Attributes and our own props that a person reads or hears (tooltips, screen-reader names, hints). */
const READ_ATTRIBUTES = '/^(aria-label|aria-description|aria-valuetext|title|placeholder|alt|label|legend|hint)$/';
const LETTERS = '/[A-Za-z\\u1780-\\u17FF]/';
const uiAttributeLiterals = [
  `JSXAttribute[name.name=${READ_ATTRIBUTES}] > Literal[value=${LETTERS}]`,
  `JSXAttribute[name.name=${READ_ATTRIBUTES}] > JSXExpressionContainer > Literal[value=${LETTERS}]`,
  `JSXAttribute[name.name=${READ_ATTRIBUTES}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${LETTERS}]`,
  // `{done ? 'Saved' : 'Not saved'}` as a child: the rule above only sees direct literals.
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${LETTERS}]`,
].map((selector) => ({ selector, message: 'Text a person reads comes from the catalogue: use t().' }));

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
    // Text the officer reads goes through the catalogue (shared/i18n), so both languages have it.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    plugins: { react },
    rules: {
      'react/jsx-no-literals': ['error', uiLiterals],
      'no-restricted-syntax': ['error', ...uiAttributeLiterals],
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
