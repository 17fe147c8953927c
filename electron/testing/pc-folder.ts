import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import type { Dispatch } from '../ipc/dispatcher';
import { acquireCaseDb } from '../storage/case-db';
import { dbSnapshot } from '../testing/db-snapshot';
import { tempDir } from '../testing/temp-dir';
import { TEST_SETUP, unlockedDispatch } from '../testing/unlocked-app';

/** One PC: its own data folder behind the real handlers and dispatcher. */
export function pc(name: string, clock: { t: number }, administrator = TEST_SETUP.displayName) {
  const dir = tempDir(name);
  const { dispatch } = unlockedDispatch(
    dir,
    () => new Date(clock.t),
    { version: '0.1.0', host: 'browser-shell' },
    { ...TEST_SETUP, displayName: administrator },
  );
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.params ?? {});
    return result.value as T;
  };
  return { dir, dispatch, call, name };
}
export type Pc = ReturnType<typeof pc>;

/**
 * The folder's store files and every row of its case database: what a refused or empty import
 * must leave as they were. `log: false` leaves out the access log (an applied import is logged,
 * even one that wrote nothing).
 */
export const snapshot = (dir: string, { log = true } = {}) => {
  const db = dbSnapshot(acquireCaseDb(dir));
  if (!log) {
    delete db.access_log;
    db.meta = (db.meta ?? []).filter((row) => !row.includes('"audit.head"'));
  }
  return {
    files: Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    ),
    db,
  };
};
/** The error a call is refused with (it must be refused). */
export async function refusal(dispatch: Dispatch, channel: string, input: unknown) {
  const result = await dispatch(channel, input);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}
