import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { CaseRecord, type CaseInput } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import { jsonCodec } from '../storage/codec';
import { confLocation } from '../storage/conf-location';
import type { StoreLocation } from '../storage/store-location';
import { CaseRepository } from './case-repository';

const hit = sampleSummary('HIT');
const [hitSuspect] = hit.suspects;
if (!hitSuspect) throw new Error('the HIT sample has a suspect');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function failureOf(run: () => unknown): AppFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
}

describe('CaseRepository on real conf files', () => {
  let dir: string;
  let clock: number;
  const now = () => new Date(clock);
  const open = (location: StoreLocation = confLocation(dir, jsonCodec)) => new CaseRepository(location, now);
  const file = (year: number) => join(dir, `cases-${year}.json`);
  const bytes = (year: number) => readFileSync(file(year), 'utf8');
  const at = (iso: string) => {
    clock = Date.parse(iso);
    return iso;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-cases-'));
    clock = Date.parse('2025-04-01T08:00:00.000Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('create', () => {
    it('stamps identity and provenance, records every field in history, and reads back in a new instance', () => {
      const repo = open();
      const saved = repo.save({ summary: hit }, 'Sok Dara');

      expect(saved).toMatchObject({
        caseCode: 'HIT-2025-0001',
        revision: 1,
        createdAt: '2025-04-01T08:00:00.000Z',
        createdBy: 'Sok Dara',
        updatedAt: '2025-04-01T08:00:00.000Z',
        updatedBy: 'Sok Dara',
        summary: hit,
      });
      expect(saved.id).toMatch(UUID);
      expect(saved.deletedAt).toBeUndefined();
      expect(saved.history).toHaveLength(1);
      expect(saved.history[0]).toMatchObject({ revision: 1, at: '2025-04-01T08:00:00.000Z', by: 'Sok Dara', action: 'created' });
      expect(saved.history[0]?.changes).toEqual(
        expect.arrayContaining([
          { path: 'investigationRef', from: null, to: 'CPU-2025-014' },
          { path: 'offences', from: null, to: ['rape-under-15'] },
          { path: 'victims.0.age', from: null, to: 12 },
          { path: 'suspects.0.arrestDate', from: null, to: '2025-03-12' },
          { path: 'homicide', from: null, to: false },
        ]),
      );
      expect(() => CaseRecord.parse(saved)).not.toThrow();

      const reopened = open();
      expect(reopened.years()).toEqual([2025]);
      expect(reopened.get(saved.id)).toEqual(saved);
      expect(JSON.parse(bytes(2025))).toMatchObject({ formatVersion: 1, summaries: [saved] });
    });

    it('numbers codes per team and report year: TEAM-YYYY-NNNN, 1 + the highest in that year', () => {
      const repo = open();
      const codes = [
        repo.save({ summary: hit }, 'A'),
        repo.save({ summary: hit }, 'A'),
        repo.save({ summary: sampleSummary('ICAC') }, 'A'),
        repo.save({ summary: { ...hit, dateReported: '2024-12-31', offenceDate: '2024-12-30', suspects: [] } }, 'A'),
        repo.save({ summary: sampleSummary('OVA') }, 'A'),
        repo.save({ summary: sampleSummary('FST') }, 'A'),
      ].map((r) => r.caseCode);
      expect(codes).toEqual(['HIT-2025-0001', 'HIT-2025-0002', 'ICAC-2025-0001', 'HIT-2024-0001', 'OVA-2025-0001', 'FST-2025-0001']);
      expect(open().years()).toEqual([2025, 2024]);
    });

    it('continues after the highest code found in the file, and never reissues a number', () => {
      const repo = open();
      const first = repo.save({ summary: hit }, 'A');
      const second = repo.save({ summary: hit }, 'A');
      // A year file written by hand or an older version: a gap, no issued-numbers note.
      const data = JSON.parse(bytes(2025)) as { summaries: CaseRecord[]; lastSequence?: unknown };
      data.summaries[1] = { ...second, caseCode: 'HIT-2025-0041' };
      delete data.lastSequence;
      writeFileSync(file(2025), JSON.stringify(data));
      const reopened = open();
      const third = reopened.save({ summary: hit }, 'A');
      expect(third.caseCode).toBe('HIT-2025-0042');

      // Moving the highest away to 2024, or binning one, does not free its number.
      const to2024 = { ...hit, dateReported: '2024-06-01', offenceDate: '2024-05-30', suspects: [] };
      reopened.save({ id: third.id, expectedRevision: 1, summary: to2024 }, 'A');
      reopened.delete({ id: second.id }, 'A');
      expect(reopened.save({ summary: hit }, 'A').caseCode).toBe('HIT-2025-0043');
      expect(open().save({ summary: hit }, 'A').caseCode).toBe('HIT-2025-0044');
      expect(open().rows(2025).map((r) => r.caseCode)).not.toContain('HIT-2025-0042');
      expect(first.caseCode).toBe('HIT-2025-0001');
    });
  });

  describe('edit', () => {
    it('bumps the revision, keeps who created it, and records only what changed', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      const changedAt = at('2025-04-02T09:30:00.000Z');
      const suspect = { ...hitSuspect, arrestDate: '2025-03-13' };
      const edited = repo.save(
        { id: created.id, expectedRevision: 1, summary: { ...hit, status: 'awaiting-court', suspects: [suspect] } },
        'B',
      );
      expect(edited).toMatchObject({
        id: created.id,
        caseCode: created.caseCode,
        revision: 2,
        createdAt: created.createdAt,
        createdBy: 'A',
        updatedAt: changedAt,
        updatedBy: 'B',
      });
      expect(edited.history).toEqual([
        created.history[0],
        {
          revision: 2,
          at: changedAt,
          by: 'B',
          action: 'edited',
          changes: [
            { path: 'status', from: 'open', to: 'awaiting-court' },
            { path: 'suspects.0.arrestDate', from: '2025-03-12', to: '2025-03-13' },
          ],
        },
      ]);
      expect(open().get(created.id)).toEqual(edited);
    });

    it('a save that changes nothing returns the record as it was and writes nothing', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      const before = bytes(2025);
      at('2025-05-01T00:00:00.000Z');
      const again = repo.save({ id: created.id, expectedRevision: 1, summary: structuredClone(hit) }, 'B');
      expect(again).toEqual(created);
      expect(bytes(2025)).toBe(before);
    });

    it('refuses a stale revision with a conflict and changes nothing', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      repo.save({ id: created.id, expectedRevision: 1, summary: { ...hit, status: 'closed' } }, 'B');
      const before = bytes(2025);
      const failure = failureOf(() => repo.save({ id: created.id, expectedRevision: 1, summary: { ...hit, narrative: 'Mine' } }, 'C'));
      expect(failure.code).toBe('conflict');
      expect(failure.message).toMatch(/Someone saved this summary/);
      expect(bytes(2025)).toBe(before);
      expect(repo.get(created.id).revision).toBe(2);
    });

    it('refuses an unknown id and a change of team', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      expect(failureOf(() => repo.save({ id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45', summary: hit }, 'A')).code).toBe('not-found');
      expect(failureOf(() => repo.get('0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45')).code).toBe('not-found');
      const teamChange = failureOf(() => repo.save({ id: created.id, summary: sampleSummary('OVA') }, 'A'));
      expect(teamChange.code).toBe('invalid-input');
      expect(teamChange.message).toMatch(/HIT.*OVA/);
    });

    it('moves the summary to the file of its new report year, keeping its code', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      const keep = repo.save({ summary: { ...hit, narrative: 'stays' } }, 'A');
      const moved = repo.save(
        { id: created.id, expectedRevision: 1, summary: { ...hit, dateReported: '2024-12-31', offenceDate: '2024-12-30', suspects: [] } },
        'B',
      );
      expect(moved.caseCode).toBe('HIT-2025-0001');
      expect(moved.history[1]?.changes).toEqual(
        expect.arrayContaining([{ path: 'dateReported', from: '2025-03-14', to: '2024-12-31' }]),
      );

      const reopened = open();
      expect(reopened.years()).toEqual([2025, 2024]);
      expect(reopened.rows(2025).map((r) => r.id)).toEqual([keep.id]);
      expect(reopened.rows(2024).map((r) => r.id)).toEqual([created.id]);
      expect(reopened.get(created.id)).toEqual(moved);
    });

    it('after a move cut short (a copy in both files), the higher revision wins and the next save tidies up', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      const moved = repo.save(
        { id: created.id, expectedRevision: 1, summary: { ...hit, dateReported: '2024-12-31', offenceDate: '2024-12-30', suspects: [] } },
        'B',
      );
      // Put the old copy back, as if the app stopped between the two writes.
      writeFileSync(file(2025), JSON.stringify({ formatVersion: 1, summaries: [created] }));

      const reopened = open();
      expect(reopened.get(created.id)).toEqual(moved);
      reopened.save({ id: created.id, expectedRevision: 2, summary: { ...moved.summary, narrative: 'later' } }, 'C');
      expect(JSON.parse(bytes(2025))).toMatchObject({ summaries: [] });
      expect(open().get(created.id).revision).toBe(3);
    });
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
