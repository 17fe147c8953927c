/**
 * A year's list rows stored column by column (each key once, not once per row): about half the
 * bytes to read, open and parse of an array of row objects. Missing values are null (no list
 * row field is ever null). Snapshots stored before as a plain array still open.
 */
export interface Columns {
  keys: string[];
  columns: unknown[][];
  /** The order the rows are stored in (a sort as JSON), when they were stored sorted. */
  order?: string;
}

/** The list row's keys in `toRow`'s order, so rebuilt rows look as they did. */
const ROW_KEYS = [
  'id',
  'caseCode',
  'revision',
  'team',
  'investigationRef',
  'dateReported',
  'offenceDate',
  'province',
  'district',
  'offences',
  'status',
  'updatedAt',
  'updatedBy',
  'deletedAt',
];

export function toColumns(rows: readonly object[], order?: string): Columns {
  const keys = new Set(ROW_KEYS);
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  const list = [...keys];
  return {
    keys: list,
    columns: list.map((key) => rows.map((row) => (row as Record<string, unknown>)[key] ?? null)),
    ...(order === undefined ? {} : { order }),
  };
}

/** The order a snapshot's rows were stored in, if they were stored sorted. */
export const orderOf = (stored: unknown[] | Columns): string | undefined =>
  Array.isArray(stored) ? undefined : stored.order;

export function fromColumns<T>(stored: T[] | Columns): T[] {
  if (Array.isArray(stored)) return stored;
  const { keys, columns } = stored;
  const count = columns[0]?.length ?? 0;
  const rows: T[] = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const value = columns[k]?.[i];
      if (value !== null && value !== undefined) row[keys[k] as string] = value;
    }
    rows[i] = row as T;
  }
  return rows;
}
