import { rm } from 'node:fs/promises';
import { backupPath, backupSequences } from './backup-files';
import { readBackupMeta } from './backup-checks';

/** Verified backups kept; an older one is pruned only after a newer one passed its checks. */
export const KEEP_BACKUPS = 10;
/** Backups taken before a restore, kept apart from those: enough to undo the last restores tried. */
export const KEEP_BEFORE_RESTORE = 2;
/**
 * Removes the backups older than `newest` past the kept numbers, off the main thread (freeing a
 * file of hundreds of MB takes a while). Those taken before a restore are counted apart, so
 * trying several backups in turn does not push the regular ones out.
 */
export async function pruneBackups(dir: string, newest: number): Promise<void> {
  const older = backupSequences(dir).filter((s) => s < newest);
  const beforeRestore = new Set(older.filter((s) => readBackupMeta(backupPath(dir, s)).reason === 'before-restore'));
  const pruned = [
    ...older.filter((s) => !beforeRestore.has(s)).slice(KEEP_BACKUPS - 1),
    ...[...beforeRestore].slice(KEEP_BEFORE_RESTORE),
  ];
  for (const sequence of pruned) {
    try {
      await rm(backupPath(dir, sequence), { force: true });
    } catch {
      // Still open elsewhere (a check of it, on Windows): pruned after the next backup.
    }
  }
}
