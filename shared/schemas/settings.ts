import { z } from 'zod';
import { DIGITS } from '../i18n/format';
import { LANGUAGES } from '../i18n/translate';
import { PersonName } from './fields';

/** Per-PC settings. Until user accounts exist, the officer's name is stamped on saves. */
export const Settings = z.strictObject({
  officerName: PersonName,
  language: z.enum(LANGUAGES),
  /** Latin 0–9 or Khmer ០–៩ for numbers and dates on screen; typing accepts both either way. */
  digits: z.enum(DIGITS),
  /** This PC's name in the unit (e.g. "OVA office 2"), written into the data files it exports. */
  pcName: z.string().trim().max(80, { message: 'v.name.long' }),
});
export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { officerName: '', language: 'en', digits: 'latin', pcName: '' };

export const UpdateSettingsRequest = Settings.partial();
