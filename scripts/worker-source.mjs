// The row-opener worker (electron/storage/row-opener-worker.ts) bundled to one CommonJS script,
// as a string: the main process starts it with `new Worker(source, { eval: true })`, so the
// worker ships inside the main process's own file (and the app's asar) rather than beside it.
import { buildSync } from 'esbuild';

export function rowOpenerWorkerSource() {
  const { outputFiles } = buildSync({
    entryPoints: ['electron/storage/row-opener-worker.ts'],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    logLevel: 'warning',
  });
  return outputFiles[0].text;
}

/** esbuild's and Vite's `define` for it. */
export const workerDefines = () => ({ __ROW_OPENER_WORKER__: JSON.stringify(rowOpenerWorkerSource()) });
