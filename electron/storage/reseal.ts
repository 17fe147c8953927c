import { openRow, sealRow, type RowPlace } from './row-seal';
import type { DataKey } from './sealed-codec';
import { transaction, type SqlDatabase, type SqlRow } from './sql';

/** How one table's sealed columns are found and bound: the key of each row and its place per column. */
interface SealedTable {
  table: string;
  key: string[];
  columns: Record<string, (row: SqlRow) => RowPlace | RowPlace[]>;
}

const n = (value: unknown) => Number(value);
const s = (value: unknown) => String(value);
const YEARS = Array.from({ length: 203 }, (_, i) => 1900 + i);

/**
 * Every sealed column of the case database, with the place it is bound to (the row-seal's
 * associated data). A test holds this list to every BLOB column the schema has. A place may be
 * a list of candidates when part of it is only inside the sealed value (an import log entry's
 * year): the one that opens is the one.
 */
export const SEALED_TABLES: SealedTable[] = [
  {
    table: 'summaries',
    key: ['id'],
    columns: {
      content: (r) => ({ table: 'summaries', id: s(r.id), year: n(r.year), revision: n(r.revision) }),
      list_row: (r) => ({ table: 'summaries.list_row', id: s(r.id), year: n(r.year), revision: n(r.revision) }),
      facts: (r) => ({ table: 'summaries.facts', id: s(r.id), year: n(r.year), revision: n(r.revision) }),
    },
  },
  {
    table: 'history',
    key: ['summary_id', 'seq'],
    columns: {
      content: (r) => ({ table: 'history', id: `${s(r.summary_id)}#${n(r.seq)}`, year: 0, revision: n(r.revision) }),
    },
  },
  {
    table: 'sequences',
    key: ['year'],
    columns: { content: (r) => ({ table: 'sequences', id: s(r.year), year: n(r.year), revision: n(r.revision) }) },
  },
  {
    table: 'drafts',
    key: ['key'],
    columns: { content: (r) => ({ table: 'drafts', id: s(r.key), year: 0, revision: n(r.revision) }) },
  },
  {
    table: 'years',
    key: ['year'],
    columns: { content: (r) => ({ table: 'years', id: s(r.year), year: n(r.year), revision: n(r.revision) }) },
  },
  {
    table: 'import_log',
    key: ['id'],
    columns: { content: (r) => YEARS.map((year) => ({ table: 'import_log', id: s(r.id), year, revision: 1 })) },
  },
  {
    table: 'access_log',
    key: ['seq'],
    columns: { content: (r) => ({ table: 'access_log', id: s(r.seq), year: 0, revision: 1 }) },
  },
  {
    table: 'accounts',
    key: ['id'],
    columns: { content: (r) => ({ table: 'accounts', id: s(r.id), year: 0, revision: n(r.revision) }) },
  },
  {
    table: 'purged',
    key: ['id'],
    columns: { content: (r) => ({ table: 'purged', id: s(r.id), year: 0, revision: 1 }) },
  },
];

/** Sealed values kept in `meta` as `<revision>:<base64>`, bound to their key. */
const SEALED_META: Record<string, (revision: number) => RowPlace> = {
  'audit.head': (revision) => ({ table: 'meta.audit.head', id: 'audit.head', year: 0, revision }),
};

function reopen(
  from: DataKey,
  to: DataKey,
  places: RowPlace | RowPlace[],
  sealed: Uint8Array,
  what: string,
): Uint8Array {
  for (const place of Array.isArray(places) ? places : [places]) {
    let value: unknown;
    try {
      value = openRow<unknown>(from, place, sealed);
    } catch {
      continue;
    }
    return sealRow(to, place, value);
  }
  throw new Error(`${what} does not open with the current key; nothing was changed.`);
}

/**
 * Re-seals every sealed value of the database from one data key to the next, and names the new
 * key in `meta`, in one transaction: all of it, or (a crash, a full disk, a row that does not
 * open) none. The append-only tables' triggers are set aside inside the transaction and put back
 * before it commits. The year snapshots are dropped (caches, rebuilt on the next lock).
 */
export function resealDatabase(db: SqlDatabase, from: DataKey, to: DataKey): void {
  transaction(db, () => {
    const triggers = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")
      .all()
      .map((t) => ({ name: s(t.name), sql: s(t.sql) }));
    const present = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((t) => s(t.name)),
    );
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    for (const { table, key, columns } of SEALED_TABLES) {
      if (!present.has(table)) continue;
      const names = Object.keys(columns);
      const update = db.prepare(
        `UPDATE "${table}" SET ${names.map((c) => `"${c}" = ?`).join(', ')} WHERE ${key.map((k) => `"${k}" = ?`).join(' AND ')}`,
      );
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all()) {
        const values = Object.entries(columns).map(([c, place]) =>
          reopen(from, to, place(row), row[c] as Uint8Array, `A row of ${table}`),
        );
        update.run(...values, ...key.map((k) => row[k] as string | number));
      }
    }
    for (const [name, place] of Object.entries(SEALED_META)) {
      const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(name);
      if (!row) continue;
      const [revision, sealed] = s(row.value).split(':') as [string, string];
      const next = reopen(from, to, place(n(revision)), Buffer.from(sealed, 'base64'), `meta ${name}`);
      db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(
        `${revision}:${Buffer.from(next).toString('base64')}`,
        name,
      );
    }
    if (present.has('year_caches')) db.exec('DELETE FROM year_caches');
    db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(to.keyId, 'keyId');
    for (const t of triggers) db.exec(t.sql);
  });
}
