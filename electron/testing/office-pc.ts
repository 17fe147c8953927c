import { AppFailure } from '../../shared/ipc/result';
import type { JobStatus, YearFileExport } from '../../shared/schemas/exchange';
import { takeDownload } from '../exchange/transfers';
import { tempDir } from './temp-dir';
import { TEST_SETUP, unlockedDispatch } from './unlocked-app';

/** The value, or a throw: for what a test has just checked is there. */
export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

/**
 * One office PC for the data-file tests: a fresh data folder, set up and unlocked as the browser
 * shell runs it, on 20 December 2025 unless given another clock. `call` returns a channel's value
 * or throws its refusal as an `AppFailure` (code and params as the page gets them).
 */
export function officePc(name: string, now: () => Date = () => new Date('2025-12-20T08:00:00.000Z')) {
  const dir = tempDir(name);
  const { dispatch } = unlockedDispatch(dir, now, { version: '0.1.0', host: 'browser-shell' }, TEST_SETUP);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.params ?? {});
    return result.value as T;
  };
  return { dir, call };
}
export type OfficePc = ReturnType<typeof officePc>;

/** Polls a job until it ends, as the page does. */
export async function finished(on: OfficePc, job: string): Promise<JobStatus> {
  for (;;) {
    const status = await on.call<JobStatus>('jobs:progress', { job });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A yearly data file exported as the browser shell gives it (its download read to the end), and
 * its job's status once it ended.
 */
export async function downloaded(
  from: OfficePc,
  started: YearFileExport,
): Promise<{ bytes: Buffer; status: JobStatus }> {
  const download = must(takeDownload(must(must(started.download).split('/').at(-1))));
  const pieces: Buffer[] = [];
  for await (const piece of download.bytes(download.signal)) pieces.push(piece);
  download.done();
  return { bytes: Buffer.concat(pieces), status: await finished(from, must(started.job)) };
}
