import { AppFailure } from '../../shared/ipc/result';
import { checkDataQuality } from '../../shared/domain/data-quality';
import { compareYears } from '../../shared/domain/totals';
import { CaseRepository } from '../cases/case-repository';
import { DraftsRepository } from '../drafts/drafts-repository';
import { createExport } from '../exchange/export-service';
import { ImportService } from '../exchange/import-service';
import type { Handlers } from '../ipc/dispatcher';
import { pcId } from '../settings/pc-identity';
import { SettingsRepository } from '../settings/settings-repository';
import type { StoreLocation } from '../storage/store-location';
import { YearSettingsRepository } from '../years/year-settings-repository';

export interface HostInfo {
  version: string;
  host: 'electron' | 'browser-shell';
}

/** What only a host with a window of its own can do (Electron); the browser shell has none. */
export interface HostServices {
  /** Prints the shown page to PDF and saves it where the officer picks; `saved: false` if they cancel. */
  savePdf?: (fileName: string) => Promise<{ saved: boolean; fileName?: string }>;
}

/**
 * Wires the repositories behind the contract. Both hosts (Electron and the browser shell)
 * call this with their own store location, so they run the same handlers. Until user
 * accounts exist, the officer named in this PC's settings is stamped on every change
 * (an empty name is stored as it is).
 */
export function createHandlers(
  location: StoreLocation,
  info: HostInfo,
  now: () => Date = () => new Date(),
  services: HostServices = {},
): Handlers {
  const settings = new SettingsRepository(location);
  const years = new YearSettingsRepository(location, now);
  const assertOpen = (...list: number[]) => years.assertOpen(...list);
  const pc = () => ({ pcId: pcId(location), pcName: settings.get().pcName });
  const cases = new CaseRepository(location, now, { assertOpen, origin: pc });
  const drafts = new DraftsRepository(location, now);
  const imports = new ImportService(cases, assertOpen, now);
  const officer = () => settings.get().officerName;
  return {
    'app:info': () => info,
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'cases:years': () => cases.years(),
    'cases:list': ({ year, bin }) => ({ year, rows: cases.rows(year, bin ?? false) }),
    'cases:get': ({ id }) => cases.get(id),
    'cases:save': (command) => cases.save(command, officer()),
    'cases:delete': (ref) => cases.delete(ref, officer()),
    'cases:restore': (ref) => cases.restore(ref, officer()),
    'cases:investigation': ({ investigationRef }) => ({
      investigationRef,
      records: cases.investigation(investigationRef),
    }),
    'cases:byIds': ({ ids }) => cases.rowsByIds(ids),
    'years:get': ({ year }) => years.get(year),
    'years:setSpending': ({ year, spending }) => years.setSpending(year, spending, officer()),
    'years:close': ({ year }) => years.close(year, officer()),
    'years:reopen': ({ year, reason }) => years.reopen(year, reason, officer()),
    'totals:get': ({ year }) => {
      const all = cases.all();
      const yearSettings = years.get(year);
      return {
        comparison: compareYears(all, year, yearSettings.spending, years.get(year - 1).spending),
        quality: checkDataQuality(all, year, yearSettings.spending),
        settings: yearSettings,
      };
    },
    'exports:create': (request) =>
      createExport(request, {
        appVersion: info.version,
        pc: pc(),
        language: settings.get().language,
        now: now(),
        all: cases.all(),
        settings: years.get(request.year),
        previousSettings: years.get(request.year - 1),
      }),
    'imports:preview': ({ content, passphrase }) => imports.preview(content, passphrase),
    'imports:apply': ({ token, resolutions }) => imports.apply(token, resolutions, officer()),
    'imports:cancel': ({ token }) => imports.cancel(token),
    'print:savePdf': ({ fileName }) => {
      if (!services.savePdf) throw new AppFailure('unsupported', 'This host cannot save PDFs itself.');
      return services.savePdf(fileName);
    },
    'drafts:get': ({ key }) => drafts.get(key),
    'drafts:save': ({ key, values }) => drafts.save(key, values),
    'drafts:discard': ({ key }) => drafts.discard(key),
  };
}
