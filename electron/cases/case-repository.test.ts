import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseRecord } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import { failureOf, hit, repositoryFolder } from './repository-test-kit';

const [hitSuspect] = hit.suspects;
if (!hitSuspect) throw new Error('the HIT sample has a suspect');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CaseRepository on real conf files', () => {
  const { open, file, bytes, at } = repositoryFolder();

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
});
