import { z } from 'zod';
import { COURT_STAGES, RELATIONSHIPS, SEXES, VICTIM_OUTCOMES } from '../domain/lists';
import { crossField } from './cross-field';
import { OptionalCalendarDate } from './date-fields';
import { choice, text } from './fields';
import { optionalWholeNumber, wholeNumber } from './number-fields';

/** A child victim: age in years only (never a name or birth date). */
export const Victim = z.strictObject({
  age: wholeNumber(0, 17, 'v.age.child', { examples: [14] }),
  sex: choice(SEXES),
  outcome: choice(VICTIM_OUTCOMES),
});

/** A suspect; the arrest date is checked against the offence date by the summary. */
export const Suspect = z
  .strictObject({
    age: optionalWholeNumber(7, 110, 'v.age.suspect', { examples: [35] }),
    sex: choice(SEXES),
    relationship: choice(RELATIONSHIPS),
    arrested: z.boolean({ error: 'v.choose' }),
    arrestDate: OptionalCalendarDate,
    charges: text(200),
    courtStage: choice(COURT_STAGES),
    courtOutcome: text(500),
  })
  .superRefine(
    ...crossField<{ arrested: boolean; arrestDate?: string | undefined }>((s, ok, ctx) => {
      if (!ok('arrested') || !ok('arrestDate')) return;
      if (s.arrested && !s.arrestDate) {
        ctx.addIssue({ code: 'custom', path: ['arrestDate'], message: 'v.arrestDate.required' });
      }
      if (!s.arrested && s.arrestDate) {
        ctx.addIssue({ code: 'custom', path: ['arrestDate'], message: 'v.arrestDate.notArrested' });
      }
    }),
  );
