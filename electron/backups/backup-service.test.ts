import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseInput, CaseRecord, CaseRow } from '../../shared/schemas/case';
import type { BackupList, RestoreResult, SessionStatus } from '../../shared/schemas/session';
import { sampleSummary } from '../../shared/testing/samples';
import { createHandlers } from '../app/handlers';
import { CaseRepository } from '../cases/case-repository';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { Session } from '../session/session';
import { acquireCaseDb, closeAllCaseDbs, DB_FILE } from '../storage/case-db';
import { confStorage } from '../storage/conf-location';
import { openSqlite } from '../storage/sql';
import { createVault } from '../storage/vault';
import { callsOn } from '../testing/dispatch-calls';
import { tempDir } from '../testing/temp-dir';
import { quitApp, testKey } from '../testing/test-vault';
import { signIn, TEST_KDF, TEST_PASSPHRASE, TEST_SETUP } from '../testing/unlocked-app';
import { backupDir, backupPath, backupSequences } from './backup-files';
import { BackupService, backupsSettled, KEEP_BACKUPS } from './backup-service';
import { checkCopyInWorker } from './copy-check';

const inYear = (district: string): CaseInput => ({
  ...sampleSummary('OVA'),
  dateReported: '2025-03-14',
  offenceDate: '2025-03-10',
  district,
});

/** `count` more summaries of 2024, copies of `like` written through the repository in one transaction. */
function seedSummaries(dir: string, key: Parameters<typeof createVault>[1], like: CaseRecord, count: number): void {
  const repository = new CaseRepository(createVault(acquireCaseDb(dir), key));
  const prefix = like.caseCode.replace(/-\d{4}-/, '-2024-').replace(/-\d+$/, '');
  const summary = {
    ...like.summary,
    dateReported: '2024-03-14',
    offenceDate: '2024-03-10',
    narrative: 'x'.repeat(600),
  };
  repository.importRecords(
    Array.from({ length: count }, (_, n) => ({
      ...like,
      id: randomUUID(),
      caseCode: `${prefix}-${String(n + 1).padStart(4, '0')}`,
      summary,
    })),
  );
}

const summaryCount = (dir: string) =>
  Number(acquireCaseDb(dir).prepare('SELECT COUNT(*) AS n FROM summaries').get()?.n);

/** The real handlers on a folder, with the session at hand so a test can take backups itself; not signed in. */
function startApp(dir: string, now: () => Date) {
  const session = new Session({ dir, now, kdf: TEST_KDF });
  const dispatch: Dispatch = createDispatcher(
    createHandlers(confStorage(dir), { version: '1.0.0', host: 'browser-shell' }, now, { kdf: TEST_KDF, session }),
  );
  const { call, refusal } = callsOn(dispatch);
  const backups = new BackupService(
    dir,
    () => session.dataKey(),
    now,
    () => undefined,
  );
  const districts = async () =>
    (await call<{ rows: CaseRow[] }>('cases:list', { year: 2025 })).rows.map((r) => r.district).sort();
  /** The sign-in the screen would send: the folder's first account, with the test passphrase. */
  const signInRequest = async () => ({
    accountId: (await call<SessionStatus>('session:status', {})).accounts[0]?.id ?? '',
    passphrase: TEST_PASSPHRASE,
  });
  return { session, dispatch, call, refusal, backups, districts, signInRequest };
}

/** `startApp`, set up (the test administrator) or signed in. */
async function openApp(dir: string, now: () => Date, setup: boolean) {
  const app = startApp(dir, now);
  if (setup) await app.call('session:setup', TEST_SETUP);
  else await signIn(app.dispatch);
  return app;
}

