import { SETTING_ACCESS } from '../../shared/domain/access';
import { AppFailure } from '../../shared/ipc/result';
import { hasRole, type Role, type SignedIn } from '../../shared/schemas/accounts';
import type { Settings } from '../../shared/schemas/settings';
import type { FeatureHandlers } from '../ipc/handler-kit';
import type { SettingsRepository } from './settings-repository';
import { settingsTarget } from './settings-log';

/**
 * This PC's settings: plain, and readable while locked (the sign-in screen needs the language).
 * `logged` is told (with the signed-in account) what changed of the settings the access log records.
 */
export function settingsHandlers(
  settings: SettingsRepository,
  who: () => SignedIn | undefined,
  logged: (target: string) => void = () => undefined,
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
      const updated = settings.update(patch);
      const target = user ? settingsTarget(current, patch) : undefined;
      if (target !== undefined) logged(target);
      return updated;
    },
  };
}
