import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../../shared/testing/samples';
import type { SqlDatabase, SqlStatement } from '../storage/sql';
import type { Vault } from '../storage/vault';
import { dbSnapshot } from '../testing/db-snapshot';
import { tempDir } from '../testing/temp-dir';
import { testKey, testVault } from '../testing/test-vault';
import { CaseRepository } from './case-repository';
import { CaseRows, factsOf } from './case-rows';
import { failureOf, hit, repositoryFolder } from './repository-test-kit';

/** The folder's database, whose writes fail as a full disk makes SQLite fail while `full()` is true. */
function fillingDisk(db: SqlDatabase, full: () => boolean): SqlDatabase {
  const sqliteFull = () => Object.assign(new Error('database or disk is full'), { errcode: 13 });
  return {
    ...db,
    prepare: (sql): SqlStatement => {
      const statement = db.prepare(sql);
      return {
        get: (...params) => statement.get(...params),
        all: (...params) => statement.all(...params),
        run: (...params) => {
          if (full()) throw sqliteFull();
          return statement.run(...params);
        },
      };
    },
  };
}

describe('CaseRepository on a real case database', () => {
  const folder = repositoryFolder();
  const { open, at } = folder;
  const snapshot = () => dbSnapshot(folder.vault.db);

  describe('bin', () => {
    it('delete moves a summary to the bin; restore brings it back; both are in its history', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      const other = repo.save({ summary: hit }, 'A');

      const deletedAt = at('2025-04-03T10:00:00.000Z');
      const deleted = repo.delete({ id: created.id, expectedRevision: 1 }, 'B');
      expect(deleted).toMatchObject({ revision: 2, deletedAt, deletedBy: 'B', updatedBy: 'B', summary: hit });
      expect(deleted.history[1]).toEqual({ revision: 2, at: deletedAt, by: 'B', action: 'deleted', changes: [] });

      const reopened = open();
      expect(reopened.rows(2025).map((r) => r.id)).toEqual([other.id]);
      expect(reopened.rows(2025, true)).toEqual([
        expect.objectContaining({ id: created.id, caseCode: 'HIT-2025-0001', revision: 2, deletedAt, team: 'HIT' }),
      ]);
      expect(reopened.get(created.id)).toEqual(deleted);

      const restoredAt = at('2025-04-04T10:00:00.000Z');
      const restored = reopened.restore({ id: created.id, expectedRevision: 2 }, 'C');
      expect(restored.revision).toBe(3);
      expect(restored).not.toHaveProperty('deletedAt');
      expect(restored).not.toHaveProperty('deletedBy');
      expect(restored.history[2]).toEqual({ revision: 3, at: restoredAt, by: 'C', action: 'restored', changes: [] });
      expect(open().rows(2025, true)).toEqual([]);
      expect(
        open()
          .rows(2025)
          .map((r) => r.id)
          .sort(),
      ).toEqual([created.id, other.id].sort());
    });

    it('refuses to edit a summary in the bin, to delete it twice, to restore one not in it, and stale revisions', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      expect(failureOf(() => repo.restore({ id: created.id }, 'A'))).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/not in the bin/),
      });
      expect(failureOf(() => repo.delete({ id: created.id, expectedRevision: 7 }, 'A')).code).toBe('conflict');
      repo.delete({ id: created.id }, 'A');
      const before = snapshot();

      const edit = failureOf(() =>
        repo.save({ id: created.id, expectedRevision: 2, summary: { ...hit, status: 'closed' } }, 'A'),
      );
      expect(edit.code).toBe('conflict');
      expect(edit.message).toMatch(/in the bin\. Restore it before editing/);
      expect(failureOf(() => repo.delete({ id: created.id }, 'A'))).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/already in the bin/),
      });
      expect(failureOf(() => repo.restore({ id: created.id, expectedRevision: 1 }, 'A')).code).toBe('conflict');
      expect(snapshot()).toEqual(before);
    });
  });

  it('rows are the list shape of toRow, newest report first', () => {
    const repo = open();
    const older = repo.save({ summary: { ...hit, dateReported: '2025-03-11', offenceDate: '2025-03-10' } }, 'A');
    const newer = repo.save({ summary: hit }, 'A');
    const rows = repo.rows(2025);
    expect(rows.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(rows[0]).toEqual({
      id: newer.id,
      caseCode: 'HIT-2025-0002',
      revision: 1,
      team: 'HIT',
      investigationRef: 'CPU-2025-014',
      dateReported: '2025-03-14',
      offenceDate: '2025-03-10',
      province: '04',
      district: hit.district,
      offences: ['rape-under-15'],
      status: 'open',
      updatedAt: newer.updatedAt,
      updatedBy: 'A',
    });
    // The same rows read back from the database by a new instance.
    expect(open().rows(2025)).toEqual(rows);
    // Reading a year without summaries writes nothing and does not make it a year.
    const before = snapshot();
    expect(repo.rows(2019)).toEqual([]);
    expect(snapshot()).toEqual(before);
    expect(open().years()).toEqual([2025]);
  });

  it('gathers one investigation across teams and years, leaving out the bin and other references', () => {
    const repo = open();
    const lead = repo.save(
      { summary: { ...hit, dateReported: '2024-11-02', offenceDate: '2024-11-01', suspects: [] } },
      'A',
    );
    const ova = repo.save({ summary: sampleSummary('OVA') }, 'A');
    const fst = repo.save({ summary: sampleSummary('FST') }, 'A');
    const binned = repo.save({ summary: sampleSummary('ICAC') }, 'A');
    repo.delete({ id: binned.id }, 'A');
    repo.save({ summary: sampleSummary('HIT', 'CPU-2025-999') }, 'A');

    const records = open().investigation('cpu-2025-014');
    expect(records.map((r) => r.id)).toEqual([lead.id, fst.id, ova.id]);
    expect(records[0]).toEqual(lead);
    expect(open().investigation('CPU-1900-1')).toEqual([]);
  });

  it('keeps memory and the database as they were when a write fails (disk full)', () => {
    let full = false;
    const { vault } = folder;
    const flaky: Vault = { ...vault, db: fillingDisk(vault.db, () => full) };
    const repo = new CaseRepository(flaky, () => new Date('2025-04-01T08:00:00.000Z'));
    const created = repo.save({ summary: hit }, 'A');
    const before = snapshot();
    full = true;
    expect(
      failureOf(() => repo.save({ id: created.id, expectedRevision: 1, summary: { ...hit, status: 'closed' } }, 'B'))
        .code,
    ).toBe('disk-full');
    expect(failureOf(() => repo.save({ summary: hit }, 'B'))).toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/Nothing was saved/),
    });
    expect(failureOf(() => repo.delete({ id: created.id }, 'B')).code).toBe('disk-full');
    expect(snapshot()).toEqual(before);
    expect(repo.get(created.id)).toEqual(created);
    expect(repo.rows(2025)).toEqual([expect.objectContaining({ id: created.id, revision: 1, status: 'open' })]);
    full = false;
    expect(repo.save({ summary: hit }, 'B').caseCode).toBe('HIT-2025-0002');
    expect(open().get(created.id)).toEqual(created);
  });

  describe('a summary row that fails its integrity check', () => {
    /** The row's sealed columns (the whole summary and its smaller sealed copies), whatever they are. */
    const sealedColumns = (db: SqlDatabase) =>
      db
        .prepare("SELECT name FROM pragma_table_info('summaries') WHERE type = 'BLOB'")
        .all()
        .map((r) => String(r.name));
    /** Replaces each sealed column of the summary's row with what `change` makes of it (and of the other row's). */
    const tamper = (
      db: SqlDatabase,
      id: string,
      otherId: string,
      change: (sealed: Buffer, other: Buffer) => Uint8Array,
    ) => {
      const columns = sealedColumns(db);
      expect(columns).toContain('content');
      const read = (rowId: string) =>
        db.prepare(`SELECT ${columns.join(', ')} FROM summaries WHERE id = ?`).get(rowId) ?? {};
      const [mine, theirs] = [read(id), read(otherId)];
      const values = columns.map((c) =>
        change(Buffer.from(mine[c] as Uint8Array), Buffer.from(theirs[c] as Uint8Array)),
      );
      db.prepare(`UPDATE summaries SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...values, id);
    };
    const flip = (bytes: Buffer, at: number) => {
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] ?? 0) ^ 0x01;
      return copy;
    };
    it.each<[string, (db: SqlDatabase, id: string, otherId: string) => void]>([
      [
        'a ciphertext byte is flipped',
        (db, id, other) => tamper(db, id, other, (sealed) => flip(sealed, sealed.length - 1)),
      ],
      ['its tag is changed', (db, id, other) => tamper(db, id, other, (sealed) => flip(sealed, 14))],
      ['it is cut short', (db, id, other) => tamper(db, id, other, (sealed) => sealed.subarray(0, 20))],
      [
        'another summary’s content is copied into it',
        (db, id, other) => tamper(db, id, other, (_sealed, theirs) => theirs),
      ],
      [
        'plain text is put in its place',
        (db, id, other) => tamper(db, id, other, () => Buffer.from('{"caseCode":"HIT-2025-0001"}')),
      ],
      ['its revision is changed', (db, id) => db.prepare('UPDATE summaries SET revision = 7 WHERE id = ?').run(id)],
      [
        'it is sealed with another key (another PC or set-up)',
        (db, id) => {
          // The same summary, written by the same code into another folder under another key.
          const foreign = testVault(tempDir('other-key'), testKey());
          const facts = new CaseRepository(folder.vault).get(id);
          new CaseRows(foreign).put(factsOf(facts), 2025, []);
          const columns = sealedColumns(db);
          const row = foreign.db.prepare(`SELECT ${columns.join(', ')} FROM summaries WHERE id = ?`).get(id) ?? {};
          db.prepare(`UPDATE summaries SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
            ...columns.map((c) => row[c] ?? null),
            id,
          );
        },
      ],
    ])('is refused when %s, naming the summary, and never changed', (_label, damage) => {
      const repo = open();
      const damaged = repo.save({ summary: hit }, 'Sok');
      const other = repo.save({ summary: { ...hit, narrative: 'the other one' } }, 'Sok');
      const { db } = folder.vault;
      damage(db, damaged.id, other.id);
      const before = snapshot();

      const reopened = open();
      const failure = failureOf(() => reopened.rows(2025));
      expect(failure.code).toBe('row-unreadable');
      expect(failure.params.caseCode).toContain(damaged.id);
      expect(failure.message).toMatch(/failed its integrity check.*It has not been changed/);

      expect(failureOf(() => reopened.save({ summary: hit }, 'Sok')).code).toBe('row-unreadable');
      expect(failureOf(() => reopened.get(damaged.id)).code).toBe('row-unreadable');
      expect(
        failureOf(() => reopened.save({ id: damaged.id, summary: { ...hit, narrative: 'over it' } }, 'Sok')).code,
      ).toBe('row-unreadable');
      expect(failureOf(() => reopened.delete({ id: damaged.id }, 'Sok')).code).toBe('row-unreadable');
      expect(failureOf(() => reopened.investigation('CPU-2025-014')).code).toBe('row-unreadable');
      expect(failureOf(() => open().allFacts()).code).toBe('row-unreadable');
      expect(snapshot()).toEqual(before);
      // The other summary and other years still work.
      expect(reopened.get(other.id)).toEqual(other);
      expect(
        reopened.save(
          { summary: { ...hit, dateReported: '2024-06-01', offenceDate: '2024-05-30', suspects: [] } },
          'Sok',
        ).caseCode,
      ).toBe('HIT-2024-0001');
      // That save added its own row; every row there before, the damaged one included, is as it was.
      expect(snapshot().summaries).toEqual(expect.arrayContaining(before.summaries ?? []));
    });
  });
});

describe('a PC whose clock runs behind', () => {
  const folder = repositoryFolder();

  it('still opens a summary holding dates after its clock', () => {
    const saved = folder.open().save({ summary: sampleSummary('OVA') }, 'Sok');
    // Written by a PC whose clock ran ahead: a service dated far after this PC's clock.
    const far = '2999-01-01';
    const facts = factsOf(saved);
    const ahead = { ...facts, summary: { ...facts.summary, services: [{ date: far, service: 'medical' as const }] } };
    new CaseRows(folder.vault).put(ahead, 2025, []);

    const reopened = folder.open();
    const rows = reopened.rows(2025);
    expect(rows.map((r) => r.id)).toEqual([saved.id]);
    expect(reopened.get(saved.id).summary).toMatchObject({ services: [{ date: far }] });
  });
});
