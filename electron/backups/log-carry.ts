import { HEAD_KEY } from '../audit/audit-head';
import { acquireCaseDb, readMeta, writeMeta } from '../storage/case-db';
import { openSqlite, transaction, type SqlDatabase } from '../storage/sql';

/** Entries copied at a time (a log of 100,000 entries is never held whole). */
const CHUNK = 2000;

const LAST = 'SELECT COALESCE(MAX(seq), 0) AS seq FROM access_log';
const CONTENT_AT = 'SELECT content FROM access_log WHERE seq = ?';
const AFTER = 'SELECT seq, at, account_id, action, content FROM access_log WHERE seq > ? ORDER BY seq LIMIT ?';
const INSERT = 'INSERT INTO access_log (seq, at, account_id, action, content) VALUES (?, ?, ?, ?, ?)';

/** What became of the access log's entries written after the backup was taken. */
export interface LogCarried {
  /** Entries copied into the restored database (sealed as they were: the same key, the same places). */
  carried: number;
  /**
   * Why none could be: the database in use did not open, or its log does not continue the
   * backup's (the backup is of another log). Its entries stay in the copy kept aside.
   */
  skipped?: 'unreadable' | 'diverged';
}

const sameBytes = (a: unknown, b: unknown) =>
  a instanceof Uint8Array && b instanceof Uint8Array && Buffer.from(a).equals(Buffer.from(b));

/**
 * A restore puts back the summaries of a backup, not what happened on this PC since: the access
 * log is append-only, and the backup's log is the start of the one in use. The entries written
 * after the backup's last one (sign-ins, refusals, saves, exports) are copied, row for row, into
 * the copy about to replace the database, with the log's sealed head, so the log goes on where
 * it was and its check finds nothing removed. Only when the backup's last entry is the same row
 * in both (its sealed bytes, unique to each sealing) is the log taken as the same.
 */
export function carryAccessLog(dir: string, restoring: string): LogCarried {
  let current: SqlDatabase;
  try {
    current = acquireCaseDb(dir);
    current.prepare(LAST).get();
  } catch {
    return { carried: 0, skipped: 'unreadable' };
  }
  const target = openSqlite(restoring);
  try {
    const last = Number(target.prepare(LAST).get()?.seq ?? 0);
    // Nothing written since the backup (an older copy put back holds fewer entries still): nothing to carry.
    if (Number(current.prepare(LAST).get()?.seq ?? 0) <= last) return { carried: 0 };
    if (last > 0) {
      const ours = target.prepare(CONTENT_AT).get(last)?.content;
      const theirs = current.prepare(CONTENT_AT).get(last)?.content;
      if (!sameBytes(ours, theirs)) return { carried: 0, skipped: 'diverged' };
    }
    const head = readMeta(current, HEAD_KEY);
    let carried = 0;
    transaction(target, () => {
      const insert = target.prepare(INSERT);
      for (let after = last; ;) {
        const rows = current.prepare(AFTER).all(after, CHUNK);
        for (const r of rows)
          insert.run(r.seq ?? null, r.at ?? null, r.account_id ?? null, r.action ?? null, r.content ?? null);
        carried += rows.length;
        if (rows.length < CHUNK) break;
        after = Number(rows.at(-1)?.seq);
      }
      if (head !== undefined && carried > 0) writeMeta(target, HEAD_KEY, head);
    });
    return { carried };
  } finally {
    target.close();
  }
}
