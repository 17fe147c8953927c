import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries. Like Signal Desktop's lint, each file is classed by the process it runs in:
 * electron/ (main, Node), renderer/ (the page, a browser), shared/ (imported by both, so it runs
 * in the page too). ESLint does not merge the options of a rule set by two config objects for
 * the same file (the later one wins), so every object below sets the whole rule for its files.
 */

/** Node built-ins as they can be imported without the prefix: 'fs', 'fs/promises', 'worker_threads', … */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('node:'));

/** Packages the page may load: they run in a browser. Anything else has to be added here on purpose. */
const BROWSER_PACKAGES = [
  'react',
  'react-dom',
  'react-hook-form',
  '@hookform/resolvers',
  'zod',
  '@tanstack/react-virtual',
  '@fontsource/noto-sans-khmer',
  // The passphrase strength estimator (pure JavaScript and word lists), checked in the page and in main.
  '@zxcvbn-ts/core',
  '@zxcvbn-ts/language-common',
  '@zxcvbn-ts/language-en',
  // ICU MessageFormat for plural forms in the catalogues (pure JavaScript).
  'intl-messageformat',
];
/** What tests of the page add: they run in Vitest (jsdom). */
const TEST_PACKAGES = ['vitest', '@testing-library/react', '@testing-library/user-event', '@testing-library/dom'];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => names.map(escapeRegex).join('|');

/** Everywhere: a built-in is written 'node:fs', so it never reads as (or resolves to) a package. */
const nodePrefixPaths = NODE_BUILTINS.map((name) => ({
  name,
  message: `Write 'node:${name}': Node built-ins carry the node: prefix.`,
}));

/** electron/, scripts/, e2e/, bench/ and configs run in Node: any package, built-ins with the prefix. */
const nodeImports = { paths: nodePrefixPaths };

const ELECTRON_ONLY = { name: 'electron', message: 'Only electron/ may use Electron; go through the IPC contract.' };
const IN_THE_PAGE = 'shared/ and renderer/ run in the page too: no Node built-ins.';

/**
 * shared/ and renderer/: no Electron, no Node built-ins (prefixed or not), and of packages only
 * `allowed` (and their subpaths, e.g. 'react-dom/client'). One report per import: the allowlist
 * pattern leaves relative paths, built-ins and 'electron' to the entries above it.
 */
function pageImports(allowed) {
  const notListed = `^(?!\\.|/|node:|(?:${anyOf([...NODE_BUILTINS, 'electron'])})$|(?:${anyOf(allowed)})(?:/|$))`;
  return {
    paths: [ELECTRON_ONLY, ...NODE_BUILTINS.map((name) => ({ name, message: IN_THE_PAGE }))],
    patterns: [
      { group: ['node:*'], message: IN_THE_PAGE },
      {
        regex: notListed,
        caseSensitive: true,
        message:
          'shared/ and renderer/ run in the page: only browser-safe packages listed in eslint.config.js ' +
          '(BROWSER_PACKAGES, TEST_PACKAGES for tests). Node-side packages (exceljs, electron-store, conf, …) stay in electron/.',
      },
    ],
  };
}

/**
 * `local/folder-imports`: which folders a file may reach by a relative import (resolved against
 * the file, so '../x' means the same wherever it is written). Options: `allow` (only these
 * folders) or `forbid` (any but these), as paths from the repository root ending in '/', and
 * `message` saying why. A `*` in a folder stands for the importing file's own folder at that depth:
 * from renderer/features/totals/…, 'renderer/features/*\/' means renderer/features/totals/.
 */
const folderImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep relative imports inside the folders a layer may use.' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: { type: 'array', items: { type: 'string' } },
          forbid: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        required: ['message'],
        additionalProperties: false,
      },
    ],
    messages: { crossing: "'{{source}}' reaches {{target}}: {{message}}" },
  },
  create(context) {
    const { allow, forbid = [], message } = context.options[0];
    if (!path.isAbsolute(context.filename)) return {};
    const file = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    if (file.startsWith('../')) return {};
    const fileParts = file.split('/');
    const own = (folder) =>
      folder
        .split('/')
        .map((part, i) => (part === '*' ? fileParts[i] : part))
        .join('/');
    const within = (target, folders) => folders.some((folder) => `${target}/`.startsWith(own(folder)));

    function check(node) {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
      const source = node.value;
      if (source !== '.' && source !== '..' && !source.startsWith('./') && !source.startsWith('../')) return;
      const target = path.posix.join(path.posix.dirname(file), source.replace(/\?.*$/, ''));
      if ((allow && !within(target, allow)) || within(target, forbid)) {
        context.report({ node, messageId: 'crossing', data: { source, target, message } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
    };
  },
};

const folders = (options) => ({ 'local/folder-imports': ['error', options] });
const TO_MAIN = 'the page reaches the main process only through window.cpu (renderer/lib/api.ts).';
const BASE_LAYER =
  'renderer/lib/ and renderer/components/ are what features build on: they import no feature or app code, ' +
  'and the page reaches main only through window.cpu.';
const FEATURE =
  'a feature imports its own folder, renderer/lib/, renderer/components/ and shared/ (tests also renderer/test/); ' +
  'move what two features need into renderer/lib/ or renderer/components/, and leave wiring to renderer/app/.';
const FEATURE_FOLDERS = ['renderer/features/*/', 'renderer/lib/', 'renderer/components/', 'shared/'];

/**
 * JSX text and `{'…'}` children must come from `t()`; punctuation and symbols may stand alone.
 * Numbers go through `formatNumber` (officers may read Khmer digits), or in braces as `{12}`.
 * Attributes are left to the selectors below: class names and input types are not UI text.
 */
const uiLiterals = {
  noStrings: true,
  ignoreProps: true,
  allowedStrings: [
    '·',
    '—',
    '–',
    '-',
    ':',
    ',',
    '.',
    '/',
    '(',
    ')',
    '×',
    '÷',
    '=',
    '%',
    '→',
    '▲',
    '▼',
    '↕',
    '…',
    '*',
    '+',
  ],
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
    plugins: { local: { rules: { 'folder-imports': folderImports } } },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', nodeImports],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // useApiResult(call, deps) asks again when deps change: they are checked as useEffect's are.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useApiResult$' }],
      'no-restricted-imports': ['error', pageImports(BROWSER_PACKAGES)],
      ...folders({ forbid: ['electron/'], message: TO_MAIN }),
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', pageImports([...BROWSER_PACKAGES, ...TEST_PACKAGES])] },
  },
  {
    files: ['renderer/lib/**/*.{ts,tsx}', 'renderer/components/**/*.{ts,tsx}'],
    rules: folders({ forbid: ['electron/', 'renderer/features/', 'renderer/app/'], message: BASE_LAYER }),
  },
  {
    // The door to main (window.cpu) alone may name electron/ code, e.g. its types; still no feature or app code.
    files: ['renderer/lib/api.ts'],
    rules: folders({ forbid: ['renderer/features/', 'renderer/app/'], message: BASE_LAYER }),
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: folders({ allow: FEATURE_FOLDERS, message: FEATURE }),
  },
  {
    files: ['renderer/features/**/*.test.{ts,tsx}'],
    rules: folders({ allow: [...FEATURE_FOLDERS, 'renderer/test/'], message: FEATURE }),
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
    rules: {
      'no-restricted-imports': ['error', pageImports(BROWSER_PACKAGES)],
      ...folders({
        forbid: ['electron/', 'renderer/'],
        message: 'shared/ is imported by both processes, so it imports from neither: move the code into shared/.',
      }),
    },
  },
  {
    // Unit tests of shared code run in Node and may read fixtures from disk (with the node: prefix).
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY, ...nodePrefixPaths] }] },
  },
);
