import type { AGE_BANDS, SEXES } from './lists';
import type { Totals } from './totals';
import type { Team } from './teams';

/**
 * What the year's totals are once published: each figure a shown or hidden cell, in the shapes
 * every totals writer (report, spreadsheet, CSV, print) reads. Apart from the suppression that
 * fills them because the writers need only these shapes, never the algorithm.
 */

export interface Shown<T> {
  value: T;
  suppressed: false;
}
/**
 * A hidden figure: writers print it as {@link HIDDEN_MARK}, never the number. One mark for every
 * hidden figure, the small counts and those hidden so the small ones cannot be worked out (and
 * rates and changes made from them): telling them apart would tell a reader which hidden counts
 * are small, and `<5` on a count hidden at 10 would be false.
 */
export interface Hidden {
  value: null;
  suppressed: true;
}
export type Cell = Shown<number> | Hidden;
/** A rate or change: `null` while shown means there is nothing to compute it from. */
export type DerivedCell = Shown<number | null> | Hidden;

/** How every writer prints a hidden figure (the statistical offices' mark for a confidential cell). */
export const HIDDEN_MARK = 'x';

export const shown = <T>(value: T): Shown<T> => ({ value, suppressed: false });
export const hidden = (): Hidden => ({ value: null, suppressed: true });

/** Counts published as single figures; each hidden when small and not zero. */
export const HEADLINE_KEYS = [
  'investigations',
  'investigationsWithArrest',
  'suspectsArrested',
  'childHomicides',
  'suspiciousDeaths',
  'victims',
  'victimsSupported',
  'familyMembersSupported',
  'courtAccompaniments',
  'bereavedFamiliesSupported',
  'exhibits',
  'devicesSeized',
  'forensicExams',
  'victimsIdentified',
] as const satisfies readonly (keyof Totals)[];
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

/** One-way tables, each suppressed as one line: its rows and its total. */
export const TABLE_KEYS = [
  'investigationsByLeadTeam',
  'summariesByTeam',
  'byProvince',
  'byOffence',
  'relationships',
  'courtStages',
  'services',
  'examinations',
  'icacReferrals',
] as const satisfies readonly (keyof Totals)[];
export type TableKey = (typeof TABLE_KEYS)[number];

/** The figures the report compares with the previous year. */
export const COMPARED_KEYS = ['investigations', 'suspectsArrested', 'childHomicides', 'suspiciousDeaths'] as const;
export type ComparedKey = (typeof COMPARED_KEYS)[number];

export interface PublishedTable {
  rows: { key: string; cell: Cell }[];
  total: Cell;
}

export type Band = (typeof AGE_BANDS)[number]['code'];
export type Sex = (typeof SEXES)[number];

/** Victims by age band × sex with row, column and grand totals: every one a line. */
export interface PublishedAgeSex {
  rows: { band: Band; bySex: Record<Sex, Cell>; total: Cell }[];
  bySex: Record<Sex, Cell>;
  total: Cell;
}

/**
 * Money is not a count of people: never suppressed. A team whose spending was not entered has
 * `value` null (not known, never printed as 0); `total` is that of the teams entered, null when
 * none was.
 */
export interface SpendingTable {
  rows: { key: Team; value: number | null }[];
  total: number | null;
  /** Whether every team's spending was entered. */
  complete: boolean;
}

export interface PublishedComparison {
  previousYear: number;
  figures: Record<ComparedKey, { previous: Cell; current: Cell; change: DerivedCell }>;
}

/** What every totals writer prints: the year's totals after suppression, ids dropped. */
export interface PublishedTotals {
  year: number;
  /** Counts from 1 to threshold − 1 are hidden; null when every value is shown. */
  threshold: number | null;
  headline: Record<HeadlineKey, Cell>;
  /** Suspects arrested / investigations × 100; hidden when either count is. */
  arrestRate: DerivedCell;
  /** Investigations with an arrest / investigations × 100; hidden when either count is. */
  arrestShare: DerivedCell;
  /** A count of provinces, not of people: shown as is (hidden cells are never zero, so it reveals nothing). */
  provincesWithInvestigations: number;
  tables: Record<TableKey, PublishedTable>;
  victimsByAgeSex: PublishedAgeSex;
  spending: SpendingTable;
  comparison?: PublishedComparison;
}

/** A value as a cell: hidden when `hide` says so. */
export const cellOf = (value: number, hide: boolean | undefined): Cell => (hide ? hidden() : shown(value));
