import { z } from 'zod';
import { LANGUAGES } from '../i18n/translate';
import { PersonName } from './fields';


/** Per-PC settings. Until user accounts exist, the officer's name is stamped on saves. */
export const Settings = z.strictObject({
  officerName: PersonName,
  language: z.enum(LANGUAGES),
  /** This PC's name in the unit (e.g. "OVA office 2"), written into the data files it exports. */
  pcName: z.string().trim().max(80, { message: 'v.name.long' }),
});
export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { officerName: '', language: 'en', pcName: '' };

export const UpdateSettingsRequest = Settings.partial();
