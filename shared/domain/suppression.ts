import { SEXES, type AGE_BANDS } from './lists';
import { arrestRate, percentChange, type Table, type Totals } from './totals';
import type { Team } from './teams';

/** The threshold the unit publishes with unless the officer chooses another. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface Shown<T> {
  value: T;
  suppressed: false;
}
/** A hidden count: writers print it as `<threshold`, never the number. */
export interface Hidden {
  value: null;
  suppressed: true;
}
export type Cell = Shown<number> | Hidden;
/** A rate or change: `null` while shown means there is nothing to compute it from. */
export type DerivedCell = Shown<number | null> | Hidden;

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

/** Money is not a count of people: never suppressed. */
export interface SpendingTable {
  rows: { key: Team; value: number }[];
  total: number;
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
  /** A count of provinces, not of people: shown as is (hidden cells are never zero, so it reveals nothing). */
  provincesWithInvestigations: number;
  tables: Record<TableKey, PublishedTable>;
  victimsByAgeSex: PublishedAgeSex;
  spending: SpendingTable;
  comparison?: PublishedComparison;
}

/** A line of a table: indices into the value list; the total is part of the line. */
export interface Line {
  cells: readonly number[];
  total: number;
}

const isSmall = (value: number, threshold: number | null) => threshold !== null && value > 0 && value < threshold;

/**
 * Which values to hide. Primary: every count from 1 to threshold − 1. Secondary: while a
 * line has exactly one hidden member (so it could be worked out from the others), hide
 * the smallest other non-zero visible cell, or the line's total when there is none.
 * Zero is never hidden. Repeats until stable, since hiding in one line can expose another.
 */
export function suppressLines(values: readonly number[], lines: readonly Line[], threshold: number | null): boolean[] {
  const out = values.map((v) => isSmall(v, threshold));
  if (threshold === null) return out;
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if ([...line.cells, line.total].filter((i) => out[i]).length !== 1) continue;
      const candidates = line.cells.filter((i) => !out[i] && (values[i] ?? 0) > 0);
      candidates.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);
      const pick = candidates[0] ?? line.total;
      if (out[pick] || (values[pick] ?? 0) === 0) continue;
      out[pick] = true;
      changed = true;
    }
  }
  return out;
}

const cellOf = (value: number, hide: boolean | undefined): Cell => (hide ? hidden() : shown(value));

export function suppressTable(table: Table, threshold: number | null): PublishedTable {
  const values = [...table.rows.map((r) => r.value), table.total];
  const line = { cells: table.rows.map((_, i) => i), total: table.rows.length };
  const hide = suppressLines(values, [line], threshold);
  return {
    rows: table.rows.map((r, i) => ({ key: r.key, cell: cellOf(r.value, hide[i]) })),
    total: cellOf(table.total, hide[table.rows.length]),
  };
}

/** A grid with its row, column and grand totals, suppressed as R + C + 2 lines. */
export function suppressGrid(grid: readonly (readonly number[])[], threshold: number | null) {
  const R = grid.length;
  const C = grid[0]?.length ?? 0;
  const at = (r: number, c: number) => grid[r]?.[c] ?? 0;
  const rowTotals = grid.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = Array.from({ length: C }, (_, c) => grid.reduce((s, _row, r) => s + at(r, c), 0));
  const grand = rowTotals.reduce((s, v) => s + v, 0);
  const values = [...grid.flatMap((row) => [...row]), ...rowTotals, ...colTotals, grand];
  const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
  const rowTotal = (r: number) => R * C + r;
  const colTotal = (c: number) => R * C + R + c;
  const grandAt = R * C + R + C;
  const lines: Line[] = [
    ...range(R, (r) => r).map((r) => ({ cells: range(C, (c) => r * C + c), total: rowTotal(r) })),
    ...range(C, (c) => c).map((c) => ({ cells: range(R, (r) => r * C + c), total: colTotal(c) })),
    { cells: range(R, rowTotal), total: grandAt },
    { cells: range(C, colTotal), total: grandAt },
  ];
  const hide = suppressLines(values, lines, threshold);
  const cell = (i: number) => cellOf(values[i] ?? 0, hide[i]);
  return {
    cells: range(R, (r) => r).map((r) => range(C, (c) => r * C + c).map(cell)),
    rowTotals: range(R, rowTotal).map(cell),
    colTotals: range(C, colTotal).map(cell),
    total: cell(grandAt),
  };
}

function suppressAgeSex(totals: Totals, threshold: number | null): PublishedAgeSex {
  const grid = totals.victimsByAgeSex.map((row) => SEXES.map((sex) => row.bySex[sex].value));
  const g = suppressGrid(grid, threshold);
  const bySex = (cells: readonly Cell[]) =>
    Object.fromEntries(SEXES.map((sex, c) => [sex, cells[c] ?? shown(0)])) as Record<Sex, Cell>;
  return {
    rows: totals.victimsByAgeSex.map((row, r) => ({
      band: row.band,
      bySex: bySex(g.cells[r] ?? []),
      total: g.rowTotals[r] ?? shown(0),
    })),
    bySex: bySex(g.colTotals),
    total: g.total,
  };
}

const single = (value: number, threshold: number | null): Cell => cellOf(value, isSmall(value, threshold));

function comparisonOf(current: Totals, previous: Totals, threshold: number | null): PublishedComparison {
  const entries = COMPARED_KEYS.map((key) => {
    const now = single(current[key].value, threshold);
    const before = single(previous[key].value, threshold);
    const change: DerivedCell =
      now.suppressed || before.suppressed ? hidden() : shown(percentChange(before.value, now.value));
    return [key, { previous: before, current: now, change }] as const;
  });
  return { previousYear: previous.year, figures: Object.fromEntries(entries) as PublishedComparison['figures'] };
}

/**
 * The year's totals as published: with a threshold, small counts and enough others are
 * hidden that none can be worked out from totals; without one, everything is shown (for
 * use inside the unit). `previous` adds the comparison with the previous year.
 */
export function publishTotals(totals: Totals, threshold?: number | null, previous?: Totals): PublishedTotals {
  const t = threshold ?? null;
  const victimsByAgeSex = suppressAgeSex(totals, t);
  const headline = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, single(totals[k].value, t)])) as Record<
    HeadlineKey,
    Cell
  >;
  // The victims figure is the age × sex table's grand total: hide both or neither.
  if (victimsByAgeSex.total.suppressed && totals.victims.value > 0) headline.victims = hidden();
  const { investigations, suspectsArrested } = headline;
  const rate: DerivedCell =
    investigations.suppressed || suspectsArrested.suppressed
      ? hidden()
      : shown(arrestRate(suspectsArrested.value, investigations.value));
  return {
    year: totals.year,
    threshold: t,
    headline,
    arrestRate: rate,
    provincesWithInvestigations: totals.provincesWithInvestigations,
    tables: Object.fromEntries(TABLE_KEYS.map((k) => [k, suppressTable(totals[k], t)])) as Record<
      TableKey,
      PublishedTable
    >,
    victimsByAgeSex,
    spending: { rows: totals.spending.rows.map((r) => ({ key: r.key, value: r.value })), total: totals.spending.total },
    ...(previous ? { comparison: comparisonOf(totals, previous, t) } : {}),
  };
}

/** Small-cell suppression at `threshold` (see {@link publishTotals}). */
export function suppressTotals(totals: Totals, threshold: number, previous?: Totals): PublishedTotals {
  return publishTotals(totals, threshold, previous);
}
