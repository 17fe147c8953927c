import { rm } from 'node:fs/promises';
import { backupPath, backupSequences } from './backup-files';
import { readBackupMeta } from './backup-checks';

/** Verified backups kept of those taken on lock, on quit and by hand; an older one is pruned only after a newer one passed its checks. */
export const KEEP_BACKUPS = 10;
/**
 * Daily backups kept apart from those: a week of days the app was used. Officers sign in and
 * out many times a day on a shared PC, and each lock takes a backup; counted with those, a
 * morning's mistake would have no copy from before it left by the afternoon.
 */
export const KEEP_DAILY = 7;
/** Backups taken before a restore, kept apart from those: enough to undo the last restores tried. */
export const KEEP_BEFORE_RESTORE = 2;

type Kept = 'daily' | 'before-restore' | 'other';
const KEEP: Record<Kept, number> = { daily: KEEP_DAILY, 'before-restore': KEEP_BEFORE_RESTORE, other: KEEP_BACKUPS };
const keptAs = (reason: string | undefined): Kept =>
  reason === 'daily' || reason === 'before-restore' ? reason : 'other';

/**
 * Removes the backups older than `newest` past the kept numbers, off the main thread (freeing a
 * file of hundreds of MB takes a while). The daily ones and those taken before a restore are
 * counted apart, so many locks in a day, or trying several backups in turn, do not push them out.
 */
export async function pruneBackups(dir: string, newest: number): Promise<void> {
  const kindOf = (sequence: number) => keptAs(readBackupMeta(backupPath(dir, sequence)).reason);
  const newestKind = kindOf(newest);
  const older = backupSequences(dir)
    .filter((s) => s < newest)
    .map((sequence) => ({ sequence, kind: kindOf(sequence) }));
  const pruned = (Object.keys(KEEP) as Kept[]).flatMap((kind) =>
    older
      .filter((b) => b.kind === kind)
      .slice(KEEP[kind] - (kind === newestKind ? 1 : 0))
      .map((b) => b.sequence),
  );
  for (const sequence of pruned) {
    try {
      await rm(backupPath(dir, sequence), { force: true });
    } catch {
      // Still open elsewhere (a check of it, on Windows): pruned after the next backup.
    }
  }
}
