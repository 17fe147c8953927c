import type * as NodeSqlite from 'node:sqlite';

/**
 * Node's SQLite, loaded when first used rather than imported, so a runtime without it (Node
 * before 22.13, or an Electron whose Node lacks it) reaches `sqliteProblem` and its clear
 * message instead of failing to load the main process at all.
 */
function nodeSqlite(): typeof NodeSqlite {
  return process.getBuiltinModule('node:sqlite');
}

/** Why this runtime cannot hold the case data, or undefined when it can. */
export function sqliteProblem(): string | undefined {
  try {
    const db = new (nodeSqlite().DatabaseSync)(':memory:');
    db.prepare('SELECT sqlite_version() AS v').get();
    db.close();
    return undefined;
  } catch (error) {
    return `this runtime (Node ${process.versions.node}) cannot open a database with node:sqlite: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A value SQLite stores or returns; blobs arrive as Uint8Array. */
export type SqlValue = null | number | bigint | string | Uint8Array;
export type SqlRow = Record<string, SqlValue>;

export interface SqlStatement {
  run(...params: SqlValue[]): { changes: number | bigint };
  get(...params: SqlValue[]): SqlRow | undefined;
  all(...params: SqlValue[]): SqlRow[];
}

/**
 * The small part of a SQLite binding the app uses. `node:sqlite` implements it below;
 * `better-sqlite3` has the same `prepare`/`run`/`get`/`all`/`exec`/`close` shape, so it can be
 * dropped in (with `backup(path)` mapped to its own `backup`) should Node's module fall short.
 */
export interface SqlDatabase {
  readonly path: string;
  /** Whether a transaction is open (better-sqlite3 names it the same). */
  readonly inTransaction: boolean;
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  close(): void;
  /** SQLite's online backup API, page by page, so other statements keep running between steps. */
  backup(destination: string): Promise<void>;
  /**
   * Called after each commit: of `transaction`, and of a statement run outside one (the case
   * database schedules its checkpoint there). Never throws into the caller.
   */
  afterCommit?: (() => void) | undefined;
}

export interface OpenOptions {
  readOnly?: boolean;
}

const BACKUP_PAGES_PER_STEP = 64;

/** Opens (and creates, unless read-only) a database file through Node's built-in SQLite. */
export function openSqlite(path: string, options: OpenOptions = {}): SqlDatabase {
  const sqlite = nodeSqlite();
  const db = new sqlite.DatabaseSync(path, {
    readOnly: options.readOnly ?? false,
    enableForeignKeyConstraints: true,
    timeout: 0,
  });
  const cache = new Map<string, SqlStatement>();
  const committed = () => {
    try {
      handle.afterCommit?.();
    } catch {
      // Committed is committed: what runs after it (a checkpoint's timer) never turns it into a failure.
    }
  };
  const handle: SqlDatabase = {
    path,
    afterCommit: undefined,
    get inTransaction() {
      return db.isTransaction;
    },
    exec: (sql) => db.exec(sql),
    prepare: (sql) => {
      let statement = cache.get(sql);
      if (!statement) {
        const prepared = db.prepare(sql);
        statement = {
          run: (...params) => {
            const result = prepared.run(...params);
            if (!db.isTransaction) committed();
            return result;
          },
          get: (...params) => prepared.get(...params) as SqlRow | undefined,
          all: (...params) => prepared.all(...params) as SqlRow[],
        };
        cache.set(sql, statement);
      }
      return statement;
    },
    close: () => {
      cache.clear();
      if (db.isOpen) db.close();
    },
    backup: async (destination) => {
      // Each step holds the connection a save needs: 64 pages (256 KB) keep that wait short.
      await sqlite.backup(db, destination, { rate: BACKUP_PAGES_PER_STEP });
    },
  };
  return handle;
}

let savepoints = 0;

/**
 * Runs `work` in one write transaction: all of it is committed, or none of it. Inside another
 * transaction it is a savepoint of that one: undone alone if it fails, committed with it.
 */
export function transaction<T>(db: SqlDatabase, work: () => T): T {
  if (db.inTransaction) {
    const name = `nested_${(savepoints += 1)}`;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = work();
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      try {
        db.exec(`ROLLBACK TO ${name}`);
        db.exec(`RELEASE ${name}`);
      } catch {
        // The whole transaction already ended (a full disk); the outer one reports it.
      }
      throw error;
    }
  }
  db.exec('BEGIN IMMEDIATE');
  let result: T;
  try {
    result = work();
    db.exec('COMMIT');
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // SQLite already rolled back (a full disk or I/O error ends the transaction itself).
    }
    throw error;
  }
  try {
    db.afterCommit?.();
  } catch {
    // Committed is committed: what runs after it never turns it into a failure.
  }
  return result;
}
