/**
 * A small simplex for the equations a reader of a suppressed table can write down (see
 * suppression-check.ts): minimise cost · y subject to A y = b, y ≥ 0, with A and b integers.
 *
 * It is exact without fractions. The systems it is given are one-way tables (alone, or several
 * sharing one total) and two-way tables with their margins. Their matrices are totally
 * unimodular: negate some lines (in a grid, the column lines and the line of column totals) and
 * every unknown is in at most two lines, with opposite signs, which makes the matrix a network's
 * incidence matrix. Total unimodularity survives the artificial columns of phase one and every
 * pivot, so the coefficients of the constraint rows stay 0, 1 or −1 and every pivot is ±1.
 * Dividing by ±1 is exact in floating point and the right-hand sides stay integers, so every
 * basic solution, the optimum included, is an integer point: the real optimum is the integer
 * optimum, and an unbounded one is unbounded over the integers too (along an integer ray). A
 * pivot on anything else would mean another kind of system, whose optimum could be a fraction,
 * so `pivot` refuses (throws) rather than answer inexactly.
 */

/** Rows of [coefficients…, right-hand side]; row i is solved for column `basis[i]`. */
export interface Tableau {
  rows: number[][];
  basis: number[];
  /** Reduced costs, then minus the objective's current value (empty once a basis is found). */
  cost: number[];
}

const NOT_UNIMODULAR =
  'Suppression check: the lines are not a one-way or two-way table (a pivot other than ±1), so bounds would not be exact';

const rhsOf = (row: readonly number[]) => row[row.length - 1] ?? 0;

/** A row less the pivot row times the row's entry in the pivot column; a row with 0 there is kept as it is. */
const eliminate = (row: number[], pivotRow: readonly number[], column: number) => {
  const times = row[column] ?? 0;
  return times === 0 ? row : row.map((v, j) => v - times * (pivotRow[j] ?? 0));
};

/** Makes column `c` basic in row `r`. Only ±1 is accepted as a pivot: see the file's comment. */
function pivot(t: Tableau, r: number, c: number): void {
  const row = t.rows[r] ?? [];
  const p = row[c] ?? 0;
  if (p !== 1 && p !== -1) throw new Error(NOT_UNIMODULAR);
  const scaled = row.map((v) => v * p); // dividing by ±1
  t.rows = t.rows.map((other, i) => (i === r ? scaled : eliminate(other, scaled, c)));
  t.cost = t.cost.length === 0 ? t.cost : eliminate(t.cost, scaled, c);
  t.basis[r] = c;
}

/** The row that leaves when column `c` enters: least ratio, ties to the lowest basic column (Bland). */
function leavingRow(t: Tableau, c: number): number {
  let best = -1;
  let bestRatio = Infinity;
  t.rows.forEach((row, i) => {
    const a = row[c] ?? 0;
    if (a <= 0) return;
    const ratio = rhsOf(row) / a;
    const tie = ratio === bestRatio && (t.basis[i] ?? 0) < (t.basis[best] ?? 0);
    if (ratio < bestRatio || tie) [best, bestRatio] = [i, ratio];
  });
  return best;
}

/**
 * Pivots until no column below `columns` has a negative reduced cost. Bland's rule (lowest
 * entering column, lowest leaving basic column) cannot cycle. False when the objective is
 * unbounded below.
 */
function optimize(t: Tableau, columns: number): boolean {
  for (;;) {
    const c = t.cost.findIndex((v, j) => j < columns && v < 0);
    if (c < 0) return true;
    const r = leavingRow(t, c);
    if (r < 0) return false;
    pivot(t, r, c);
  }
}

/** Phase one's starting tableau: rows signed so b ≥ 0, one artificial column per row, all basic. */
function withArtificials(a: readonly (readonly number[])[], b: readonly number[], width: number): Tableau {
  const rows = a.map((coefficients, i) => {
    const sign = (b[i] ?? 0) < 0 ? -1 : 1;
    const artificial = a.map((_, k) => (k === i ? 1 : 0));
    return [
      ...Array.from({ length: width }, (_, j) => sign * (coefficients[j] ?? 0)),
      ...artificial,
      sign * (b[i] ?? 0),
    ];
  });
  // Minimising the artificials' sum: reduced costs are minus the column sums, zero on the artificials.
  const cost = Array.from({ length: width + a.length + 1 }, (_, j) =>
    width <= j && j < width + a.length ? 0 : -rows.reduce((s, row) => s + (row[j] ?? 0), 0),
  );
  return { rows, basis: a.map((_, i) => width + i), cost };
}

/**
 * A basic feasible solution of A y = b, y ≥ 0 over `width` unknowns (phase one), or null when
 * there is none. Artificials left basic at zero are pivoted out; a row where that is impossible
 * repeats other rows (e.g. the last line of a two-way table) and is dropped.
 */
export function feasibleTableau(
  a: readonly (readonly number[])[],
  b: readonly number[],
  width: number,
): Tableau | null {
  const t = withArtificials(a, b, width);
  optimize(t, width + a.length);
  if (rhsOf(t.cost) !== 0) return null;
  t.cost = [];
  // By index, reading each row afresh: a pivot rewrites every row.
  for (let i = 0; i < t.rows.length; i++) {
    if ((t.basis[i] ?? 0) < width) continue;
    const c = (t.rows[i] ?? []).findIndex((v, j) => j < width && v !== 0);
    if (c >= 0) pivot(t, i, c);
  }
  const kept = t.rows.flatMap((row, i) => ((t.basis[i] ?? 0) < width ? [{ row, basic: t.basis[i] ?? 0 }] : []));
  return {
    rows: kept.map(({ row }) => [...row.slice(0, width), rhsOf(row)]),
    basis: kept.map((k) => k.basic),
    cost: [],
  };
}

/** The least value of cost · y over the feasible set of `start` (phase two); −Infinity when unbounded below. */
export function minimum(start: Tableau, cost: readonly number[]): number {
  const width = cost.length;
  const t: Tableau = { rows: start.rows.map((row) => [...row]), basis: [...start.basis], cost: [...cost, 0] };
  // Price out the basic columns so that the cost row holds reduced costs.
  t.rows.forEach((row, i) => (t.cost = eliminate(t.cost, row, t.basis[i] ?? 0)));
  return optimize(t, width) ? 0 - rhsOf(t.cost) : -Infinity; // 0 − x, not −x: never −0
}
