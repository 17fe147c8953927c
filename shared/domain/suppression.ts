import { SEXES, type AGE_BANDS } from './lists';
import { isExposed, readerView } from './suppression-check';
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
  /** Investigations with an arrest / investigations × 100; hidden when either count is. */
  arrestShare: DerivedCell;
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
 * Which values to hide. Primary: every count from 1 to threshold − 1. Complementary: while the
 * exact check (suppression-check.ts) finds a hidden value the reader could work out from the
 * shown values, the line equations and hidden values being at least 1, hide one more value next
 * to it (see {@link complementFor}) and check again. Counting only hidden lines is not enough:
 * 8, <5, <5 with total 10 leaves both hidden cells at exactly 1. Zero is never hidden (a reader
 * knows it is never hidden, hence the bound ≥ 1). Hiding more never exposes a value already
 * protected, so each value is checked until it is found protected, then not again. The loop
 * ends: once every non-zero value is hidden, doubling them all is consistent, so none is exposed.
 */
export function suppressLines(values: readonly number[], lines: readonly Line[], threshold: number | null): boolean[] {
  const hide = values.map((v) => isSmall(v, threshold));
  if (threshold === null) return hide;
  const safe = new Set<number>();
  for (let i = firstExposed(values, lines, hide, safe); i !== undefined; i = firstExposed(values, lines, hide, safe)) {
    hide[complementFor(i, values, lines, hide)] = true;
  }
  return hide;
}

/** The lowest hidden index the reader could work out, if any; indices found protected join `safe`. */
function firstExposed(values: readonly number[], lines: readonly Line[], hide: readonly boolean[], safe: Set<number>) {
  const view = readerView(values, lines, hide);
  for (const i of view.unknowns) {
    if (safe.has(i)) continue;
    if (isExposed(view, i, values[i] ?? 0)) return i;
    safe.add(i);
  }
  return undefined;
}

/**
 * Shown non-zero indices among `indices`, in the order they are best hidden: cells before totals
 * (a hidden total takes a figure from more lines), then the smallest value, then the lowest index.
 */
function candidatesAmong(
  indices: Iterable<number>,
  values: readonly number[],
  lines: readonly Line[],
  hide: readonly boolean[],
) {
  const totals = new Set(lines.map((l) => l.total));
  const isTotal = (i: number) => (totals.has(i) ? 1 : 0);
  const shown = [...new Set(indices)].filter((i) => !hide[i] && (values[i] ?? 0) > 0);
  return shown.sort((a, b) => isTotal(a) - isTotal(b) || (values[a] ?? 0) - (values[b] ?? 0) || a - b);
}

/**
 * What to hide to protect the exposed value at `exposed`: of the shown values on its lines, the
 * first (in {@link candidatesAmong} order) that protects it on its own, else the first of them
 * (another will follow), else (when its lines have nothing left to hide, yet other lines pin it)
 * the first anywhere. Deterministic, so the same totals are always published the same way.
 */
