import { describe, expect, it } from 'vitest';
import { generateSummaries, seededRandom } from '../testing/generate';
import { recordOf, summaryOf } from '../testing/records';
import { SEXES } from './lists';
import {
  publishTotals,
  suppressGrid,
  suppressTable,
  suppressTotals,
  type Cell,
  type PublishedTotals,
} from './suppression';
import { computeTotals, type Table } from './totals';

const table = (values: number[]): Table => ({
  rows: values.map((value, i) => ({ key: `k${i}`, value, ids: [] })),
  total: values.reduce((s, v) => s + v, 0),
});
const hiddenIn = (cells: readonly Cell[]) => cells.filter((c) => c.suppressed).length;

/** Every line a reader could add up: its cells and its total, with the values behind them. */
function linesOf(p: PublishedTotals): { cells: Cell[]; total: Cell }[] {
  const a = p.victimsByAgeSex;
  return [
    ...Object.values(p.tables).map((t) => ({ cells: t.rows.map((r) => r.cell), total: t.total })),
    ...a.rows.map((r) => ({ cells: SEXES.map((s) => r.bySex[s]), total: r.total })),
    ...SEXES.map((s) => ({ cells: a.rows.map((r) => r.bySex[s]), total: a.bySex[s] })),
    { cells: a.rows.map((r) => r.total), total: a.total },
    { cells: SEXES.map((s) => a.bySex[s]), total: a.total },
  ];
}

