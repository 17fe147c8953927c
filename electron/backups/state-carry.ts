import { ACCOUNTS_TABLE } from '../accounts/accounts-repository';
import { acquireCaseDb } from '../storage/case-db';
import { openRowBytes, sealRow, type RowPlace } from '../storage/row-seal';
import type { DataKey } from '../storage/sealed-codec';
import { openSqlite, transaction, type SqlDatabase, type SqlRow } from '../storage/sql';

/**
 * What a restore keeps from the database in use besides its access log (`carryAccessLog`):
 *
 * - **Accounts changed since the backup.** Who may sign in is kept beside the data (each
 *   officer's wrapped key, `keys.json`), which a restore does not touch; the backup's accounts
 *   alone would show an officer disabled since as able to sign in, or one enabled since as
 *   disabled while their key lets them in. An account row in use is carried when it is newer
 *   (a higher revision) than the backup's or the backup lacks it; the backup's other accounts
 *   stay. So a restore from a database in use that is older than the backup (an older copy put
 *   back) or empty (the file lost) loses none of the backup's accounts.
 * - **Case codes issued.** A restore must never give a summary a case code already given to
 *   another: printed, exported or named in the access log. Each year's counters are merged,
 *   each prefix keeping the higher number of the two.
 *
 * Only rows that open with this PC's key at their place are carried: a damaged or tampered row
 * in use (why the restore may have been offered) never replaces the backup's. Nothing is carried
 * from a database in use that cannot be read; nothing is written to it either.
 */
export interface StateCarried {
  accounts: number;
  counters: number;
}

const accountPlace = (id: string, revision: number): RowPlace => ({ table: 'accounts', id, year: 0, revision });
const counterPlace = (year: number, revision: number): RowPlace => ({
  table: 'sequences',
  id: String(year),
  year,
  revision,
});

const hasTable = (db: SqlDatabase, name: string) =>
  db.prepare("SELECT 1 AS yes FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** The row's sealed content when it opens at its place with `key`, else undefined. */
function opened(key: DataKey, place: RowPlace, content: unknown): Buffer | undefined {
  return content instanceof Uint8Array ? openRowBytes(key, place, content) : undefined;
}

export function carryRegisterState(dir: string, restoring: string, key: DataKey): StateCarried {
  let accounts: SqlRow[];
  let counters: SqlRow[];
  try {
    const current = acquireCaseDb(dir);
    accounts = hasTable(current, 'accounts') ? current.prepare('SELECT id, revision, content FROM accounts').all() : [];
    counters = current.prepare('SELECT year, revision, content FROM sequences').all();
  } catch {
    return { accounts: 0, counters: 0 };
  }
  const target = openSqlite(restoring);
  try {
    const carried = { accounts: 0, counters: 0 };
    transaction(target, () => {
      target.exec(ACCOUNTS_TABLE);
      const theirAccount = target.prepare('SELECT revision FROM accounts WHERE id = ?');
      const putAccount = target.prepare(
        'INSERT INTO accounts (id, revision, content) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, content = excluded.content',
      );
      for (const a of accounts) {
        const id = String(a.id);
        const revision = Number(a.revision);
        const restored = theirAccount.get(id);
        if (restored !== undefined && Number(restored.revision) >= revision) continue;
        if (!opened(key, accountPlace(id, revision), a.content)) continue;
        putAccount.run(id, revision, a.content as Uint8Array);
        carried.accounts += 1;
      }
      const theirCounter = target.prepare('SELECT revision, content FROM sequences WHERE year = ?');
      const putCounter = target.prepare(
        'INSERT INTO sequences (year, revision, content) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET revision = excluded.revision, content = excluded.content',
      );
      for (const c of counters) {
        const year = Number(c.year);
        const ours = opened(key, counterPlace(year, Number(c.revision)), c.content);
        if (!ours) continue;
        const restored = theirCounter.get(year);
        const revision = Number(restored?.revision ?? 0);
        const theirs = restored ? opened(key, counterPlace(year, revision), restored.content) : undefined;
        const inUse = JSON.parse(ours.toString('utf8')) as Record<string, number>;
        const merged: Record<string, number> = theirs
          ? (JSON.parse(theirs.toString('utf8')) as Record<string, number>)
          : {};
        let raised = false;
        for (const [prefix, issued] of Object.entries(inUse)) {
          if ((merged[prefix] ?? 0) >= issued) continue;
          merged[prefix] = issued;
          raised = true;
        }
        if (!raised) continue;
        const next = Math.max(revision, Number(c.revision)) + 1;
        putCounter.run(year, next, sealRow(key, counterPlace(year, next), merged));
        carried.counters += 1;
      }
    });
    return carried;
  } finally {
    target.close();
  }
}
