import { describe, expect, it } from 'vitest';
import { generateSummaries, seededRandom } from '../testing/generate';
import { recordOf, summaryOf } from '../testing/records';
import { SEXES } from './lists';
import { PROVINCE_CODES } from './provinces';
import { TABLE_KEYS, type Cell, type PublishedTable, type PublishedTotals } from './published-totals';
import { publishTotals, suppressTotals } from './suppression';
import { suppressLines, type Line } from './suppression-lines';
import { suppressGrid, suppressTable, twoWayTable } from './suppression-tables';
import { feasibleRanges, type FeasibleRange } from './suppression-check';
import { computeTotals, type Table, type Totals } from './totals';

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

/** A one-way table's values as suppressTable lays them out: its rows, then its total, in one line. */
function oneWay(rows: readonly number[]): { values: number[]; lines: Line[] } {
  return {
    values: [...rows, rows.reduce((s, v) => s + v, 0)],
    lines: [{ cells: rows.map((_, i) => i), total: rows.length }],
  };
}

/** Fails unless every hidden value keeps at least two feasible values, the true one among them. */
function expectAllProtected(values: readonly number[], lines: readonly Line[], hidden: readonly boolean[]) {
  for (const [i, range] of feasibleRanges(values, lines, hidden)) {
    expect(range.max - range.min, `index ${i} of ${values.join()}`).toBeGreaterThanOrEqual(1);
    expect(range.min <= (values[i] ?? 0) && (values[i] ?? 0) <= range.max).toBe(true);
  }
}

const hiddenOf = (t: PublishedTable) => [...t.rows.map((r) => r.cell.suppressed), t.total.suppressed];

/**
 * Every table of a published year, as a reader would solve it: one-way tables each on their own,
 * the two investigation tables together with the headline figure (one total for all three), the
 * age × sex grid with its margins.
 */
function expectProtected(totals: Totals, p: PublishedTotals) {
  const shared = new Set<string>(['byProvince', 'investigationsByLeadTeam']);
  for (const key of TABLE_KEYS.filter((k) => !shared.has(k))) {
    const { values, lines } = oneWay(totals[key].rows.map((r) => r.value));
    expectAllProtected(values, lines, hiddenOf(p.tables[key]));
  }
  const provinces = totals.byProvince.rows.map((r) => r.value);
  const teams = totals.investigationsByLeadTeam.rows.map((r) => r.value);
  const totalAt = provinces.length + teams.length;
  expectAllProtected(
    [...provinces, ...teams, totals.investigations.value],
    [
      { cells: provinces.map((_, i) => i), total: totalAt },
      { cells: teams.map((_, i) => provinces.length + i), total: totalAt },
    ],
    [
      ...p.tables.byProvince.rows.map((r) => r.cell.suppressed),
      ...p.tables.investigationsByLeadTeam.rows.map((r) => r.cell.suppressed),
      p.headline.investigations.suppressed,
    ],
  );
  const a = p.victimsByAgeSex;
  const grid = twoWayTable(totals.victimsByAgeSex.map((row) => SEXES.map((sex) => row.bySex[sex].value)));
  const gridHidden = [
    ...a.rows.flatMap((row) => SEXES.map((sex) => row.bySex[sex].suppressed)),
    ...a.rows.map((row) => row.total.suppressed),
    ...SEXES.map((sex) => a.bySex[sex].suppressed),
    a.total.suppressed,
  ];
  expectAllProtected(grid.values, grid.lines, gridHidden);
}

/**
 * The reader's ranges by enumeration, independent of the simplex: every hidden cell (an index
 * that is no line's total) from 1 to `cap`; a hidden total is its first line's sum (lines list a
 * total's cells before it, as both layouts do); an assignment counts when every line adds up and
 * every hidden value is within [1, cap]. Undefined when the search would take too long.
 */
