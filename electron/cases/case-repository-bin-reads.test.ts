import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseInput } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import { jsonCodec } from '../storage/codec';
import { confLocation } from '../storage/conf-location';
import type { StoreLocation } from '../storage/store-location';
import { CaseRepository } from './case-repository';
import { failureOf, hit, repositoryFolder } from './repository-test-kit';

describe('CaseRepository on real conf files', () => {
  const folder = repositoryFolder();
  const { open, file, bytes, at } = folder;
  let dir: string;
  beforeEach(() => {
    dir = folder.dir;
  });

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
      expect(open().rows(2025).map((r) => r.id).sort()).toEqual([created.id, other.id].sort());
    });

    it('refuses to edit a summary in the bin, to delete it twice, to restore one not in it, and stale revisions', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      expect(failureOf(() => repo.restore({ id: created.id }, 'A'))).toMatchObject({ code: 'conflict', message: expect.stringMatching(/not in the bin/) });
      expect(failureOf(() => repo.delete({ id: created.id, expectedRevision: 7 }, 'A')).code).toBe('conflict');
      repo.delete({ id: created.id }, 'A');
      const before = bytes(2025);

      const edit = failureOf(() => repo.save({ id: created.id, expectedRevision: 2, summary: { ...hit, status: 'closed' } }, 'A'));
      expect(edit.code).toBe('conflict');
      expect(edit.message).toMatch(/in the bin\. Restore it before editing/);
      expect(failureOf(() => repo.delete({ id: created.id }, 'A'))).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already in the bin/) });
      expect(failureOf(() => repo.restore({ id: created.id, expectedRevision: 1 }, 'A')).code).toBe('conflict');
      expect(bytes(2025)).toBe(before);
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
      narrative: hit.narrative,
      updatedAt: newer.updatedAt,
      updatedBy: 'A',
    });
    expect(repo.rows(2019)).toEqual([]);
    expect(existsSync(file(2019))).toBe(false);
  });

  it('gathers one investigation across teams and years, leaving out the bin and other references', () => {
    const repo = open();
    const lead = repo.save({ summary: { ...hit, dateReported: '2024-11-02', offenceDate: '2024-11-01', suspects: [] } }, 'A');
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

  it('keeps memory as it was when a write fails', () => {
    let failWrites = false;
    const real = confLocation(dir, jsonCodec);
    const flaky: StoreLocation = {
      dir,
      names: () => real.names(),
      open: (name) => {
        const store = real.open(name);
        return {
          path: store.path,
          get store() {
            return store.store;
          },
          set store(value) {
            if (failWrites) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
            store.store = value;
          },
        };
      },
    };
    const repo = open(flaky);
    const created = repo.save({ summary: hit }, 'A');
    failWrites = true;
    expect(() => repo.save({ id: created.id, expectedRevision: 1, summary: { ...hit, status: 'closed' } }, 'B')).toThrow(/disk full/);
    expect(() => repo.save({ summary: hit }, 'B')).toThrow(/disk full/);
    expect(repo.get(created.id)).toEqual(created);
    expect(repo.rows(2025)).toHaveLength(1);
    failWrites = false;
    expect(repo.save({ summary: hit }, 'B').caseCode).toBe('HIT-2025-0002');
  });

  describe('a year file that fails to load', () => {
    const valid = (summary: CaseInput) => ({ ...JSON.parse(JSON.stringify({ summary })), id: 'x' });
    it.each([
      ['not JSON', '{"formatVersion":1,"summaries":[', /not valid JSON/],
      ['not an object', '[1,2,3]', /does not hold a data object/],
      ['of an unknown format', JSON.stringify({ formatVersion: 2, summaries: [] }), /at formatVersion/],
      ['a record breaking the schema', JSON.stringify({ formatVersion: 1, summaries: [valid(hit)] }), /summaries\.0/],
    ])('is reported when %s, by name and reason, and never changed', (_label, content, reason) => {
      writeFileSync(file(2025), content);
      writeFileSync(file(2024), JSON.stringify({ formatVersion: 1, summaries: [] }));
      const repo = open();

      const failure = failureOf(() => repo.rows(2025));
      expect(failure.code).toBe('store-unreadable');
      expect(failure.params.file).toBe('cases-2025.json');
      expect(failure.params.reason).toMatch(reason);
      expect(failure.message).toMatch(/cases-2025\.json could not be opened.*It has not been changed/);

      expect(() => repo.save({ summary: hit }, 'Sok')).toThrow(/cases-2025\.json/);
      expect(() => repo.get('0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45')).toThrow(/cases-2025\.json/);
      expect(() => repo.investigation('CPU-2025-014')).toThrow(/cases-2025\.json/);
      expect(readFileSync(file(2025), 'utf8')).toBe(content);
      // Other years still work.
      expect(repo.save({ summary: { ...hit, dateReported: '2024-06-01', offenceDate: '2024-05-30', suspects: [] } }, 'Sok').caseCode).toBe('HIT-2024-0001');
      expect(readFileSync(file(2025), 'utf8')).toBe(content);
    });
  });
});

describe('a PC whose clock runs behind', () => {
  it('still opens a year file holding dates after its clock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpu-clock-'));
    try {
      const repo = new CaseRepository(confLocation(dir, jsonCodec));
      const saved = repo.save({ summary: sampleSummary('OVA') }, 'Sok');
      const file = join(dir, 'cases-2025.json');
      const content = JSON.parse(readFileSync(file, 'utf8')) as { summaries: { summary: { narrative: string; services: { date: string }[] } }[] };
      const far = '2999-01-01';
      const record = content.summaries[0];
      if (!record) throw new Error('saved record missing');
      record.summary.services = [{ date: far, service: 'medical' } as never];
      writeFileSync(file, JSON.stringify(content));

      const reopened = new CaseRepository(confLocation(dir, jsonCodec));
      const rows = reopened.rows(2025);
      expect(rows.map((r) => r.id)).toEqual([saved.id]);
      expect(reopened.get(saved.id).summary).toMatchObject({ services: [{ date: far }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
