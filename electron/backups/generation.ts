import { AppFailure } from '../../shared/ipc/result';
import { readKeyFile, writeKeyFile } from '../session/key-file';
import { guarded, readMeta, writeMeta } from '../storage/case-db';
import { openSqlite, type SqlDatabase } from '../storage/sql';

/**
 * A counter kept twice, inside the database and beside the wrapped keys, raised each time the
 * database is opened and backed up. A database whose number is below the key file's is an
 * older copy put in place of the current one: it is refused (nothing is written to it), and
 * the officer is told which backup is newer. `newerBackup` names it, when there is one.
 */
export function bumpGeneration(
  dir: string,
  db: SqlDatabase,
  newerBackup: (above: number) => string | undefined,
): number {
  const file = readKeyFile(dir);
  const inFile = file?.generation ?? 0;
  const inDb = Number(guarded(() => readMeta(db, 'generation')) ?? 0);
  if (inDb < inFile) {
    const backup = newerBackup(inDb) ?? '';
    throw new AppFailure(
      'database-older',
      `The case database (generation ${inDb}) is older than the one this PC last used (generation ${inFile}). Nothing was changed.`,
      { backup, generation: String(inDb), expected: String(inFile) },
    );
  }
  const next = Math.max(inDb, inFile) + 1;
  // Database first: a crash between the two leaves the database ahead, which opens.
  guarded(() => writeMeta(db, 'generation', String(next)));
  if (file) writeKeyFile(dir, { ...(readKeyFile(dir) ?? file), generation: next });
  return next;
}

/** After a restore the officer chose: the restored copy becomes the newest generation. */
export function setNewestGeneration(dir: string, db: SqlDatabase): number {
  const file = readKeyFile(dir);
  const next = Math.max(Number(guarded(() => readMeta(db, 'generation')) ?? 0), file?.generation ?? 0) + 1;
  guarded(() => writeMeta(db, 'generation', String(next)));
  if (file) writeKeyFile(dir, { ...file, generation: next });
  return next;
}

/**
 * Before a restored copy is renamed into place: writes into the copy itself the generation it
 * will have (above the key file's and its own), so a crash between the rename and updating
 * the key file leaves a database that opens, never one refused as an older copy.
 */
export function stampRestoredGeneration(dir: string, copy: string, ownGeneration: number): number {
  const next = Math.max(ownGeneration, readKeyFile(dir)?.generation ?? 0) + 1;
  const db = openSqlite(copy);
  try {
    guarded(() => writeMeta(db, 'generation', String(next)));
  } finally {
    db.close();
  }
  return next;
}

/** After the restored copy is in place: the key file learns its generation. */
export function recordGeneration(dir: string, generation: number): void {
  const file = readKeyFile(dir);
  if (file && (file.generation ?? 0) < generation) writeKeyFile(dir, { ...file, generation });
}