// Each test sets up a folder (the first account's passphrase is rated by zxcvbn, and its slot made) before its own work.
describe('backups of the case database', { timeout: 20_000 }, () => {
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
    expect(list.backups.map((b) => b.sequence)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
    // The newest holds the last save, though its clock says it is the oldest.
    expect(list.backups[0]?.summaries).toBe(11);
    expect(list.backups.every((b) => b.problem === null)).toBe(true);
    expect(Date.parse(list.backups[0]?.at ?? '')).toBeLessThan(Date.parse(list.backups[9]?.at ?? ''));
  });

  it(`prunes to ${KEEP_BACKUPS} only after a new backup passed its check`, async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('One') });
    await backupsSettled();
    while (backupSequences(dir).length < KEEP_BACKUPS) await app.backups.take('manual');
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
    expect(backupSequences(dir)).toHaveLength(KEEP_BACKUPS + 1);
    // A checked one prunes the oldest, and only those.
    const checked = await app.backups.take('manual');
    expect(backupSequences(dir)).toEqual([checked.sequence, ...backupSequences(dir).slice(1)]);
    expect(backupSequences(dir)).toHaveLength(KEEP_BACKUPS);
    expect(Math.min(...backupSequences(dir))).toBe(checked.sequence - KEEP_BACKUPS + 1);
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
    const backups = new BackupService(
      dir,
      () => app.session.dataKey(),
      now,
      () => undefined,
      async (path) => {
        const checking = checkCopyInWorker(path);
        expect(path).toMatch(/\.partial$/);
        saved = await app.call<CaseRecord>('cases:save', { summary: inYear('While checking') });
        return checking;
      },
    );
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

  it('restores a backup, keeping the replaced database aside, and the restored data shows (after a restart too)', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Before') });
    const backup = await app.backups.take('manual');
    await app.call('cases:save', { summary: inYear('After') });

    const restored = await app.call<RestoreResult>('backups:restore', { sequence: backup.sequence });
    expect(restored.summaries).toBe(1);
    expect(await app.districts()).toEqual(['Before']);
    const aside = openSqlite(join(dir, restored.keptAs), { readOnly: true });
    expect(aside.prepare('SELECT COUNT(*) AS n FROM summaries').get()?.n).toBe(2);
    aside.close();

    await quitApp();
    const again = await openApp(dir, now, false);
    expect(await again.districts()).toEqual(['Before']);
    // Saving after the restore works, and is kept.
    await again.call('cases:save', { summary: inYear('Later') });
    expect(await again.districts()).toEqual(['Before', 'Later']);
  });

  it('refuses a database replaced by an older copy of itself, naming the newer backup; restoring that backup works', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Old') });
    await quitApp();
    const oldCopy = join(dir, 'old-copy.db');
    copyFileSync(join(dir, DB_FILE), oldCopy);

    const running = await openApp(dir, now, false);
    await running.call('cases:save', { summary: inYear('New') });
    running.session.lock(); // the backup on lock
    await quitApp();
    const [newest] = backupSequences(dir);
    for (const suffix of ['-wal', '-shm']) rmSync(join(dir, `${DB_FILE}${suffix}`), { force: true });
    copyFileSync(oldCopy, join(dir, DB_FILE));

    // Signing in opens the database (the accounts are in it): the refusal comes at sign-in.
    const reopened = startApp(dir, now);
    const error = await reopened.refusal('session:unlock', await reopened.signInRequest());
    expect(error.code).toBe('database-older');
    expect(error.params?.backup).toContain(`#${String(newest)}`);
    expect(error.message).toMatch(/older/);
    // With the key but no account, the case data stays shut.
    expect((await reopened.refusal('cases:years', {})).code).toBe('locked');
    // The older copy was not written to (the refusal again, after a restart).
    await quitApp();
    const still = startApp(dir, now);
    expect((await still.refusal('session:unlock', await still.signInRequest())).code).toBe('database-older');

    // Backups are what works: the newer one is listed and restores.
    const list = await still.call<BackupList>('backups:list', {});
    expect(list.backups[0]?.sequence).toBe(newest);
    await still.call('backups:restore', { sequence: newest });
    // Restored without an account: the next one to work signs in to the restored database.
    expect((await still.call<SessionStatus>('session:status', {})).state).toBe('locked');
    await signIn(still.dispatch);
    expect(await still.districts()).toEqual(['New', 'Old']);
    await quitApp();
    expect(await (await openApp(dir, now, false)).districts()).toEqual(['New', 'Old']);
  });

  it('cleans the temp files a crash left (a backup .partial and its journal, a cases.db.restoring-*) and keeps numbering past them', async () => {
    const app = await openApp(dir, now, true);
    await app.call<CaseRecord>('cases:save', { summary: inYear('One') });
    await quitApp();
    const partial = `${backupPath(dir, 7)}.partial`;
    writeFileSync(partial, 'half a copy');
    // Killed while the copy was being stamped: SQLite's rollback journal of the copy is left too.
    writeFileSync(`${partial}-journal`, 'half a journal');
    const restoring = join(dir, `${DB_FILE}.restoring-4242`);
    writeFileSync(restoring, 'half a restore');
    closeAllCaseDbs();

    const again = await openApp(dir, now, false);
    expect(await again.districts()).toEqual(['One']);
    expect(existsSync(restoring)).toBe(false);
    // Signing in opened the database and may have started the day's backup: it is numbered past the partial #7 too.
    await backupsSettled();
    const numbered = backupSequences(dir);
    expect(numbered.filter((n) => n > 1).every((n) => n > 7)).toBe(true);
    const taken = await again.backups.take('manual');
    expect(taken.sequence).toBe(Math.max(7, ...numbered) + 1);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(`${partial}-journal`)).toBe(false);
    expect(readdirSync(backupDir(dir)).filter((f) => !/^cases-\d{6}\.db$/.test(f))).toEqual([]);
  });
});
