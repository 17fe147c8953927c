import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { keepYoungGenerationSmall } from '../app/heap';
import { sqliteProblem } from '../storage/sql';
import { startShell } from './server';

// Before anything allocates much: see electron/app/heap.ts.
keepYoungGenerationSmall();

/**
 * `npm run start:browser -- --data <folder> [--port N]`: the app in any browser. Prints a
 * one-time address to open; Enter prints another.
 */
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');
const { values } = parseArgs({
  options: { data: { type: 'string' }, port: { type: 'string' } },
});
const dataDir = resolve(values.data ?? 'cpu-data');

// As the desktop app: a Node without node:sqlite (older than 22.13) must not start, or every
// request would fail. CPU_TEST_NO_SQLITE lets the e2e see this refusal on any Node.
const noSqlite =
  process.env.CPU_TEST_NO_SQLITE === '1' ? 'node:sqlite switched off for this test run' : sqliteProblem();
if (noSqlite) {
  console.error(
    `CPU Case Register cannot start: the case database cannot be opened (${noSqlite}). Nothing was changed. Run it with Node 24 (see the README).`,
  );
  process.exit(78);
}
mkdirSync(dataDir, { recursive: true });
const pkg = JSON.parse(readFileSync(join(outDir, '..', 'package.json'), 'utf8')) as { version: string };

const shell = await startShell({
  dataDir,
  rendererDir: join(outDir, 'renderer'),
  pageApiFile: join(outDir, 'shell', 'page-api.js'),
  version: pkg.version,
  port: values.port ? Number(values.port) : 0,
}).catch((error: unknown) => {
  // A folder in use by another copy, or a damaged database: say so and stop, changing nothing.
  console.error(
    `CPU Case Register cannot start on ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
console.log(`CPU Case Register (browser shell) data: ${dataDir}`);
console.log(`Open: ${shell.url}`);
console.log(
  'Each address opens the app once. For a new one (another browser, or this one restarted), press Enter here.',
);
// Any line on stdin, as the officer pressing Enter in this window, prints a fresh one-time address.
createInterface({ input: process.stdin }).on('line', () => console.log(`Open: ${shell.newAddress()}`));

let stopping: Promise<void> | undefined;
// A second Ctrl+C waits for the first stop (its backup on quit) rather than starting another.
const stop = () => void (stopping ??= shell.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
