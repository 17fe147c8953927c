import type { Line } from './suppression-lines';
import { feasibleTableau, minimum, type Tableau } from './suppression-lp';

/**
 * What a reader can work out about hidden values from what is published. The reader knows
 * every shown value, that each line's cells add up to its total, and that a hidden value is at
 * least 1 (zeros are always shown). The reader does not know which hidden values were small
 * and which were hidden to protect them, so nothing more is assumed: no upper bound such as
 * the threshold. Bounds such as "no more than the line's total" follow from the equations.
 */

/** The least and greatest a hidden value can be; `max` is Infinity when nothing bounds it. */
export interface FeasibleRange {
  min: number;
  max: number;
}

/** The reader's equations over the hidden values, with a feasible basis to optimise from. */
export interface ReaderView {
  /** The hidden indices, ascending; unknown k is the value at `unknowns[k]`, less 1 (so ≥ 0). */
  unknowns: readonly number[];
  tableau: Tableau;
}

/** A line as ±1 coefficients: cells +1, total −1, so the members sum to zero. */
const membersOf = (line: Line) => [...line.cells.map((i) => ({ i, sign: 1 })), { i: line.total, sign: -1 }];

/**
 * One equation per line with a hidden member: Σ sign · (y + 1) over hidden members equals minus
 * Σ sign · value over shown ones. Lines with nothing hidden say nothing about the unknowns.
 */
function equationsOf(values: readonly number[], lines: readonly Line[], unknowns: readonly number[]) {
  const position = new Map(unknowns.map((index, k) => [index, k]));
  const a: number[][] = [];
  const b: number[] = [];
  for (const line of lines) {
    const members = membersOf(line);
    if (!members.some(({ i }) => position.has(i))) continue;
    const row = unknowns.map(() => 0);
    let rhs = 0;
    for (const { i, sign } of members) {
      const k = position.get(i);
      if (k === undefined) rhs -= sign * (values[i] ?? 0);
      else [row[k], rhs] = [(row[k] ?? 0) + sign, rhs - sign];
    }
    a.push(row);
    b.push(rhs);
  }
  return { a, b };
}

/**
 * The reader's view of `values` with `hidden` ones hidden. Throws when the values do not add
 * up along their lines: then no reader model is right, and the tables are wrong upstream.
 */
export function readerView(values: readonly number[], lines: readonly Line[], hidden: readonly boolean[]): ReaderView {
  const unknowns = values.flatMap((_, i) => (hidden[i] ? [i] : []));
  const { a, b } = equationsOf(values, lines, unknowns);
  const tableau = feasibleTableau(a, b, unknowns.length);
  if (!tableau) throw new Error('Suppression check: the values do not add up along their lines');
  return { unknowns, tableau };
}

/** Minimises ±(the value at `index`) over what the reader can know. */
function extreme(view: ReaderView, index: number, sign: 1 | -1): number {
  const cost = view.unknowns.map((i) => (i === index ? sign : 0));
  return sign * minimum(view.tableau, cost) + 1;
}

/**
 * The hidden value at `index` can be exactly these integers and no others: integer bounds,
 * since every optimum of the simplex is an integer point (see suppression-lp.ts), and every
 * integer between them too (fixing the value keeps the system unimodular).
 */
export function rangeOf(view: ReaderView, index: number): FeasibleRange {
  return { min: extreme(view, index, 1), max: extreme(view, index, -1) };
}

/**
 * True when the reader can work out the hidden value at `index`: it has a single feasible
 * value. The true `value` is always feasible, so that is when both bounds equal it (the upper
 * bound is tried first: it is the one that usually differs).
 */
export function isExposed(view: ReaderView, index: number, value: number): boolean {
  return extreme(view, index, -1) === value && extreme(view, index, 1) === value;
}

/**
 * For each hidden index, the least and greatest value consistent with every published value,
 * every line's equation and hidden values being at least 1. A hidden value is protected when
 * `max − min ≥ 1`: the reader is left with at least two possibilities.
 */
export function feasibleRanges(
  values: readonly number[],
  lines: readonly Line[],
  hidden: readonly boolean[],
): Map<number, FeasibleRange> {
  const view = readerView(values, lines, hidden);
  return new Map(view.unknowns.map((index) => [index, rangeOf(view, index)]));
}
