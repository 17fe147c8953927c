import { randomUUID } from 'node:crypto';
import type { CaseInput, CaseRecord, CaseRow } from '../../shared/schemas/case';
import type { SessionStatus } from '../../shared/schemas/session';
import { sampleSummary } from '../../shared/testing/samples';
import { createHandlers } from '../app/handlers';
import { CaseRepository } from '../cases/case-repository';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { Session } from '../session/session';
import { acquireCaseDb } from '../storage/case-db';
import { confStorage } from '../storage/conf-location';
import { createVault } from '../storage/vault';
import { callsOn } from '../testing/dispatch-calls';
import { signIn, TEST_KDF, TEST_PASSPHRASE, TEST_SETUP } from '../testing/unlocked-app';
import { BackupService } from './backup-service';
import { checkCopyInWorker } from './copy-check';

export const inYear = (district: string): CaseInput => ({
  ...sampleSummary('OVA'),
  dateReported: '2025-03-14',
  offenceDate: '2025-03-10',
  district,
});

/** `count` more summaries of 2024, copies of `like` written through the repository in one transaction. */
export function seedSummaries(
  dir: string,
  key: Parameters<typeof createVault>[1],
  like: CaseRecord,
  count: number,
): void {
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

export const summaryCount = (dir: string) =>
  Number(acquireCaseDb(dir).prepare('SELECT COUNT(*) AS n FROM summaries').get()?.n);

/** The real handlers on a folder, with the session at hand so a test can take backups itself; not signed in. */
export function startApp(dir: string, now: () => Date) {
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
  /** The sign-in the screen would send: the test administrator, with the test passphrase. */
  const signInRequest = async () => ({
    accountId:
      (await call<SessionStatus>('session:status', {})).accounts.find((a) => a.displayName === TEST_SETUP.displayName)
        ?.id ?? '',
    passphrase: TEST_PASSPHRASE,
  });
  return { session, dispatch, call, refusal, backups, districts, signInRequest };
}

/** `startApp`, set up (the test administrator) or signed in. */
export async function openApp(dir: string, now: () => Date, setup: boolean) {
  const app = startApp(dir, now);
  if (setup) await app.call('session:setup', TEST_SETUP);
  else await signIn(app.dispatch);
  return app;
}

/**
 * A backup service on `app`'s folder that runs `meanwhile` once, while its first new copy is read
 * for its check (the copy made, not yet named), as a save from the officer would.
 */
export function backupsActingWhileChecking(
  dir: string,
  app: ReturnType<typeof startApp>,
  now: () => Date,
  meanwhile: (path: string) => Promise<unknown>,
) {
  let acted = false;
  return new BackupService(
    dir,
    () => app.session.dataKey(),
    now,
    () => undefined,
    async (path) => {
      const checking = checkCopyInWorker(path);
      if (!acted) {
        acted = true;
        await meanwhile(path);
      }
      return checking;
    },
  );
}
