import { z } from 'zod';
import { DIGITS } from '../i18n/format';
import { LANGUAGES } from '../i18n/translate';
import { PersonName } from './fields';

/** One line of the letterhead: a name or a title. */
const LetterheadLine = z.string().trim().max(120, { message: 'v.letterhead.long' });

/** The printed annual report's letterhead and signature block. */
const Letterhead = {
  unitName: LetterheadLine,
  /** Street, district, city; line breaks kept. */
  unitAddress: z.string().trim().max(300, { message: 'v.letterhead.address.long' }),
  directorName: PersonName,
  directorTitle: LetterheadLine,
};
/** The letterhead as its settings form sends it. */
export const LetterheadForm = z.strictObject(Letterhead);
export type LetterheadForm = z.output<typeof LetterheadForm>;

/** Small counts below this are hidden in what is published (2 to 100). */
const SuppressBelow = z
  .number({ error: 'v.threshold' })
  .int({ message: 'v.threshold' })
  .min(2, { message: 'v.threshold' })
  .max(100, { message: 'v.threshold' });

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
  /*
   * The unit's letterhead on the printed annual report, set once by a coordinator or an
   * administrator (SETTING_ACCESS). Empty: the report prints the unit's name from the catalogue
   * and leaves the director's lines blank to be written by hand.
   */
  /**
   * Small counts below this are hidden in the printed annual report and every totals export:
   * one threshold for every publication of this PC, so two of them never hide different cells
   * (comparing them could give a hidden count away). The last one a coordinator used.
   */
  suppressBelow: SuppressBelow.default(5),
  unitName: Letterhead.unitName.default(''),
  unitAddress: Letterhead.unitAddress.default(''),
  directorName: Letterhead.directorName.default(''),
  directorTitle: Letterhead.directorTitle.default(''),
});
export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  officerName: '',
  language: 'en',
  digits: 'latin',
  pcName: '',
  binRetentionDays: 90,
  suppressBelow: 5,
  unitName: '',
  unitAddress: '',
  directorName: '',
  directorTitle: '',
};

/** What an update may change: any setting but the old officer name; nothing missing is defaulted. */
export const UpdateSettingsRequest = Settings.omit({ officerName: true })
  .extend({ ...Letterhead, suppressBelow: SuppressBelow })
  .partial();
