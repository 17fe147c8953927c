import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import { checkpointWhenIdle } from './checkpoint';
import { openSqlite, transaction, type SqlDatabase } from './sql';

export { CHECKPOINT_AFTER_COMMITS, CHECKPOINT_IDLE_MS } from './checkpoint';

export const DB_FILE = 'cases.db';
const SCHEMA_VERSION = 1;

/** The history is append-only: these refuse every update and delete (see `rewritingHistory`). */
const HISTORY_TRIGGERS = `CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;`;

/**
 * Only ids, years, revisions and timestamps are plain; every blob is sealed (see row-seal.ts).
 * A summary's row holds it without its history (`content`), its list row (`list_row`, a few
 * hundred bytes) and its facts for the totals without the narrative (`facts`), all written in
 * one statement, so the list and the totals never decode whole summaries. The history is its
 * own append-only table (triggers refuse updates and deletes), read when a summary is opened
 * or exported. The access log (`access_log`, see electron/audit/) is append-only the same way,
 * and an insert must take the next `seq` (so `INSERT OR REPLACE`, which skips delete triggers,
 * cannot overwrite an entry); its account id and action are plain too, to filter it. Triggers
 * count every change of a year's summaries (`year_versions`), so a sealed snapshot of a year's
 * list rows or facts (`year_caches`) is used only while it is current. What is left of a summary
 * purged from the bin is its marker (`purged`: id and time plain, case code and who purged it
 * sealed), kept for good. Each year a summary's report date took it out of is noted by a trigger
 * (`years_left`: id and year, plain), so that year's data file still carries it (see `yearIds`).
 * New tables are added with `IF NOT EXISTS`, so an older file gains them
 * when opened; the schema version is raised only for a change an older app could not read safely.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS summaries (
  id TEXT PRIMARY KEY, year INTEGER NOT NULL, revision INTEGER NOT NULL,
  updated_at TEXT NOT NULL, deleted_at TEXT, content BLOB NOT NULL, list_row BLOB NOT NULL, facts BLOB NOT NULL) STRICT;
CREATE INDEX IF NOT EXISTS summaries_by_year ON summaries (year);
CREATE TABLE IF NOT EXISTS history (
  summary_id TEXT NOT NULL, seq INTEGER NOT NULL, revision INTEGER NOT NULL, at TEXT NOT NULL,
  content BLOB NOT NULL, PRIMARY KEY (summary_id, seq)) STRICT;
${HISTORY_TRIGGERS}
CREATE TABLE IF NOT EXISTS sequences (year INTEGER PRIMARY KEY, revision INTEGER NOT NULL, content BLOB NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS drafts (key TEXT PRIMARY KEY, saved_at TEXT NOT NULL, revision INTEGER NOT NULL, content BLOB NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS years (year INTEGER PRIMARY KEY, revision INTEGER NOT NULL, content BLOB NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS import_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, content BLOB NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS access_log (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, account_id TEXT, action TEXT NOT NULL, content BLOB NOT NULL) STRICT;
CREATE INDEX IF NOT EXISTS access_log_by_account ON access_log (account_id, action, at);
CREATE INDEX IF NOT EXISTS access_log_by_action ON access_log (action, at);
CREATE INDEX IF NOT EXISTS access_log_by_at ON access_log (at);
CREATE TRIGGER IF NOT EXISTS access_log_append_only BEFORE INSERT ON access_log
  WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM access_log) BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS access_log_no_update BEFORE UPDATE ON access_log BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS access_log_no_delete BEFORE DELETE ON access_log BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TABLE IF NOT EXISTS purged (id TEXT PRIMARY KEY, purged_at TEXT NOT NULL, content BLOB NOT NULL) STRICT;
CREATE TRIGGER IF NOT EXISTS purged_no_update BEFORE UPDATE ON purged BEGIN SELECT RAISE(ABORT, 'purge markers are kept for good'); END;
CREATE TRIGGER IF NOT EXISTS purged_no_delete BEFORE DELETE ON purged BEGIN SELECT RAISE(ABORT, 'purge markers are kept for good'); END;
CREATE TABLE IF NOT EXISTS year_versions (year INTEGER PRIMARY KEY, version INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS year_caches (kind TEXT NOT NULL, year INTEGER NOT NULL, version INTEGER NOT NULL, content BLOB NOT NULL, PRIMARY KEY (kind, year)) STRICT;
CREATE TRIGGER IF NOT EXISTS summaries_year_added AFTER INSERT ON summaries BEGIN
  INSERT INTO year_versions (year, version) SELECT NEW.year, 0 WHERE NOT EXISTS (SELECT 1 FROM year_versions WHERE year = NEW.year);
  UPDATE year_versions SET version = version + 1 WHERE year = NEW.year;
END;
CREATE TRIGGER IF NOT EXISTS summaries_year_changed AFTER UPDATE ON summaries BEGIN
  INSERT INTO year_versions (year, version) SELECT NEW.year, 0 WHERE NOT EXISTS (SELECT 1 FROM year_versions WHERE year = NEW.year);
  UPDATE year_versions SET version = version + 1 WHERE year IN (NEW.year, OLD.year);
END;
CREATE TRIGGER IF NOT EXISTS summaries_year_removed AFTER DELETE ON summaries BEGIN
  UPDATE year_versions SET version = version + 1 WHERE year = OLD.year;
END;
CREATE TABLE IF NOT EXISTS years_left (summary_id TEXT NOT NULL, year INTEGER NOT NULL, PRIMARY KEY (summary_id, year)) STRICT, WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS summaries_year_left AFTER UPDATE OF year ON summaries WHEN OLD.year IS NOT NEW.year BEGIN
  INSERT INTO years_left (summary_id, year) SELECT OLD.id, OLD.year
    WHERE NOT EXISTS (SELECT 1 FROM years_left WHERE summary_id = OLD.id AND year = OLD.year);
END;
CREATE TRIGGER IF NOT EXISTS summaries_years_left_removed AFTER DELETE ON summaries BEGIN
  DELETE FROM years_left WHERE summary_id = OLD.id;
END;
`;

// (An `OR IGNORE` inside a trigger would take the conflict rule of the statement that fired it,
// an upsert's, and fail: `WHERE NOT EXISTS` has no conflict to resolve.)

/** SQLite's primary result codes that an officer can act on. */
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