function bruteRanges(values: readonly number[], lines: readonly Line[], hidden: readonly boolean[], cap: number) {
  const totals = new Set(lines.map((l) => l.total));
  const free = values.flatMap((_, i) => (hidden[i] && !totals.has(i) ? [i] : []));
  const x = values.map((v, i) => (hidden[i] ? 1 : v)); // unassigned cells at their least, 1
  const sum = (cells: readonly number[]) => cells.reduce((s, i) => s + (x[i] ?? 0), 0);
  // Lines whose cells are all known or enumerated: their sum can only grow, so it prunes.
  const pruning = lines.filter((l) => l.cells.every((i) => !hidden[i] || !totals.has(i)));
  const overshoots = () => pruning.some((l) => sum(l.cells) > (hidden[l.total] ? cap : (x[l.total] ?? 0)));
  const found = new Map<number, FeasibleRange>();
  const record = () => {
    const derived = new Set<number>();
    for (const l of lines) {
      if (hidden[l.total] && !derived.has(l.total)) x[l.total] = sum(l.cells);
      derived.add(l.total);
    }
    const fits = values.every((_, i) => !hidden[i] || ((x[i] ?? 0) >= 1 && (x[i] ?? 0) <= cap));
    if (!fits || lines.some((l) => sum(l.cells) !== x[l.total])) return;
    for (const i of values.keys()) {
      const v = x[i] ?? 0;
      const r = found.get(i);
      if (hidden[i]) found.set(i, { min: Math.min(r?.min ?? v, v), max: Math.max(r?.max ?? v, v) });
    }
  };
  let budget = 200_000;
  const search = (k: number): boolean => {
    if (--budget < 0) return false;
    const cell = free[k];
    if (cell === undefined) return (record(), true);
    for (let v = 1; v <= cap; v++) {
      x[cell] = v;
      if (overshoots()) break;
      if (!search(k + 1)) return false;
    }
    x[cell] = 1;
    return true;
  };
  return search(0) ? found : undefined;
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
      // Small headline figures are hidden; of the others, only a figure that is also a table's
      // hidden total (investigations, victims) may be: the table hid it to protect its cells.
      for (const [key, cell] of Object.entries(p.headline)) {
        const value = totals[key as keyof typeof p.headline].value;
        if (value > 0 && value < threshold) expect(cell.suppressed).toBe(true);
        else if (key !== 'investigations' && key !== 'victims') expect(cell.suppressed).toBe(false);
      }
      expectProtected(totals, p);
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

describe('suppression that cannot be undone', () => {
  /** Investigations by province, every province listed as computeTotals lists them. */
  const byProvince = (counts: Record<string, number>): Table => {
    const rows = [...PROVINCE_CODES, 'unknown'].map((key) => ({ key, value: counts[key] ?? 0, ids: [] }));
    return { rows, total: rows.reduce((s, r) => s + r.value, 0) };
  };
  const hiddenCell = { value: null, suppressed: true };

  it('finds the leak of the issue: with only the two 1s hidden beside 8 and a total of 10, both are 1', () => {
    const { values, lines } = oneWay([8, 1, 1]);
    expect([...feasibleRanges(values, lines, [false, true, true, false])]).toEqual([
      [1, { min: 1, max: 1 }],
      [2, { min: 1, max: 1 }],
    ]);
  });

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

  it('publishes that year with Phnom Penh hidden, the total and the lead-team table shown', () => {
    const lead = (n: number, province: string) =>
      recordOf(
        summaryOf('HIT', {
          investigationRef: `CPU-2025-${String(n).padStart(4, '0')}`,
          dateReported: '2025-03-14',
          offenceDate: '2025-03-10',
          province,
        }),
      );
    const provinces = ['12', '12', '12', '12', '12', '12', '12', '12', '04', '08'];
    const totals = computeTotals(
      provinces.map((province, i) => lead(i + 1, province)),
      2025,
    );
    const p = publishTotals(totals, 5);
    const cell = (key: string) => p.tables.byProvince.rows.find((r) => r.key === key)?.cell;
    expect([cell('12'), cell('04'), cell('08')]).toEqual([hiddenCell, hiddenCell, hiddenCell]);
    expect(p.tables.byProvince.total).toEqual({ value: 10, suppressed: false });
    expect(p.headline.investigations).toEqual({ value: 10, suppressed: false });
    expect(p.tables.investigationsByLeadTeam.rows.map((r) => r.cell.value)).toEqual([10, 0]);
    expectProtected(totals, p);
  });

  it('hides the total when every count is hidden and could only be 1 (five 1s at threshold 5)', () => {
    const t = suppressTable(table([1, 1, 0, 1, 1, 1]), 5);
    expect(t.rows.map((r) => r.cell.suppressed)).toEqual([true, true, false, true, true, true]);
    expect(t.total.suppressed).toBe(true);
  });

  it('leaves every hidden value of random one-way and two-way tables at least two feasible values', () => {
    const r = seededRandom(7);
    let complementary = 0;
    for (let n = 0; n < 300; n++) {
      const threshold = r.int(2, 10);
      // Zeros and ones often, as in a year's tables: they are what makes a total give cells away.
      const count = () => (r.next() < 0.3 ? 0 : r.next() < 0.3 ? 1 : r.int(1, threshold * 3));
      const columns = r.int(2, 3);
      const tables = [
        oneWay(Array.from({ length: r.int(1, 30) }, count)),
        twoWayTable(Array.from({ length: r.int(1, 5) }, () => Array.from({ length: columns }, count))),
      ];
      for (const { values, lines } of tables) {
        const hide = suppressLines(values, lines, threshold);
        values.forEach((v, i) => {
          if (v > 0 && v < threshold) expect(hide[i]).toBe(true);
          if (v === 0) expect(hide[i]).toBe(false);
        });
        expectAllProtected(values, lines, hide);
        expect(suppressLines(values, lines, threshold)).toEqual(hide);
        complementary += hide.filter((h, i) => h && (values[i] ?? 0) >= threshold).length;
      }
    }
    expect(complementary).toBeGreaterThan(100);
  });

  it('agrees with brute force on small tables, suppressed or hidden at random', () => {
    const r = seededRandom(11);
    let [checked, exposed] = [0, 0];
    for (let n = 0; n < 200; n++) {
      const threshold = r.int(2, 5);
      const count = () => (r.next() < 0.3 ? 0 : r.int(1, 5));
      const { values, lines } =
        n % 2 === 0
          ? oneWay(Array.from({ length: r.int(1, 5) }, count))
          : twoWayTable(Array.from({ length: r.int(1, 3) }, () => [count(), count()]));
      const atRandom = values.map((v) => v > 0 && r.next() < 0.4);
      // The grand total is last in both layouts; finite bounds here stay below it, so twice it is room enough.
      const grand = values[values.length - 1] ?? 0;
      for (const hide of [suppressLines(values, lines, threshold), atRandom]) {
        const brute = bruteRanges(values, lines, hide, 2 * grand + 2);
        if (!brute) continue;
        checked += 1;
        const ranges = feasibleRanges(values, lines, hide);
        expect([...ranges.keys()]).toEqual([...brute.keys()]);
        for (const [i, range] of ranges) {
          const b = brute.get(i);
          expect(b?.min, `min of ${i} in ${values.join()}`).toBe(range.min);
          if (Number.isFinite(range.max)) expect(b?.max, `max of ${i} in ${values.join()}`).toBe(range.max);
          else expect(b?.max ?? 0).toBeGreaterThan(grand);
          if (range.min === range.max) exposed += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(350);
    expect(exposed).toBeGreaterThan(20);
  });
});
