import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseInput, CaseRecord, CaseRow } from '../../shared/schemas/case';
import type { ExportFile } from '../../shared/schemas/exchange';
import { sampleSummary } from '../../shared/testing/samples';
import { backupDir, backupSequences } from '../backups/backup-files';
import { BackupService } from '../backups/backup-service';
import type { Dispatch } from '../ipc/dispatcher';
import { Session } from '../session/session';
import { call } from '../testing/dispatch-calls';
import { sharedTempDir } from '../testing/temp-dir';
import { quitApp } from '../testing/test-vault';
import { TEST_KDF, TEST_PASSPHRASE, unlockedDispatch, unlockedExistingDispatch } from '../testing/unlocked-app';
import { acquireCaseDb } from './case-db';

const CLOCK = () => new Date('2025-06-01T08:00:00.000Z');
const inYear = (district: string): CaseInput => ({
  ...sampleSummary('OVA'),
  dateReported: '2025-03-14',
  offenceDate: '2025-03-10',
  district,
});

/**
 * A 2 MB tmpfs (root only): a real full disk, where SQLite's writes fail with ENOSPC. The mount
 * point is made while the file is collected (whether to skip depends on it), so not with the
 * shared temp-folder fixture: it is removed at once when mounting is refused, else after the tests.
 */
const mountPoint = mkdtempSync(join(tmpdir(), 'cpu-diskfull-'));
const canMount = (() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    rmSync(mountPoint, { recursive: true, force: true });
    return false;
  }
})();

/** Writes until the disk refuses: big chunks, then smaller, so hardly a byte is left. */
function fill(path: string): void {
  const fd = openSync(path, 'w');
  try {
    for (const size of [65_536, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!canMount)(
  'a full disk (2 MB tmpfs mounted for the test; skipped when `mount -t tmpfs` is not allowed)',
  () => {
    const dir = join(mountPoint, 'data');
    const filler = join(mountPoint, 'filler');
    const elsewhere = sharedTempDir('diskfull-other');
    let dataFile = '';

    beforeAll(async () => {
      console.info(`disk full: a ${canMount ? '2 MB tmpfs mounted at ' + mountPoint : 'nothing (skipped)'}`);
      mkdirSync(dir);
      // Another PC's 2025 data file, to import.
      const other = unlockedDispatch(elsewhere(), CLOCK).dispatch;
      for (let n = 0; n < 20; n += 1) await call(other, 'cases:save', { summary: inYear(`Other PC ${n}`) });
      const exported = await call<ExportFile>(other, 'exports:create', { year: 2025, format: 'year-json' });
      dataFile = Buffer.from(exported.base64, 'base64').toString('utf8');
    });
    afterAll(async () => {
      await quitApp();
      if (canMount) execFileSync('umount', [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    });

    it('refuses a save, an import and a backup as disk-full, leaves the data exactly as it was, and the database opens afterwards', async () => {
      const dispatch = unlockedDispatch(dir, CLOCK).dispatch;
      for (let n = 0; n < 3; n += 1) await call(dispatch, 'cases:save', { summary: inYear(`Ours ${n}`) });
      const preview = await call<{ token: string }>(dispatch, 'imports:preview', { content: dataFile });
      await quitApp(); // the daily backup is written before the disk fills
      const app = unlockedExistingDispatch(dir, CLOCK);
      await call(app, 'cases:years', {});
      const backupsBefore = backupSequences(dir);
      fill(filler);

      // WAL pages already on disk may take a save or two; then a save needs space and is refused.
      const acked: string[] = [];
      let refused: { code: string; message: string } | undefined;
      for (let n = 0; n < 500 && !refused; n += 1) {
        const result = await app('cases:save', { summary: inYear(`Full ${n}`) });
        if (result.ok) acked.push((result.value as CaseRecord).summary.district);
        else refused = result.error;
      }
      expect(refused?.code).toBe('disk-full');
      expect(refused?.message).toMatch(/disk is full/);
      const rows = async (d: Dispatch) =>
        (await call<{ rows: CaseRow[] }>(d, 'cases:list', { year: 2025 })).rows
          .map((r) => `${r.id}:${r.revision}:${r.district}`)
          .sort();
      const expected = await rows(app);
      expect(expected.map((r) => r.split(':')[2]).sort()).toEqual(['Ours 0', 'Ours 1', 'Ours 2', ...acked].sort());
      const stored = () =>
        acquireCaseDb(dir).prepare('SELECT id, year, revision, content FROM summaries ORDER BY id').all();
      const storedBefore = stored();

      // An import of the other PC's 20 summaries: all refused, none written.
      const again = await call<{ token: string }>(app, 'imports:preview', { content: dataFile });
      const imported = await app('imports:apply', { token: again.token, resolutions: {} });
      expect(imported.ok ? 'written' : imported.error.code).toBe('disk-full');
      expect(await rows(app)).toEqual(expected);
      expect(stored()).toEqual(storedBefore);
      expect(preview.token).not.toBe(again.token);

      // A backup: refused, and no half-written file left.
      const session = new Session({ dir, kdf: TEST_KDF });
      await session.unlock(session.status().accounts[0]?.id ?? '', TEST_PASSPHRASE);
      const backups = new BackupService(
        dir,
        () => session.dataKey(),
        CLOCK,
        () => undefined,
      );
      await expect(backups.take('manual')).rejects.toMatchObject({ code: 'disk-full' });
      expect(backupSequences(dir)).toEqual(backupsBefore);
      expect(readdirSync(backupDir(dir)).filter((f) => f.endsWith('.partial'))).toEqual([]);

      // Space freed and the app started again: the same rows, and saving works.
      await quitApp();
      rmSync(filler);
      const after = unlockedExistingDispatch(dir, CLOCK);
      expect(await rows(after)).toEqual(expected);
      expect(stored()).toEqual(storedBefore);
      expect(acquireCaseDb(dir).prepare('PRAGMA integrity_check').get()?.integrity_check).toBe('ok');
      await call(after, 'cases:save', { summary: inYear('After') });
      const applied = await call<{ token: string }>(after, 'imports:preview', { content: dataFile });
      expect(
        (await call<{ written: number }>(after, 'imports:apply', { token: applied.token, resolutions: {} })).written,
      ).toBe(20);
    }, 30_000);
  },
);
