import { join } from 'node:path';
import { beforeEach } from 'vitest';
import type { AuditEntry, AuditFilter } from '../../shared/schemas/accounts';
import { closeCaseDb, DB_FILE } from '../storage/case-db';
import type { DataKey } from '../storage/sealed-codec';
import { openSqlite, type SqlDatabase } from '../storage/sql';
import { createVault } from '../storage/vault';
import { tempDir } from '../testing/temp-dir';
import { testKey, testVault } from '../testing/test-vault';
import { AuditLog, type AuditRecord } from './audit-log';

export const ALICE = '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';
export const BORA = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/** Local times, so the calendar days below hold in any time zone the tests run in. */
export const local = (day: number, hour: number, month = 1) => new Date(2025, month - 1, day, hour, 30);

/** Six entries over three local days, two accounts and an unknown one. */
export const SAMPLE: AuditRecord[] = [
  { accountId: ALICE, actor: 'Alice', action: 'sign-in', at: local(30, 8) },
  { accountId: ALICE, actor: 'Alice', action: 'case-open', target: 'PP-HIT-2025-0001', at: local(30, 23) },
  { accountId: null, actor: 'Sokha', action: 'sign-in-failed', at: local(31, 0) },
  { accountId: BORA, actor: 'Bora', action: 'sign-in', at: local(31, 23) },
  { accountId: BORA, actor: 'Bora', action: 'export', target: 'cases-csv 2024', count: 12, at: local(1, 0, 2) },
  { accountId: ALICE, actor: 'Alice', action: 'case-open', target: 'PP-HIT-2025-0002', at: local(1, 9, 2) },
];

export const seqs = (entries: readonly AuditEntry[]) => entries.map((e) => e.seq);

/** A fresh data folder and key for each test, and the ways the access-log tests use them. */
export function auditLogFixture() {
  let dir: string;
  let key: DataKey;
  const now = () => new Date('2025-02-03T04:00:00.000Z');
  const vault = () => testVault(dir, key);
  const open = () => new AuditLog(vault(), now);
  const fill = (log = open()) => SAMPLE.map((entry) => log.record(entry));
  const page = (log: AuditLog, filter: AuditFilter = {}, offset = 0, limit = 50) => log.list({ filter, offset, limit });

  /**
   * As someone with the database file (and, where said, the key) would: close the app's
   * connection, open the file with plain SQLite, drop the triggers, change rows. The app's next
   * open puts the triggers back.
   */
  function tamper(change: (db: SqlDatabase, seal: (seq: number, entry: AuditEntry) => Uint8Array) => void) {
    closeCaseDb(dir);
    const db = openSqlite(join(dir, DB_FILE));
    const withKey = createVault(db, () => key);
    try {
      db.exec(
        'DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete; DROP TRIGGER access_log_append_only',
      );
      change(db, (seq, entry) => withKey.seal({ table: 'access_log', id: String(seq), year: 0, revision: 1 }, entry));
    } finally {
      db.close();
    }
  }

  beforeEach(() => {
    dir = tempDir('audit');
    key = testKey();
  });

  return { key: () => key, now, vault, open, fill, page, tamper };
}
