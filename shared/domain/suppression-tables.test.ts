import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/generate';
import { PROVINCE_CODES } from './provinces';
import type { Cell } from './published-totals';
import { feasibleRanges } from './suppression-check';
import { suppressGrid, suppressTable } from './suppression-tables';
import { hiddenIn, hiddenOf, oneWay, table } from './suppression-test-kit';
import type { Table } from './totals';

// What suppressTable and suppressGrid hide: small counts, and enough beside them.

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
});

describe('suppression that cannot be undone', () => {
  /** Investigations by province, every province listed as computeTotals lists them. */
  const byProvince = (counts: Record<string, number>): Table => {
    const rows = [...PROVINCE_CODES, 'unknown'].map((key) => ({ key, value: counts[key] ?? 0, ids: [] }));
    return { rows, total: rows.reduce((s, r) => s + r.value, 0) };
  };

  it('hides Phnom Penh 8 beside Kampong Chhnang 1 and Kandal 1 (threshold 5): each could be 1 to 8', () => {
    const table = byProvince({ '12': 8, '04': 1, '08': 1 });
    const t = suppressTable(table, 5);
    expect(t.rows.filter((r) => r.cell.suppressed).map((r) => r.key)).toEqual(['04', '08', '12']);
    expect(t.rows.filter((r) => !r.cell.suppressed).every((r) => r.cell.value === 0)).toBe(true);
    expect(t.total).toEqual({ value: 10, suppressed: false });
    const { values, lines } = oneWay(table.rows.map((r) => r.value));
    const ranges = feasibleRanges(values, lines, hiddenOf(t));
    expect([...ranges.values()]).toEqual([
      { min: 1, max: 8 },
      { min: 1, max: 8 },
      { min: 1, max: 8 },
    ]);
  });

  it('hides the total when every count is hidden and could only be 1 (five 1s at threshold 5)', () => {
    const t = suppressTable(table([1, 1, 0, 1, 1, 1]), 5);
    expect(t.rows.map((r) => r.cell.suppressed)).toEqual([true, true, false, true, true, true]);
    expect(t.total.suppressed).toBe(true);
  });
});
