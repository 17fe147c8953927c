import { describe, expect, it } from 'vitest';
import { toRow, type CaseRow } from '../../shared/schemas/case';
import { generateRecords } from '../../shared/testing/generate-records';
import { fromColumns, orderOf, toColumns } from './list-columns';

describe('list rows stored column by column', () => {
  it('gives back the same rows, optional fields absent where they were absent', () => {
    const rows = generateRecords(40, 2025, 5).map((r, i) =>
      toRow(i % 3 === 0 ? { ...r, deletedAt: '2025-06-01T00:00:00.000Z', deletedBy: 'Sok Dara' } : r),
    );
    const noProvince = rows.find((r) => r.province === undefined) ?? rows[1];
    const back = fromColumns<CaseRow>(JSON.parse(JSON.stringify(toColumns(rows))));
    expect(back).toEqual(rows);
    expect(back.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
    expect(noProvince).toBeDefined();
  });

  it('still opens a snapshot stored as a plain array of rows', () => {
    const rows = generateRecords(3, 2025, 6).map(toRow);
    expect(fromColumns(rows)).toBe(rows);
    expect(orderOf(rows)).toBeUndefined();
  });

  it('keeps the order the rows were stored in, when they were stored sorted', () => {
    const rows = generateRecords(3, 2025, 7).map(toRow);
    const stored = JSON.parse(JSON.stringify(toColumns(rows, 'newest first'))) as ReturnType<typeof toColumns>;
    expect(orderOf(stored)).toBe('newest first');
    expect(fromColumns<CaseRow>(stored)).toEqual(rows);
    expect(orderOf(toColumns(rows))).toBeUndefined();
  });
});
