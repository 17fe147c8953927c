import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a test child (a .ts under electron/testing) into one ESM file Node runs directly:
 * the storage tests need a second process, as a crash or a second copy of the app is one.
 */
export async function bundleChild(name: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    // The children never export; leaving out the spreadsheet library makes each start faster.
    plugins: [
      {
        name: 'no-exceljs',
        setup(b) {
          b.onResolve({ filter: /^exceljs$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {};' }));
        },
      },
    ],
  });
  return outfile;
}

/** A running child whose stdout lines can be awaited. */
export interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  /** Resolves with the first line starting with `word` (rejects when the child exits first). */
  line(word: string): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function startChild(script: string, args: readonly string[], options: { shell?: string } = {}): Child {
  const child = options.shell
    ? spawn('/bin/sh', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, script, ...args], { stdio: 'pipe' })
    : spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  const lines: string[] = [];
  const waiters: { word: string; resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => line.startsWith(w.word))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = once(child, 'exit').then(([code, signal]) => {
    for (const waiter of waiters.splice(0))
      waiter.reject(new Error(`the child exited (${String(code ?? signal)}) before "${waiter.word}":\n${stderr}`));
    return { code: code as number | null, signal: signal as NodeJS.Signals | null, stderr };
  });
  return {
    process: child,
    lines,
    exited,
    line: (word) => {
      const seen = lines.find((l) => l.startsWith(word));
      if (seen !== undefined) return Promise.resolve(seen);
      if (child.exitCode !== null || child.signalCode !== null)
        return Promise.reject(new Error(`the child exited before "${word}":\n${stderr}`));
      return new Promise((resolve, reject) => waiters.push({ word, resolve, reject }));
    },
  };
}

/** SIGKILLs the child (kill -9) and waits until it is gone. */
export async function killNine(child: Child): Promise<void> {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
  await child.exited;
}
