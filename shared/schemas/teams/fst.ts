import { z } from 'zod';
import { isRealDate } from '../../domain/dates';
import { EXAMINATIONS, EXHIBIT_TYPES } from '../../domain/lists';
import { crossField, rowsOf } from '../cross-field';
import { OptionalCalendarDate, CalendarDate } from '../date-fields';
import { choice, LIMITS, rows, Sha256, text } from '../fields';

export const Examination = z.strictObject({
  type: choice(EXAMINATIONS),
  date: OptionalCalendarDate,
  result: text(500),
});

/** One link in the chain of custody: who held the exhibit, from when, where. */
export const CustodyLink = z.strictObject({
  holder: text(80, true),
  date: CalendarDate,
  place: text(80, true),
});

/** Evidence is recorded by reference and hash only: never an image or file. */
export const Exhibit = z
  .strictObject({
    reference: text(40, true),
    type: choice(EXHIBIT_TYPES),
    dateCollected: CalendarDate,
    sha256: Sha256,
    examinations: rows(Examination, LIMITS.examinations, 'v.examinations.max'),
    custody: rows(CustodyLink, LIMITS.custody, 'v.custody.max').min(1, { message: 'v.custody.min' }),
  })
  .superRefine(
    // Runs beside the exhibit's field errors: each link is compared once its date and the one before passed.
    ...crossField<{
      dateCollected: string;
      custody: readonly { date: string }[];
      examinations: readonly { date?: string | undefined }[];
    }>((exhibit, ok, ctx) => {
      // An exhibit is examined once it was collected, never before.
      rowsOf(exhibit.examinations).forEach((exam, i) => {
        if (!ok('dateCollected') || !ok('examinations', i, 'date') || !exam.date) return;
        if (isRealDate(exhibit.dateCollected) && isRealDate(exam.date) && exam.date < exhibit.dateCollected) {
          ctx.addIssue({
            code: 'custom',
            path: ['examinations', i, 'date'],
            message: 'v.examination.beforeCollection',
          });
        }
      });
      rowsOf(exhibit.custody).forEach((link, i) => {
        const [previous, at] =
          i === 0
            ? [exhibit.dateCollected, ['dateCollected']]
            : [exhibit.custody[i - 1]?.date, ['custody', i - 1, 'date']];
        if (!ok(...at) || !ok('custody', i, 'date')) return;
        if (previous && isRealDate(previous) && isRealDate(link.date) && link.date < previous) {
          ctx.addIssue({ code: 'custom', path: ['custody', i, 'date'], message: 'v.custody.order' });
        }
      });
    }),
  );

/** FST attaches evidence work to an investigation. */
export const fstFields = {
  team: z.literal('FST'),
  exhibits: rows(Exhibit, LIMITS.exhibits, 'v.exhibits.max').min(1, { message: 'v.exhibits.min' }),
};
