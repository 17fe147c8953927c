import { describe, expect, it } from 'vitest';
import { feasibleTableau, minimum } from './suppression-lp';

describe('the suppression check’s simplex', () => {
  it('bounds an unknown both ways, or says it has no upper bound', () => {
    // y0 + y1 = 4 and y1 − y2 = 1: y0 is 0 to 3; y2 grows with y1 only while y0 can shrink, so 0 to 3 too.
    const start = feasibleTableau(
      [
        [1, 1, 0],
        [0, 1, -1],
      ],
      [4, 1],
      3,
    );
    if (!start) throw new Error('feasible');
    expect([minimum(start, [1, 0, 0]), -minimum(start, [-1, 0, 0])]).toEqual([0, 3]);
    expect([minimum(start, [0, 0, 1]), -minimum(start, [0, 0, -1])]).toEqual([0, 3]);
    const open = feasibleTableau([[1, -1]], [2], 2);
    if (!open) throw new Error('feasible');
    expect(minimum(open, [0, -1])).toBe(-Infinity);
  });

  it('drops a line that repeats the others, and finds values that do not add up', () => {
    const start = feasibleTableau(
      [
        [1, 1],
        [1, 1],
      ],
      [3, 3],
      2,
    );
    expect(start?.rows).toHaveLength(1);
    expect(feasibleTableau([[1, 1]], [-1], 2)).toBeNull();
  });

  it('refuses a pivot other than ±1 rather than give a bound that may not be an integer', () => {
    expect(() => feasibleTableau([[2, 1]], [3], 2)).toThrow(/not a one-way or two-way table/);
  });
});
