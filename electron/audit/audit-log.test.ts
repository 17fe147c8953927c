import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditEntry } from '../../shared/schemas/accounts';
import { transaction } from '../storage/sql';
import { parseCsv } from '../exchange/csv';
import { dbSnapshot } from '../testing/db-snapshot';
import { CSV_HEADERS, localTime } from './audit-csv';
import { entryHash, FIRST_PREVIOUS_HASH } from './audit-log';
import { auditHandlers } from './handlers';
import { ALICE, auditLogFixture, BORA, local, seqs } from './audit-test-kit';

describe('AuditLog on a real case database', () => {
  const { now, vault, open, fill, page } = auditLogFixture();

  it('appends sealed entries, each holding the hash of the one before', () => {
    const log = open();
    const written = fill(log);
    expect(written[0]).toEqual({
      seq: 1,
      at: local(30, 8).toISOString(),
      accountId: ALICE,
      actor: 'Alice',
      action: 'sign-in',
      previousHash: FIRST_PREVIOUS_HASH,
    });
    expect(written[4]).toMatchObject({ seq: 5, target: 'cases-csv 2024', count: 12 });
    for (let i = 1; i < written.length; i++) {
      expect(written[i]?.previousHash).toBe(entryHash(written[i - 1] as AuditEntry));
    }
    // The time, account id and action are plain, for the filters; names and targets are only sealed.
    const rows = vault().db.prepare('SELECT seq, at, account_id, action, content FROM access_log ORDER BY seq').all();
    expect(rows.map((r) => [r.seq, r.at, r.account_id, r.action])).toEqual(
      written.map((e) => [e.seq, e.at, e.accountId, e.action]),
    );
    const bytes = Buffer.concat(rows.map((r) => Buffer.from(r.content as Uint8Array))).toString('latin1');
    expect(bytes).not.toContain('Alice');
    expect(bytes).not.toContain('PP-HIT');

    // Without a time, now; names and targets past the schema's limits are cut, never refused.
    const late = log.record({ accountId: ALICE, actor: 'A'.repeat(100), action: 'lock', target: 'x'.repeat(300) });
    expect(late).toMatchObject({ seq: 7, at: now().toISOString(), actor: 'A'.repeat(80), target: 'x'.repeat(200) });
    expect(open().verify().firstBroken).toBeNull();
  });

  it('lists newest first, filtered by account, action and local calendar day, a page at a time', () => {
    const log = open();
    fill(log);
    const all = page(log);
    expect(all.total).toBe(6);
    expect(all.offset).toBe(0);
    expect(seqs(all.entries)).toEqual([6, 5, 4, 3, 2, 1]);

    expect(seqs(page(log, { accountId: ALICE }).entries)).toEqual([6, 2, 1]);
    expect(seqs(page(log, { accountId: BORA }).entries)).toEqual([5, 4]);
    expect(page(log, { accountId: 'nobody' })).toMatchObject({ total: 0, entries: [] });
    expect(seqs(page(log, { action: 'sign-in' }).entries)).toEqual([4, 1]);
    expect(seqs(page(log, { action: 'sign-in-failed' }).entries)).toEqual([3]);
    expect(seqs(page(log, { accountId: ALICE, action: 'case-open' }).entries)).toEqual([6, 2]);

    // Days are inclusive, and are the PC's calendar days: 23:30 on the 31st is still the 31st.
    expect(seqs(page(log, { from: '2025-01-31' }).entries)).toEqual([6, 5, 4, 3]);
    expect(seqs(page(log, { to: '2025-01-30' }).entries)).toEqual([2, 1]);
    expect(seqs(page(log, { from: '2025-01-31', to: '2025-01-31' }).entries)).toEqual([4, 3]);
    expect(seqs(page(log, { from: '2025-02-01', to: '2025-02-01', accountId: ALICE }).entries)).toEqual([6]);
    expect(page(log, { from: '2025-02-02' }).total).toBe(0);
    expect(page(log, { from: '2025-02-01', to: '2025-01-31' }).total).toBe(0);

    // Paging: `total` counts every match, whatever the page.
    const second = page(log, {}, 2, 2);
    expect(second).toMatchObject({ total: 6, offset: 2 });
    expect(seqs(second.entries)).toEqual([4, 3]);
    expect(seqs(page(log, { accountId: ALICE }, 1, 1).entries)).toEqual([2]);
    expect(page(log, {}, 6, 2)).toMatchObject({ total: 6, entries: [] });
    expect(() => log.list({ filter: {}, offset: 0, limit: 501 })).toThrow();
  });

  it('compares days in the time zone of the PC', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Phnom_Penh';
    try {
      const log = open();
      // 20:00 UTC on 31 January is 03:00 on 1 February in Phnom Penh.
      log.record({ accountId: ALICE, actor: 'Alice', action: 'case-print', at: new Date('2025-01-31T20:00:00Z') });
      expect(page(log, { from: '2025-02-01', to: '2025-02-01' }).total).toBe(1);
      expect(page(log, { to: '2025-01-31' }).total).toBe(0);
      expect(localTime(new Date('2025-01-31T20:00:00Z'))).toBe('2025-02-01T03:00:00+07:00');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it("is part of a caller's transaction: gone if it rolls back", () => {
    const reader = open();
    expect(page(reader)).toMatchObject({ total: 0, entries: [] });
    const writer = open();
    fill(writer);
    expect(page(reader).total).toBe(6);

    // Inside a caller's transaction the entry is part of it: gone if the caller rolls back.
    const db = vault().db;
    expect(() =>
      transaction(db, () => {
        writer.record({ accountId: ALICE, actor: 'Alice', action: 'case-save', target: 'rolled back' });
        expect(page(reader).total).toBe(7);
        throw new Error('the save failed');
      }),
    ).toThrow('the save failed');
    // An entry that fails is undone alone; the caller's transaction goes on.
    const kept = transaction(db, () => {
      expect(() => writer.record({ accountId: ALICE, actor: 'Alice', action: 'import', count: -1 })).toThrow();
      return writer.record({ accountId: ALICE, actor: 'Alice', action: 'case-delete' });
    });
    expect(kept.seq).toBe(7);
    const listed = page(reader);
    expect(listed.total).toBe(7);
    expect(listed.entries[0]).toEqual(kept);
    expect(listed.entries.some((e) => e.target === 'rolled back')).toBe(false);
    expect(open().verify().firstBroken).toBeNull();
  });

  it('verifies the chain and remembers the check', () => {
    const log = open();
    expect(log.lastCheck).toBeNull();
    expect(log.verify()).toEqual({ checkedAt: now().toISOString(), entries: 0, firstBroken: null });
    fill(log);
    const check = log.verify();
    expect(check).toEqual({ checkedAt: now().toISOString(), entries: 6, firstBroken: null });
    expect(page(log).check).toEqual(check);
    // The log made at the next unlock has checked nothing yet.
    expect(page(open()).check).toBeNull();
  });

  it('refuses updates, deletes and out-of-turn inserts through SQL', () => {
    fill();
    const db = vault().db;
    const before = dbSnapshot(db);
    const content = db.prepare('SELECT content FROM access_log WHERE seq = 2').get()?.content as Uint8Array;
    const insert = (verb: string, seq: number | null) =>
      db
        .prepare(`${verb} (seq, at, account_id, action, content) VALUES (?, ?, ?, ?, ?)`)
        .run(seq, 'x', null, 'lock', content);
    const refused = [
      () => db.prepare('UPDATE access_log SET at = ? WHERE seq = 2').run('2020-01-01T00:00:00.000Z'),
      () => db.prepare('UPDATE access_log SET content = ? WHERE seq = 3').run(content),
      () => db.prepare('DELETE FROM access_log WHERE seq = 6').run(),
      () => db.prepare('DELETE FROM access_log').run(),
      () => insert('INSERT OR REPLACE INTO access_log', 3),
      () => insert('INSERT INTO access_log', 9),
      () => insert('INSERT INTO access_log', null),
    ];
    for (const statement of refused) expect(statement).toThrow(/append-only/);
    expect(dbSnapshot(db)).toEqual(before);
    expect(open().verify().firstBroken).toBeNull();
  });

  it('exports the filtered log as CSV, oldest first, with headers in the chosen language', () => {
    const log = open();
    fill(log);
    log.record({ accountId: BORA, actor: '=HYPERLINK("x")', action: 'case-open', target: '+1' });

    const en = log.exportCsv({ accountId: BORA }, 'en');
    const today = localTime(now()).slice(0, 10);
    expect(en).toMatchObject({ fileName: `cpu-access-log-${today}.csv`, mediaType: 'text/csv', entries: 3 });
    const text = Buffer.from(en.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(CSV_HEADERS.en);
    expect(rows.slice(1).map((r) => r.slice(0, 7))).toEqual([
      ['4', localTime(local(31, 23)), 'Bora', BORA, 'sign-in', '', ''],
      ['5', localTime(local(1, 0, 2)), 'Bora', BORA, 'export', 'cases-csv 2024', '12'],
      ['7', localTime(now()), `'=HYPERLINK("x")`, BORA, 'case-open', "'+1", ''],
    ]);
    expect(rows[1]?.[7]).toMatch(/^[0-9a-f]{64}$/);

    const km = parseCsv(Buffer.from(log.exportCsv({ from: '2025-02-01' }, 'km').base64, 'base64').toString('utf8'));
    expect(km[0]).toEqual(CSV_HEADERS.km);
    expect(km.slice(1).map((r) => r[0])).toEqual(['5', '6', '7']);
  });

  it('answers the three channels; an export is itself logged', async () => {
    const log = open();
    fill(log);
    const handlers = auditHandlers(
      (run) => (input) => run(log, input),
      () => ({ accountId: ALICE, actor: 'Alice' }),
      () => 'km',
    );
    const listed = await handlers['audit:list']({ filter: { action: 'case-open' }, offset: 0, limit: 10 });
    expect(seqs(listed.entries)).toEqual([6, 2]);
    expect(await handlers['audit:verify']({})).toMatchObject({ entries: 6, firstBroken: null });

    const file = await handlers['audit:export']({ accountId: BORA, to: '2025-01-31' });
    const rows = parseCsv(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(rows[0]).toEqual(CSV_HEADERS.km);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['4']);
    const newest = log.list({ filter: {}, offset: 0, limit: 1 }).entries[0];
    expect(newest).toMatchObject({
      seq: 7,
      accountId: ALICE,
      actor: 'Alice',
      action: 'log-export',
      target: 'to 2025-01-31, account ' + BORA,
      count: 1,
    });
    expect(log.verify().firstBroken).toBeNull();
  });

  it('lists a filtered page of 20,000 entries quickly enough to use', () => {
    const log = open();
    const start = new Date(2024, 0, 1).getTime();
    const accounts = [ALICE, BORA, null];
    const figures: Record<string, number> = {};
    const time = <T>(name: string, work: () => T): T => {
      const t = performance.now();
      const result = work();
      figures[name] = performance.now() - t;
      return result;
    };
    time('record 20,000 (one transaction)', () =>
      transaction(vault().db, () => {
        for (let i = 0; i < 20_000; i++) {
          log.record({
            accountId: accounts[i % 3] ?? null,
            actor: `Officer ${i % 3}`,
            action: AUDIT_ACTIONS[i % AUDIT_ACTIONS.length] ?? 'sign-in',
            target: `PP-HIT-2024-${String(i).padStart(5, '0')}`,
            at: new Date(start + i * 30 * 60_000),
          });
        }
      }),
    );

    const fresh = open();
    const first = time('first page, account + action', () =>
      fresh.list({ filter: { accountId: BORA, action: 'case-open' }, offset: 0, limit: 100 }),
    );
    const june = time('page, June + action', () =>
      fresh.list({ filter: { from: '2024-06-01', to: '2024-06-30', action: 'case-open' }, offset: 0, limit: 100 }),
    );
    const deep = time('page 100 of all, 100 a page', () => fresh.list({ filter: {}, offset: 9_900, limit: 100 }));
    time('full page of 500, account', () => fresh.list({ filter: { accountId: ALICE }, offset: 0, limit: 500 }));
    time('one record', () => fresh.record({ accountId: ALICE, actor: 'Alice', action: 'sign-out' }));
    const check = time('verify', () => fresh.verify());
    const file = time('export one account', () => fresh.exportCsv({ accountId: BORA }, 'en'));

    const bySameRule = Array.from({ length: 20_000 }, (_, i) => i).filter(
      (i) => i % 3 === 1 && AUDIT_ACTIONS[i % AUDIT_ACTIONS.length] === 'case-open',
    );
    expect(first.total).toBe(bySameRule.length);
    expect(first.entries.length).toBe(Math.min(100, first.total));
    expect(first.entries.every((e) => e.accountId === BORA && e.action === 'case-open')).toBe(true);
    expect(june.total).toBeGreaterThan(0);
    expect(june.entries.every((e) => e.action === 'case-open' && e.at.startsWith('2024-0'))).toBe(true);
    expect(seqs(deep.entries)[0]).toBe(20_000 - 9_900);
    expect(check).toMatchObject({ entries: 20_001, firstBroken: null });
    expect(file.entries).toBe(6_667);
    console.info(
      `access log, 20,000 entries (ms): ${Object.entries(figures)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
        .join('; ')}`,
    );
  }, 120_000);
});
