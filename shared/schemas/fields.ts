import { z } from 'zod';
import { isRealDate, normalizeDateInput, toIsoDate } from '../domain/dates';
import { parseWholeNumber } from '../domain/numerals';

/**
 * Reusable field rules. Messages are i18n keys (`shared/i18n/en.ts`), written for officers.
 * Inputs accept what a form holds (text, Khmer digits, `dd/mm/yyyy`); outputs are what is
 * stored (numbers, ISO dates), and parsing an output again gives the same output.
 */

const today = () => toIsoDate(new Date());

let futureAllowed = false;

/**
 * Runs a synchronous parse in which dates after today pass: what another PC saved while its
 * clock ran ahead (an import, a year file) is not damage, and must still be normalised.
 */
export function allowingFutureDates<T>(run: () => T): T {
  const before = futureAllowed;
  futureAllowed = true;
  try {
    return run();
  } finally {
    futureAllowed = before;
  }
}

/** A required calendar date that has already happened. */
export const PastDate = z
  .string({ error: 'v.date.required' })
  .transform(normalizeDateInput)
  .superRefine((value, ctx) => {
    if (value === '') ctx.addIssue({ code: 'custom', message: 'v.date.required' });
    else if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'v.date.invalid' });
    else if (!futureAllowed && value > today()) ctx.addIssue({ code: 'custom', message: 'v.date.future' });
  });

/** An optional past date: an empty field means "not known". */
export const OptionalPastDate = z
  .string({ error: 'v.date.invalid' })
  .transform((value) => (value.trim() === '' ? undefined : normalizeDateInput(value)))
  .superRefine((value, ctx) => {
    if (value === undefined) return;
    if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'v.date.invalid' });
    else if (!futureAllowed && value > today()) ctx.addIssue({ code: 'custom', message: 'v.date.future' });
  })
  .optional();

/** A whole number typed in Latin or Khmer digits. */
export function wholeNumber(min: number, max: number, message: string) {
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value, ctx) => {
      const n = typeof value === 'number' ? value : parseWholeNumber(value);
      if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });
}

/** Like `wholeNumber`, but an empty field means "not known". */
export function optionalWholeNumber(min: number, max: number, message: string) {
  const required = wholeNumber(min, max, message);
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value, ctx) => {
      if (typeof value === 'string' && value.trim() === '') return undefined;
      const parsed = required.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return parsed.data;
    })
    .optional();
}

export const Count = wholeNumber(0, 100_000, 'v.count');

/** Free text with a limit; trimmed. */
export function text(max: 40 | 80 | 200 | 500 | 4000, required = false) {
  const base = z.string({ error: 'v.required' }).trim().max(max, { message: `v.text.max${max}` });
  return required ? base.min(1, { message: 'v.required' }) : base;
}

export const InvestigationRef = z
  .string({ error: 'v.ref.required' })
  .trim()
  .toUpperCase()
  .min(1, { message: 'v.ref.required' })
  .refine((v) => v === '' || /^[A-Z0-9][A-Z0-9/-]{1,39}$/.test(v), { message: 'v.ref.format' });

export const PersonName = z.string().trim().max(80, { message: 'v.name.long' });

export const Uuid = z.uuid({ message: 'v.id.invalid' });

/** A choice from a fixed list; the empty "Choose…" option reads as "not chosen". */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message = 'v.choose') {
  return z.enum(values, { error: message });
}

/** A list of distinct choices with at least `min` entries. */
export function choices<const T extends readonly [string, ...string[]]>(values: T, min: number, message: string) {
  return z
    .array(z.enum(values, { error: message }), { error: message })
    .min(min, { message })
    .refine((list) => new Set(list).size === list.length, { message: 'v.duplicate' });
}

/** Optional SHA-256 of an exhibit file, never the file itself. */
export const Sha256 = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v === '' || /^[0-9a-f]{64}$/.test(v), { message: 'v.hash.sha256' })
  .transform((v) => (v ? v : undefined))
  .optional();
