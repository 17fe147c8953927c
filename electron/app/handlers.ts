import { CaseRepository } from '../cases/case-repository';
import type { Handlers } from '../ipc/dispatcher';
import { SettingsRepository } from '../settings/settings-repository';
import type { StoreLocation } from '../storage/store-location';

export interface HostInfo {
  version: string;
  host: 'electron' | 'browser-shell';
}

/**
 * Wires the repositories behind the contract. Both hosts (Electron and the browser shell)
 * call this with their own store location, so they run the same handlers.
 */
export function createHandlers(location: StoreLocation, info: HostInfo): Handlers {
  const cases = new CaseRepository(location);
  const settings = new SettingsRepository(location);
  return {
    'app:info': () => info,
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'cases:years': () => cases.years(),
    'cases:list': ({ year }) => ({ year, summaries: cases.list(year) }),
    'cases:save': (request) => cases.save(request, settings.get().officerName),
  };
}
