import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/generate';
import { feasibleRanges, type FeasibleRange } from './suppression-check';
import { suppressLines, type Line } from './suppression-lines';
import { twoWayTable } from './suppression-tables';
import { oneWay } from './suppression-test-kit';

// What a reader can work out of a hidden value (suppression-check.ts), checked against enumeration.

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

describe('suppression that cannot be undone', () => {
  it('finds the leak of the issue: with only the two 1s hidden beside 8 and a total of 10, both are 1', () => {
    const { values, lines } = oneWay([8, 1, 1]);
    expect([...feasibleRanges(values, lines, [false, true, true, false])]).toEqual([
      [1, { min: 1, max: 1 }],
      [2, { min: 1, max: 1 }],
    ]);
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