const primaryCode = (error: unknown): number | undefined => {
  const code = (error as { errcode?: unknown } | undefined)?.errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
};

export const diskFull = () =>
  new AppFailure('disk-full', 'The disk is full. Nothing was saved; free some space on this PC and try again.');

/**
 * Turns a SQLite failure into one the officer can act on; anything else passes unchanged.
 * A full disk is refused as `disk-full` (the transaction rolled back, nothing changed).
 */
export function sqlFailure(error: unknown): unknown {
  if (error instanceof AppFailure) return error;
  const { code } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ENOSPC') return diskFull();
  switch (primaryCode(error)) {
    case SQLITE_FULL:
      return diskFull();
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return new AppFailure(
        'data-in-use',
        'This data folder is open in another copy of the app. Close the other copy (or its browser shell), then try again.',
      );
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return new AppFailure('store-unreadable', `The case database ${DB_FILE} is damaged. It has not been changed.`, {
        file: DB_FILE,
        reason: 'the database is damaged',
      });
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      return new AppFailure(
        'store-unreadable',
        `The case database ${DB_FILE} could not be read or written. It has not been changed.`,
        {
          file: DB_FILE,
          reason: 'the disk could not be read or written',
        },
      );
    default:
      return error;
  }
}

/** Runs `work`, turning SQLite's failures into the officer's. */
export function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw sqlFailure(error);
  }
}

