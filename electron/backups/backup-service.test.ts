import { closeSync, fstatSync, openSync, readdirSync, writeSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord } from '../../shared/schemas/case';
import { openSqlite } from '../storage/sql';
import { tempDir } from '../testing/temp-dir';
import { testKey } from '../testing/test-vault';
import { backupDir, backupPath, backupSequences } from './backup-files';
import { BackupService, backupsSettled } from './backup-service';
import { KEEP_BACKUPS, KEEP_DAILY } from './backup-prune';
import { backupsActingWhileChecking, inYear, openApp, seedSummaries, summaryCount } from './backup-test-kit';

// Each test sets up a folder (the first account's passphrase is rated by zxcvbn, and its slot made) before its own work.
describe('backups of the case database', () => {
  let dir: string;
  let clock: number;
  const now = () => new Date(clock);
  beforeEach(() => {
    dir = tempDir('backups');
    clock = Date.parse('2025-06-01T08:00:00.000Z');
  });

  it('numbers backups by sequence: with the clock set back, the newest is still kept and shown first', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('One') });
    await backupsSettled(); // the daily backup of the first unlock is #1
    for (let n = 0; n < 3; n += 1) {
      clock += 60 * 60 * 1000;
      await app.backups.take('manual');
    }
    // The PC's clock goes back a year, then further back with every backup.
    clock = Date.parse('2024-06-01T08:00:00.000Z');
    for (let n = 0; n < 10; n += 1) {
      clock -= 60 * 60 * 1000;
      await app.call('cases:save', { summary: inYear(`Back ${n}`) });
      await app.backups.take('manual');
    }
    const list = await app.backups.list();
    // The ten newest, and the daily one (#1), kept apart from those.
    expect(list.backups.map((b) => b.sequence)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 1]);
    // The newest holds the last save, though its clock says it is the oldest.
    expect(list.backups[0]?.summaries).toBe(11);
    expect(list.backups.every((b) => b.problem === null)).toBe(true);
    expect(Date.parse(list.backups[0]?.at ?? '')).toBeLessThan(Date.parse(list.backups[9]?.at ?? ''));
  });

  it(`prunes to ${KEEP_BACKUPS} only after a new backup passed its check`, async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('One') });
    await backupsSettled(); // the daily backup of the first unlock, kept apart from the others
    const [daily] = backupSequences(dir);
    const regular = () => backupSequences(dir).filter((s) => s !== daily);
    while (regular().length < KEEP_BACKUPS) await app.backups.take('manual');
    const kept = backupSequences(dir);

    // A backup that fails its check (it does not open with the key given) is refused: nothing pruned.
    const wrong = new BackupService(dir, testKey, now, () => undefined);
    await expect(wrong.take('manual')).rejects.toMatchObject({ code: 'backup-unusable' });
    expect(backupSequences(dir)).toEqual(kept);
    expect(readdirSync(backupDir(dir)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    // Without a key (as on a lock whose key is gone) one row cannot be checked: kept, and nothing pruned.
    const keyless = new BackupService(
      dir,
      () => {
        throw new Error('locked');
      },
      now,
      () => undefined,
    );
    await keyless.take('manual');
    expect(regular()).toHaveLength(KEEP_BACKUPS + 1);
    // A checked one prunes the oldest, and only those: the daily one stays.
    const checked = await app.backups.take('manual');
    expect(regular()).toHaveLength(KEEP_BACKUPS);
    expect(Math.min(...regular())).toBe(checked.sequence - KEEP_BACKUPS + 1);
    expect(backupSequences(dir)).toContain(daily);
  });

  it('keeps a backup taken while saves go on: it holds what was committed when the copy ended, and lists that count', async () => {
    const app = await openApp(dir, now, true);
    const first = await app.call<CaseRecord>('cases:save', { summary: inYear('First') });
    await backupsSettled();
    seedSummaries(dir, () => app.session.dataKey(), first, 3000);
    const before = summaryCount(dir);

    let done = false;
    const taking = app.backups.take('manual');
    const ended = () => {
      done = true;
    };
    taking.then(ended, ended);
    let saved = 0;
    while (!done) {
      await app.call('cases:save', { summary: inYear(`During ${saved}`) });
      saved += 1;
      // Each save its own event, as requests from the window are (the backup's steps run in between).
      await new Promise((resolve) => setImmediate(resolve));
    }
    const taken = await taking;
    const after = summaryCount(dir);
    expect(after).toBe(before + saved);
    expect(saved).toBeGreaterThan(0);

    expect(taken.problem).toBeNull();
    expect(taken.summaries).toBeGreaterThanOrEqual(before);
    expect(taken.summaries).toBeLessThanOrEqual(after);
    expect(backupSequences(dir)[0]).toBe(taken.sequence);
    const listed = (await app.backups.list()).backups[0];
    expect(listed).toMatchObject({ sequence: taken.sequence, summaries: taken.summaries, problem: null });
    // The copy's own count is what it was listed with.
    const copy = openSqlite(backupPath(dir, taken.sequence), { readOnly: true });
    expect(copy.prepare('SELECT COUNT(*) AS n FROM summaries').get()?.n).toBe(taken.summaries);
    copy.close();
  });

  it('a save issued while a backup of a few thousand summaries is being checked completes, and the backup is kept', async () => {
    const app = await openApp(dir, now, true);
    const first = await app.call<CaseRecord>('cases:save', { summary: inYear('First') });
    await backupsSettled();
    seedSummaries(dir, () => app.session.dataKey(), first, 3000);
    const before = summaryCount(dir);

    // Issued once the copy is made, while its worker reads it; the backup waits for nothing but its check.
    let saved: CaseRecord | undefined;
    const backups = backupsActingWhileChecking(dir, app, now, async (path) => {
      expect(path).toMatch(/\.partial$/);
      saved = await app.call<CaseRecord>('cases:save', { summary: inYear('While checking') });
    });
    const taken = await backups.take('manual');

    expect(saved).toBeDefined();
    expect(summaryCount(dir)).toBe(before + 1);
    expect(await app.districts()).toContain('While checking');
    // The backup is kept, with the count of the copy (made before that save), not refused for differing.
    expect(taken).toMatchObject({ summaries: before, problem: null });
    expect(backupSequences(dir)[0]).toBe(taken.sequence);
    expect((await app.backups.list()).backups[0]).toMatchObject({
      sequence: taken.sequence,
      summaries: before,
      problem: null,
    });
  });

  it('a damaged backup is listed as damaged once checked, and no longer offered after a failure', async () => {
    const app = await openApp(dir, now, true);
    const first = await app.call<CaseRecord>('cases:save', { summary: inYear('One') });
    await backupsSettled();
    seedSummaries(dir, () => app.session.dataKey(), first, 300);
    const good = await app.backups.take('manual');
    const bad = await app.backups.take('manual');
    // Pages past the first (the meta still reads) are overwritten on disk: the copy was checked once
    // named, but a changed file is checked again.
    const fd = openSync(backupPath(dir, bad.sequence), 'r+');
    const size = fstatSync(fd).size;
    writeSync(fd, Buffer.alloc(size / 2, 0x5a), 0, size / 2, size / 4);
    closeSync(fd);

    const listed = await app.backups.list();
    expect(listed.backups.slice(0, 2).map((b) => [b.sequence, b.problem])).toEqual([
      [bad.sequence, expect.stringMatching(/damaged|cannot be opened/)],
      [good.sequence, null],
    ]);
    const offered = app.backups.withOffer(new AppFailure('row-unreadable', 'x', {}));
    expect(offered).toMatchObject({ code: 'row-unreadable', params: { backupSequence: String(good.sequence) } });
  });

  it(`takes a daily backup each day however often the app locks, and keeps ${KEEP_DAILY} of them apart from the locks'`, async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Monday') });
    await backupsSettled();
    const start = clock;
    for (let day = 1; day <= KEEP_DAILY + 2; day++) {
      clock = start + day * 24 * 60 * 60 * 1000;
      await app.backups.daily();
      // Officers sign in and out all day: each lock, every half hour, is a backup (more in all than are kept).
      for (let lock = 0; lock < 3; lock++) {
        clock += 30 * 60 * 1000;
        await app.backups.take('lock');
      }
    }
    const listed = (await app.backups.list()).backups;
    expect(listed.filter((b) => b.reason === 'lock')).toHaveLength(KEEP_BACKUPS);
    const daily = listed.filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(KEEP_DAILY);
    // The newest days' copies, newest first, a day apart.
    const ats = daily.map((b) => Date.parse(b.at));
    expect(ats.slice(1).map((at, i) => (ats[i] ?? 0) - at)).toEqual(Array(KEEP_DAILY - 1).fill(24 * 60 * 60 * 1000));
  });
});
