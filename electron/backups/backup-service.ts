import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import type { BackupEntry, BackupList, RestoreResult } from '../../shared/schemas/session';
import { acquireCaseDb, DB_FILE, readMeta, sqlFailure } from '../storage/case-db';
import type { DataKey } from '../storage/sealed-codec';
import {
  backupDir,
  backupPath,
  backupSequences,
  durableRename,
  ensureBackupDir,
  nextSequence,
  partialPath,
  removePartials,
  syncFileAsync,
} from './backup-files';
import { checkBackupFile, knownVerdict, readBackupMeta, verdict } from './backup-checks';
import { copyDatabase, stamp } from './backup-copy';
import { checkCopyInWorker, checksSettled, rememberCheck, type CopyCheck } from './copy-check';
import { recordGeneration, setNewestGeneration } from './generation';
import { pruneBackups } from './backup-prune';
import { copyToRestore, keptAsPath, swapIn, totalChanges } from './restore-swap';

const DAY_MS = 24 * 60 * 60 * 1000;

type Reason = BackupEntry['reason'];

/** Every backup or restore still running in this process (a closed connection stays locked until its backup ends). */
const running = new Set<Promise<unknown>>();

/**
 * One queue per data folder in this process, shared by every BackupService on it (the lock's,
 * the daily one, the quit's): two backups at once would pick the same sequence and `.partial`.
 */
const queues = new Map<string, Promise<unknown>>();

/**
 * Resolves once no backup or restore runs in this process: a connection closed while SQLite
 * copies from it keeps the folder locked until the copy ends, so a restart in the same
 * process (tests, a quit) waits for this before closing the database.
 */
export async function backupsSettled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
  await checksSettled();
}

/**
 * Rolling backups of the case database through SQLite's online backup API (rows stay sealed):
 * on lock, on quit and daily, numbered by a sequence. Each is checked (opens, `quick_check`,
 * counts, one row unsealed) before it is given its name and before an older one is pruned.
 * The reading part of the check runs in a worker thread (see copy-check.ts), so saves go on
 * meanwhile; the row is unsealed in this thread, where the key is (see backup-checks.ts).
 * Restoring puts a checked backup in place; the replaced database becomes a backup first (so
 * the restore can be undone from the list) and is also kept aside as it is.
 */
export class BackupService {
  readonly #dir: string;
  readonly #key: () => DataKey;
  readonly #now: () => Date;
  readonly #onReplaced: () => void;
  readonly #checkCopy: (path: string) => Promise<CopyCheck>;

  /** `checkCopy` reads a new copy for its check (a worker thread; tests may wrap it to act meanwhile). */
  constructor(dir: string, key: () => DataKey, now: () => Date, onReplaced: () => void, checkCopy = checkCopyInWorker) {
    this.#dir = dir;
    this.#key = key;
    this.#now = now;
    this.#onReplaced = onReplaced;
    this.#checkCopy = checkCopy;
  }

  /**
   * Takes a backup. `key` is a copy of the data key for the check that one row opens (on lock
   * the session has already forgotten its own); without one that check waits for the next backup,
   * and nothing is pruned.
   */
  take(reason: Reason, key?: DataKey): Promise<BackupEntry> {
    return this.#serial(() => this.#take(reason, key));
  }

