import { cellOf, type PublishedTable } from './published-totals';
import { suppressLines, type Line } from './suppression-lines';
import type { Table } from './totals';

/**
 * Tables as systems of lines: a one-way table, several sharing one total, and a two-way grid with
 * its margins, each laid out as values and lines for `suppressLines` and read back as cells.
 */

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
