import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/schemas/case';
import type { BackupFile } from '../../shared/schemas/session';
import { createHandlers } from '../app/handlers';
import { createDispatcher } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import { TEST_KDF, TEST_PASSPHRASE, unlockedDispatch } from '../testing/unlocked-app';

const KILLS = 200;
const LANES = 2;

/** Runs the child until it is ready, lets it save for a random moment, then SIGKILLs it. */
async function runAndKill(script: string, dir: string, acked: Map<string, number>): Promise<number> {
  const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffered = '';
  let errors = '';
  let saves = 0;
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, id, revision] = line.split(' ');
        // Anywhere from a few saves in to the middle of one: each save takes a few milliseconds.
        if (word === 'READY') setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 45);
        if (word === 'ACK' && id && revision) {
          acked.set(id, Math.max(acked.get(id) ?? 0, Number(revision)));
          saves += 1;
        }
      }
      if (lines.some((l) => l.startsWith('READY'))) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    void exited.then(() => reject(new Error(`the child stopped before it was ready:\n${errors}`)));
  });
  const [, signal] = await exited;
  // A complete line was acknowledged; a half-written one never counts.
  expect(signal, errors).toBe('SIGKILL');
  return saves;
}

describe('crash safety: saves killed at random moments', () => {
  let workDir: string;
  let script: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'cpu-crash-'));
    script = join(workDir, 'crash-child.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '..', 'testing', 'crash-child.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      // The child never exports; leaving out the spreadsheet library makes each start ~30% faster.
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
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it(`${KILLS} SIGKILLs later, every year file opens and holds every acknowledged save`, async () => {
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const dir = join(workDir, `data-${lane}`);
        await unlockedDispatch(dir).recoveryKey;
        const acked = new Map<string, number>();
        let saves = 0;
        for (let kill = 0; kill < KILLS / LANES; kill += 1) saves += await runAndKill(script, dir, acked);
        return { dir, acked, saves };
      }),
    );

    // Enough acknowledged saves that the kills fell among them, not only before the first.
    expect(lanes.reduce((sum, lane) => sum + lane.saves, 0)).toBeGreaterThan(KILLS);
    for (const { dir, acked } of lanes) {
      const dispatch = createDispatcher(createHandlers(confStorage(dir), { version: 'check', host: 'browser-shell' }, undefined, { kdf: TEST_KDF }));
      expect((await dispatch('session:unlock', { passphrase: TEST_PASSPHRASE })).ok).toBe(true);
      const years = await dispatch('cases:years', {});
      expect(years).toEqual({ ok: true, value: expect.arrayContaining([2025]) });
      for (const year of years.ok ? (years.value as number[]) : []) {
        expect((await dispatch('cases:list', { year })).ok, `cases-${year}.json opens`).toBe(true);
      }
      for (const [id, revision] of acked) {
        const found = await dispatch('cases:get', { id });
        expect(found.ok, `acknowledged ${id} is there`).toBe(true);
        if (found.ok) expect((found.value as CaseRecord).revision).toBeGreaterThanOrEqual(revision);
      }
      // Every backup left behind opens too.
      const backups = await dispatch('backups:list', {});
      expect(backups.ok).toBe(true);
      for (const file of backups.ok ? (backups.value as BackupFile[]) : []) {
        expect(file.problem).toBeNull();
        expect(file.backups.every((b) => b.summaries !== null)).toBe(true);
      }
      // Interrupted writes leave at most temporary files, never a store that is not one.
      expect(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()).toEqual(
        expect.arrayContaining(['cases-2025.json', 'keys.json', 'pc.json']),
      );
    }
  }, 240_000);
});
