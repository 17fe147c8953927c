import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../testing/temp-dir';
import {
  acquireCaseDb,
  CHECKPOINT_AFTER_COMMITS,
  CHECKPOINT_IDLE_MS,
  closeCaseDb,
  DB_FILE,
  writeMeta,
} from './case-db';
import { openSqlite, transaction } from './sql';

/**
 * What the database file alone holds (as a copy of only `cases.db`, without its WAL, would
 * show): the commits checkpointed into it.
 */
function inFileAlone(dir: string, key: string): string | undefined {
  const copy = join(dir, 'copy');
  mkdirSync(copy, { recursive: true });
  copyFileSync(join(dir, DB_FILE), join(copy, DB_FILE));
  const db = openSqlite(join(copy, DB_FILE));
  try {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
    return typeof row?.value === 'string' ? row.value : undefined;
  } finally {
    db.close();
  }
}

describe('checkpoints of the case database', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('copies a commit into the database file once the app has been quiet, not during the save', () => {
    vi.useFakeTimers();
    const dir = tempDir('checkpoint');
    const db = acquireCaseDb(dir);
    transaction(db, () => writeMeta(db, 'test.saved', 'one'));
    // Acknowledged: in the WAL (synced), not yet in the file itself.
    expect(inFileAlone(dir, 'test.saved')).toBeUndefined();
    transaction(db, () => writeMeta(db, 'test.saved', 'two'));
    vi.advanceTimersByTime(CHECKPOINT_IDLE_MS - 1);
    expect(inFileAlone(dir, 'test.saved')).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(inFileAlone(dir, 'test.saved')).toBe('two');
    closeCaseDb(dir);
  });

  it('checkpoints right after the commit that ends a long run without a pause, and after a close', () => {
    vi.useFakeTimers();
    const dir = tempDir('checkpoint');
    const db = acquireCaseDb(dir);
    for (let i = 1; i < CHECKPOINT_AFTER_COMMITS; i++) transaction(db, () => writeMeta(db, 'test.n', String(i)));
    expect(inFileAlone(dir, 'test.n')).toBeUndefined();
    transaction(db, () => writeMeta(db, 'test.n', 'last'));
    // That commit answers first; the copy follows at once, before any quiet time has passed.
    expect(inFileAlone(dir, 'test.n')).toBeUndefined();
    vi.advanceTimersByTime(0);
    expect(inFileAlone(dir, 'test.n')).toBe('last');
    transaction(db, () => writeMeta(db, 'test.n', 'after'));
    closeCaseDb(dir);
    expect(inFileAlone(dir, 'test.n')).toBe('after');
    // A timer left from before the close finds the connection closed and does nothing.
    expect(() => vi.runAllTimers()).not.toThrow();
  });
});
