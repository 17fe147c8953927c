import type { SqlDatabase } from '../storage/sql';

/**
 * Every row of every table, blobs as hex, in a stable order: taken before and after a change
 * that must be refused, it shows the database was not touched (what the bytes of a year file
 * showed before the database). Read through the folder's own connection, which holds its lock.
 * The backup generation in `meta` is left out: backups taken in the background raise it. So are
 * the year snapshots (`year_caches`): a read may store one, and they hold no data of their own
 * (each is used only while `year_versions`, which is compared, says it is current).
 */
export function dbSnapshot(db: SqlDatabase): Record<string, string[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'year_caches' ORDER BY name",
    )
    .all()
    .map((r) => String(r.name));
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    out[table] = db
      .prepare(`SELECT * FROM "${table}"`)
      .all()
      .filter((row) => !(table === 'meta' && row.key === 'generation'))
      .map((row) =>
        JSON.stringify(
          Object.entries(row).map(([k, v]) => [
            k,
            v instanceof Uint8Array ? Buffer.from(v).toString('hex') : String(v),
          ]),
        ),
      )
      .sort();
  }
  return out;
}
