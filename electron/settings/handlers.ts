import { SETTING_ACCESS } from '../../shared/domain/access';
import { AppFailure } from '../../shared/ipc/result';
import { hasRole, type Role, type SignedIn } from '../../shared/schemas/accounts';
import type { Settings } from '../../shared/schemas/settings';
import type { FeatureHandlers } from '../ipc/handler-kit';
import type { SettingsRepository } from './settings-repository';

/** This PC's settings: plain, and readable while locked (the sign-in screen needs the language). */
export function settingsHandlers(
  settings: SettingsRepository,
  who: () => SignedIn | undefined,
): FeatureHandlers<'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => {
      const current = settings.get();
      const user = who();
      const changes: Partial<Settings> = patch;
      for (const [field, role] of Object.entries(SETTING_ACCESS) as [keyof Settings, Role][]) {
        if (changes[field] === undefined || changes[field] === current[field]) continue;
        if (!user || !hasRole(user.role, role)) {
          throw new AppFailure('forbidden', `Only an account with the ${role} role changes this setting.`, {
            reason: 'role',
            role,
          });
        }
      }
      return settings.update(patch);
    },
  };
}
