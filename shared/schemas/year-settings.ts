import { z } from 'zod';
import { TEAMS } from '../domain/teams';
import { Year } from './case';
import { PersonName, text } from './fields';

/** Spending per team for one year, whole US dollars. */
export const Spending = z.partialRecord(
  z.enum(TEAMS),
  z
    .number({ error: 'v.spending' })
    .int({ message: 'v.spending' })
    .min(0, { message: 'v.spending' })
    // Nine digits, as a typed number may have (`parseWholeNumber`): the bound the message states.
    .max(999_999_999, { message: 'v.spending' }),
);

export const YearLogEntry = z.strictObject({
  at: z.iso.datetime(),
  by: PersonName,
  action: z.enum(['closed', 'reopened', 'spending']),
  reason: z.string().max(500).optional(),
});
export type YearLogEntry = z.output<typeof YearLogEntry>;

/**
 * A year's own settings: spending for the report and whether the year is closed. Closing
 * and reopening are logged with who, when and (to reopen) why.
 */
export const YearSettings = z.strictObject({
  year: Year,
  spending: Spending,
  closed: z.strictObject({ at: z.iso.datetime(), by: PersonName }).optional(),
  log: z.array(YearLogEntry),
});
export type YearSettings = z.output<typeof YearSettings>;

export const YearRequest = z.strictObject({ year: Year });
export const SpendingRequest = z.strictObject({ year: Year, spending: Spending });
export const ReopenRequest = z.strictObject({ year: Year, reason: text(500, true) });
