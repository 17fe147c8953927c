import { ACCOUNTS_TABLE } from '../accounts/accounts-repository';
import { acquireCaseDb } from '../storage/case-db';
import { openSqlite, transaction, type SqlDatabase } from '../storage/sql';

/**
 * What a restore keeps from the database in use besides its access log (`carryAccessLog`):
 *
 * - **The accounts**, as they are now. Who may sign in is kept beside the data (each officer's
 *   wrapped key, `keys.json`), which a restore does not touch; the accounts table going back to
 *   the backup's would show an officer disabled since as able to sign in, or one enabled since
 *   as disabled while their key lets them in.
 * - **The case-code counters**, where they went further. A restore must never give a summary a
 *   case code already given to another: printed, exported or named in the access log. Each
 *   year's counter row is replaced by the one in use when that one was written later (its
 *   revision rises with every code issued, and a backup is older than the database in use).
 *
 * Rows are copied as they are stored (sealed with the same key at the same place), so they open
 * in the restored database as they did. Nothing is carried when the database in use cannot be
 * read (a restore offered for a damaged database): the restored copy is then as the backup was.
 */
export interface StateCarried {
  accounts: number;
  counters: number;
}

export function carryRegisterState(dir: string, restoring: string): StateCarried {
  let current: SqlDatabase;
  let accounts: Record<string, unknown>[];
  let counters: Record<string, unknown>[];
  try {
    current = acquireCaseDb(dir);
    current.exec(ACCOUNTS_TABLE);
    accounts = current.prepare('SELECT id, revision, content FROM accounts').all();
    counters = current.prepare('SELECT year, revision, content FROM sequences').all();
  } catch {
    return { accounts: 0, counters: 0 };
  }
  const target = openSqlite(restoring);
  try {
    let carried = 0;
    transaction(target, () => {
      target.exec(ACCOUNTS_TABLE);
      target.prepare('DELETE FROM accounts').run();
      const account = target.prepare('INSERT INTO accounts (id, revision, content) VALUES (?, ?, ?)');
      for (const a of accounts) account.run(String(a.id), Number(a.revision), a.content as Uint8Array);
      const theirs = target.prepare('SELECT revision FROM sequences WHERE year = ?');
      const counter = target.prepare(
        'INSERT INTO sequences (year, revision, content) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET revision = excluded.revision, content = excluded.content',
      );
      for (const c of counters) {
        const restored = theirs.get(Number(c.year));
        if (restored !== undefined && Number(restored.revision) >= Number(c.revision)) continue;
        counter.run(Number(c.year), Number(c.revision), c.content as Uint8Array);
        carried += 1;
      }
    });
    return { accounts: accounts.length, counters: carried };
  } finally {
    target.close();
  }
}
