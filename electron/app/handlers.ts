import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { backupsHandlers } from '../backups/handlers';
import { casesHandlers } from '../cases/handlers';
import { draftsHandlers } from '../drafts/handlers';
import { exchangeHandlers } from '../exchange/handlers';
import type { Handlers } from '../ipc/dispatcher';
import { composeHandlers, type Unlocked } from '../ipc/handler-kit';
import { printHandlers, type SavePdf } from '../print/handlers';
import { sessionHandlers } from '../session/handlers';
import { KEYS_FILE, type ScryptParams } from '../session/keyring';
import { Session } from '../session/session';
import { settingsHandlers } from '../settings/handlers';
import { pcId } from '../settings/pc-identity';
import { SettingsRepository } from '../settings/settings-repository';
import { acquireCaseDb, closeCaseDb } from '../storage/case-db';
import { jsonCodec } from '../storage/codec';
import type { HostStorage } from '../storage/store-location';
import { totalsHandlers } from '../totals/handlers';
import { yearsHandlers } from '../years/handlers';
import { DataAccess, type DataServices } from './data-services';

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
 * channel that touches case data opens the encrypted stores and answers `locked` until the
 * passphrase is given. Until user accounts exist, the officer named in this PC's settings is
 * stamped on every change (an empty name is stored as it is).
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
  const officer = () => settings.get().officerName;

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

  const handlers = composeHandlers(
    { 'app:info': () => info },
    settingsHandlers(settings),
    sessionHandlers(storage.dir, session),
    backupsHandlers(data.backups, () => void session.dataKey()),
    casesHandlers({ unlocked: unlocked((d) => d), officer }),
    draftsHandlers(unlocked((d) => d.drafts)),
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
  );
  return {
    handlers,
    claimDataFolder: () => {
      if (existsSync(join(storage.dir, KEYS_FILE))) acquireCaseDb(storage.dir);
    },
    shutdown: async () => {
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
    },
  };
}
