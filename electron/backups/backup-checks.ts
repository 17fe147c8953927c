import type { BackupEntry } from '../../shared/schemas/session';
import { readMeta } from '../storage/case-db';
import { openRow } from '../storage/row-seal';
import type { DataKey } from '../storage/sealed-codec';
import { openSqlite, type SqlDatabase } from '../storage/sql';
import { checkBackup, knownCheck, type CopyCheck } from './copy-check';

/** A backup's own record of itself, read from its meta table (cheap: no check, no count). */
export interface BackupMeta {
  at: string;
  reason: BackupEntry['reason'];
  generation: number;
  /** False when the file could not be opened or read at all. */
  readable: boolean;
}

/** What the check found: `summaries` is null when no key was at hand to open one row. */
export interface Verdict {
  summaries: number | null;
  problem: string | null;
}

export type CheckedBackup = BackupMeta & Verdict;

const DAMAGED = 'the backup failed its check (damaged)';
const NOT_OPENED = 'the backup cannot be opened with this PC’s key';

/** A backup's when, why and generation, from its meta table alone; never throws. */
export function readBackupMeta(path: string): BackupMeta {
  const meta: BackupMeta = { at: new Date(0).toISOString(), reason: 'manual', generation: 0, readable: false };
  let db: SqlDatabase | undefined;
  try {
    db = openSqlite(path, { readOnly: true });
    meta.at = readMeta(db, 'backup.takenAt') ?? meta.at;
    meta.reason = (readMeta(db, 'backup.reason') as BackupMeta['reason'] | undefined) ?? 'manual';
    meta.generation = Number(readMeta(db, 'generation') ?? 0);
    meta.readable = true;
  } catch {
    // Not a database (or gone): its check says so.
  } finally {
    db?.close();
  }
  return meta;
}

/** The worker's findings, with one row opened by the key here (the key never leaves this thread). */
export function verdict(copy: CopyCheck, key: DataKey | undefined): Verdict {
  if (!copy.ok) return { summaries: null, problem: copy.damaged ? DAMAGED : NOT_OPENED };
  if (!key) return { summaries: null, problem: null };
  const row = copy.sampleRow;
  if (row) {
    try {
      openRow(
        key,
        { table: 'summaries', id: String(row.id), year: Number(row.year), revision: Number(row.revision) },
        row.content,
      );
    } catch {
      return { summaries: null, problem: NOT_OPENED };
    }
  }
  return { summaries: copy.count, problem: null };
}

/** A named backup: its meta, and the check (kept once done: a named backup never changes); never throws. */
export async function checkBackupFile(path: string, key: DataKey | undefined): Promise<CheckedBackup> {
  const meta = readBackupMeta(path);
  return { ...meta, ...verdict(await checkBackup(path), key) };
}

/**
 * The verdict on a named backup whose check has already finished, without waiting; undefined
 * (and its check started, so the next caller knows) when it has not.
 */
export function knownVerdict(path: string, key: DataKey | undefined): Verdict | undefined {
  const known = knownCheck(path);
  return known === undefined ? undefined : verdict(known, key);
}
