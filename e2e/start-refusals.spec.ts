import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const OUT = join(import.meta.dirname, '..', 'out');

/** Runs a program to its end; its exit code and everything it printed. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

test('a second copy of the app on the same data folder is refused with a clear message, and the first keeps working', async ({
  app,
  host,
}) => {
  test.skip(
    !(host === 'shell'),
    "Electron's single-instance lock hands a second start to the first window; the browser shell is the host a second copy can reach",
  );
  await expect(app.page.getByRole('navigation').getByRole('button', { name: 'Case summaries' })).toBeVisible();
  const second = await run(process.execPath, [join(OUT, 'shell', 'main.js'), '--data', app.dataDir, '--port', '0']);
  expect(second.code).toBe(1);
  expect(second.output).toContain('This data folder is open in another copy of the app');
  // The first copy still reads and writes its data.
  await app.page.reload();
  await expect(app.page.getByRole('navigation').getByRole('button', { name: 'Case summaries' })).toBeVisible();
});

test('the desktop app refuses to start, saying why, where node:sqlite cannot open a database', async ({
  host,
  electronPath,
}) => {
  test.skip(!(host === 'electron' && electronPath), 'Electron only: the check runs in the Electron main process');
  const dataDir = await mkdtemp(join(tmpdir(), 'cpu-e2e-nosqlite-'));
  try {
    const started = await run(electronPath as string, [join(OUT, 'main', 'index.js')], {
      ...process.env,
      CPU_DATA_DIR: dataDir,
      CPU_TEST_NO_SQLITE: '1',
    });
    expect(started.code).toBe(78);
    expect(started.output).toContain('The case database cannot be opened');
    expect(existsSync(join(dataDir, 'cases.db'))).toBe(false);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('the browser shell refuses to start, saying why, where node:sqlite cannot open a database', async ({ host }) => {
  test.skip(host !== 'shell', 'the browser shell only: the Electron check is the test above');
  const dataDir = await mkdtemp(join(tmpdir(), 'cpu-e2e-nosqlite-'));
  try {
    const started = await run(process.execPath, [join(OUT, 'shell', 'main.js'), '--data', dataDir], {
      ...process.env,
      CPU_TEST_NO_SQLITE: '1',
    });
    expect(started.code).toBe(78);
    expect(started.output).toContain('the case database cannot be opened');
    expect(started.output).toContain('Node 24');
    expect(existsSync(join(dataDir, 'cases.db'))).toBe(false);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
