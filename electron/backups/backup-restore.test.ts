import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord } from '../../shared/schemas/case';
import type { Account, AuditCheck, AuditPage } from '../../shared/schemas/accounts';
import type { BackupList, RestoreResult, SessionStatus } from '../../shared/schemas/session';
import { closeAllCaseDbs, DB_FILE } from '../storage/case-db';
import { openSqlite } from '../storage/sql';
import { tempDir } from '../testing/temp-dir';
import { quitApp } from '../testing/test-vault';
import { signIn } from '../testing/unlocked-app';
import { backupDir, backupPath, backupSequences } from './backup-files';
import { backupsSettled } from './backup-service';
import { KEEP_BACKUPS, KEEP_BEFORE_RESTORE } from './backup-prune';
import { readKeyFile } from '../session/key-file';
import { backupsActingWhileChecking, inYear, openApp, startApp } from './backup-test-kit';

const KEO = {
  displayName: 'Keo Dara',
  teams: ['OVA'],
  role: 'officer',
  passphrase: 'a heron waits by the Tonle Sap at dawn',
} as const;

// Each test sets up a folder (the first account's passphrase is rated by zxcvbn, and its slot made) before its own work.
describe('restoring the case database', () => {
  const now = () => new Date('2025-06-01T08:00:00.000Z');
  let dir: string;
  beforeEach(() => {
    dir = tempDir('restore');
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
    // Kept under the number of its "Before a restore" backup: one number for one database.
    expect(restored.keptAs).toBe(
      join('backups', 'replaced', `cases-before-restore-${String(restored.undoWith).padStart(6, '0')}.db`),
    );

    await quitApp();
    const again = await openApp(dir, now, false);
    expect(await again.districts()).toEqual(['Before']);
    // Saving after the restore works, and is kept.
    await again.call('cases:save', { summary: inYear('Later') });
    expect(await again.districts()).toEqual(['Before', 'Later']);
  });

  it('backs up the database it replaces as “Before a restore”; restoring that backup undoes the restore, and the log stays whole', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Before') });
    const oldest = await app.backups.take('manual');
    // As many newer backups as are kept: the restored one is the oldest, yet nothing prunes it.
    for (let i = 1; i < KEEP_BACKUPS; i++) await app.backups.take('manual');
    await app.call('cases:save', { summary: inYear('After') });

    const restored = await app.call<RestoreResult>('backups:restore', { sequence: oldest.sequence });
    expect(await app.districts()).toEqual(['Before']);
    expect(restored.undoWith).toBeGreaterThan(oldest.sequence + KEEP_BACKUPS - 1);
    const listed = await app.call<BackupList>('backups:list', {});
    expect(listed.backups.map((b) => b.sequence)).toContain(oldest.sequence);
    expect(listed.backups.find((b) => b.sequence === restored.undoWith)).toMatchObject({
      reason: 'before-restore',
      summaries: 2,
      problem: null,
    });
    // The copy kept as it is stays too.
    expect(existsSync(join(dir, restored.keptAs))).toBe(true);
    // A database a restore replaced is never the one offered when the database in use fails.
    expect(app.backups.withOffer(new AppFailure('row-unreadable', 'x', {}))).toMatchObject({
      params: { backupSequence: String(oldest.sequence + KEEP_BACKUPS - 1) },
    });

    const undone = await app.call<RestoreResult>('backups:restore', { sequence: Number(restored.undoWith) });
    expect(await app.districts()).toEqual(['After', 'Before']);
    expect(undone.logSkipped).toBeUndefined();
    const verified = await app.call<AuditCheck>('audit:verify', {});
    expect(verified).toMatchObject({ firstBroken: null });
    const actions = (await app.call<AuditPage>('audit:list', { filter: {}, offset: 0, limit: 500 })).entries.map(
      (e) => e.action,
    );
    expect(actions.filter((a) => a === 'backup-restore')).toHaveLength(2);
  });

  it('keeps the accounts as they are and never gives a case code twice: what happened since the backup stays', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Before') });
    const backup = await app.backups.take('manual');
    const after = await app.call<CaseRecord>('cases:save', { summary: inYear('After') });
    const keo = await app.call<Account>('accounts:add', KEO);

    await app.call<RestoreResult>('backups:restore', { sequence: backup.sequence });
    expect(await app.districts()).toEqual(['Before']);
    // Keo Dara can sign in (her key is kept beside the data): the accounts say so too.
    const accounts = await app.call<Account[]>('accounts:list', {});
    expect(accounts.find((a) => a.id === keo.id)).toMatchObject({ displayName: 'Keo Dara' });
    // "After" was printed or exported under its code: the next summary gets another.
    const next = await app.call<CaseRecord>('cases:save', { summary: inYear('Next') });
    expect(next.caseCode).not.toBe(after.caseCode);
    expect(Number(next.caseCode.slice(-4))).toBe(Number(after.caseCode.slice(-4)) + 1);
  });

  it('a damaged account row in use is not carried into the restored copy: the restore mends it', async () => {
    await openApp(dir, now, true);
    await quitApp();
    const kept = startApp(dir, now);
    await signIn(kept.dispatch);
    const backup = await kept.backups.take('manual');
    await quitApp();
    const db = openSqlite(join(dir, DB_FILE));
    const row = db.prepare('SELECT id, content FROM accounts').get();
    const content = Buffer.from(row?.content as Uint8Array);
    content[content.length - 1] = (content.at(-1) ?? 0) ^ 1;
    db.prepare('UPDATE accounts SET content = ? WHERE id = ?').run(content, String(row?.id));
    db.close();

    const broken = startApp(dir, now);
    expect((await broken.refusal('session:unlock', await broken.signInRequest())).code).toBe('row-unreadable');
    await broken.call<RestoreResult>('backups:restore', { sequence: backup.sequence });
    expect(await signIn(broken.dispatch)).toMatchObject({ user: { displayName: 'Test Administrator' } });
  });

  it('a restore that fails leaves the database in use, its generation and the backups as they were', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Before') });
    const backup = await app.backups.take('manual');
    await app.call('cases:save', { summary: inYear('After') });
    const generation = readKeyFile(dir)?.generation;
    const listedBefore = (await app.call<BackupList>('backups:list', {})).backups.map((b) => b.sequence);
    // The folder for the copy kept aside cannot be made: a file has its name.
    writeFileSync(join(dir, 'backups', 'replaced'), 'in the way');

    await expect(app.call('backups:restore', { sequence: backup.sequence })).rejects.toThrow();
    expect(await app.districts()).toEqual(['After', 'Before']);
    expect(readKeyFile(dir)?.generation).toBe(generation);
    // The backup the restore took first is gone with it: it would undo nothing.
    expect((await app.call<BackupList>('backups:list', {})).backups.map((b) => b.sequence)).toEqual(listedBefore);
  });

  it('a save made while the database in use is being backed up before a restore is kept, and that backup is no undo', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Before') });
    const backup = await app.backups.take('manual');
    let saved = false;
    const backups = backupsActingWhileChecking(dir, app, now, async () => {
      saved = true;
      await app.call('cases:save', { summary: inYear('While backing up') });
    });
    const restored = await backups.restore(backup.sequence);
    expect(saved).toBe(true);
    expect(restored.undoWith).toBeUndefined();
    expect((await app.call<BackupList>('backups:list', {})).backups.map((b) => b.reason)).not.toContain(
      'before-restore',
    );
    // The save is in the copy kept as it is.
    const aside = openSqlite(join(dir, restored.keptAs), { readOnly: true });
    expect(aside.prepare('SELECT COUNT(*) AS n FROM summaries').get()?.n).toBe(2);
    aside.close();
  });

  it('backups taken before restores are kept apart: trying several backups in turn prunes none of the regular ones', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Before') });
    const regular = [];
    for (let i = 0; i < KEEP_BACKUPS; i++) regular.push((await app.backups.take('manual')).sequence);
    for (const sequence of regular.slice(-3)) await app.call('backups:restore', { sequence });
    await app.backups.take('lock');
    const listed = (await app.call<BackupList>('backups:list', {})).backups;
    // The regular ones (and the daily one of the first unlock, counted apart) are all there.
    expect(listed.filter((b) => b.reason !== 'before-restore' && b.reason !== 'daily')).toHaveLength(KEEP_BACKUPS);
    expect(listed.filter((b) => b.reason === 'daily')).toHaveLength(1);
    expect(listed.filter((b) => b.reason === 'before-restore')).toHaveLength(KEEP_BEFORE_RESTORE);
  });

  it('keeps the access log whole across a restore: what happened after the backup stays, and its check finds nothing removed', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Before') });
    const backup = await app.backups.take('manual');
    const saved = await app.call<CaseRecord>('cases:save', { summary: inYear('After') });
    await app.call('cases:get', { id: saved.id });
    const log = async () =>
      (await app.call<AuditPage>('audit:list', { filter: {}, offset: 0, limit: 500 })).entries.map((e) => [
        e.seq,
        e.action,
        e.target ?? '',
      ]);
    const before = await log();
    expect(before.slice(0, 2)).toEqual([
      [before[0]?.[0], 'case-open', saved.caseCode],
      [before[1]?.[0], 'case-save', saved.caseCode],
    ]);

    const restored = await app.call<RestoreResult>('backups:restore', { sequence: backup.sequence });
    expect(await app.districts()).toEqual(['Before']);
    expect(restored.logSkipped).toBeUndefined();
    expect(restored.logCarried).toBeGreaterThanOrEqual(2);
    const after = await log();
    // Every entry is still there, in its place, and the restore itself is the newest.
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toEqual([Number(before[0]?.[0]) + 1, 'backup-restore', String(backup.sequence)]);
    expect(await app.call<AuditCheck>('audit:verify', {})).toMatchObject({ entries: after.length, firstBroken: null });

    // After a restart too: the log goes on from there.
    await quitApp();
    const again = await openApp(dir, now, false);
    expect(await again.call<AuditCheck>('audit:verify', {})).toMatchObject({ firstBroken: null });
  });

  it('refuses a database replaced by an older copy of itself, naming the newer backup; restoring that backup works', async () => {
    const app = await openApp(dir, now, true);
    await app.call('cases:save', { summary: inYear('Old') });
    await quitApp();
    const oldCopy = join(dir, 'old-copy.db');
    copyFileSync(join(dir, DB_FILE), oldCopy);

    const running = await openApp(dir, now, false);
    await running.call('cases:save', { summary: inYear('New') });
    // An account added after the older copy was taken: the backup has it, the older copy does not.
    const keo = await running.call<Account>('accounts:add', KEO);
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
    const restored = await still.call<RestoreResult>('backups:restore', { sequence: newest });
    // The older copy wrote nothing after the backup: no log entry is said to be left behind.
    expect(restored).toMatchObject({ logCarried: 0 });
    expect(restored.logSkipped).toBeUndefined();
    // Restored without an account: the next one to work signs in to the restored database.
    expect((await still.call<SessionStatus>('session:status', {})).state).toBe('locked');
    await signIn(still.dispatch);
    expect(await still.districts()).toEqual(['New', 'Old']);
    // The older copy's accounts did not replace the backup's: Keo Dara still signs in.
    await still.call('session:lock', {});
    expect(
      await still.call<SessionStatus>('session:unlock', { accountId: keo.id, passphrase: KEO.passphrase }),
    ).toMatchObject({
      user: { displayName: 'Keo Dara' },
    });
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
