import { z } from 'zod';
import { DIGITS } from '../i18n/format';
import { LANGUAGES } from '../i18n/translate';
import { PersonName } from './fields';

/** Per-PC settings. */
export const Settings = z.strictObject({
  /**
   * The name typed before accounts existed (no longer set): it names the administrator account
   * that the old PC passphrase becomes at its first sign-in.
   */
  officerName: PersonName,
  language: z.enum(LANGUAGES),
  /** Latin 0–9 or Khmer ០–៩ for numbers and dates on screen; typing accepts both either way. */
  digits: z.enum(DIGITS),
  /** This PC's name in the unit (e.g. "OVA office 2"), written into the data files it exports. */
  pcName: z.string().trim().max(80, { message: 'v.name.long' }),
  /** Days a summary stays in the bin before it is purged for good (administrators set it). */
  binRetentionDays: z
    .number({ error: 'v.retention' })
    .int({ message: 'v.retention' })
    .min(1, { message: 'v.retention' })
    .max(3650, { message: 'v.retention' }),
});
export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  officerName: '',
  language: 'en',
  digits: 'latin',
  pcName: '',
  binRetentionDays: 90,
};

export const UpdateSettingsRequest = Settings.omit({ officerName: true }).partial();
