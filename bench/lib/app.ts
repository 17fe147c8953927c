import { TEAMS } from '../../shared/domain/teams';
import type { SessionStatus } from '../../shared/schemas/session';
import { createHandlers } from '../../electron/app/handlers';
import { keepYoungGenerationSmall } from '../../electron/app/heap';
import { BackupService } from '../../electron/backups/backup-service';
import { createDispatcher } from '../../electron/ipc/dispatcher';
import { Session } from '../../electron/session/session';
import { acquireCaseDb } from '../../electron/storage/case-db';
import { confStorage } from '../../electron/storage/conf-location';
import type { SqlDatabase } from '../../electron/storage/sql';
import { createVault, type Vault } from '../../electron/storage/vault';
import { TEST_KDF } from '../../electron/testing/unlocked-app';

/** The passphrase every benchmark data folder is set up with. */
export const BENCH_PASSPHRASE = 'bench: seven long mango trees by the Mekong';

export interface BenchApp {
  /** One request through the same dispatcher and handlers as both hosts; throws on a failure result. */
  call<T>(channel: string, payload: unknown): Promise<T>;
  session: Session;
  /** The folder's one database connection in this process (the handlers' own), for the engine's floor. */
  db(): SqlDatabase;
  /** The folder's database with the unlocked key, for timing the parts of a read apart from the handlers. */
  vault(): Vault;
  /** A backup service on the folder, as the app's own (SQLite online backup, checked, named). */
  backups(): BackupService;
}

/**
 * The main process's logic on a data folder exactly as the browser shell runs it (the case
 * database in an explicit folder, rows sealed with the data key), minus the transport. The
 * folder is set up with the benchmark's passphrase on first use and unlocked otherwise;
 * neither is part of any figure (the key derivation uses the tests' cheapest scrypt cost).
 * Nothing is read from the database until the first request that needs it.
 */
export async function openApp(dir: string): Promise<BenchApp> {
  // As both hosts do first thing (electron/app/heap.ts).
  keepYoungGenerationSmall();
  const session = new Session({ dir, kdf: TEST_KDF });
  const handlers = createHandlers(confStorage(dir), { version: 'bench', host: 'browser-shell' }, undefined, {
    session,
    kdf: TEST_KDF,
    logError: (what, error) => console.error(`[bench] ${what}:`, error),
  });
  const dispatch = createDispatcher(handlers, {
    logError: (channel, error) => console.error(`[bench] ${channel} failed:`, error),
  });
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const { state, accounts } = await call<SessionStatus>('session:status', {});
  if (state === 'setup') {
    await call('session:setup', {
      displayName: 'Bench Administrator',
      teams: [...TEAMS],
      passphrase: BENCH_PASSPHRASE,
    });
  } else if (state === 'locked') {
    // The folder's first account: the benchmark's administrator (or the PC passphrase of an older folder).
    await call('session:unlock', { accountId: accounts[0]?.id ?? '', passphrase: BENCH_PASSPHRASE });
  }
  return {
    call,
    session,
    db: () => acquireCaseDb(dir),
    vault: () => createVault(acquireCaseDb(dir), () => session.dataKey()),
    backups: () =>
      new BackupService(
        dir,
        () => session.dataKey(),
        () => new Date(),
        () => undefined,
      ),
  };
}
