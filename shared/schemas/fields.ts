import { z } from 'zod';
import { toLatinDigits, withoutZeroWidth } from '../domain/numerals';

/**
 * Reusable field rules. Messages are i18n keys (`shared/i18n/en.ts`), written for officers.
 * Inputs accept what a form holds (text, Khmer digits, `dd/mm/yyyy`); outputs are what is
 * stored (numbers, ISO dates), and parsing an output again gives the same output.
 *
 * Dates are in `date-fields.ts` (the rules on a whole summary's dates in `date-issues.ts`, the
 * years the register lists in `listed-years.ts`), whole numbers and counts in `number-fields.ts`.
 */

/**
 * Upper bounds of a summary's repeat groups and counts, the same in the form and in an import
 * (both check with these schemas). A summary records one investigation: the whole unit reported
 * 274 to 313 investigations a year, so each bound sits far above what one investigation has held,
 * yet one mistyped or damaged summary can no longer swamp a year's totals (50,000 victims).
 */
export const LIMITS = {
  /** Children in one summary: HIT's victims, OVA's victims supported, ICAC's victims identified. */
  children: 100,
  /** Families of those children: bereaved families supported. */
  families: 100,
  /** Suspects in one investigation (HIT, ICAC): a trafficking or exploitation network. */
  suspects: 50,
  /** Family members supported: several for each of the children. */
  familyMembers: 500,
  /** Court accompaniments: several hearings for each child. */
  courtAccompaniments: 500,
  /** ICAC devices seized and forensic exams: a raid can seize hundreds of phones, cards and drives. */
  devices: 1000,
  /** OVA services given, one row per service and date. */
  services: 500,
  /** OVA referrals to other agencies. */
  referrals: 100,
  /** ICAC referral ids: one offender can draw many CyberTipline reports. */
  referralIds: 1000,
  /** ICAC partner agencies. */
  partnerAgencies: 50,
  /** FST exhibits in one investigation; examinations and custody links of one exhibit. */
  exhibits: 500,
  examinations: 50,
  custody: 50,
} as const;

/** A repeat group with at most `max` rows; `message` names the bound in the officer's words. */
export function rows<T extends z.ZodType>(row: T, max: number, message: string) {
  return z.array(row).max(max, { message });
}

/** Free text with a limit; trimmed. */
export function text(max: 40 | 80 | 200 | 500 | 4000, required = false) {
  const base = z
    .string({ error: 'v.required' })
    .trim()
    .max(max, { message: `v.text.max${max}` });
  return required ? base.min(1, { message: 'v.required' }) : base;
}

/** An investigation reference once trimmed and in capitals. */
export const INVESTIGATION_REF = /^[A-Z0-9][A-Z0-9/-]{1,39}$/;

/**
 * Khmer digits typed in a reference are its Latin digits, as in every number and date field, and
 * a zero-width character pasted with it is dropped (see `withoutZeroWidth`).
 */
export const InvestigationRef = z
  .string({ error: 'v.ref.required' })
  .overwrite((v) => toLatinDigits(withoutZeroWidth(v)))
  .trim()
  .toUpperCase()
  .min(1, { message: 'v.ref.required' })
  .refine((v) => v === '' || INVESTIGATION_REF.test(v), { message: 'v.ref.format' })
  .meta({
    pattern: INVESTIGATION_REF.source,
    description: 'The investigation reference on paper, in capitals: letters, digits, / and -.',
    examples: ['CPU-2025-0142'],
  });

export const PersonName = z
  .string()
  .trim()
  .max(80, { message: 'v.name.long' })
  .meta({ examples: ['Sok Dara'] });

/** Four distinct ids, so a file built from the examples holds distinct summaries. */
export const Uuid = z.uuid({ message: 'v.id.invalid' }).meta({
  examples: [
    '3f1c2a7e-5b8d-4c6f-9a1e-2d3b4c5d6e01',
    '3f1c2a7e-5b8d-4c6f-9a1e-2d3b4c5d6e02',
    '3f1c2a7e-5b8d-4c6f-9a1e-2d3b4c5d6e03',
    '3f1c2a7e-5b8d-4c6f-9a1e-2d3b4c5d6e04',
  ],
});

/** A choice from a fixed list; the empty "Choose…" option reads as "not chosen". */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message = 'v.choose') {
  return z.enum(values, { error: message });
}

/** A list of distinct choices with at least `min` entries. */
export function choices<const T extends readonly [string, ...string[]]>(values: T, min: number, message: string) {
  return z
    .array(z.enum(values, { error: message }), { error: message })
    .min(min, { message })
    .refine((list) => new Set(list).size === list.length, { message: 'v.duplicate' })
    .meta({ uniqueItems: true });
}

/** Optional SHA-256 of an exhibit file, never the file itself. */
export const Sha256 = z
  .string()
  .overwrite(withoutZeroWidth)
  .trim()
  .toLowerCase()
  .refine((v) => v === '' || /^[0-9a-f]{64}$/.test(v), { message: 'v.hash.sha256' })
  .transform((v) => (v ? v : undefined))
  .meta({
    type: 'string',
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 of the exhibit file, 64 lowercase hex digits.',
    examples: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  })
  .optional();
