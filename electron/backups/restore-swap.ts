import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireCaseDb, closeCaseDb, DB_FILE, sqlFailure } from '../storage/case-db';
import { durableRename, nextSequence, syncFile, syncFolder } from './backup-files';
import { stampRestoredGeneration } from './generation';
import { carryAccessLog, type LogCarried } from './log-carry';
import { carryRegisterState } from './state-carry';
import type { DataKey } from '../storage/sealed-codec';

/** Rows written through the folder's connection since it opened: unchanged means nothing was written. */
export function totalChanges(dir: string): number {
  try {
    return Number(acquireCaseDb(dir).prepare('SELECT total_changes() AS n').get()?.n ?? 0);
  } catch {
    return Number.NaN; // Unknown: taken as changed.
  }
}

/** Copies the backup at `path` beside the database in use, to be put in its place; returns the copy's path. */
export function copyToRestore(dir: string, path: string): string {
  const restoring = `${join(dir, DB_FILE)}.restoring-${process.pid}`;
  try {
    copyFileSync(path, restoring);
    return restoring;
  } catch (error) {
    rmSync(restoring, { force: true });
    throw sqlFailure(error);
  }
}

/**
 * Where a restore keeps the database it replaces, as it is, relative to the data folder: under
 * the number of its "Before a restore" backup (`undoWith`), the same database, so the officer
 * meets one number for it; the next number when there is no such backup (it did not read).
 * A copy kept before is never written over (that number may since have gone to a backup).
 */
export function keptAsPath(dir: string, undoWith?: number): string {
  const base = `cases-before-restore-${String(undoWith ?? nextSequence(dir)).padStart(6, '0')}`;
  for (let n = 1; ; n++) {
    const path = join('backups', 'replaced', `${base}${n === 1 ? '' : `-${n}`}.db`);
    if (!existsSync(join(dir, path))) return path;
  }
}

/**
 * Puts `restoring` (a copy of a checked backup whose own generation is `backupGeneration`) in
 * place of the database in use, in one synchronous run (nothing is saved meanwhile): the copy
 * gets its generation, the access-log entries written since the backup and the accounts and
 * case-code counters as they are now (`carryRegisterState`), the database in use
 * is checkpointed, closed and copied to `keptAs` as it is, then the copy is renamed into place.
 * Throws, with the database in use unchanged (but closed), when a step fails.
 */
export function swapIn(
  dir: string,
  restoring: string,
  backupGeneration: number,
  keptAs: string,
  key: DataKey,
): { generation: number; log: LogCarried } {
  const current = join(dir, DB_FILE);
  const generation = stampRestoredGeneration(dir, restoring, backupGeneration);
  const log = carryAccessLog(dir, restoring);
  carryRegisterState(dir, restoring, key);
  syncFile(restoring);
  closeCheckpointed(dir);
  if (existsSync(current)) {
    mkdirSync(join(dir, 'backups', 'replaced'), { recursive: true });
    copyFileSync(current, join(dir, keptAs));
    syncFile(join(dir, keptAs));
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${current}${suffix}`, { force: true });
  durableRename(restoring, current, dir);
  syncFolder(dir);
  return { generation, log };
}

function closeCheckpointed(dir: string): void {
  try {
    acquireCaseDb(dir).exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } catch {
    // A damaged database is copied aside as it is.
  }
  closeCaseDb(dir);
}
