import { z } from 'zod';
import { CASE_STATUSES, OFFENCES } from '../domain/lists';
import { NO_PROVINCE, ProvinceCode } from '../domain/provinces';
import { TEAMS } from '../domain/teams';
import { LANGUAGES } from '../i18n/translate';
import { Uuid } from './fields';
import { FIRST_YEAR, lastYear } from './listed-years';
import type { CaseFacts } from './case-record';

/**
 * A year's list: the year asked for, its filter, sort and window, the page that comes back and
 * its rows. Apart from the record because a row is what the list reads instead of whole summaries.
 */

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
  /** A province's code, or `NO_PROVINCE` for the summaries without one. */
  province: z.union([ProvinceCode, z.literal(NO_PROVINCE)]).optional(),
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
export const CaseListSort = z.strictObject({
  key: z.enum(CASE_SORT_KEYS),
  direction: z.enum(['asc', 'desc']),
  /** The language names sort in (provinces): the officer's; English when not given. */
  language: z.enum(LANGUAGES).optional(),
});

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
