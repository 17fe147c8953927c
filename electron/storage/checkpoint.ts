import type { SqlDatabase } from './sql';

/** Quiet time after the last commit before the WAL is copied into the database file. */
export const CHECKPOINT_IDLE_MS = 500;
/** Commits without a quiet moment after which one checkpoints at once (a few thousand WAL pages). */
export const CHECKPOINT_AFTER_COMMITS = 250;

/**
 * SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages: that one
 * save also copies every page written since the last checkpoint into the database file and
 * syncs it, many times a save's own write. It is turned off (`wal_autocheckpoint = 0`) and done
 * here instead, once the app has been quiet for `CHECKPOINT_IDLE_MS`, so no save waits for it;
 * after `CHECKPOINT_AFTER_COMMITS` commits without a pause, it runs once the commit reaching
 * it has answered (inside it, a save of 1-2 ms took 170 ms at 30,000 summaries). A commit is
 * durable once the WAL is synced, checkpointed or not; closing the database checkpoints the rest.
 */
export function checkpointWhenIdle(db: SqlDatabase): () => void {
  let timer: NodeJS.Timeout | undefined;
  let commits = 0;
  const checkpoint = () => {
    clearTimeout(timer);
    timer = undefined;
    try {
      // Inside a transaction (a long import between its steps) the next commit schedules it again.
      if (db.inTransaction) return;
      db.exec('PRAGMA wal_checkpoint(PASSIVE)');
      commits = 0;
    } catch {
      // Closed since (a lock, a restore), or a full disk: the next commit or the close checkpoints.
    }
  };
  let soon: NodeJS.Immediate | undefined;
  return () => {
    commits += 1;
    if (commits >= CHECKPOINT_AFTER_COMMITS) {
      // After this commit's answer has gone out, not inside it: that save does not wait for the copy.
      soon ??= setImmediate(() => {
        soon = undefined;
        checkpoint();
      });
      soon.unref();
    } else if (timer) timer.refresh();
    else {
      timer = setTimeout(checkpoint, CHECKPOINT_IDLE_MS);
      timer.unref();
    }
  };
}
