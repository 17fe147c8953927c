import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import { checkDataQuality } from '../../shared/domain/data-quality';
import { compareYears } from '../../shared/domain/totals';
import { createExport } from '../exchange/export-service';
import type { Handlers } from '../ipc/dispatcher';
import type { Output } from '../../shared/ipc/contract';
import { KEYS_FILE, type ScryptParams } from '../session/keyring';
import { acquireCaseDb, closeCaseDb } from '../storage/case-db';
import { Session } from '../session/session';
import { pcId } from '../settings/pc-identity';
import { SettingsRepository } from '../settings/settings-repository';
import { jsonCodec } from '../storage/codec';
import type { HostStorage } from '../storage/store-location';
import { DataAccess, type DataServices } from './data-services';
import { sessionHandlers } from './session-handlers';

export interface HostInfo {
  version: string;
  host: 'electron' | 'browser-shell';
}

/** What only a host with a window of its own can do (Electron); the browser shell has none. */
export interface HostServices {
  /** Prints the shown page to PDF and saves it where the officer picks; `saved: false` if they cancel. */
  savePdf?: (fileName: string) => Promise<{ saved: boolean; fileName?: string }>;
  /** The host's session, when it must lock it itself (Electron, on OS lock or sleep). */
  session?: Session;
  /** scrypt cost for new wrapped keys; tests pass a cheap one. */
  kdf?: ScryptParams;
  /** Where failures that do not reach the officer go (never case data). */
  logError?: (what: string, error: unknown) => void;
}

/**
 * Wires the repositories behind the contract. Both hosts (Electron and the browser shell)
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

  /** Runs with the unlocked services; a damaged year file's failure names its newest good backup. */
  const unlocked =
    <I, O>(run: (d: DataServices, input: I) => O) =>
    (input: I): O => {
      const offer = (error: unknown) => data.backups.withOffer(error);
      let d: DataServices;
      try {
        d = data.get();
      } catch (error) {
        throw offer(error);
      }
      try {
        const result = run(d, input);
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

  const totalsCache = new WeakMap<DataServices, { key: string; report: Output<'totals:get'> }>();
  const handlers: Handlers = {
    ...sessionHandlers(storage.dir, session, data),
    'app:info': () => info,
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'cases:years': unlocked((d) => d.cases.years()),
    'cases:list': unlocked((d, request) => d.cases.list(request)),
    'cases:get': unlocked((d, { id }) => d.cases.get(id)),
    'cases:save': unlocked((d, command) => d.cases.save(command, officer())),
    'cases:delete': unlocked((d, ref) => d.cases.delete(ref, officer())),
    'cases:restore': unlocked((d, ref) => d.cases.restore(ref, officer())),
    'cases:investigation': unlocked((d, { investigationRef }) => ({
      investigationRef,
      records: d.cases.investigation(investigationRef),
    })),
    'cases:byIds': unlocked((d, { ids }) => d.cases.rowsByIds(ids)),
    'years:get': unlocked((d, { year }) => d.years.get(year)),
    'years:setSpending': unlocked((d, { year, spending }) => d.years.setSpending(year, spending, officer())),
    'years:close': unlocked((d, { year }) => d.years.close(year, officer())),
    'years:reopen': unlocked((d, { year, reason }) => d.years.reopen(year, reason, officer())),
    'totals:get': unlocked((d, { year }) => {
      // Totals span years (an investigation counts once): computed from every summary's facts,
      // and kept until a summary or a year's settings change.
      const key = `${year}|${d.cases.version}|${d.years.version}`;
      const cached = totalsCache.get(d);
      if (cached?.key === key) return cached.report;
      const all = d.cases.allFacts();
      const yearSettings = d.years.get(year);
      const report = {
        comparison: compareYears(all, year, yearSettings.spending, d.years.get(year - 1).spending),
        quality: checkDataQuality(all, year, yearSettings.spending),
        settings: yearSettings,
      };
      totalsCache.set(d, { key, report });
      return report;
    }),
    'exports:create': unlocked((d, request) =>
      createExport(request, {
        appVersion: info.version,
        pc: pc(),
        language: settings.get().language,
        now: now(),
        ofYear: d.cases.ofYear(request.year),
        allFacts: d.cases.allFacts(),
        settings: d.years.get(request.year),
        previousSettings: d.years.get(request.year - 1),
      }),
    ),
    'imports:preview': unlocked((d, { content, passphrase }) => d.imports.preview(content, passphrase)),
    'imports:apply': unlocked((d, { token, resolutions }) => d.imports.apply(token, resolutions, officer())),
    'imports:cancel': unlocked((d, { token }) => d.imports.cancel(token)),
    // The page shown while locked is the lock screen; nothing else is printed then.
    'print:savePdf': unlocked((_d, { fileName }) => {
      if (!services.savePdf) throw new AppFailure('unsupported', 'This host cannot save PDFs itself.');
      return services.savePdf(fileName);
    }),
    'drafts:get': unlocked((d, { key }) => d.drafts.get(key)),
    'drafts:save': unlocked((d, { key, values }) => d.drafts.save(key, values)),
    'drafts:discard': unlocked((d, { key }) => d.drafts.discard(key)),
  };
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
