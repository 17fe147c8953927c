import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/schemas/accounts';
import { readMeta } from '../storage/case-db';
import type { SqlDatabase } from '../storage/sql';
import { createVault } from '../storage/vault';
import { entryHash, type AuditRecord } from './audit-log';
import { ALICE, auditLogFixture, SAMPLE, seqs } from './audit-test-kit';

describe('AuditLog on a real case database, changed behind its back', () => {
  const { key, open, fill, page, tamper, vault } = auditLogFixture();

  describe('finds the first broken link', () => {
    const entryAt = (db: SqlDatabase, seq: number) => {
      const row = db.prepare('SELECT content FROM access_log WHERE seq = ?').get(seq);
      return createVault(db, key).open<AuditEntry>(
        { table: 'access_log', id: String(seq), year: 0, revision: 1 },
        row?.content,
      );
    };
    /** Writes an entry's row as the app would, sealed with the key. */
    const put = (db: SqlDatabase, entry: AuditEntry, seal: (seq: number, entry: AuditEntry) => Uint8Array) =>
      db
        .prepare('INSERT INTO access_log (seq, at, account_id, action, content) VALUES (?, ?, ?, ?, ?)')
        .run(entry.seq, entry.at, entry.accountId, entry.action, seal(entry.seq, entry));
    const broken = (seq: number) => {
      const written = SAMPLE[seq - 1] as AuditRecord;
      return { seq, at: written.at?.toISOString(), action: written.action };
    };

    it('an entry changed and sealed again with the key: the next entry no longer links to it', () => {
      fill();
      tamper((db, seal) => {
        const changed = { ...entryAt(db, 3), actor: 'Somebody else' };
        db.prepare('UPDATE access_log SET content = ? WHERE seq = 3').run(seal(3, changed));
      });
      const log = open();
      const check = log.verify();
      expect(check).toMatchObject({ entries: 6, firstBroken: broken(4) });
      // The entry still reads (it opens), and the page says the chain is broken.
      expect(page(log).entries.find((e) => e.seq === 3)?.actor).toBe('Somebody else');
      expect(page(log).check).toEqual(check);
    });

    it('the last entry changed and sealed again: the sealed head no longer matches', () => {
      fill();
      tamper((db, seal) => {
        db.prepare('UPDATE access_log SET content = ? WHERE seq = 6').run(seal(6, { ...entryAt(db, 6), target: 'X' }));
      });
      expect(open().verify().firstBroken).toEqual(broken(6));
    });

    it('an entry changed without the key: it does not open', () => {
      fill();
      tamper((db) => {
        const bytes = Buffer.from(
          db.prepare('SELECT content FROM access_log WHERE seq = 2').get()?.content as Uint8Array,
        );
        bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
        db.prepare('UPDATE access_log SET content = ? WHERE seq = 2').run(bytes);
      });
      const log = open();
      expect(log.verify()).toMatchObject({ entries: 6, firstBroken: { ...broken(2), action: '' } });
      // The rest is still listed; the damaged entry is counted, not shown.
      const listed = page(log);
      expect(listed.total).toBe(6);
      expect(seqs(listed.entries)).toEqual([6, 5, 4, 3, 1]);
    });

    it('a plain column changed: the entry no longer matches its row', () => {
      fill();
      tamper((db) => {
        db.prepare('UPDATE access_log SET at = ? WHERE seq = 5').run('2024-01-01T00:00:00.000Z');
        db.prepare("UPDATE access_log SET action = 'sign-in' WHERE seq = 2").run();
      });
      const log = open();
      expect(log.verify().firstBroken).toEqual(broken(2));
      // The filters read the plain columns: the changed row is counted but not shown as what it is not.
      const signIns = page(log, { action: 'sign-in' });
      expect(signIns.total).toBe(3);
      expect(seqs(signIns.entries)).toEqual([4, 1]);
    });

    it('an entry removed: a gap in seq', () => {
      fill();
      tamper((db) => db.prepare('DELETE FROM access_log WHERE seq = 3').run());
      expect(open().verify()).toMatchObject({ entries: 5, firstBroken: broken(4) });
    });

    it('an entry removed and the later ones renumbered with the key: the link is broken', () => {
      fill();
      tamper((db, seal) => {
        const later = [4, 5, 6].map((seq) => entryAt(db, seq));
        db.prepare('DELETE FROM access_log WHERE seq >= 3').run();
        for (const entry of later) put(db, { ...entry, seq: entry.seq - 1 }, seal);
      });
      expect(open().verify().firstBroken).toEqual({ ...broken(4), seq: 3 });
    });

    it('the last entries removed: the sealed head names the missing end', () => {
      fill();
      tamper((db) => db.prepare('DELETE FROM access_log WHERE seq = 6').run());
      expect(open().verify()).toMatchObject({ entries: 5, firstBroken: broken(6) });
      tamper((db) => db.prepare('DELETE FROM access_log WHERE seq >= 4').run());
      expect(open().verify().firstBroken).toEqual({ seq: 4, at: '', action: '' });
      tamper((db) => db.prepare('DELETE FROM access_log').run());
      expect(open().verify()).toMatchObject({ entries: 0, firstBroken: { seq: 1, at: '', action: '' } });
    });

    it('the end cut and the sealed head removed: the next entry does not hide it', () => {
      fill();
      tamper((db) => {
        db.prepare('DELETE FROM access_log WHERE seq = 6').run();
        db.prepare("DELETE FROM meta WHERE key = 'audit.head'").run();
      });
      // The end cannot be confirmed: the last entry left is named.
      expect(open().verify().firstBroken).toEqual(broken(5));
      open().record({ accountId: ALICE, actor: 'Alice', action: 'sign-in' });
      open().record({ accountId: ALICE, actor: 'Alice', action: 'sign-out' });
      expect(open().verify()).toMatchObject({ entries: 7, firstBroken: broken(5) });
    });

    it('the end cut, the old head kept: the next entry carries the break', () => {
      fill();
      tamper((db) => db.prepare('DELETE FROM access_log WHERE seq >= 5').run());
      open().record({ accountId: ALICE, actor: 'Alice', action: 'sign-in' });
      expect(open().verify()).toMatchObject({ entries: 5, firstBroken: { seq: 5, at: '', action: '' } });
    });

    it('the sealed head changed: it does not open', () => {
      fill();
      const head = readMeta(vault().db, 'audit.head') as string;
      tamper((db) => db.prepare("UPDATE meta SET value = ? WHERE key = 'audit.head'").run(head.replace(/..$/, 'AA')));
      expect(open().verify().firstBroken).toEqual(broken(6));
    });

    it('an entry appended with the key but not through the app: the head ends before it', () => {
      fill();
      tamper((db, seal) => {
        put(db, { ...entryAt(db, 6), seq: 7, previousHash: entryHash(entryAt(db, 6)) }, seal);
      });
      expect(open().verify().firstBroken).toEqual({ ...broken(6), seq: 7 });
    });

    it('two entries swapped: their rows no longer open where they are', () => {
      fill();
      tamper((db) => {
        const read = (seq: number) => db.prepare('SELECT at, content FROM access_log WHERE seq = ?').get(seq);
        const [two, four] = [read(2), read(4)];
        const put = db.prepare('UPDATE access_log SET at = ?, content = ? WHERE seq = ?');
        put.run(four?.at ?? null, four?.content ?? null, 2);
        put.run(two?.at ?? null, two?.content ?? null, 4);
      });
      expect(open().verify().firstBroken).toMatchObject({ seq: 2, at: broken(4).at, action: '' });
    });

    it('two entries swapped and sealed again in their new places: the chain is broken at the first', () => {
      fill();
      tamper((db, seal) => {
        const [two, four] = [entryAt(db, 2), entryAt(db, 4)];
        db.prepare('DELETE FROM access_log WHERE seq IN (2, 4)').run();
        put(db, { ...four, seq: 2 }, seal);
        put(db, { ...two, seq: 4 }, seal);
      });
      expect(open().verify().firstBroken).toEqual({ ...broken(4), seq: 2 });
    });
  });
});
