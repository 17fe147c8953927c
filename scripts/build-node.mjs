// Bundles the Node-side code with esbuild: Electron main (ESM), the sandboxed preload
// (CommonJS, as sandboxed preloads require), the browser shell and its page API, and the
// benchmark (which drives Chromium through Playwright, left to node_modules).
import { build } from 'esbuild';
import { workerDefines } from './worker-source.mjs';

// Bundled CommonJS dependencies call require(); give ESM output a real one.
const esmRequire = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node24' };
// The Node-side bundles carry the row-opener worker's code (see scripts/worker-source.mjs).
const define = workerDefines();

await Promise.all([
  build({
    ...common,
    entryPoints: { 'main/index': 'electron/main/index.ts' },
    define,
    outdir: 'out',
    platform: 'node',
    format: 'esm',
    external: ['electron'],
    banner: { js: esmRequire },
  }),
  build({
    ...common,
    entryPoints: { 'preload/index': 'electron/preload/index.ts' },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: { 'shell/main': 'electron/shell/main.ts' },
    define,
    outdir: 'out',
    platform: 'node',
    format: 'esm',
    banner: { js: esmRequire },
  }),
  build({
    ...common,
    entryPoints: { 'shell/page-api': 'electron/shell/page-api.ts' },
    outdir: 'out',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  }),
  build({
    ...common,
    entryPoints: { 'bench/run': 'bench/run.ts' },
    define,
    outdir: 'out',
    platform: 'node',
    format: 'esm',
    external: ['@playwright/test'],
    banner: { js: esmRequire },
  }),
]);
