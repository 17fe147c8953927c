import { z } from 'zod';
import { isRealDate, toIsoDate } from '../domain/dates';

/** Reusable field rules. Messages are i18n keys (`shared/i18n/en.ts`), written for officers. */

export const IsoDate = z
  .string({ error: 'v.date.required' })
  .refine(isRealDate, { message: 'v.date.invalid' });

/** A date that has already happened; the clock is read at validation time. */
export const PastOrTodayDate = IsoDate.refine((value) => value <= toIsoDate(new Date()), {
  message: 'v.date.future',
});

export const InvestigationRef = z
  .string({ error: 'v.ref.required' })
  .trim()
  .toUpperCase()
  .min(1, { message: 'v.ref.required' })
  .regex(/^[A-Z0-9][A-Z0-9/-]{1,39}$/, {
    message: 'v.ref.format',
  });

export const PersonName = z.string().trim().max(80, { message: 'v.name.long' });

export const Uuid = z.uuid({ message: 'v.id.invalid' });
