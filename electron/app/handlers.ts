import { existsSync } from 'node:fs';
import { AppFailure } from '../../shared/ipc/result';
import { join } from 'node:path';
import { accountsHandlers } from '../accounts/handlers';
import { SignInFailures } from '../accounts/sign-in-failures';
import { auditHandlers } from '../audit/handlers';
import { backupsHandlers } from '../backups/handlers';
import { casesHandlers } from '../cases/handlers';
import { draftsHandlers } from '../drafts/handlers';
import { exchangeHandlers } from '../exchange/handlers';
import type { Handlers } from '../ipc/dispatcher';
import { composeHandlers, type Unlocked } from '../ipc/handler-kit';
import { printHandlers, type SavePdf } from '../print/handlers';
import { sessionHandlers, type RecordAccess } from '../session/handlers';
import { KEYS_FILE } from '../session/key-file';
import type { ScryptParams } from '../session/keyring';
import { Session } from '../session/session';
import { settingsHandlers } from '../settings/handlers';
import { pcId } from '../settings/pc-identity';
import { SettingsRepository } from '../settings/settings-repository';
import { acquireCaseDb, closeCaseDb, guarded } from '../storage/case-db';
import { resealDatabase } from '../storage/reseal';
import { transaction, type SqlDatabase } from '../storage/sql';
import { jsonCodec } from '../storage/codec';
import type { HostStorage } from '../storage/store-location';
import { totalsHandlers } from '../totals/handlers';
import { yearsHandlers } from '../years/handlers';
import { enforceAccess, logAccess } from './access';
import { DataAccess, type DataServices } from './data-services';

/** Failures of the storage itself, after which what memory holds may be ahead of the database. */
const STORAGE_FAILURES = new Set<string>(['disk-full', 'store-unreadable', 'internal']);

export interface HostInfo {
  version: string;
  host: 'electron' | 'browser-shell';
}

/** What only a host with a window of its own can do (Electron); the browser shell has none. */
export interface HostServices {
  /** Prints the shown page to PDF and saves it where the officer picks; `saved: false` if they cancel. */
  savePdf?: SavePdf;
  /** The host's session, when it must lock it itself (Electron, on OS lock or sleep). */
  session?: Session;
  /** scrypt cost for new wrapped keys; tests pass a cheap one. */
  kdf?: ScryptParams;
  /** Where failures that do not reach the officer go (never case data). */
  logError?: (what: string, error: unknown) => void;
}

/**
 * The composition root: each feature's handlers, wired to the repositories. Both hosts (Electron and the browser shell)
 * call this with their own data folder, so they run the same handlers. Settings and this
 * PC's id are plain files, readable while locked (the lock screen needs the language); every
 * channel that touches case data opens the encrypted stores and answers `locked` until an
 * account signs in. Every channel is checked against the role table before its handler runs,
 * the signed-in account is stamped on every change, and what the access log keeps is
 * recorded as each call succeeds.
 */
export function createHandlers(
  storage: HostStorage,
  info: HostInfo,
  now: () => Date = () => new Date(),
  services: HostServices = {},
): Handlers {
  return createHost(storage, info, now, services).handlers;
}

/** A host's handlers with what the host itself does at start and on quit. */
export interface Host {
  handlers: Handlers;
  /**
   * Takes the data folder's case database for this process at start (once the folder is set
   * up), so a second copy of the app on the same folder is refused at once as `data-in-use`.
   */
  claimDataFolder(): void;
  /** On quit: a backup while unlocked, then the database is closed. */
  shutdown(): Promise<void>;
}

