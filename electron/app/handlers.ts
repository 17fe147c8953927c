import { CaseRepository } from '../cases/case-repository';
import { DraftsRepository } from '../drafts/drafts-repository';
import type { Handlers } from '../ipc/dispatcher';
import { SettingsRepository } from '../settings/settings-repository';
import type { StoreLocation } from '../storage/store-location';

export interface HostInfo {
  version: string;
  host: 'electron' | 'browser-shell';
}

/**
 * Wires the repositories behind the contract. Both hosts (Electron and the browser shell)
 * call this with their own store location, so they run the same handlers. Until user
 * accounts exist, the officer named in this PC's settings is stamped on every change
 * (an empty name is stored as it is).
 */
export function createHandlers(location: StoreLocation, info: HostInfo, now: () => Date = () => new Date()): Handlers {
  const cases = new CaseRepository(location, now);
  const drafts = new DraftsRepository(location, now);
  const settings = new SettingsRepository(location);
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
    'drafts:get': ({ key }) => drafts.get(key),
    'drafts:save': ({ key, values }) => drafts.save(key, values),
    'drafts:discard': ({ key }) => drafts.discard(key),
  };
}
