import { describe, expect, it } from 'vitest';
import { generateSummaries, seededRandom } from '../testing/generate';
import { recordOf, summaryOf } from '../testing/records';
import { SEXES } from './lists';
import { TABLE_KEYS, type Cell, type PublishedTotals } from './published-totals';
import { publishTotals, suppressTotals } from './suppression';
import { feasibleRanges } from './suppression-check';
import { suppressLines, type Line } from './suppression-lines';
import { twoWayTable } from './suppression-tables';
import { hiddenIn, hiddenOf, oneWay } from './suppression-test-kit';
import { computeTotals, type Totals } from './totals';

// No hidden value can be worked out: of random systems of lines, and of a published year.

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

/** Fails unless every hidden value keeps at least two feasible values, the true one among them. */
function expectAllProtected(values: readonly number[], lines: readonly Line[], hidden: readonly boolean[]) {
  for (const [i, range] of feasibleRanges(values, lines, hidden)) {
    expect(range.max - range.min, `index ${i} of ${values.join()}`).toBeGreaterThanOrEqual(1);
    expect(range.min <= (values[i] ?? 0) && (values[i] ?? 0) <= range.max).toBe(true);
  }
}

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

describe('small-cell suppression', () => {
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

  it('a figure hidden this year after a published zero last year has no change, not a hidden one', () => {
    const homicide = (n: number) =>
      recordOf(
        summaryOf('HIT', {
          investigationRef: `CPU-2025-${String(n).padStart(4, '0')}`,
          dateReported: '2025-03-14',
          offenceDate: '2025-03-10',
          homicide: true,
          offences: ['child-homicide'],
          victims: [{ age: 9, sex: 'female', outcome: 'died' }],
        }),
      );
    const records = Array.from({ length: 2 }, (_, i) => homicide(i + 1));
    const p = publishTotals(computeTotals(records, 2025), 5, computeTotals(records, 2024));
    const figure = p.comparison?.figures.childHomicides;
    expect(figure?.previous).toEqual({ value: 0, suppressed: false });
    expect(figure?.current.suppressed).toBe(true);
    expect(figure?.change).toEqual({ value: null, suppressed: false });
  });
});

describe('suppression that cannot be undone', () => {
  const hiddenCell = { value: null, suppressed: true };

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
});
