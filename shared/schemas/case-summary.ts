import { z } from 'zod';
import { isRealDate } from '../domain/dates';
import { CASE_STATUSES, DEBAUCHERY_BEFORE, OFFENCES } from '../domain/lists';
import { ProvinceCode } from '../domain/provinces';
import { CalendarDate, OptionalCalendarDate } from './date-fields';
import { entryDateIssues } from './date-issues';
import { choice, choices, InvestigationRef, text } from './fields';
import { crossField, rowsOf, type ValidAt } from './cross-field';
import { REFERRAL_SOURCES_WITH_IDS } from './teams/icac';
import { fstFields } from './teams/fst';
import { hitFields } from './teams/hit';
import { icacFields } from './teams/icac';
import { ovaFields } from './teams/ova';

/**
 * The summary an officer enters: the fields every team shares, each team's own (`teams/`), and the
 * rules across fields. Apart from what is stored around it (`case-record.ts`) because this is the
 * one schema the form and the save request both check.
 */

/** Fields every team's summary has. */
const common = {
  investigationRef: InvestigationRef,
  dateReported: CalendarDate,
  offenceDate: OptionalCalendarDate,
  province: ProvinceCode.optional().or(z.literal('').transform(() => undefined)),
  district: text(80),
  offences: choices(OFFENCES, 1, 'v.offences.min'),
  status: choice(CASE_STATUSES),
  narrative: text(4000),
};

type Ctx = z.RefinementCtx;
interface Dated {
  dateReported: string;
  offenceDate?: string | undefined;
  offences: readonly string[];
}

/** A real date that passed its field's own rule, or undefined. */
const dateAt = (ok: ValidAt, value: string | undefined, ...path: PropertyKey[]) =>
  value && ok(...path) && isRealDate(value) ? value : undefined;

/**
 * Rules across fields that every team shares, explained in the officer's words. Each compares
 * only fields that passed their own rules (`crossField`), so they run beside every field error.
 */
function commonRules(s: Dated, ok: ValidAt, ctx: Ctx): void {
  const offence = dateAt(ok, s.offenceDate, 'offenceDate');
  const reported = dateAt(ok, s.dateReported, 'dateReported');
  if (offence && reported && offence > reported) {
    ctx.addIssue({ code: 'custom', path: ['offenceDate'], message: 'v.offenceDate.afterReport' });
  }
  if (
    ok('offences') &&
    ok('offenceDate') &&
    s.offences.includes('debauchery') &&
    !(offence && offence < DEBAUCHERY_BEFORE)
  ) {
    ctx.addIssue({ code: 'custom', path: ['offences'], message: 'v.offence.debauchery' });
  }
}

interface WithSuspects extends Dated {
  suspects: readonly { arrestDate?: string | undefined }[];
}

function suspectRules(s: WithSuspects, ok: ValidAt, ctx: Ctx): void {
  const offence = dateAt(ok, s.offenceDate, 'offenceDate');
  rowsOf(s.suspects).forEach((suspect, i) => {
    const arrest = dateAt(ok, suspect.arrestDate, 'suspects', i, 'arrestDate');
    if (arrest && offence && arrest < offence) {
      ctx.addIssue({ code: 'custom', path: ['suspects', i, 'arrestDate'], message: 'v.arrestDate.beforeOffence' });
    }
  });
}

export const HitSummary = z.strictObject({ ...common, ...hitFields }).superRefine(
  ...crossField<z.output<z.ZodObject<typeof common & typeof hitFields>>>((s, ok, ctx) => {
    commonRules(s, ok, ctx);
    suspectRules(s, ok, ctx);
    const victims = rowsOf(s.victims);
    if (
      ok('homicide') &&
      s.homicide === true &&
      victims.every((_, i) => ok('victims', i, 'outcome')) &&
      !victims.some((v) => v.outcome === 'died')
    ) {
      ctx.addIssue({ code: 'custom', path: ['homicide'], message: 'v.homicide.noDeath' });
    }
  }),
);

export const IcacSummary = z.strictObject({ ...common, ...icacFields }).superRefine(
  ...crossField<z.output<z.ZodObject<typeof common & typeof icacFields>>>((s, ok, ctx) => {
    commonRules(s, ok, ctx);
    suspectRules(s, ok, ctx);
    if (
      ok('referralSource') &&
      ok('referralIds') &&
      (REFERRAL_SOURCES_WITH_IDS as readonly string[]).includes(s.referralSource) &&
      rowsOf(s.referralIds).length === 0
    ) {
      ctx.addIssue({ code: 'custom', path: ['referralIds'], message: 'v.referralIds.required' });
    }
  }),
);

export const FstSummary = z.strictObject({ ...common, ...fstFields }).superRefine(
  ...crossField<z.output<z.ZodObject<typeof common & typeof fstFields>>>((s, ok, ctx) => {
    commonRules(s, ok, ctx);
    const offence = dateAt(ok, s.offenceDate, 'offenceDate');
    rowsOf(s.exhibits).forEach((exhibit, i) => {
      const collected = dateAt(ok, exhibit.dateCollected, 'exhibits', i, 'dateCollected');
      if (offence && collected && collected < offence) {
        ctx.addIssue({ code: 'custom', path: ['exhibits', i, 'dateCollected'], message: 'v.collected.beforeOffence' });
      }
    });
  }),
);

interface WithSupport extends Dated {
  services: readonly { date: string }[];
  referrals: readonly { date?: string | undefined }[];
}

export const OvaSummary = z.strictObject({ ...common, ...ovaFields }).superRefine(
  ...crossField<WithSupport>((s, ok, ctx) => {
    commonRules(s, ok, ctx);
    // Support follows the offence: a service or referral dated before it is a slip of the date.
    // An offence date already refused (after the report) is not compared with: it is what is wrong.
    const offence = dateAt(ok, s.offenceDate, 'offenceDate');
    const reported = dateAt(ok, s.dateReported, 'dateReported');
    if (!offence || (reported && offence > reported)) return;
    rowsOf(s.services).forEach((service, i) => {
      const given = dateAt(ok, service.date, 'services', i, 'date');
      if (given && given < offence) {
        ctx.addIssue({ code: 'custom', path: ['services', i, 'date'], message: 'v.support.beforeOffence' });
      }
    });
    rowsOf(s.referrals).forEach((referral, i) => {
      const referred = dateAt(ok, referral.date, 'referrals', i, 'date');
      if (referred && referred < offence) {
        ctx.addIssue({ code: 'custom', path: ['referrals', i, 'date'], message: 'v.support.beforeOffence' });
      }
    });
  }),
);

/**
 * What an officer enters, one shape per team. The same schema backs the form (zodResolver)
 * and the check in the main process, so a payload that bypasses the form meets the same rules.
 */
export const CaseInput = z.discriminatedUnion('team', [HitSummary, IcacSummary, FstSummary, OvaSummary], {
  error: 'v.team.required',
});
export type CaseInput = z.output<typeof CaseInput>;
export type CaseFormValues = z.input<typeof CaseInput>;

/**
 * What an officer may save: a summary none of whose dates lies after today, each in a year the
 * register lists (`dateYearIssues`). The form and the save request check this; stored summaries
 * are `CaseInput`, since what another PC saved with its clock ahead is not damage (an import
 * checks the years itself). Runs even when other fields fail, so the form shows a date's issue
 * beside every other error at once; a date after today is said to be in the future, once.
 */
export const CaseEntry = CaseInput.superRefine(
  (summary, ctx) => {
    for (const issue of entryDateIssues(summary))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  },
  { when: () => true },
);
