import type { Cell, PublishedTable } from './published-totals';
import type { Line } from './suppression-lines';
import type { Table } from './totals';

/**
 * What the suppression tests share: tables built from plain counts, and the hidden flags of
 * what was published. A module of its own because the tests are split by area (tables, the
 * reader's check, publishing a year); it asserts nothing itself.
 */

export const table = (values: number[]): Table => ({
  rows: values.map((value, i) => ({ key: `k${i}`, value, ids: [] })),
  total: values.reduce((s, v) => s + v, 0),
});
export const hiddenIn = (cells: readonly Cell[]) => cells.filter((c) => c.suppressed).length;

/** A one-way table's values as suppressTable lays them out: its rows, then its total, in one line. */
export function oneWay(rows: readonly number[]): { values: number[]; lines: Line[] } {
  return {
    values: [...rows, rows.reduce((s, v) => s + v, 0)],
    lines: [{ cells: rows.map((_, i) => i), total: rows.length }],
  };
}

export const hiddenOf = (t: PublishedTable) => [...t.rows.map((r) => r.cell.suppressed), t.total.suppressed];
