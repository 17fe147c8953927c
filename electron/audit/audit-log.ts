import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/domain/canonical-json';
import type { Language } from '../../shared/i18n/translate';
import { AppFailure } from '../../shared/ipc/result';
import {
  AuditEntry,
  AuditListRequest,
  type AuditAction,
  type AuditCheck,
  type AuditFilter,
  type AuditPage,
} from '../../shared/schemas/accounts';
import type { ExportFile } from '../../shared/schemas/exchange';
import { guarded, readMeta, writeMeta } from '../storage/case-db';
import type { RowPlace } from '../storage/row-seal';
import { transaction, type SqlDatabase, type SqlRow } from '../storage/sql';
import type { Vault } from '../storage/vault';
import { auditCsv } from './audit-csv';
import { HEAD_KEY, openHead, sealHead, type Broken, type Head } from './audit-head';
import { sqlFilter } from './audit-filter';

/** What a caller records; the log adds `seq`, `at` (unless given) and `previousHash`. */
export interface AuditRecord {
  accountId: string | null;
  actor: string;
  action: AuditAction;
  target?: string | undefined;
  count?: number | undefined;
  /** When it happened, if not now (a failed sign-in noted once the data is open). */
  at?: Date | undefined;
}

/** The previous hash of the first entry. */
export const FIRST_PREVIOUS_HASH = '0'.repeat(64);

/** The hash the next entry holds as `previousHash`: SHA-256 (hex) of the entry's canonical JSON. */
export const entryHash = (entry: AuditEntry): string =>
  createHash('sha256').update(canonicalJson(entry), 'utf8').digest('hex');

const entryPlace = (seq: number): RowPlace => ({ table: 'access_log', id: String(seq), year: 0, revision: 1 });

const COLUMNS = 'seq, at, account_id, action, content';
const ROW_AT = `SELECT ${COLUMNS} FROM access_log WHERE seq = ?`;
/** Rows read at once while walking the log, so 100k entries never sit in memory as blobs. */
const CHUNK = 2000;

/**
 * The tamper-evident access log: who opened, printed, saved, exported or signed in, and when.
 *
 * Each entry is one sealed row of `access_log` (AES-256-GCM, bound to its seq), written once:
 * triggers refuse updates, deletes and any insert but the next seq. Each entry holds the SHA-256
 * of the one before: an entry changed without the key does not open; one changed and sealed
 * again by someone who has the key no longer matches the hash the next entry holds; one removed
 * leaves a gap; entries swapped do not open in their new places or, sealed again there, do not
 * link. `verify` walks the whole table and names the first entry where one of these shows.
 *
 * The time, account id and action of each entry are also plain columns, indexed so that every
 * filter is counted and paged from an index alone; only the page's own rows (at most 500) are
 * opened. Opening a row costs some 20 µs, so a cache of the decoded log would cost seconds at
 * every unlock once the log holds 100,000 entries. The plain copies show which account did what
 * kind of thing when, never on which summary; `verify` checks them against the sealed entry.
 */
export class AuditLog {
  readonly #vault: Vault;
  readonly #now: () => Date;
  #check: AuditCheck | null = null;
  /** The head this log object last wrote, as stored: while `meta` holds exactly that, it is not opened again. */
  #written: { stored: string; head: Head } | undefined;

  constructor(vault: Vault, now: () => Date = () => new Date()) {
    this.#vault = vault;
    this.#now = now;
  }

