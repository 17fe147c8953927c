import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/ipc/result';
import type { CaseRecord, CaseRow } from '../../shared/schemas/case';
import type { BackupList } from '../../shared/schemas/session';
import type { ExportFile } from '../../shared/schemas/exchange';
import type { Dispatch } from '../ipc/dispatcher';
import { bundleChild, killNine, startChild, type Child } from '../testing/child-process';
import { call, summaryIn } from '../testing/dispatch-calls';
import { sharedTempDir } from '../testing/temp-dir';
import { quitApp } from '../testing/test-vault';
import { unlockedDispatch, unlockedExistingDispatch } from '../testing/unlocked-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const listed = async (d: Dispatch, year: number) => (await call<{ rows: CaseRow[] }>(d, 'cases:list', { year })).rows;

/** Records each `ACK <id> <revision>` line: saves the child was told had been written. */
function acks(child: Child, into: Map<string, number>): void {
  child.process.stdout.on('data', () => {
    for (const line of child.lines.splice(0)) {
      const [word, id, revision] = line.split(' ');
      if (word === 'ACK' && id && revision) into.set(id, Math.max(into.get(id) ?? 0, Number(revision)));
      else child.lines.push(line);
    }
  });
}

/** Every acknowledged save is in the folder (after a restart), and the database opens as this PC's newest. */
async function expectAcknowledged(dir: string, acked: ReadonlyMap<string, number>): Promise<void> {
  await quitApp();
  const app = unlockedExistingDispatch(dir);
  await call(app, 'cases:years', {});
  for (const [id, revision] of acked) {
    const found = await call<CaseRecord>(app, 'cases:get', { id });
    expect(found.revision, `acknowledged ${id}`).toBeGreaterThanOrEqual(revision);
  }
  for (const backup of (await call<BackupList>(app, 'backups:list', {})).backups) expect(backup.problem).toBeNull();
  await quitApp();
}

/**
 * Sets up a data folder, then runs the child on it four times in `mode`, SIGKILLing each at a
 * random moment up to `withinMs` after it says `after`; `afterKill` runs after each kill.
 * Resolves with the saves the children acknowledged.
 */
async function killedRuns(
  script: string,
  dir: string,
  mode: string,
  kill: { after: string; withinMs: number },
  afterKill?: (acked: ReadonlyMap<string, number>) => Promise<void>,
): Promise<Map<string, number>> {
  await unlockedDispatch(dir).recoveryKey;
  await quitApp();
  const acked = new Map<string, number>();
  for (let run = 0; run < 4; run += 1) {
    const child = startChild(script, [mode, dir]);
    acks(child, acked);
    await child.line(kill.after);
    await sleep(Math.random() * kill.withinMs);
    await killNine(child);
    await afterKill?.(acked);
  }
  return acked;
}

describe('a second process on the same data folder', () => {
  const work = sharedTempDir('process');
  let script: string;
  beforeAll(async () => {
    script = await bundleChild('storage-child', work());
  });

  it('a second copy of the app is refused as data-in-use, and the first one’s data is unchanged', async () => {
    const dir = join(work(), 'held');
    const first = unlockedDispatch(dir).dispatch;
    const saved = await call<CaseRecord>(first, 'cases:save', { summary: summaryIn(2025, 'First') });
    const before = await listed(first, 2025);

    const second = startChild(script, ['open', dir]);
    const result = JSON.parse((await second.line('RESULT')).slice('RESULT '.length)) as Result<unknown>;
    await killNine(second);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('data-in-use');
      expect(result.error.message).toMatch(/open in another copy of the app/);
    }
    expect(await listed(first, 2025)).toEqual(before);
    const edited = await call<CaseRecord>(first, 'cases:save', {
      id: saved.id,
      expectedRevision: 1,
      summary: summaryIn(2025, 'First, edited'),
    });
    expect(edited.revision).toBe(2);
  });

  it('an import spanning two years killed with SIGKILL is all or nothing after a restart', async () => {
    const RUNS = 6;
    const COUNT = 40;
    // PC A's summaries reach B in 2024; A then moves every one of them to 2025, and B imports that.
    const a = unlockedDispatch(join(work(), 'pc-a')).dispatch;
    const base = join(work(), 'pc-b');
    const b = unlockedDispatch(base).dispatch;
    const records: CaseRecord[] = [];
    for (let n = 0; n < COUNT; n += 1)
      records.push(await call<CaseRecord>(a, 'cases:save', { summary: summaryIn(2024, `Moved ${n}`) }));
    const file2024 = await call<ExportFile>(a, 'exports:create', { year: 2024, format: 'year-json' });
    const first = await call<{ token: string }>(b, 'imports:preview', {
      content: Buffer.from(file2024.base64, 'base64').toString('utf8'),
    });
    await call(b, 'imports:apply', { token: first.token, resolutions: {} });
    for (const r of records)
      await call(a, 'cases:save', {
        id: r.id,
        expectedRevision: 1,
        summary: { ...r.summary, dateReported: '2025-01-05' },
      });
    const file2025 = join(work(), 'a-2025.json');
    writeFileSync(
      file2025,
      Buffer.from((await call<ExportFile>(a, 'exports:create', { year: 2025, format: 'year-json' })).base64, 'base64'),
    );
    await quitApp();

    const copies = Array.from({ length: RUNS + 1 }, (_, n) => {
      const dir = join(work(), `pc-b-${n}`);
      cpSync(base, dir, { recursive: true });
      return dir;
    });
    const calibration = startChild(script, ['import', copies[0] as string, file2025]);
    await calibration.line('APPLYING');
    const started = performance.now();
    await calibration.line('DONE');
    const span = performance.now() - started;
    await killNine(calibration);

    const outcomes = { before: 0, after: 0 };
    for (const dir of copies.slice(1)) {
      const child = startChild(script, ['import', dir, file2025]);
      await child.line('APPLYING');
      // A killed child runs slower than the calibration (both cores busy): the window is wide.
      await sleep(Math.random() * span * 2.5);
      await killNine(child);
      const app = unlockedExistingDispatch(dir);
      const in2024 = await listed(app, 2024);
      const in2025 = (await call<number[]>(app, 'cases:years', {})).includes(2025) ? await listed(app, 2025) : [];
      // All in 2024 at revision 1, or all in 2025 at revision 2: never some of each.
      if (in2025.length === 0) {
        expect(in2024.map((r) => r.revision)).toEqual(Array<number>(COUNT).fill(1));
        outcomes.before += 1;
      } else {
        expect(in2024).toEqual([]);
        expect(in2025.map((r) => r.revision)).toEqual(Array<number>(COUNT).fill(2));
        outcomes.after += 1;
      }
      await quitApp();
    }
    console.info(
      `import kills: ${outcomes.before} before the commit, ${outcomes.after} after (window ${span.toFixed(0)} ms)`,
    );
  }, 60_000);

  it('killed with SIGKILL while backups run, every acknowledged save is there after a restart', async () => {
    const dir = join(work(), 'backing-up');
    const acked = await killedRuns(script, dir, 'backup', { after: 'ACK', withinMs: 300 });
    expect(acked.size).toBeGreaterThanOrEqual(4);
    await expectAcknowledged(dir, acked);
  }, 30_000);

  it('killed with SIGKILL during a restore, every acknowledged save is there after a restart, and the database opens', async () => {
    const dir = join(work(), 'restoring');
    // Each run's restart must open the folder: a restore cut short is never an "older copy".
    await killedRuns(script, dir, 'restore', { after: 'RESTORING', withinMs: 40 }, (acked) =>
      expectAcknowledged(dir, acked),
    );
  }, 40_000);
});
