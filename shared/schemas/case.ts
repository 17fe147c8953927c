import { z } from 'zod';
import { isRealDate } from '../domain/dates';
import { CASE_STATUSES, DEBAUCHERY_BEFORE, OFFENCES } from '../domain/lists';
import { ProvinceCode } from '../domain/provinces';
import { TEAMS, type Team } from '../domain/teams';
import { DraftKey } from './draft';
import { CalendarDate, OptionalCalendarDate } from './date-fields';
import { entryDateIssues } from './date-issues';
import { choice, choices, InvestigationRef, PersonName, text, Uuid } from './fields';
import { FIRST_YEAR, lastYear } from './listed-years';
import { crossField, rowsOf, type ValidAt } from './cross-field';
import { REFERRAL_SOURCES_WITH_IDS } from './teams/icac';
import { fstFields } from './teams/fst';
import { hitFields } from './teams/hit';
import { icacFields } from './teams/icac';
import { ovaFields } from './teams/ova';

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

export const OvaSummary = z
  .strictObject({ ...common, ...ovaFields })
  .superRefine(...crossField<Dated>((s, ok, ctx) => commonRules(s, ok, ctx)));

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

/** What stands in a history change for a value an administrator redacted: who, when and why. */
export const RedactionNote = z.strictObject({
  redacted: z.literal(true),
  by: PersonName,
  at: z.iso.datetime(),
  reason: z.string().max(500),
});
export type RedactionNote = z.output<typeof RedactionNote>;

export const isRedaction = (value: unknown): value is RedactionNote => RedactionNote.safeParse(value).success;

/** One changed field in one save: its path inside the summary, old and new value. */
export const FieldChange = z.strictObject({
  path: z.string().max(200),
  from: z.unknown(),
  to: z.unknown(),
});

export const HistoryEntry = z.strictObject({
  revision: z.number().int().min(1),
  at: z.iso.datetime(),
  by: PersonName,
  action: z.enum(['created', 'edited', 'deleted', 'restored', 'imported']),
  /** For `imported`: the PC whose copy was merged in. */
  from: z.lazy(() => PcRef).optional(),
  changes: z.array(FieldChange),
});
export type HistoryEntry = z.output<typeof HistoryEntry>;

/** A PC by its random id and the name the unit gave it. */
export const PcRef = z.strictObject({ pcId: Uuid, pcName: z.string().max(80) });
export type PcRef = z.output<typeof PcRef>;

/**
 * A case code: `HIT-2025-KQMB-0007` (team, year of the report, entering PC, sequence). Codes from
 * before PC codes have no PC part; a code kept apart on import, because a different summary here
 * already had it, ends in a letter (`HIT-2025-0007-B`, see `distinctCaseCode`).
 */
export const CASE_CODE = /^(OVA|HIT|FST|ICAC)-(\d{4})-(?:[A-HJKMNP-TV-Z]{4}-)?\d{4,}(-[B-HJKMNP-TV-Z]{1,2})?$/;

/** The team and year a case code names, or undefined for what is not a case code. */
export function caseCodeParts(code: string): { team: Team; year: number } | undefined {
  const match = CASE_CODE.exec(code);
  return match ? { team: match[1] as Team, year: Number(match[2]) } : undefined;
}

/** Letters of a code kept apart: no I, L, O or U (read as digits or words), and no A (the first holder). */
const APART = 'BCDEFGHJKMNPQRSTVWXYZ';

/** `B` to `Z`, then `BB` to `ZZ`: 462 in all. */
function* apartLetters(): Generator<string> {
  for (const a of APART) yield a;
  for (const a of APART) for (const b of APART) yield a + b;
}

/**
 * The code under which a summary arriving with `code` is kept when a different summary already
 * has that code here: the code (without any letter it had) with the first letter not `taken`.
 * It still names the team and year, holds the code written on paper (a search for that finds
 * both), and sorts beside it; undefined once all are taken.
 */
export function distinctCaseCode(code: string, taken: { has(code: string): boolean }): string | undefined {
  const base = code.replace(/-[A-Z]{1,2}$/, '');
  for (const letters of apartLetters()) {
    const candidate = `${base}-${letters}`;
    if (!taken.has(candidate)) return candidate;
  }
  return undefined;
}

/** What is stored: the summary plus identity, provenance, bin state and history. */
export const CaseRecord = z.strictObject({
  id: Uuid,
  caseCode: z.string().regex(CASE_CODE),
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  createdBy: PersonName,
  updatedAt: z.iso.datetime(),
  updatedBy: PersonName,
  deletedAt: z.iso.datetime().optional(),
  deletedBy: PersonName.optional(),
  /** The PC the summary was first entered on; kept through every export and import. */
  origin: PcRef.optional(),
  summary: CaseInput,
  history: z.array(HistoryEntry),
});
export type CaseRecord = z.output<typeof CaseRecord>;

/**
 * A summary without its history: what the list and the totals read (kept sealed per summary as
 * its projection, so a year's list never decodes whole summaries with their history).
 */
export type CaseFacts = Omit<CaseRecord, 'history'>;

/**
 * What is left of a summary purged from the bin: enough for other PCs to purge their copy too
 * (it travels in yearly data files) and to refuse it if it comes back.
 */