  get #db(): SqlDatabase {
    return this.#vault.db;
  }

  /**
   * Appends one entry and returns it: alone, a transaction of its own; inside a caller's
   * transaction, a savepoint of it (gone if the caller rolls back).
   */
  record(input: AuditRecord): AuditEntry {
    return guarded(() =>
      transaction(this.#db, () => {
        const { previousHash, brokenAt, seq } = this.#next();
        const at = input.at && !Number.isNaN(input.at.getTime()) ? input.at : this.#now();
        const entry = AuditEntry.parse({
          seq,
          at: at.toISOString(),
          accountId: input.accountId,
          actor: input.actor.slice(0, 80),
          action: input.action,
          ...(input.target === undefined ? {} : { target: input.target.slice(0, 200) }),
          ...(input.count === undefined ? {} : { count: input.count }),
          previousHash,
        });
        this.#db
          .prepare('INSERT INTO access_log (seq, at, account_id, action, content) VALUES (?, ?, ?, ?, ?)')
          .run(seq, entry.at, entry.accountId, entry.action, this.#vault.seal(entryPlace(seq), entry));
        const head: Head = {
          seq,
          hash: entryHash(entry),
          at: entry.at,
          action: entry.action,
          ...(brokenAt ? { brokenAt } : {}),
        };
        const stored = sealHead(this.#vault, head);
        writeMeta(this.#db, HEAD_KEY, stored);
        // Rolled back, `meta` holds another value (each seal has its own IV), so this is not used.
        this.#written = { stored, head };
        return entry;
      }),
    );
  }

  /**
   * A page of entries, newest (highest seq) first, with how many match and the last check. An
   * entry that does not open is left out of the page (still counted): the check names it.
   */
  list(request: { filter: AuditFilter; offset: number; limit: number }): AuditPage {
    const { filter, offset, limit } = AuditListRequest.parse(request);
    return guarded(() => {
      const { conditions, params } = sqlFilter(filter);
      const where = conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
      // Every filter has an index holding all its columns: counting and paging never read the rows.
      const total = Number(this.#db.prepare(`SELECT COUNT(*) AS n FROM access_log${where}`).get(...params)?.n);
      const page = this.#db
        .prepare(`SELECT seq FROM access_log${where} ORDER BY seq DESC LIMIT ? OFFSET ?`)
        .all(...params, limit, offset);
      const rowAt = this.#db.prepare(ROW_AT);
      const entries = page
        .map(({ seq }) => rowAt.get(seq ?? null))
        .map((row) => (row ? this.#decode(row) : undefined))
        .filter((entry) => entry !== undefined);
      return { total, offset, entries, check: this.#check };
    });
  }

  /** Walks the whole log on disk now: the first entry that does not hold, if any (kept for `list`). */
  verify(): AuditCheck {
    return guarded(() => {
      let previousHash = FIRST_PREVIOUS_HASH;
      let lastSeq = 0;
      let entries = 0;
      let firstBroken: Broken | null = null;
      for (const row of this.#rows({})) {
        const seq = Number(row.seq);
        const entry = this.#unseal(row);
        const holds = entry !== undefined && fits(row, entry) && entry.previousHash === previousHash;
        entries++;
        if (!firstBroken && (seq !== lastSeq + 1 || !holds)) firstBroken = describe(row, entry);
        previousHash = entry ? entryHash(entry) : FIRST_PREVIOUS_HASH;
        lastSeq = seq;
      }
      const atEnd = this.#endBroken(this.#head(), lastSeq, previousHash);
      if (atEnd && (!firstBroken || atEnd.seq < firstBroken.seq)) firstBroken = atEnd;
      this.#check = { checkedAt: this.#now().toISOString(), entries, firstBroken };
      return this.#check;
    });
  }

  /** The last check (at sign-in or on demand), or null when none was made by this log object. */
  get lastCheck(): AuditCheck | null {
    return this.#check;
  }

  /**
   * The filtered entries, oldest first, as a CSV file (headers in `language`, actions as their
   * codes), and how many it holds. Entries that do not open are left out.
   */
  exportCsv(filter: AuditFilter, language: Language): ExportFile & { entries: number } {
    return guarded(() => auditCsv(this.#entries(filter), language, this.#now()));
  }

  /** The entries that pass the filter and open, oldest first. */
  *#entries(filter: AuditFilter): Generator<AuditEntry> {
    for (const row of this.#rows(filter)) {
      const entry = this.#decode(row);
      if (entry) yield entry;
    }
  }

  /** The rows that pass the filter, oldest first, read a chunk at a time. */
  *#rows(filter: AuditFilter): Generator<SqlRow> {
    const { conditions, params } = sqlFilter(filter);
    const where = ['seq > ?', ...conditions].join(' AND ');
    const sql = `SELECT ${COLUMNS} FROM access_log WHERE ${where} ORDER BY seq LIMIT ?`;
    let after = 0;
    for (;;) {
      const rows = this.#db.prepare(sql).all(after, ...params, CHUNK);
      yield* rows;
      if (rows.length < CHUNK) return;
      after = Number(rows[rows.length - 1]?.seq);
    }
  }

  /**
   * What the next entry links to: the hash in the head when it names the last entry (one row
   * fewer to open), else the last entry's own hash, with the break at the end carried on.
   */
  #next(): { seq: number; previousHash: string; brokenAt: Broken | null } {
    const lastSeq = Number(this.#db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM access_log').get()?.seq);
    const head = this.#head();
    if (typeof head === 'object' && head.seq === lastSeq) {
      return { seq: lastSeq + 1, previousHash: head.hash, brokenAt: head.brokenAt ?? null };
    }
    // A last entry that does not open is a break already; the new one links to nothing.
    const lastRow = lastSeq === 0 ? undefined : this.#db.prepare(ROW_AT).get(lastSeq);
    const last = lastRow ? this.#unseal(lastRow) : undefined;
    const previousHash = last ? entryHash(last) : FIRST_PREVIOUS_HASH;
    return { seq: lastSeq + 1, previousHash, brokenAt: this.#endBroken(head, lastSeq, previousHash) };
  }

  /**
   * Where the log's end is broken, if it is: the break its head carries from before, or the head
   * not naming the table's last entry (entries cut from the end, or added after it by hand).
   */
  #endBroken(head: Head | 'absent' | 'unreadable', lastSeq: number, lastHash: string): Broken | null {
    if (head === 'absent') return lastSeq === 0 ? null : this.#describeSeq(lastSeq);
    if (head === 'unreadable') return lastSeq === 0 ? missing(1) : this.#describeSeq(lastSeq);
    if (head.brokenAt) return head.brokenAt;
    if (head.seq > lastSeq) {
      return head.seq === lastSeq + 1 ? { seq: head.seq, at: head.at, action: head.action } : missing(lastSeq + 1);
    }
    if (head.seq < lastSeq) return this.#describeSeq(head.seq + 1);
    return head.hash === lastHash ? null : this.#describeSeq(lastSeq);
  }

  #head(): Head | 'absent' | 'unreadable' {
    const stored = readMeta(this.#db, HEAD_KEY);
    if (stored === undefined) return 'absent';
    return stored === this.#written?.stored ? this.#written.head : openHead(this.#vault, stored);
  }

  #describeSeq(seq: number): Broken {
    const row = this.#db.prepare(ROW_AT).get(seq);
    return row ? describe(row, this.#unseal(row)) : missing(seq);
  }

  /** The row's entry, when it opens and matches its row (the plain columns the filters read too). */
  #decode(row: SqlRow): AuditEntry | undefined {
    const entry = this.#unseal(row);
    return entry && fits(row, entry) ? entry : undefined;
  }

  /** The sealed entry, or undefined when it does not open or is not an entry of this seq. */
  #unseal(row: SqlRow): AuditEntry | undefined {
    const seq = Number(row.seq);
    let value: unknown;
    try {
      value = this.#vault.open<unknown>(entryPlace(seq), row.content, `access log entry ${seq}`);
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'row-unreadable') return undefined;
      throw error;
    }
    const parsed = AuditEntry.safeParse(value);
    return parsed.success && parsed.data.seq === seq ? parsed.data : undefined;
  }
}

/** Whether the row's plain time, account and action are the sealed entry's. */
const fits = (row: SqlRow, entry: AuditEntry): boolean =>
  entry.at === row.at && entry.accountId === row.account_id && entry.action === row.action;

const describe = (row: SqlRow, entry: AuditEntry | undefined): Broken => ({
  seq: Number(row.seq),
  at: entry?.at ?? String(row.at),
  action: entry?.action ?? '',
});

/** An entry that should be there and is not: its time and action are not known. */
const missing = (seq: number): Broken => ({ seq, at: '', action: '' });
