import { z } from 'zod';
import { isRealDate, normalizeDateInput } from '../domain/dates';
import { withoutZeroWidth } from '../domain/numerals';

/**
 * The calendar date fields of a summary. Apart from the other field rules because a date is typed
 * one way (`dd/mm/yyyy`, Khmer digits) and stored another (ISO), and the data file's JSON Schema
 * must say the stored form.
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
  .transform((value) => (withoutZeroWidth(value).trim() === '' ? undefined : normalizeDateInput(value)))
  .superRefine((value, ctx) => {
    if (value !== undefined && !isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'v.date.invalid' });
  })
  .meta(isoDateMeta)
  .optional();
