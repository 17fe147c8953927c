import { describe, expect, it } from 'vitest';
import { DraftsRepository } from '../drafts/drafts-repository';
import { closeCaseDb, rewritingHistory } from '../storage/case-db';
import { transaction } from '../storage/sql';
import { failureOf, hit, repositoryFolder } from './repository-test-kit';

const DAY = 24 * 60 * 60 * 1000;
const T0 = '2025-04-01T08:00:00.000Z';
const after = (days: number, ms = 0) => new Date(Date.parse(T0) + days * DAY + ms);

/**
 * The bin is emptied after the days an administrator set: what is left of a purged summary is
 * its marker. An administrator can redact one value from a summary's history. Both rewrite the
 * append-only history through `rewritingHistory` only; its triggers refuse everything else.
 */
describe('retention: purging the bin and redacting history', () => {
  const folder = repositoryFolder();
  const { open, at } = folder;
  const db = () => folder.vault.db;
  const historyTriggers = () =>
    db()
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'history' ORDER BY name")
      .all();
  const expectHistoryAppendOnly = () => {
    expect(historyTriggers().map((t) => t.name)).toEqual(['history_no_delete', 'history_no_update']);
    expect(() => db().prepare('UPDATE history SET at = at').run()).toThrow(/append-only/);
    expect(() => db().prepare('DELETE FROM history').run()).toThrow(/append-only/);
  };
  const historyCount = (id: string) =>
    Number(db().prepare('SELECT COUNT(*) AS n FROM history WHERE summary_id = ?').get(id)?.n);

  /** Three summaries: `old` binned at T0, `recent` binned 50 days later, `kept` in use. */
  function binned() {
    const repo = open();
    const old = repo.save({ summary: { ...hit, district: 'Old' } }, 'Sok Dara');
    const recent = repo.save({ summary: { ...hit, district: 'Recent' } }, 'Sok Dara');
    const kept = repo.save({ summary: { ...hit, district: 'Kept' } }, 'Sok Dara');
    at(T0);
    repo.delete({ id: old.id }, 'Sok Dara');
    at(after(50).toISOString());
    repo.delete({ id: recent.id }, 'Sok Dara');
    return { repo, old, recent, kept };
  }

  describe('purgeExpired', () => {
    it('purges a summary only once it has been in the bin for the days set, and keeps a marker', () => {
      const { repo, old, recent, kept } = binned();
      expect(repo.purgeExpired(90, 'Admin Lim', after(90, -1))).toEqual([]);
      expect(repo.get(old.id).deletedAt).toBe(T0);

      const version = repo.version;
      const markers = repo.purgeExpired(90, 'Admin Lim', after(90));
      const marker = { id: old.id, caseCode: old.caseCode, purgedAt: after(90).toISOString(), purgedBy: 'Admin Lim' };
      expect(markers).toEqual([marker]);
      expect(repo.version).toBeGreaterThan(version);
      expect(failureOf(() => repo.get(old.id)).code).toBe('not-found');
      expect(historyCount(old.id)).toBe(0);
      expect(historyCount(recent.id)).toBeGreaterThan(0);
      expect(repo.get(recent.id).deletedAt).toBeDefined();
      expect(repo.get(kept.id).deletedAt).toBeUndefined();
      expect(repo.purgedMarkers()).toEqual([marker]);
      expect(open().purgedMarkers()).toEqual([marker]);
      expect([...repo.purgedIds()]).toEqual([old.id]);

      // Purging again finds nothing new; the recent one goes once its own days are up.
      expect(repo.purgeExpired(90, 'Admin Lim', after(100))).toEqual([]);
      expect(repo.purgeExpired(90, 'Admin Lim', after(140)).map((m) => m.id)).toEqual([recent.id]);
      expect(repo.purgedMarkers().map((m) => m.id)).toEqual([old.id, recent.id]);
    });

    it('keeps the marker sealed: its id and time are plain, its case code and who purged it are not', () => {
      const { repo, old } = binned();
      repo.purgeExpired(90, 'Admin Lim', after(90));
      const row = db().prepare('SELECT id, purged_at, content FROM purged').get();
      expect(row).toMatchObject({ id: old.id, purged_at: after(90).toISOString() });
      const content = Buffer.from(row?.content as Uint8Array).toString('latin1');
      expect(content).not.toContain(old.caseCode);
      expect(content).not.toContain('Admin Lim');
      // Markers are kept for good.
      expect(() => db().prepare('DELETE FROM purged').run()).toThrow(/kept for good/);
      expect(() => db().prepare("UPDATE purged SET purged_at = ''").run()).toThrow(/kept for good/);
    });

    it('takes the summary out of every list, the totals, the year list and the snapshots', () => {
      const { repo, old, recent, kept } = binned();
      // Everything read into memory first, and snapshots stored, as on a lock.
      expect(repo.rows(2025, true).map((r) => r.id)).toEqual(expect.arrayContaining([old.id, recent.id]));
      expect(repo.list({ year: 2025, bin: true }).yearTotal).toBe(2);
      expect(repo.allFacts()).toHaveLength(3);
      repo.list({ year: 2025, bin: true, filter: { search: 'Old' } });
      repo.storeSnapshots();

      repo.purgeExpired(90, 'Admin Lim', after(90));
      const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();
      expect(ids(repo.rows(2025, true))).toEqual([recent.id]);
      expect(ids(repo.rows(2025))).toEqual([kept.id]);
      expect(repo.list({ year: 2025, bin: true })).toMatchObject({ total: 1, yearTotal: 1 });
      expect(repo.list({ year: 2025, bin: true, filter: { search: 'Old' } }).total).toBe(0);
      expect(ids(repo.allFacts())).toEqual([kept.id, recent.id].sort());
      expect(ids(repo.allRows())).toEqual([kept.id, recent.id].sort());
      expect(repo.getMany([old.id]).size).toBe(0);
      expect(ids(repo.ofYear(2025))).toEqual([kept.id, recent.id].sort());

      // The next start (snapshots stored on lock, or read afresh) does not bring it back.
      repo.storeSnapshots();
      const next = open();
      expect(ids(next.allRows())).toEqual([kept.id, recent.id].sort());
      expect(ids(next.allFacts())).toEqual([kept.id, recent.id].sort());
      closeCaseDb(folder.dir);
      expect(ids(open().allFacts())).toEqual([kept.id, recent.id].sort());
    });

    it('drops the year when its last summary is purged', () => {
      const repo = open();
      const only = repo.save({ summary: { ...hit, dateReported: '2024-06-01', offenceDate: '2024-05-30' } }, 'A');
      repo.save({ summary: hit }, 'A');
      expect(repo.years()).toEqual([2025, 2024]);
      at(T0);
      repo.delete({ id: only.id }, 'A');
      repo.purgeExpired(30, 'Admin Lim', after(30));
      expect(repo.years()).toEqual([2025]);
      expect(repo.rows(2024, true)).toEqual([]);
    });

    it('discards every account’s form draft of the purged summary, and no other draft', () => {
      const { repo, old, kept } = binned();
      const drafts = new DraftsRepository(folder.vault, () => new Date(T0));
      drafts.save('account-1', `edit:${old.id}`, { district: 'x' });
      drafts.save('account-2', `edit:${old.id}`, { district: 'y' });
      drafts.save('account-1', `edit:${kept.id}`, { district: 'z' });
      drafts.save('account-1', 'new:HIT', { district: 'n' });
      repo.purgeExpired(90, 'Admin Lim', after(90));
      expect(drafts.get('account-1', `edit:${old.id}`)).toBeNull();
      expect(drafts.get('account-2', `edit:${old.id}`)).toBeNull();
      expect(drafts.get('account-1', `edit:${kept.id}`)).not.toBeNull();
      expect(drafts.get('account-1', 'new:HIT')).not.toBeNull();
    });

    it('leaves the history append-only afterwards, its triggers as they were', () => {
      const { repo } = binned();
      const before = historyTriggers();
      repo.purgeExpired(90, 'Admin Lim', after(90));
      expect(historyTriggers()).toEqual(before);
      expectHistoryAppendOnly();
    });

    it('refuses a retention below one day', () => {
      const repo = open();
      expect(failureOf(() => repo.purgeExpired(0, 'Admin Lim', after(0))).code).toBe('invalid-input');
      expect(failureOf(() => repo.purgeExpired(1.5, 'Admin Lim', after(0))).code).toBe('invalid-input');
    });
  });

  describe('rewritingHistory', () => {
    it('puts the triggers back when the work fails, and the history is as it was', () => {
      const saved = open().save({ summary: hit }, 'A');
      expect(() =>
        rewritingHistory(db(), () => {
          db().prepare('DELETE FROM history').run();
          throw new Error('stopped halfway');
        }),
      ).toThrow('stopped halfway');
      expect(historyCount(saved.id)).toBe(1);
      expectHistoryAppendOnly();
    });

    it('works inside a handler’s transaction too (a savepoint), undone with it', () => {
      const repo = open();
      const saved = repo.save({ summary: hit }, 'A');
      expect(() =>
        transaction(db(), () => {
          repo.redact(saved.id, 1, 'district', 'r', 'Admin Lim', after(1));
          expectHistoryAppendOnly();
          throw new Error('the handler failed after');
        }),
      ).toThrow('the handler failed after');
      expect(open().get(saved.id)).toEqual(saved);
      expectHistoryAppendOnly();
    });
  });

  describe('redact', () => {
    /** Created at T0, then the district typed wrong (revision 2, with the status), then corrected (revision 3). */
    function edited() {
      const repo = open();
      at(T0);
      const created = repo.save({ summary: hit }, 'Sok Dara');
      at('2025-04-02T08:00:00.000Z');
      repo.save(
        { id: created.id, expectedRevision: 1, summary: { ...hit, district: 'Victim Name', status: 'awaiting-court' } },
        'Sok Dara',
      );
      at('2025-04-03T08:00:00.000Z');
      const saved = repo.save(
        { id: created.id, expectedRevision: 2, summary: { ...hit, district: 'Victim Name', status: 'closed' } },
        'Sok Dara',
      );
      return { repo, saved };
    }
    const redactedAt = new Date('2025-04-10T08:00:00.000Z');
    const note = { redacted: true, by: 'Admin Lim', at: redactedAt.toISOString(), reason: 'a name typed by mistake' };

    it('replaces only the values of that change, leaves the summary as it is, and survives a restart', () => {
      const { repo, saved } = edited();
      const result = repo.redact(saved.id, 2, 'district', '  a name typed by mistake ', 'Admin Lim', redactedAt);

      const entry = result.history.find((e) => e.revision === 2);
      expect(entry?.changes).toEqual([
        { path: 'district', from: note, to: note },
        { path: 'status', from: 'open', to: 'awaiting-court' },
      ]);
      // Every other entry, the summary itself, its revision and time are unchanged.
      expect(result.history.filter((e) => e.revision !== 2)).toEqual(saved.history.filter((e) => e.revision !== 2));
      expect({ ...result, history: [] }).toEqual({ ...saved, history: [] });
      expect(result.summary.district).toBe('Victim Name');
      expect(result.revision).toBe(3);
      expect(result.updatedAt).toBe(saved.updatedAt);
      expect(repo.rows(2025)[0]).toMatchObject({ revision: 3, updatedAt: saved.updatedAt });

      closeCaseDb(folder.dir);
      const reopened = open();
      expect(reopened.get(saved.id)).toEqual(result);
      expectHistoryAppendOnly();
    });

    it('keeps an empty side empty (a value first filled in)', () => {
      const { repo, saved } = edited();
      const result = repo.redact(saved.id, 1, 'district', 'typed by mistake', 'Admin Lim', redactedAt);
      const change = result.history[0]?.changes.find((c) => c.path === 'district');
      expect(change).toEqual({ path: 'district', from: null, to: { ...note, reason: 'typed by mistake' } });
    });

    it('refuses an unknown summary, revision or path, and a change already redacted, changing nothing', () => {
      const { repo, saved } = edited();
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(failureOf(() => repo.redact(unknown, 1, 'district', 'r', 'Admin Lim', redactedAt)).code).toBe('not-found');
      const revision = failureOf(() => repo.redact(saved.id, 9, 'district', 'r', 'Admin Lim', redactedAt));
      expect(revision.code).toBe('not-found');
      expect(revision.message).toContain('no history entry 9');
      const path = failureOf(() => repo.redact(saved.id, 2, 'narrative', 'r', 'Admin Lim', redactedAt));
      expect(path.code).toBe('invalid-input');
      expect(path.message).toContain('no change at narrative');
      expect(repo.get(saved.id)).toEqual(saved);

      repo.redact(saved.id, 2, 'district', 'r', 'Admin Lim', redactedAt);
      expect(failureOf(() => repo.redact(saved.id, 2, 'district', 'again', 'Admin Lim', redactedAt)).code).toBe(
        'conflict',
      );
    });

    it('redacts a summary in the bin too', () => {
      const { repo, saved } = edited();
      repo.delete({ id: saved.id }, 'Sok Dara');
      const result = repo.redact(saved.id, 2, 'district', 'r', 'Admin Lim', redactedAt);
      expect(result.deletedAt).toBeDefined();
      expect(result.history.find((e) => e.revision === 2)?.changes[0]?.to).toMatchObject({ redacted: true });
    });
  });
});
