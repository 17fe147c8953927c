import type { FeatureHandlers } from '../ipc/handler-kit';
import type { SettingsRepository } from './settings-repository';

/** This PC's settings: plain, and readable while locked (the lock screen needs the language). */
export function settingsHandlers(settings: SettingsRepository): FeatureHandlers<'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
