import {
  cellOf,
  COMPARED_KEYS,
  HEADLINE_KEYS,
  hidden,
  shown,
  TABLE_KEYS,
  type Cell,
  type DerivedCell,
  type HeadlineKey,
  type PublishedAgeSex,
  type PublishedComparison,
  type PublishedTable,
  type PublishedTotals,
  type Sex,
  type SpendingTable,
  type TableKey,
} from './published-totals';
import { SEXES } from './lists';
import { isSmall } from './suppression-lines';
import { suppressGrid, suppressSharingTotal, suppressTable } from './suppression-tables';
import { arrestRate, percentChange, type SpendingTotals, type Totals } from './totals';

/**
 * A year's totals as published: small-cell suppression over every figure and table (the shapes
 * in published-totals.ts, the tables in suppression-tables.ts, which values to hide in
 * suppression-lines.ts), the rates and the comparison with the previous year.
 */

/** The threshold the unit publishes with unless the officer chooses another. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

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
    // From a published zero there is no change to work out, whatever this year's count: none is
    // shown ("no change to compare"), never the mark of a hidden figure, and nothing is given away.
    const change: DerivedCell =
      !then.suppressed && then.value === 0
        ? shown(null)
        : now.suppressed || then.suppressed
          ? hidden()
          : shown(percentChange(then.value, now.value));
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
    spending: publishedSpending(totals.spending),
    ...(previous ? { comparison: comparisonOf(headline, previous, t) } : {}),
  };
}

/** Spending as published: a team not entered is not known (null), and so is a total of none. */
function publishedSpending({ rows, total, notEntered }: SpendingTotals): SpendingTable {
  const missing = new Set<string>(notEntered);
  return {
    rows: rows.map((r) => ({ key: r.key, value: missing.has(r.key) ? null : r.value })),
    total: missing.size === rows.length ? null : total,
    complete: missing.size === 0,
  };
}

/** Small-cell suppression at `threshold` (see {@link publishTotals}). */
export function suppressTotals(totals: Totals, threshold: number, previous?: Totals): PublishedTotals {
  return publishTotals(totals, threshold, previous);
}