describe('small-cell suppression', () => {
  it('hides 1 to 4 with the default threshold, keeps zero and 5', () => {
    const t = suppressTable(table([0, 3, 5, 9, 12]), 5);
    expect(t.rows.map((r) => r.cell)).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true }, // the smallest other count, so 3 cannot be worked out from the total
      { value: 9, suppressed: false },
      { value: 12, suppressed: false },
    ]);
    expect(t.total).toEqual({ value: 29, suppressed: false });
  });

  it('hides the total when the only small count has no other count beside it', () => {
    const t = suppressTable(table([0, 0, 7, 0]), 5);
    expect(t.rows.every((r) => !r.cell.suppressed)).toBe(true);
    const lone = suppressTable(table([0, 2, 0]), 5);
    expect(lone.rows[1]?.cell.suppressed).toBe(true);
    expect(lone.total.suppressed).toBe(true);
  });

  it('iterates over a two-way table until no row or column has a single hidden cell', () => {
    // Hiding the 2 forces a second cell in its row and its column, which in turn exposes others.
    const g = suppressGrid(
      [
        [2, 20],
        [30, 40],
        [50, 60],
      ],
      5,
    );
    const lines = [
      ...g.cells.map((row, r) => [...row, g.rowTotals[r] as Cell]),
      ...[0, 1].map((c) => [...g.cells.map((row) => row[c] as Cell), g.colTotals[c] as Cell]),
      [...g.rowTotals, g.total],
      [...g.colTotals, g.total],
    ];
    for (const line of lines) expect(hiddenIn(line)).not.toBe(1);
    expect(g.cells[0]?.[0]?.suppressed).toBe(true);
  });

  it('holds its promises on many random tables', () => {
    const r = seededRandom(2025);
    for (let n = 0; n < 500; n++) {
      const threshold = r.int(2, 10);
      const small = () => (r.next() < 0.3 ? 0 : r.int(1, threshold * 3));
      const one = Array.from({ length: r.int(1, 12) }, small);
      const t = suppressTable(table(one), threshold);
      const columns = r.int(2, 4);
      const grid = Array.from({ length: r.int(1, 6) }, () => Array.from({ length: columns }, small));
      const g = suppressGrid(grid, threshold);
      const gridLines = [
        ...g.cells.map((row, i) => ({ cells: [...row, g.rowTotals[i] as Cell] })),
        ...g.colTotals.map((total, c) => ({ cells: [...g.cells.map((row) => row[c] as Cell), total] })),
        { cells: [...g.rowTotals, g.total] },
        { cells: [...g.colTotals, g.total] },
      ];
      for (const line of [{ cells: [...t.rows.map((x) => x.cell), t.total] }, ...gridLines]) {
        expect(hiddenIn(line.cells)).not.toBe(1);
      }
      one.forEach((value, i) => {
        const cell = t.rows[i]?.cell;
        if (value > 0 && value < threshold) expect(cell?.suppressed).toBe(true);
        if (value === 0) expect(cell).toEqual({ value: 0, suppressed: false });
      });
      grid.forEach((row, i) =>
        row.forEach((value, c) => {
          const cell = g.cells[i]?.[c];
          if (value > 0 && value < threshold) expect(cell?.suppressed).toBe(true);
          if (value === 0) expect(cell?.suppressed).toBe(false);
        }),
      );
      const off = suppressGrid(grid, null);
      expect(off.cells.flat().every((c) => !c.suppressed) && !off.total.suppressed).toBe(true);
      expect(suppressTable(table(one), null).rows.map((x) => x.cell.value)).toEqual(one);
    }
  });

  it('leaves no line of a year’s published totals recomputable, for many random years', () => {
    let secondary = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const records = generateSummaries(10 + seed * 3, 2025, seed).map((s) => recordOf(s));
      const totals = computeTotals(records, 2025, { HIT: 3, OVA: 120_000 });
      const threshold = 2 + (seed % 9);
      const p = suppressTotals(totals, threshold);
      for (const line of linesOf(p)) expect(hiddenIn([...line.cells, line.total])).not.toBe(1);
      for (const [key, t] of Object.entries(p.tables)) {
        const rows = totals[key as keyof typeof p.tables].rows;
        secondary += t.rows.filter((row, i) => row.cell.suppressed && (rows[i]?.value ?? 0) >= threshold).length;
      }
      for (const [key, cell] of Object.entries(p.headline)) {
        const value = totals[key as keyof typeof p.headline].value;
        expect(cell.suppressed).toBe(value > 0 && value < threshold);
      }
      // The same number printed twice is hidden in both places or in neither.
      expect(p.tables.byProvince.total.suppressed).toBe(p.headline.investigations.suppressed);
      expect(p.tables.investigationsByLeadTeam.total.suppressed).toBe(p.headline.investigations.suppressed);
      expect(p.victimsByAgeSex.total.suppressed).toBe(p.headline.victims.suppressed);
      expect(p.spending.rows.find((x) => x.key === 'HIT')?.value).toBe(3);

      const open = publishTotals(totals, undefined);
      expect(open.threshold).toBeNull();
      expect(
        linesOf(open)
          .flatMap((l) => [...l.cells, l.total])
          .some((c) => c.suppressed),
      ).toBe(false);
      expect(Object.values(open.headline).some((c) => c.suppressed)).toBe(false);
      expect(open.arrestRate).toEqual({ value: totals.arrestRate, suppressed: false });
    }
    expect(secondary).toBeGreaterThan(0);
  });

  it('hides the arrest rate and the change from last year when a count behind them is hidden', () => {
    const lead = (n: number, year: number, arrested: boolean) =>
      recordOf(
        summaryOf('HIT', {
          investigationRef: `CPU-${year}-${String(n).padStart(4, '0')}`,
          dateReported: `${year}-03-14`,
          offenceDate: `${year}-03-10`,
          suspects: arrested ? summaryOf('HIT').suspects : [],
        }),
      );
    const records = [
      ...Array.from({ length: 12 }, (_, i) => lead(i + 1, 2025, i < 3)),
      ...Array.from({ length: 8 }, (_, i) => lead(i + 1, 2024, true)),
    ];
    const p = publishTotals(computeTotals(records, 2025), 5, computeTotals(records, 2024));
    expect(p.headline.investigations).toEqual({ value: 12, suppressed: false });
    expect(p.headline.suspectsArrested.suppressed).toBe(true);
    expect(p.arrestRate.suppressed).toBe(true);
    expect(p.comparison?.figures.investigations.change).toEqual({ value: 50, suppressed: false });
    expect(p.comparison?.figures.suspectsArrested.change.suppressed).toBe(true);
    const open = publishTotals(computeTotals(records, 2025), undefined, computeTotals(records, 2024));
    expect(open.arrestRate).toEqual({ value: 25, suppressed: false });
    expect(open.comparison?.figures.suspectsArrested.change).toEqual({ value: -62.5, suppressed: false });
  });
});
