import { z } from 'zod';
import { isRealDate, normalizeDateInput, toIsoDate } from '../domain/dates';
import { parseWholeNumber } from '../domain/numerals';

/**
 * Reusable field rules. Messages are i18n keys (`shared/i18n/en.ts`), written for officers.
 * Inputs accept what a form holds (text, Khmer digits, `dd/mm/yyyy`); outputs are what is
 * stored (numbers, ISO dates), and parsing an output again gives the same output.
 */

/**
 * A required calendar date. Whether it may lie after today is the request's rule, not the
 * field's: entry refuses it (`futureDateIssues`), while what another PC saved with its clock
 * ahead (an import, a migrated year file) is kept as it is.
 */
export const CalendarDate = z
  .string({ error: 'v.date.required' })
  .transform(normalizeDateInput)
  .superRefine((value, ctx) => {
    if (value === '') ctx.addIssue({ code: 'custom', message: 'v.date.required' });
    else if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'v.date.invalid' });
  });

/** An optional calendar date: an empty field means "not known". */
export const OptionalCalendarDate = z
  .string({ error: 'v.date.invalid' })
  .transform((value) => (value.trim() === '' ? undefined : normalizeDateInput(value)))
  .superRefine((value, ctx) => {
    if (value !== undefined && !isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'v.date.invalid' });
  })
  .optional();

/** Date fields are named `date`, `dateSomething` or `somethingDate` (a schema test holds every team to it). */
export const DATE_KEY = /^(date([A-Z]\w*)?|\w+Date)$/;

const MAX_DATE_DEPTH = 6;

/**
 * Dates after today in a summary, as typed or as parsed (`dd/mm/yyyy`, Khmer digits, ISO):
 * an officer records what has happened. One walk over the values, so the form shows these
 * beside every other field error at once, and the save request refuses the same ones.
 */
export function futureDateIssues(
  value: unknown,
  today = toIsoDate(new Date()),
): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  const walk = (node: unknown, path: Array<string | number>) => {
    // A summary's dates sit at most four levels down; a malformed payload may nest without end.
    if (path.length > MAX_DATE_DEPTH) return;
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (DATE_KEY.test(key) && typeof child === 'string') {
          const date = normalizeDateInput(child);
          if (isRealDate(date) && date > today) issues.push({ path: [...path, key], message: 'v.date.future' });
        } else walk(child, [...path, key]);
      }
    }
  };
  walk(value, []);
  return issues;
}

/** A whole number typed in Latin or Khmer digits. */
export function wholeNumber(min: number, max: number, message: string) {
  return z.union([z.number(), z.string()], { error: message }).transform((value, ctx) => {
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
  const base = z
    .string({ error: 'v.required' })
    .trim()
    .max(max, { message: `v.text.max${max}` });
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
