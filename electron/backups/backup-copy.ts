import { rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { BackupEntry } from '../../shared/schemas/session';
import { guarded, writeMeta } from '../storage/case-db';
import { openSqlite, transaction, type SqlDatabase } from '../storage/sql';

type Reason = BackupEntry['reason'];

/** Tries of one copy before it is reported as failed. */
const COPY_TRIES = 5;

/**
 * SQLite's online backup of the database in use. A save on the same connection while a step of
 * the copy runs on Node's thread pool can make that step fail with a transient status that Node
 * reports as "not an error" (the connection's error was cleared by the save meanwhile); such a
 * copy is started again, a few times, rather than losing the day's backup. Other failures (a full
 * disk) are reported at once.
 */
export async function copyDatabase(db: SqlDatabase, target: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const flushing = flushWhileWritten(target);
    try {
      await db.backup(target);
      await flushing.stop();
      return;
    } catch (error) {
      await flushing.stop();
      const transient = error instanceof Error && /not an error|database is locked|busy/i.test(error.message);
      if (!transient || attempt >= COPY_TRIES) throw error;
      rmSync(target, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** Pause between two flushes of a copy being written (a flush with nothing to write returns at once). */
const FLUSH_PAUSE_MS = 10;

/**
 * Flushes a copy to disk over and over while SQLite writes it, on the thread pool. SQLite syncs
 * the copy when its last step commits, and that step holds the connection saves need: were the
 * whole copy (hundreds of MB) still unwritten then, a save would wait for all of it to reach the
 * disk (measured: half a second at 30,000 summaries). Flushed as it goes, only the last few MB
 * are left for that step. Only a shortening: a failed flush is ignored (the copy's own sync, and
 * the one before it is named, still run). The file is closed only after the copy ended, so closing
 * it cannot drop SQLite's locks on it while its connection still writes.
 */
function flushWhileWritten(path: string): { stop: () => Promise<void> } {
  let writing = true;
  const pause = () => new Promise((resolve) => setTimeout(resolve, FLUSH_PAUSE_MS));
  const flushing = (async () => {
    let file: FileHandle | undefined;
    try {
      while (writing) {
        if (!file) {
          // Not there until SQLite's first step creates it.
          file = await open(path, 'r').catch(() => undefined);
        } else await file.datasync();
        await pause();
      }
    } catch {
      // Ignored: see above.
    } finally {
      await file?.close().catch(() => undefined);
    }
  })();
  return {
    stop: async () => {
      writing = false;
      await flushing;
    },
  };
}

/** Names the copy (when, why, generation) and turns it into a plain rollback-journal file any reader opens. */
export function stamp(path: string, info: { at: string; reason: Reason; generation: number }): void {
  const db = openSqlite(path);
  try {
    guarded(() => {
      db.exec('PRAGMA journal_mode = DELETE');
      // On the main thread, where saves wait: no sync of its own (the copy is synced before it is
      // named, and a crash before that leaves only a `.partial`, removed by the next backup).
      db.exec('PRAGMA synchronous = OFF');
      transaction(db, () => {
        writeMeta(db, 'backup.takenAt', info.at);
        writeMeta(db, 'backup.reason', info.reason);
        writeMeta(db, 'generation', String(info.generation));
      });
    });
  } finally {
    db.close();
  }
}
