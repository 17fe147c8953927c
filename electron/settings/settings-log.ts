/**
 * Settings the access log records a change of (`setting=value; …`, shown in the officer's words
 * on the Access log screen): what protects or names the data, not the screen's language or digits.
 */
export const LOGGED_SETTINGS = [
  'autoLockMinutes',
  'binRetentionDays',
  'pcName',
  'suppressBelow',
  'unitName',
  'unitAddress',
  'directorName',
  'directorTitle',
] as const;
type LoggedSetting = (typeof LOGGED_SETTINGS)[number];

/** Each value as logged: long ones (an address) cut, so every changed setting is named. */
const VALUE_MAX = 40;

/**
 * The log entry's target for the settings that changed (`before` → `after`), or undefined when
 * none of the logged ones did (a language switch, a form saved unchanged).
 */
export function settingsTarget(
  before: Partial<Record<LoggedSetting, unknown>>,
  after: Partial<Record<LoggedSetting, unknown>>,
): string | undefined {
  const changed = LOGGED_SETTINGS.filter((k) => after[k] !== undefined && after[k] !== before[k]).map((k) => {
    const value = String(after[k]);
    return `${k}=${value.length > VALUE_MAX ? `${value.slice(0, VALUE_MAX - 1)}…` : value}`;
  });
  return changed.length === 0 ? undefined : changed.join('; ');
}
