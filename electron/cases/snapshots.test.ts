import { describe, expect, it } from 'vitest';
import { sortRows, type CaseSort } from '../../shared/domain/case-filter';
import type { CaseRow } from '../../shared/schemas/case';
import { generateRecords } from '../../shared/testing/generate-records';
import { CaseRows } from './case-rows';
import { hit, repositoryFolder } from './repository-test-kit';

const districts = (rows: readonly CaseRow[]) => rows.map((r) => r.district).sort();

/**
 * A year's list rows and facts are kept as one sealed snapshot, used only while no summary of
 * that year changed since (triggers count changes per year): what the next unlock shows is
 * always what is stored, whether it comes from the snapshot or from the rows one by one.
 */
describe('snapshots of a year’s list and facts', () => {
  const folder = repositoryFolder();
  const snapshot = (kind: string, year: number) =>
    folder.vault.db.prepare('SELECT version, content FROM year_caches WHERE kind = ? AND year = ?').get(kind, year);
  const version = (year: number) =>
    Number(folder.vault.db.prepare('SELECT version FROM year_versions WHERE year = ?').get(year)?.version ?? 0);

  it('serves the next start from a current snapshot, and never from a stale one', () => {
    const first = folder.open();
    for (const district of ['A', 'B', 'C']) first.save({ summary: { ...hit, district } }, 'Sok Dara');
    expect(districts(first.rows(2025))).toEqual(['A', 'B', 'C']);
    first.storeSnapshots();
    expect(Number(snapshot('list', 2025)?.version)).toBe(version(2025));

    // A current snapshot is what the next start reads: its rows one by one are not opened.
    const listRows = folder.vault.db.prepare('SELECT id, list_row FROM summaries').all();
    const current = version(2025);
    folder.vault.db.prepare("UPDATE summaries SET list_row = x'00'").run();
    // Put the year's change count back, as if the rows had been damaged outside the app unnoticed.
    folder.vault.db.prepare('UPDATE year_versions SET version = ? WHERE year = 2025').run(current);
    expect(districts(folder.open().rows(2025))).toEqual(['A', 'B', 'C']);
    for (const r of listRows)
      folder.vault.db.prepare('UPDATE summaries SET list_row = ? WHERE id = ?').run(r.list_row ?? null, String(r.id));
    folder.vault.db.prepare('UPDATE year_versions SET version = ? WHERE year = 2025').run(current);

    // A save after the snapshot makes it stale: a new start reads the rows, not the snapshot.
    const second = folder.open();
    second.save({ summary: { ...hit, district: 'D' } }, 'Sok Dara');
    expect(Number(snapshot('list', 2025)?.version)).toBeLessThan(version(2025));
    expect(districts(folder.open().rows(2025))).toEqual(['A', 'B', 'C', 'D']);
    expect(Number(snapshot('list', 2025)?.version)).toBe(version(2025));

    // On lock the snapshots are brought up to date from memory, facts for the totals too.
    const third = folder.open();
    expect(third.allFacts()).toHaveLength(4);
    third.save({ summary: { ...hit, district: 'E' } }, 'Sok Dara');
    third.storeSnapshots();
    expect(Number(snapshot('list', 2025)?.version)).toBe(version(2025));
    expect(Number(snapshot('facts', 2025)?.version)).toBe(version(2025));
    const again = folder.open();
    expect(districts(again.rows(2025))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(
      again
        .allFacts()
        .map((f) => f.summary.district)
        .sort(),
    ).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('counts a summary moved to another year as a change of both years', () => {
    const repo = folder.open();
    const saved = repo.save({ summary: { ...hit, district: 'Moved' } }, 'Sok Dara');
    repo.save({ summary: { ...hit, district: 'Stays' } }, 'Sok Dara');
    expect(districts(repo.rows(2025))).toEqual(['Moved', 'Stays']);
    const before = version(2025);
    repo.save(
      {
        id: saved.id,
        expectedRevision: 1,
        summary: { ...hit, district: 'Moved', dateReported: '2024-12-30', offenceDate: '2024-12-01', suspects: [] },
      },
      'Sok Dara',
    );
    expect(version(2025)).toBeGreaterThan(before);
    const fresh = folder.open();
    expect(districts(fresh.rows(2025))).toEqual(['Stays']);
    expect(districts(fresh.rows(2024))).toEqual(['Moved']);
  });

  it('lists a year opened from its snapshot in the order the list asks for, stored sorted or not', () => {
    const repo = folder.open();
    const days = ['2025-03-04', '2025-01-20', '2025-03-04', '2025-02-11', '2025-01-02', '2025-02-28'];
    const saved = days.map((day, i) =>
      repo.save({ summary: { ...hit, dateReported: day, offenceDate: '2025-01-01', district: `D${i}` } }, 'Sok Dara'),
    );
    const binned = saved[3];
    if (binned) repo.delete({ id: binned.id, expectedRevision: 1 }, 'Sok Dara');
    const newest: CaseSort = { key: 'dateReported', direction: 'desc' };
    const oldest: CaseSort = { key: 'dateReported', direction: 'asc' };
    const expected = (sort: CaseSort, bin = false) =>
      sortRows(folder.open().rows(2025, bin), sort).map((r) => r.caseCode);
    const listed = (sort?: CaseSort, bin = false) =>
      folder
        .open()
        .list({ year: 2025, bin, ...(sort ? { sort } : {}) })
        .rows.map((r) => r.caseCode);
    const check = () => {
      expect(listed()).toEqual(expected(newest));
      expect(listed(newest)).toEqual(expected(newest));
      expect(listed(oldest)).toEqual(expected(oldest));
      expect(listed(undefined, true)).toEqual(expected(newest, true));
    };
    // Read row by row (no snapshot yet), then from the snapshot that reading stored.
    folder.vault.db.prepare('DELETE FROM year_caches').run();
    check();
    check();
    // A snapshot stored in no order (by an earlier version) lists the same, and is stored sorted on lock.
    const shuffled = [...folder.open().rows(2025, true), ...folder.open().rows(2025)].reverse();
    new CaseRows(folder.vault).storeSnapshot('list', 2025, shuffled);
    check();
    const locking = folder.open();
    locking.list({ year: 2025 });
    locking.storeSnapshots();
    check();
    expect(expected(newest)).toHaveLength(5);
  });

  it('reads the rows one by one when a snapshot does not open (changed outside the app), and writes a good one', () => {
    const repo = folder.open();
    repo.save({ summary: { ...hit, district: 'A' } }, 'Sok Dara');
    repo.rows(2025);
    const stored = snapshot('list', 2025);
    const damaged = Buffer.from(stored?.content as Uint8Array);
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 0xff;
    folder.vault.db.prepare("UPDATE year_caches SET content = ? WHERE kind = 'list' AND year = 2025").run(damaged);
    expect(districts(folder.open().rows(2025))).toEqual(['A']);
    expect(Buffer.from(snapshot('list', 2025)?.content as Uint8Array).equals(damaged)).toBe(false);
  });

  it('reads the totals’ facts row by row past a stale snapshot, and stores them again only on lock', () => {
    const first = folder.open();
    for (const district of ['A', 'B']) first.save({ summary: { ...hit, district } }, 'Sok Dara');
    expect(first.allFacts()).toHaveLength(2);
    first.storeSnapshots();
    const stale = snapshot('facts', 2025);
    folder.open().save({ summary: { ...hit, district: 'C' } }, 'Sok Dara');

    // The new summary is counted: the facts come from the rows, not the snapshot left behind.
    const reading = folder.open();
    const facts = (repo: { allFacts(): { summary: { district: string } }[] }) =>
      repo
        .allFacts()
        .map((f) => f.summary.district)
        .sort();
    expect(facts(reading)).toEqual(['A', 'B', 'C']);
    // Reading stored nothing (the whole year is sealed once, on lock); the lock brings it up to date.
    expect(Buffer.from(snapshot('facts', 2025)?.content as Uint8Array)).toEqual(
      Buffer.from(stale?.content as Uint8Array),
    );
    reading.storeSnapshots();
    expect(Number(snapshot('facts', 2025)?.version)).toBe(version(2025));
    expect(facts(folder.open())).toEqual(['A', 'B', 'C']);
  });

  it('reads every summary of a year larger than one read chunk', () => {
    const repo = folder.open();
    const records = generateRecords(1203, 2025, 7);
    repo.importRecords(records);
    const ids = folder
      .open()
      .allFacts()
      .map((f) => f.id)
      .sort();
    expect(ids).toEqual(records.map((r) => r.id).sort());
  });
});