export function createHost(
  storage: HostStorage,
  info: HostInfo,
  now: () => Date = () => new Date(),
  services: HostServices = {},
): Host {
  const plain = storage.location(jsonCodec);
  const settings = new SettingsRepository(plain);
  const session = services.session ?? new Session({ dir: storage.dir, now, kdf: services.kdf });
  // The PC's id never changes once made: read its file once, not on every new summary.
  let thisPc: string | undefined;
  const pc = () => ({ pcId: (thisPc ??= pcId(plain)), pcName: settings.get().pcName });
  const data = new DataAccess(storage, session, { now, origin: pc, logError: services.logError });

  /**
   * Runs a handler with the part of the unlocked services it needs (`locked` otherwise); a
   * damaged database's failure names its newest good backup.
   */
  const unlocked =
    <S>(pick: (d: DataServices) => S): Unlocked<S> =>
    <I, O>(run: (service: S, input: I) => O) =>
    (input: I): O => {
      const offer = (error: unknown) => data.backups.withOffer(error);
      let service: S;
      try {
        service = pick(data.get());
      } catch (error) {
        throw offer(error);
      }
      try {
        const result = run(service, input);
        if (result instanceof Promise) {
          return result.then(
            // Locked while it ran (an export being built): the answer would reach a locked screen.
            (value: unknown) => {
              data.get();
              return value;
            },
            (error: unknown) => {
              throw offer(error);
            },
          ) as O;
        }
        return result;
      } catch (error) {
        throw offer(error);
      }
    };

  const who = () => session.signedIn;
  const user = () => session.user();
  const officer = () => user().displayName;
  /** One entry of the access log, as the signed-in account. */
  const record: RecordAccess = (action, detail = {}) => {
    // Only a backup restored while the database did not open is done by the key without an account.
    const acting = session.signedIn;
    data.get().audit.record({ accountId: acting?.id ?? null, actor: acting?.displayName ?? '', action, ...detail });
  };
  const failures = new SignInFailures(storage.dir);

  const features = composeHandlers(
    { 'app:info': () => info },
    settingsHandlers(settings, who, (target) => record('settings-change', { target })),
    sessionHandlers({
      dir: storage.dir,
      session,
      accounts: () => data.get().accounts,
      failures,
      record,
      // Named as the account tried (as it is named now): an administrator sees whose passphrase is being guessed.
      recordFailure: (accountId, at) => {
        const { audit, accounts } = data.get();
        let actor = '';
        try {
          actor = accounts.get(accountId)?.displayName ?? '';
        } catch {
          // An account row that does not open is reported where it is read; the refusal is logged anyway.
        }
        audit.record({ accountId, actor, action: 'sign-in-failed', at: new Date(at) });
      },
      legacyName: () => settings.get().officerName,
      now,
      offer: (error) => data.backups.withOffer(error),
      afterSignIn: () => {
        // The bin keeps a summary for the days an administrator set; then it is purged, and the log says so.
        try {
          const purged = data.get().cases.purgeExpired(settings.get().binRetentionDays, officer(), now());
          for (const marker of purged) record('case-purge', { target: marker.caseCode });
        } catch (error) {
          services.logError?.('bin purge', error);
        }
        // The access log's chain is checked as the app opens, after the sign-in has answered.
        setTimeout(() => {
          try {
            if (session.signedIn) data.get().audit.verify();
          } catch (error) {
            services.logError?.('access log check', error);
          }
        }, 0);
      },
    }),
    accountsHandlers(
      unlocked((d) => d.accounts),
      session,
      record,
      (from, to) => {
        resealDatabase(acquireCaseDb(storage.dir), from, to);
        // Backups made before hold the old key: a fresh one under the new key, at once.
        const copy = { key: Buffer.from(to.key), keyId: to.keyId };
        data.backups
          .take('manual', copy)
          .catch((error: unknown) => services.logError?.('backup after key rotation', error))
          .finally(() => copy.key.fill(0));
      },
    ),
    backupsHandlers(data.backups, () => void session.dataKey()),
    casesHandlers({ unlocked: unlocked((d) => d), officer, user, now }),
    draftsHandlers(
      unlocked((d) => d.drafts),
      () => user().id,
    ),
    yearsHandlers(
      unlocked((d) => d.years),
      officer,
    ),
    totalsHandlers(unlocked((d) => d)),
    exchangeHandlers({
      unlocked: unlocked((d) => d),
      officer,
      appVersion: info.version,
      pc,
      language: () => settings.get().language,
      now,
    }),
    printHandlers(
      unlocked((d) => d),
      services.savePdf,
    ),
    auditHandlers(
      unlocked((d) => d.audit),
      () => ({ accountId: user().id, actor: user().displayName }),
      () => settings.get().language,
    ),
  );
  // With the key but no account (the database does not open), only backups can be listed and restored.
  const keyOnly = () => session.unlocked && !session.signedIn;
  const logged = logAccess(
    features,
    (entry) => record(entry.action, entry),
    (work) => {
      let db: SqlDatabase;
      try {
        db = acquireCaseDb(storage.dir);
      } catch {
        // The database does not open: the handler says so (with the backup to restore).
        return work();
      }
      try {
        return guarded(() => transaction(db, work));
      } catch (error) {
        // Rolled back after a change reached memory (a full disk at the commit): read afresh.
        if (!(error instanceof AppFailure) || STORAGE_FAILURES.has(error.code)) data.reset();
        throw error;
      }
    },
  );
  const handlers = enforceAccess(
    {
      ...logged,
      'backups:restore': async (input) => {
        const rescue = keyOnly();
        const restored = await logged['backups:restore'](input);
        // Restored without an account: whoever works next signs in to the restored database.
        if (rescue) session.lock();
        return restored;
      },
    },
    who,
    keyOnly,
  );
  const shutdown = async () => {
    if (session.unlocked) {
      data.storeSnapshots();
      const { key, keyId } = session.dataKey();
      const copy = { key: Buffer.from(key), keyId };
      try {
        await data.backups.take('quit', copy);
      } catch (error) {
        services.logError?.('backup on quit', error);
      } finally {
        copy.key.fill(0);
      }
    }
    closeCaseDb(storage.dir);
  };
  let shuttingDown: Promise<void> | undefined;
  return {
    handlers,
    claimDataFolder: () => {
      if (existsSync(join(storage.dir, KEYS_FILE))) acquireCaseDb(storage.dir);
    },
    // Once, however often it is asked (a second Ctrl+C, a quit during the first): a second run
    // would queue another backup that the process exit then cuts short.
    shutdown: () => (shuttingDown ??= shutdown()),
  };
}
