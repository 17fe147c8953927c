import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { sampleSummary } from '../../shared/testing/samples';
import { jsonCodec } from '../storage/codec';
import { confLocation } from '../storage/conf-location';
import type { StoreLocation } from '../storage/store-location';
import { CaseRepository } from './case-repository';

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
 * 2025-04-01T08:00Z, which `at(iso)` moves. `open()` reads the folder in a new repository.
 */
export function repositoryFolder() {
  let dir = '';
  let clock = 0;
  const now = () => new Date(clock);
  const file = (year: number) => join(dir, `cases-${year}.json`);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-cases-'));
    clock = Date.parse('2025-04-01T08:00:00.000Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  return {
    get dir() {
      return dir;
    },
    open: (location: StoreLocation = confLocation(dir, jsonCodec)) => new CaseRepository(location, now),
    file,
    bytes: (year: number) => readFileSync(file(year), 'utf8'),
    at: (iso: string) => {
      clock = Date.parse(iso);
      return iso;
    },
  };
}
