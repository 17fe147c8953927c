import { readFileSync, writeSync } from 'node:fs';
import type { CaseInput, CaseRecord } from '../../shared/schemas/case';
import type { SessionStatus } from '../../shared/schemas/session';
import { sampleSummary } from '../../shared/testing/samples';
import { createHandlers } from '../app/handlers';
import { BackupService } from '../backups/backup-service';
import { backupSequences } from '../backups/backup-files';
import { createDispatcher } from '../ipc/dispatcher';
import { Session } from '../session/session';
import { confStorage } from '../storage/conf-location';
import { signIn, TEST_KDF, TEST_PASSPHRASE } from './unlocked-app';

/**
 * A second process for the storage tests (bundled by them): a second copy of the app, or
 * one killed with SIGKILL mid-work. `node storage-child.mjs <mode> <dir> [file]`:
 * - `migrate`: signs in to a folder of the previous release, which opens its data (migrating it);
 * - `open`: signs in and lists the years, printing `RESULT <json>` (the refusal, at sign-in or at the list);
 * - `import <file>`: previews and applies a data file, `APPLYING` just before;
 * - `backup`: saves summaries while backups run, `ACK <id> <revision>` after each save returned;
 * - `restore`: saves, takes a backup, `RESTORING`, restores it (then saves on).
 */
const [mode = '', dir = '', file = ''] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const session = new Session({ dir, kdf: TEST_KDF });
const dispatch = createDispatcher(
  createHandlers(confStorage(dir), { version: 'child', host: 'browser-shell' }, undefined, { kdf: TEST_KDF, session }),
);

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const summaryFor = (n: number): CaseInput => ({
  ...sampleSummary('OVA'),
  dateReported: '2025-03-14',
  offenceDate: '2025-03-10',
  district: `District ${n}`,
});

async function saveOne(n: number): Promise<CaseRecord> {
  const saved = await call<CaseRecord>('cases:save', { summary: summaryFor(n) });
  say(`ACK ${saved.id} ${saved.revision}`);
  return saved;
}

if (mode === 'open') {
  // Signing in opens the database: a second copy is refused there, or at its first read.
  const { accounts } = await call<SessionStatus>('session:status', {});
  const signedIn = await dispatch('session:unlock', { accountId: accounts[0]?.id ?? '', passphrase: TEST_PASSPHRASE });
  const result = signedIn.ok ? await dispatch('cases:years', {}) : signedIn;
  say(`RESULT ${JSON.stringify(result)}`);
  // Stays open (holding the folder) until the test ends it.
  if (result.ok) setInterval(() => undefined, 60_000);
} else {
  // Signing in opens the data (a folder of the previous release is migrated then).
  say('SIGNING-IN');
  await signIn(dispatch);
  say('UNLOCKED');
}
switch (mode) {
  case 'migrate': {
    const years = await call<number[]>('cases:years', {});
    say(`DONE ${years.join(',')}`);
    break;
  }
  case 'open':
    break;
  case 'import': {
    const preview = await call<{ token: string }>('imports:preview', { content: readFileSync(file, 'utf8') });
    say('APPLYING');
    await call('imports:apply', { token: preview.token, resolutions: {} });
    say('DONE');
    break;
  }
  case 'backup': {
    const backups = new BackupService(
      dir,
      () => session.dataKey(),
      () => new Date(),
      () => undefined,
    );
    for (let n = 0; ; n += 1) {
      const taking = backups.take('manual');
      await saveOne(n);
      await taking;
      say(`BACKUP ${backupSequences(dir)[0] ?? 0}`);
    }
  }
  case 'restore': {
    const backups = new BackupService(
      dir,
      () => session.dataKey(),
      () => new Date(),
      () => undefined,
    );
    for (let n = 0; n < 3; n += 1) await saveOne(n);
    const taken = await backups.take('manual');
    say('RESTORING');
    await call('backups:restore', { sequence: taken.sequence });
    say('RESTORED');
    for (let n = 3; ; n += 1) await saveOne(n);
  }
  default:
    throw new Error(`unknown mode ${mode}`);
}
