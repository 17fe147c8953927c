import { beforeEach } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { sampleSummary } from '../../shared/testing/samples';
import type { DataKey } from '../storage/sealed-codec';
import { tempDir } from '../testing/temp-dir';
import { testKey, testVault } from '../testing/test-vault';
import { CaseRepository, type CaseRepositoryOptions } from './case-repository';

/** Shared by the CaseRepository tests (split across files by concern). */
export const hit = sampleSummary('HIT');

/** The AppFailure that `run` throws; anything else thrown is passed on, and not throwing fails. */
export function failureOf(run: () => unknown): AppFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
}

/**
 * Call inside a describe: each test gets a fresh temp data folder and a clock set to
 * 2025-04-01T08:00Z, which `at(iso)` moves. `open()` reads the folder's database in a new repository.
 */
export function repositoryFolder() {
  let dir = '';
  let clock = 0;
  let key: DataKey = testKey();
  const now = () => new Date(clock);

  beforeEach(() => {
    dir = tempDir('cases');
    key = testKey();
    clock = Date.parse('2025-04-01T08:00:00.000Z');
  });

  return {
    get dir() {
      return dir;
    },
    /** A new repository on the folder's database (as after a restart: nothing cached). */
    open: (options: CaseRepositoryOptions = {}) => new CaseRepository(testVault(dir, key), now, options),
    get vault() {
      return testVault(dir, key);
    },
    at: (iso: string) => {
      clock = Date.parse(iso);
      return iso;
    },
  };
}