export const PurgeMarker = z.strictObject({
  id: Uuid,
  caseCode: z.string().max(40),
  purgedAt: z.iso.datetime(),
  purgedBy: PersonName,
});
export type PurgeMarker = z.output<typeof PurgeMarker>;

/** An administrator removes one value from a summary's history (a name typed by mistake), saying why. */
export const RedactRequest = z.strictObject({
  id: Uuid,
  /** The history entry (its revision) and the changed field's path in it. */
  revision: z.number().int().min(1),
  path: z.string().min(1).max(200),
  reason: z.string().trim().min(1, { message: 'v.required' }).max(500, { message: 'v.text.long' }),
});

export const SaveCaseRequest = z
  .strictObject({
    /** Absent for a new summary. */
    id: Uuid.optional(),
    /** The revision the officer edited; a mismatch means someone else saved in between. */
    expectedRevision: z.number().int().min(1).optional(),
    summary: CaseEntry,
    /** The draft the form kept while the officer typed; discarded by the same call once saved. */
    draftKey: DraftKey.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.id !== undefined && r.expectedRevision === undefined) {
      ctx.addIssue({ code: 'custom', path: ['expectedRevision'], message: 'v.revision.required' });
    }
  });
export type SaveCaseRequest = z.input<typeof SaveCaseRequest>;
export type SaveCaseCommand = z.output<typeof SaveCaseRequest>;

/**
 * A year the register lists (`FIRST_YEAR` to next year): of a list, an export, a data file. The
 * fixed bound is the four-digit year of a date, for the data file's JSON Schema; next year is
 * checked by this PC's clock.
 */
export const Year = z
  .number()
  .int({ message: 'v.year' })
  .min(FIRST_YEAR, { message: 'v.year' })
  .max(9999, { message: 'v.year' })
  .refine((year) => year <= lastYear(), { message: 'v.year' })
  .meta({ description: `A year the register lists: from ${FIRST_YEAR} to the year after the reading PC's clock.` });

/** The longest search the list accepts. */
export const SEARCH_MAX = 200;

/** What the list can be narrowed by; search is matched in main against each summary's words. */
export const CaseListFilter = z.strictObject({
  team: z.enum(TEAMS).optional(),
  province: ProvinceCode.optional(),
  status: z.enum(CASE_STATUSES).optional(),
  offence: z.enum(OFFENCES).optional(),
  search: z.string().max(SEARCH_MAX).optional(),
});

export const CASE_SORT_KEYS = [
  'caseCode',
  'investigationRef',
  'team',
  'dateReported',
  'province',
  'status',
  'updatedAt',
] as const;
export const CaseListSort = z.strictObject({ key: z.enum(CASE_SORT_KEYS), direction: z.enum(['asc', 'desc']) });

/** The page size the list asks for at most: the rows it draws and a margin, never a whole year. */
export const LIST_PAGE_MAX = 500;

/**
 * One window of a year's list, filtered and sorted in main: the renderer asks for the rows it
 * draws (`offset`, `limit`) and gets the total to size its scroll. `bin: true` lists the year's
 * deleted summaries instead.
 */
export const ListCasesRequest = z.strictObject({
  year: Year,
  bin: z.boolean().optional(),
  filter: CaseListFilter.optional(),
  sort: CaseListSort.optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(LIST_PAGE_MAX).optional(),
});
export type ListCasesRequest = z.input<typeof ListCasesRequest>;

export const CaseListPage = z.strictObject({
  year: Year,
  /** Rows that pass the filter. */
  total: z.number().int().min(0),
  /** Rows of the year (or of its bin) before any filter, for "N of M summaries". */
  yearTotal: z.number().int().min(0),
  offset: z.number().int().min(0),
  rows: z.array(z.lazy(() => CaseRow)),
});
export type CaseListPage = z.output<typeof CaseListPage>;

export const CaseIdRequest = z.strictObject({ id: Uuid, expectedRevision: z.number().int().min(1).optional() });

export const InvestigationRequest = z.strictObject({ investigationRef: InvestigationRef });

/**
 * A list row: the summary's common fields, without repeat groups, narrative or history. Kept
 * sealed per summary beside it, so a year's list never decodes whole summaries.
 */
export const CaseRow = z.strictObject({
  id: Uuid,
  caseCode: z.string(),
  revision: z.number().int(),
  team: z.enum(TEAMS),
  investigationRef: z.string(),
  dateReported: z.string(),
  offenceDate: z.string().optional(),
  province: z.string().optional(),
  district: z.string(),
  offences: z.array(z.enum(OFFENCES)),
  status: z.enum(CASE_STATUSES),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deletedAt: z.string().optional(),
});
export type CaseRow = z.output<typeof CaseRow>;

export function toRow(record: CaseFacts): CaseRow {
  const s = record.summary;
  return {
    id: record.id,
    caseCode: record.caseCode,
    revision: record.revision,
    team: s.team,
    investigationRef: s.investigationRef,
    dateReported: s.dateReported,
    ...(s.offenceDate ? { offenceDate: s.offenceDate } : {}),
    ...(s.province ? { province: s.province } : {}),
    district: s.district,
    offences: s.offences,
    status: s.status,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
    ...(record.deletedAt ? { deletedAt: record.deletedAt } : {}),
  };
}