function complementFor(exposed: number, values: readonly number[], lines: readonly Line[], hide: readonly boolean[]) {
  const near = lines
    .filter((l) => l.total === exposed || l.cells.includes(exposed))
    .flatMap((l) => [...l.cells, l.total]);
  const candidates = candidatesAmong(near, values, lines, hide);
  const protects = (c: number) => {
    const more = hide.map((h, i) => h || i === c);
    return !isExposed(readerView(values, lines, more), exposed, values[exposed] ?? 0);
  };
  const pick = candidates.find(protects) ?? candidates[0] ?? candidatesAmong(values.keys(), values, lines, hide)[0];
  if (pick === undefined) throw new Error('Suppression: nothing left to hide, yet a hidden value is exposed');
  return pick;
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

/**
 * One-way tables that count the same things by different keys (investigations by province and
 * by lead team) print the same total, so a reader can take it from whichever shows it. They
 * are suppressed as one system of lines sharing one total: the total is hidden in all or in
 * none, and no table's cells can be worked out with the help of another's. Tables whose totals
 * differ share nothing and are suppressed each on its own.
 */
export function suppressSharingTotal(tables: readonly Table[], threshold: number | null): PublishedTable[] {
  const total = tables[0]?.total ?? 0;
  if (tables.some((t) => t.total !== total)) return tables.map((t) => suppressTable(t, threshold));
  const starts = tables.map((_, k) => tables.slice(0, k).reduce((s, t) => s + t.rows.length, 0));
  const totalAt = tables.reduce((s, t) => s + t.rows.length, 0);
  const values = [...tables.flatMap((t) => t.rows.map((r) => r.value)), total];
  const lines = tables.map((t, k) => ({ cells: t.rows.map((_, i) => (starts[k] ?? 0) + i), total: totalAt }));
  const hide = suppressLines(values, lines, threshold);
  return tables.map((t, k) => ({
    rows: t.rows.map((r, i) => ({ key: r.key, cell: cellOf(r.value, hide[(starts[k] ?? 0) + i]) })),
    total: cellOf(total, hide[totalAt]),
  }));
}

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

/**
 * A grid as values and lines: its cells row by row, then the R row totals, the C column totals
 * and the grand total; R + C + 2 lines (rows, columns, the row totals and the column totals).
 */
export function twoWayTable(grid: readonly (readonly number[])[]) {
  const R = grid.length;
  const C = grid[0]?.length ?? 0;
  const at = (r: number, c: number) => grid[r]?.[c] ?? 0;
  const rowTotals = grid.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = range(C, (c) => grid.reduce((s, _row, r) => s + at(r, c), 0));
  const grand = rowTotals.reduce((s, v) => s + v, 0);
  const values = [...grid.flatMap((row) => [...row]), ...rowTotals, ...colTotals, grand];
  const rowTotal = (r: number) => R * C + r;
  const colTotal = (c: number) => R * C + R + c;
  const grandAt = R * C + R + C;
  const lines: Line[] = [
    ...range(R, (r) => r).map((r) => ({ cells: range(C, (c) => r * C + c), total: rowTotal(r) })),
    ...range(C, (c) => c).map((c) => ({ cells: range(R, (r) => r * C + c), total: colTotal(c) })),
    { cells: range(R, rowTotal), total: grandAt },
    { cells: range(C, colTotal), total: grandAt },
  ];
  return { values, lines, rowTotal, colTotal, grandAt };
}

/** A grid with its row, column and grand totals, suppressed as R + C + 2 lines. */
export function suppressGrid(grid: readonly (readonly number[])[], threshold: number | null) {
  const R = grid.length;
  const C = grid[0]?.length ?? 0;
  const { values, lines, rowTotal, colTotal, grandAt } = twoWayTable(grid);
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

/** The tables whose total is the investigations figure. */
const INVESTIGATION_TABLES = ['byProvince', 'investigationsByLeadTeam'] as const satisfies readonly TableKey[];

/** Every one-way table; those sharing the investigations total are suppressed together. */
function suppressTables(totals: Totals, threshold: number | null): Record<TableKey, PublishedTable> {
  const joint = suppressSharingTotal(
    INVESTIGATION_TABLES.map((k) => totals[k]),
    threshold,
  );
  const shared = new Map<TableKey, PublishedTable | undefined>(INVESTIGATION_TABLES.map((k, i) => [k, joint[i]]));
  const entries = TABLE_KEYS.map((k) => [k, shared.get(k) ?? suppressTable(totals[k], threshold)] as const);
  return Object.fromEntries(entries) as Record<TableKey, PublishedTable>;
}

/**
 * This year's figures as the headline publishes them (a figure hidden there stays hidden here),
 * last year's as last year's totals would be published at the same threshold.
 */
function comparisonOf(
  headline: Record<HeadlineKey, Cell>,
  previous: Totals,
  threshold: number | null,
): PublishedComparison {
  const before = publishTotals(previous, threshold).headline;
  const entries = COMPARED_KEYS.map((key) => {
    const [now, then] = [headline[key], before[key]];
    const change: DerivedCell =
      now.suppressed || then.suppressed ? hidden() : shown(percentChange(then.value, now.value));
    return [key, { previous: then, current: now, change }] as const;
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
  // The investigations figure is the total of both investigation tables: likewise.
  const tables = suppressTables(totals, t);
  if (tables.byProvince.total.suppressed && totals.investigations.value > 0) headline.investigations = hidden();
  const { investigations, suspectsArrested, investigationsWithArrest } = headline;
  const rate: DerivedCell =
    investigations.suppressed || suspectsArrested.suppressed
      ? hidden()
      : shown(arrestRate(suspectsArrested.value, investigations.value));
  return {
    year: totals.year,
    threshold: t,
    headline,
    arrestRate: rate,
    arrestShare:
      investigations.suppressed || investigationsWithArrest.suppressed
        ? hidden()
        : shown(arrestRate(investigationsWithArrest.value, investigations.value)),
    provincesWithInvestigations: totals.provincesWithInvestigations,
    tables,
    victimsByAgeSex,
    spending: { rows: totals.spending.rows.map((r) => ({ key: r.key, value: r.value })), total: totals.spending.total },
    ...(previous ? { comparison: comparisonOf(headline, previous, t) } : {}),
  };
}

/** Small-cell suppression at `threshold` (see {@link publishTotals}). */
export function suppressTotals(totals: Totals, threshold: number, previous?: Totals): PublishedTotals {
  return publishTotals(totals, threshold, previous);
}
