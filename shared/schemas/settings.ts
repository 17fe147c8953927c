import { z } from 'zod';
import { LANGUAGES } from '../i18n/translate';
import { PersonName } from './fields';


/** Per-PC settings. Until user accounts exist, the officer's name is stamped on saves. */
export const Settings = z.strictObject({
  officerName: PersonName,
  language: z.enum(LANGUAGES),
});
export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { officerName: '', language: 'en' };

export const UpdateSettingsRequest = Settings.partial();
