import { z } from 'zod';
import { isRealDate, normalizeDateInput, toIsoDate } from '../domain/dates';
import { parseWholeNumber } from '../domain/numerals';

/**
 * Reusable field rules. Messages are i18n keys (`shared/i18n/en.ts`), written for officers.
 * Inputs accept what a form holds (text, Khmer digits, `dd/mm/yyyy`); outputs are what is
 * stored (numbers, ISO dates), and parsing an output again gives the same output.
 */

/**
 * What a stored date is in a data file's JSON Schema (`docs/data-file.schema.json`): the form
 * accepts `dd/mm/yyyy` and Khmer digits, but what is stored and exported is `YYYY-MM-DD`.
 */
export const ISO_DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const isoDateMeta = {
  type: 'string',
  format: 'date',
  pattern: ISO_DATE_PATTERN,
  description: 'A calendar date as YYYY-MM-DD.',
  examples: ['2025-03-14'],
} as const;

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
  })
  .meta(isoDateMeta);

/** An optional calendar date: an empty field means "not known". */
export const OptionalCalendarDate = z
  .string({ error: 'v.date.invalid' })
  .transform((value) => (value.trim() === '' ? undefined : normalizeDateInput(value)))
  .superRefine((value, ctx) => {
    if (value !== undefined && !isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'v.date.invalid' });
  })
  .meta(isoDateMeta)
  .optional();

/** Date fields are named `date`, `dateSomething` or `somethingDate` (a schema test holds every team to it). */
export const DATE_KEY = /^(date([A-Z]\w*)?|\w+Date)$/;

const MAX_DATE_DEPTH = 6;

/** A date of a summary that a rule refuses: where it is and the message key that says why. */
export interface DateIssue {
  path: Array<string | number>;
  message: string;
}

/**
 * Calls `visit` with every real date in a summary (typed as `dd/mm/yyyy`, Khmer digits or ISO,
 * given as ISO), its path and its key. One walk for every rule about dates, so the form and the
 * save request (and an import) find the same ones.
 */
function eachDate(value: unknown, visit: (date: string, path: Array<string | number>, key: string) => void): void {
  // One path, pushed and popped as the walk goes (a copy only for a date found): every save
  // request and every imported summary is walked, and most of a summary is not dates.
  const path: Array<string | number> = [];
  const walk = (node: unknown) => {
    // A summary's dates sit at most four levels down; a malformed payload may nest without end.
    if (path.length > MAX_DATE_DEPTH) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const child = (node as Record<string, unknown>)[key];
        if (typeof child === 'string') {
          if (!DATE_KEY.test(key)) continue;
          const date = normalizeDateInput(child);
          if (isRealDate(date)) visit(date, [...path, key], key);
        } else if (child !== null && typeof child === 'object') {
          path.push(key);
          walk(child);
          path.pop();
        }
      }
    }
  };
  walk(value);
}

/**
 * Dates after today in a summary, as typed or as parsed (`dd/mm/yyyy`, Khmer digits, ISO):
 * an officer records what has happened. One walk over the values, so the form shows these
 * beside every other field error at once, and the save request refuses the same ones.
 */
export function futureDateIssues(value: unknown, today = toIsoDate(new Date())): DateIssue[] {
  const issues: DateIssue[] = [];
  eachDate(value, (date, path) => {
    if (date > today) issues.push({ path, message: 'v.date.future' });
  });
  return issues;
}

/**
 * The first year the register lists. One range of years (`FIRST_YEAR` to `lastYear()`) holds for
 * entry, import and the list, so no summary is ever stored in a year that no list can open.
 */
export const FIRST_YEAR = 2000;

/**
 * The last year the register lists: next year, by this PC's clock. Entry already refuses dates
 * after today; a year's margin keeps what a PC whose clock runs ahead saved (as imports do).
 */
export function lastYear(now: Date = new Date()): number {
  return now.getFullYear() + 1;
}

/** True for a year the register lists: a summary may be dated in it, and a list or export opened on it. */
export function isListedYear(year: number, now: Date = new Date()): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= lastYear(now);
}

/** Every year the register lists, newest first: what a year picker offers. */
export function listedYears(now: Date = new Date()): number[] {
  return Array.from({ length: lastYear(now) - FIRST_YEAR + 1 }, (_, i) => lastYear(now) - i);
}

/**
 * Dates whose year the register does not list. The report date places a summary in its year,
 * so it must lie in the range; no date may lie after it (9999 is a typo, or damage). Only the
 * offence date may lie before `FIRST_YEAR`: a child may speak years later, and the legacy
 * debauchery charge is recorded for offences long past. A request's rule, like `futureDateIssues`:
 * stored summaries are read as they are.
 */
export function dateYearIssues(value: unknown, now: Date = new Date()): DateIssue[] {
  const issues: DateIssue[] = [];
  const last = lastYear(now);
  eachDate(value, (date, path, key) => {
    if (outOfYears(date, key, last)) issues.push({ path, message: 'v.date.year' });
  });
  return issues;
}

const outOfYears = (date: string, key: string, last: number) => {
  const year = Number(date.slice(0, 4));
  return (key !== 'offenceDate' && year < FIRST_YEAR) || year > last;
};

/**
 * What an officer's entry may not hold, in one walk: dates after today (`futureDateIssues`),
 * then dates in years the register does not list (`dateYearIssues`), a date after today said
 * once, as in the future.
 */
export function entryDateIssues(value: unknown, now: Date = new Date()): DateIssue[] {
  const today = toIsoDate(now);
  const last = lastYear(now);
  const future: DateIssue[] = [];
  const years: DateIssue[] = [];
  eachDate(value, (date, path, key) => {
    if (date > today) future.push({ path, message: 'v.date.future' });
    else if (outOfYears(date, key, last)) years.push({ path, message: 'v.date.year' });
  });
  return [...future, ...years];
}

/** What a data file's JSON Schema says of a whole number besides its bounds: examples. */
export interface NumberDoc {
  examples?: number[];
}

/** A stored whole number in a data file's JSON Schema: an integer within the field's bounds. */
const wholeNumberMeta = (min: number, max: number, doc: NumberDoc = {}) => ({
  type: 'integer',
  minimum: min,
  maximum: max,
  ...doc,
});

/** A whole number typed in Latin or Khmer digits. */
export function wholeNumber(min: number, max: number, message: string, doc: NumberDoc = {}) {
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value, ctx) => {
      const n = typeof value === 'number' ? value : parseWholeNumber(value);
      if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    })
    .meta(wholeNumberMeta(min, max, doc));
}

/** Like `wholeNumber`, but an empty field means "not known". */
export function optionalWholeNumber(min: number, max: number, message: string, doc: NumberDoc = {}) {
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
    .meta(wholeNumberMeta(min, max, doc))
    .optional();
}

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

/** A count of a summary: a whole number from 0 to `max`, with the message naming the bound. */
export function count(max: 100 | 500 | 1000) {
  return wholeNumber(0, max, `v.count.max${max}`, { examples: [2] });
}

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

export const InvestigationRef = z
  .string({ error: 'v.ref.required' })
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