/**
 * The data folder's case database, opened for this process alone: WAL with `synchronous=FULL`
 * (an acknowledged commit survives a crash or power cut) and `locking_mode=EXCLUSIVE`, taken at
 * once by a write, so a second copy of the app on the same folder is refused as `data-in-use`.
 */
export function openCaseDb(dir: string): SqlDatabase {
  cleanCrashLeftovers(dir);
  const db = guarded(() => openSqlite(join(dir, DB_FILE)));
  try {
    guarded(() => {
      db.exec('PRAGMA locking_mode = EXCLUSIVE');
      db.exec('PRAGMA journal_mode = WAL');
      db.exec('PRAGMA synchronous = FULL');
      db.exec('PRAGMA foreign_keys = ON');
      db.exec('PRAGMA wal_autocheckpoint = 0');
      transaction(db, () => {
        db.exec(SCHEMA);
        const version = readMeta(db, 'schemaVersion');
        if (version !== undefined && Number(version) > SCHEMA_VERSION) {
          throw new AppFailure('store-unreadable', `The case database was written by a newer version of the app.`, {
            file: DB_FILE,
            reason: 'it was written by a newer version of the app',
          });
        }
        writeMeta(db, 'schemaVersion', String(SCHEMA_VERSION));
      });
    });
  } catch (error) {
    db.close();
    throw error;
  }
  try {
    // What a crash left in the WAL goes into the file now: a process killed before it was ever
    // quiet leaves every commit of its life there, and each open would read them all again.
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } catch {
    // A full disk: the WAL stays as it is, complete; the next checkpoint copies it.
  }
  db.afterCommit = checkpointWhenIdle(db);
  return db;
}

/**
 * The one way to change or remove stored history (a purge, a redaction): `work` runs in one
 * write transaction with the history's two triggers dropped, and they are created again, as
 * `SCHEMA` has them, before the commit. SQLite's DDL is part of the transaction, so every
 * committed state of the file has the triggers, and a failure (a full disk, a crash) rolls the
 * drop back with the rest; the connection is this process's alone, so nothing else writes in
 * between. (Chosen over triggers that a flag row in `meta` turns off: those would stay off for
 * good if a flag were ever left behind, and older files' triggers would have to be replaced.)
 */
export function rewritingHistory<T>(db: SqlDatabase, work: () => T): T {
  return transaction(db, () => {
    db.exec('DROP TRIGGER IF EXISTS history_no_update; DROP TRIGGER IF EXISTS history_no_delete;');
    const result = work();
    db.exec(HISTORY_TRIGGERS);
    return result;
  });
}

export function readMeta(db: SqlDatabase, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export function writeMeta(db: SqlDatabase, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

/** Temp files a crash can leave: an interrupted backup or restore copy (never the database or its WAL). */
function cleanCrashLeftovers(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (/^cases\.db\.(restoring|copy)-\d+$/.test(name) || /^\.?cases-\d{4}\.json\.tmp-/.test(name)) {
      rmSync(join(dir, name), { force: true });
    }
  }
}

export const dbExists = (dir: string) => existsSync(join(dir, DB_FILE));

/**
 * One connection per data folder in this process, kept for the life of the process (it holds
 * the folder's exclusive lock). Handlers made again on the same folder in one process (tests
 * that "restart") share it; `closeCaseDb` lets a restore swap the file.
 */
const connections = new Map<string, SqlDatabase>();

export function acquireCaseDb(dir: string): SqlDatabase {
  const key = join(dir, DB_FILE);
  let db = connections.get(key);
  if (!db) {
    db = openCaseDb(dir);
    connections.set(key, db);
  }
  return db;
}

export function closeCaseDb(dir: string): void {
  const key = join(dir, DB_FILE);
  connections.get(key)?.close();
  connections.delete(key);
}

/** Closes every connection this process holds (on quit, and between tests). */
export function closeAllCaseDbs(): void {
  for (const db of connections.values()) db.close();
  connections.clear();
}