  /**
   * Takes a backup now (already in the folder's queue). One taken before a restore neither prunes
   * (the backup being restored stays if the restore fails) nor raises the generation of the
   * database it copies: that database is about to be replaced, and may be an older copy the
   * officer is being warned about, which must not become the newest if the restore fails.
   */
  async #take(reason: Reason, key: DataKey | undefined): Promise<BackupEntry> {
    const db = acquireCaseDb(this.#dir);
    ensureBackupDir(this.#dir);
    // Numbered past a partial a crash left, then the partial goes.
    const sequence = nextSequence(this.#dir);
    removePartials(this.#dir);
    const partial = partialPath(this.#dir, sequence);
    try {
      // Saves go on while SQLite copies (same connection: the copy takes them in as it goes),
      // so the copy is whatever was committed when it finished. It is checked on its own terms,
      // not against the live count, which may have moved on by the time it is read.
      await copyDatabase(db, partial);
      // The copy's pages reach the disk on the thread pool, so the stamp's own sync (on the main
      // thread, where saves wait) writes only its few pages.
      await syncFileAsync(partial);
      const at = this.#now().toISOString();
      const generation = Number(readMeta(db, 'generation') ?? 0);
      stamp(partial, { at, reason, generation });
      const copy = await this.#checkCopy(partial);
      const checked = verdict(copy, key ?? this.#keyOrUndefined());
      if (checked.problem !== null) {
        throw new AppFailure('backup-unusable', `The new backup failed its check: ${checked.problem}.`);
      }
      await syncFileAsync(partial);
      const named = backupPath(this.#dir, sequence);
      durableRename(partial, named, backupDir(this.#dir));
      rememberCheck(named, copy);
      const entry = { sequence, at, reason, summaries: checked.summaries, problem: null };
      if (reason === 'before-restore') return entry;
      // A copy of the database put back by hand is now older than the one in use.
      setNewestGeneration(this.#dir, db);
      if (checked.summaries !== null) await pruneBackups(this.#dir, sequence);
      return entry;
    } catch (error) {
      rmSync(partial, { force: true });
      throw sqlFailure(error);
    }
  }

  /**
   * A daily backup, when no daily one was taken in the last day (or the clock was set back past
   * it). Backups on lock do not count: on a PC where officers sign in and out all day they are
   * many a day, and would leave no copy older than the last few locks.
   */
  async daily(): Promise<void> {
    const newest = backupSequences(this.#dir).find((s) => readBackupMeta(backupPath(this.#dir, s)).reason === 'daily');
    if (newest !== undefined) {
      const at = Date.parse(readBackupMeta(backupPath(this.#dir, newest)).at);
      const age = this.#now().getTime() - at;
      if (age >= 0 && age < DAY_MS) return;
    }
    await this.take('daily');
  }

  /** Every backup, newest first, each checked (one at a time, in a worker; a backup checked before is not read again). */
  async list(): Promise<BackupList> {
    const key = this.#keyOrUndefined();
    const problem = this.#currentProblem();
    const backups: BackupList['backups'] = [];
    for (const sequence of backupSequences(this.#dir)) {
      const c = await checkBackupFile(backupPath(this.#dir, sequence), key);
      backups.push({ sequence, at: c.at, reason: c.reason, summaries: c.summaries, problem: c.problem });
    }
    return { problem, backups };
  }

  /**
   * Adds the newest good backup to a failure of the database in use, so the screen can offer it
   * (never one taken just before a restore).
   * Answers at once (a failing request does not wait for a whole copy to be read): a backup whose
   * check has finished is offered only when it passed; one not checked yet is offered when its
   * meta reads, and its check starts so the next failure knows. Restoring checks it again in full.
   */
  withOffer(error: unknown): unknown {
    if (
      !(error instanceof AppFailure) ||
      !['store-unreadable', 'row-unreadable', 'database-older'].includes(error.code)
    )
      return error;
    if (error.params.file !== undefined && error.params.file !== DB_FILE && error.code === 'store-unreadable')
      return error;
    const key = this.#keyOrUndefined();
    for (const sequence of backupSequences(this.#dir)) {
      const path = backupPath(this.#dir, sequence);
      const meta = readBackupMeta(path);
      // A database a restore replaced may have been replaced for being damaged: listed, never offered.
      if (!meta.readable || meta.reason === 'before-restore') continue;
      const passed = knownVerdict(path, key);
      if (passed === undefined || (passed.problem === null && passed.summaries !== null))
        return new AppFailure(error.code, error.message, {
          ...error.params,
          backupSequence: String(sequence),
          backupAt: meta.at,
        });
    }
    return error;
  }

  /** The newest backup whose generation is above `generation`, named for the officer (from the meta alone). */
  newerThan(generation: number): string | undefined {
    for (const sequence of backupSequences(this.#dir)) {
      const meta = readBackupMeta(backupPath(this.#dir, sequence));
      if (meta.generation > generation) return `#${sequence} (${meta.at})`;
    }
    return undefined;
  }

  restore(sequence: number): Promise<RestoreResult> {
    return this.#serial(async () => {
      const path = backupPath(this.#dir, sequence);
      if (!existsSync(path)) throw new AppFailure('not-found', 'This backup no longer exists.');
      const checked = await checkBackupFile(path, this.#key());
      if (checked.problem !== null || checked.summaries === null) {
        throw new AppFailure('backup-unusable', 'This backup cannot be opened with this PC’s key. Choose another.', {
          id: String(sequence),
        });
      }
      const restoring = copyToRestore(this.#dir, path);
      // The database in use becomes a backup of its own first (checked, numbered, listed as
      // "Before a restore"), so the officer can undo the restore from the same list.
      // From its answer to the swap, nothing else runs (no request is taken in between).
      const undoWith = await this.#beforeRestore();
      const keptAs = keptAsPath(this.#dir, undoWith);
      let swapped;
      try {
        swapped = swapIn(this.#dir, restoring, checked.generation, keptAs, this.#key());
      } catch (error) {
        rmSync(restoring, { force: true });
        // Nothing was restored: the database in use is as it was, so its backup undoes nothing.
        if (undoWith !== undefined) rmSync(backupPath(this.#dir, undoWith), { force: true });
        this.#reopen();
        throw sqlFailure(error);
      }
      const { generation, log } = swapped;
      recordGeneration(this.#dir, generation);
      // Opened again at once: this process holds the folder's lock, as before the restore.
      acquireCaseDb(this.#dir);
      this.#onReplaced();
      return {
        sequence,
        at: checked.at,
        summaries: checked.summaries,
        keptAs,
        ...(undoWith === undefined ? {} : { undoWith }),
        logCarried: log.carried,
        ...(log.skipped ? { logSkipped: log.skipped } : {}),
      };
    });
  }

  /**
   * The backup that undoes a restore: the database in use, copied and checked as every backup
   * is. `undefined` when it cannot be (a damaged database): the copy kept aside as it is
   * (`keptAs`) is then the only one. That copy is always made too, at the moment of the swap,
   * so a save that lands while this backup is taken is never lost; such a backup may have missed
   * it, so it is no undo and is dropped.
   */
  async #beforeRestore(): Promise<number | undefined> {
    if (!existsSync(join(this.#dir, DB_FILE))) return undefined;
    try {
      const changes = totalChanges(this.#dir);
      const entry = await this.#take('before-restore', this.#keyOrUndefined());
      if (entry.summaries !== null && totalChanges(this.#dir) === changes) return entry.sequence;
      rmSync(backupPath(this.#dir, entry.sequence), { force: true });
      return undefined;
    } catch {
      return undefined;
    }
  }

  /** After a failed restore: the database in use, closed for the swap, is opened again as it was. */
  #reopen(): void {
    try {
      acquireCaseDb(this.#dir);
      this.#onReplaced();
    } catch {
      // It did not open before either (a restore offered for a damaged database): the error says so.
    }
  }

  #currentProblem(): string | null {
    try {
      const db = acquireCaseDb(this.#dir);
      const result = db.prepare('PRAGMA quick_check(1)').get();
      return result?.quick_check === 'ok' ? null : 'the database failed its check';
    } catch (error) {
      const failure = sqlFailure(error);
      return failure instanceof AppFailure ? failure.message : 'the database could not be opened';
    }
  }

  #keyOrUndefined(): DataKey | undefined {
    try {
      return this.#key();
    } catch {
      return undefined;
    }
  }

  #serial<T>(run: () => T | Promise<T>): Promise<T> {
    const queue = queues.get(this.#dir) ?? Promise.resolve();
    const next = queue.then(run, run);
    const settled = next.catch(() => undefined);
    queues.set(this.#dir, settled);
    const tracked: Promise<unknown> = settled.then(() => {
      running.delete(tracked);
      if (queues.get(this.#dir) === settled) queues.delete(this.#dir);
    });
    running.add(tracked);
    return next;
  }
}
