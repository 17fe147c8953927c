import { describe, expect, it } from 'vitest';
import { CaseRecord } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import { dbSnapshot } from '../testing/db-snapshot';
import { pcCode } from './case-code';
import { CaseRows, factsOf } from './case-rows';
import { failureOf, hit, repositoryFolder } from './repository-test-kit';

const [hitSuspect] = hit.suspects;
if (!hitSuspect) throw new Error('the HIT sample has a suspect');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CaseRepository on a real case database', () => {
  const folder = repositoryFolder();
  const { open, at } = folder;
  const snapshot = () => dbSnapshot(folder.vault.db);
  const summaryPlace = (id: string, year: number, revision: number) => ({ table: 'summaries', id, year, revision });

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
      expect(saved.history[0]).toMatchObject({
        revision: 1,
        at: '2025-04-01T08:00:00.000Z',
        by: 'Sok Dara',
        action: 'created',
      });
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
      // One sealed row for the summary (without history) in its report year, one history row.
      const { db } = folder.vault;
      const rows = db.prepare('SELECT id, year, revision, content FROM summaries').all();
      expect(rows.map(({ id, year, revision }) => ({ id, year, revision }))).toEqual([
        { id: saved.id, year: 2025, revision: 1 },
      ]);
      expect(folder.vault.open(summaryPlace(saved.id, 2025, 1), rows[0]?.content)).toEqual(factsOf(saved));
      expect(db.prepare('SELECT summary_id, seq, revision FROM history').all()).toEqual([
        { summary_id: saved.id, seq: 1, revision: 1 },
      ]);
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
      expect(codes).toEqual([
        'HIT-2025-0001',
        'HIT-2025-0002',
        'ICAC-2025-0001',
        'HIT-2024-0001',
        'OVA-2025-0001',
        'FST-2025-0001',
      ]);
      expect(open().years()).toEqual([2025, 2024]);
    });

    it('with an origin, codes carry this PC’s code (TEAM-YYYY-PCCD-NNNN), numbered apart from codes without one', () => {
      const origin = { pcId: '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f', pcName: 'Office PC 2' };
      const pc = pcCode(origin.pcId);
      expect(pc).toMatch(/^[A-HJKMNP-TV-Z]{4}$/);
      const before = open().save({ summary: hit }, 'A');
      const repo = open({ origin: () => origin });
      const first = repo.save({ summary: hit }, 'A');
      expect(first).toMatchObject({ caseCode: `HIT-2025-${pc}-0001`, origin });
      expect(repo.save({ summary: hit }, 'A').caseCode).toBe(`HIT-2025-${pc}-0002`);
      expect(before.caseCode).toBe('HIT-2025-0001');
      expect(open({ origin: () => origin }).get(first.id)).toEqual(first);
    });

    it('continues after the highest code found in the database, and never reissues a number', () => {
      const repo = open();
      const first = repo.save({ summary: hit }, 'A');
      const second = repo.save({ summary: hit }, 'A');
      // Summaries from an older version (migrated): a gap, and no issued-numbers row.
      const { vault } = folder;
      new CaseRows(vault).put({ ...factsOf(second), caseCode: 'HIT-2025-0041' }, 2025, []);
      vault.db.prepare('DELETE FROM sequences').run();
      const reopened = open();
      const third = reopened.save({ summary: hit }, 'A');
      expect(third.caseCode).toBe('HIT-2025-0042');

      // Moving the highest away to 2024, or binning one, does not free its number.
      const to2024 = { ...hit, dateReported: '2024-06-01', offenceDate: '2024-05-30', suspects: [] };
      reopened.save({ id: third.id, expectedRevision: 1, summary: to2024 }, 'A');
      reopened.delete({ id: second.id }, 'A');
      expect(reopened.save({ summary: hit }, 'A').caseCode).toBe('HIT-2025-0043');
      expect(open().save({ summary: hit }, 'A').caseCode).toBe('HIT-2025-0044');
      expect(
        open()
          .rows(2025)
          .map((r) => r.caseCode),
      ).not.toContain('HIT-2025-0042');
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
      const before = snapshot();
      at('2025-05-01T00:00:00.000Z');
      const again = repo.save({ id: created.id, expectedRevision: 1, summary: structuredClone(hit) }, 'B');
      expect(again).toEqual(created);
      expect(snapshot()).toEqual(before);
    });

    it('refuses a stale revision with a conflict and changes nothing', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      repo.save({ id: created.id, expectedRevision: 1, summary: { ...hit, status: 'closed' } }, 'B');
      const before = snapshot();
      const failure = failureOf(() =>
        repo.save({ id: created.id, expectedRevision: 1, summary: { ...hit, narrative: 'Mine' } }, 'C'),
      );
      expect(failure.code).toBe('conflict');
      expect(failure.message).toMatch(/Someone saved this summary/);
      expect(snapshot()).toEqual(before);
      expect(repo.get(created.id).revision).toBe(2);
    });

    it('refuses an unknown id and a change of team', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      expect(failureOf(() => repo.save({ id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45', summary: hit }, 'A')).code).toBe(
        'not-found',
      );
      expect(failureOf(() => repo.get('0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45')).code).toBe('not-found');
      const teamChange = failureOf(() => repo.save({ id: created.id, summary: sampleSummary('OVA') }, 'A'));
      expect(teamChange.code).toBe('invalid-input');
      expect(teamChange.message).toMatch(/HIT.*OVA/);
    });

    it('moves the summary to its new report year, keeping its code', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      const keep = repo.save({ summary: { ...hit, narrative: 'stays' } }, 'A');
      const moved = repo.save(
        {
          id: created.id,
          expectedRevision: 1,
          summary: { ...hit, dateReported: '2024-12-31', offenceDate: '2024-12-30', suspects: [] },
        },
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

    it('a move rewrites the one row in one step: no copy stays in the old year, and the next save edits it there', () => {
      const repo = open();
      const created = repo.save({ summary: hit }, 'A');
      const moved = repo.save(
        {
          id: created.id,
          expectedRevision: 1,
          summary: { ...hit, dateReported: '2024-12-31', offenceDate: '2024-12-30', suspects: [] },
        },
        'B',
      );
      const { db } = folder.vault;
      expect(db.prepare('SELECT id, year, revision FROM summaries').all()).toEqual([
        { id: created.id, year: 2024, revision: 2 },
      ]);

      const reopened = open();
      expect(reopened.years()).toEqual([2024]);
      expect(reopened.rows(2025)).toEqual([]);
      expect(reopened.get(created.id)).toEqual(moved);
      reopened.save({ id: created.id, expectedRevision: 2, summary: { ...moved.summary, narrative: 'later' } }, 'C');
      expect(db.prepare('SELECT id, year, revision FROM summaries').all()).toEqual([
        { id: created.id, year: 2024, revision: 3 },
      ]);
      expect(
        open()
          .get(created.id)
          .history.map((e) => e.revision),
      ).toEqual([1, 2, 3]);
    });
  });
});
