import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CaseRecord } from '../../shared/schemas/case';
import { generateSummaries } from '../../shared/testing/generate';
import { backupPath } from '../../electron/backups/backup-files';
import { openSqlite } from '../../electron/storage/sql';
import { openApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { mb, peakRssMb, repeat, summarize, timed, type Timing } from '../lib/stats';

export interface BackupResult {
  summaries: number;
  backupMb: number;
  /** `BackupService.take` alone: SQLite's online backup, the copy stamped, checked, synced, named. */
  alone: number;
  /** The same with saves issued every `interval` ms while it runs. */
  withSaves: number;
  /** How the backup taken during saves ended: its sequence, or the failure it answered. */
  withSavesOutcome: string;
  interval: number;
  /** Each save's wait: from when it was due until its answer, so time the event loop was held counts. */
  waits: Timing;
  /** Saves of the same kind with no backup running, for comparison. */
  baseline: Timing;
  /** The backup's synchronous check of the copy, timed apart on the finished copy: `quick_check` and the count. */
  parts: { check: Timing };
  mainPeakMb: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A backup of the year while saves keep coming, as an officer saving during the daily backup. */
export async function measureBackup(dir: string, interval = 25): Promise<BackupResult> {
  const app = await openApp(dir);
  const { total: yearSize } = await app.call<{ total: number }>('cases:list', { year: BENCH_YEAR });
  const summaries = generateSummaries(400, BENCH_YEAR, 777, { full: true });
  let next = 0;
  const save = () => app.call<CaseRecord>('cases:save', { summary: summaries[next++ % summaries.length] });
  const backups = app.backups();
  const baselineSamples: number[] = [];
  for (let i = 0; i < 12; i++) baselineSamples.push((await timed(save)).ms);

  const alone = await timed(() => backups.take('manual'));

  const waits: number[] = [];
  let done = false;
  const started = performance.now();
  const running = backups
    .take('manual')
    .then(
      (entry) => `backup #${entry.sequence} taken and checked`,
      (error: unknown) => `the backup failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    .finally(() => (done = true));
  const saving = (async () => {
    let due = performance.now();
    while (!done) {
      await save();
      waits.push(performance.now() - due);
      due += interval;
      const ahead = due - performance.now();
      if (ahead > 0) await sleep(ahead);
    }
  })();
  const withSavesOutcome = await running;
  const withSaves = performance.now() - started;
  await saving;
  const mainPeakMb = peakRssMb();

  const path = backupPath(dir, alone.value.sequence);
  const check = await repeat(2, () => {
    const db = openSqlite(path, { readOnly: true });
    try {
      db.prepare('PRAGMA quick_check(1)').get();
      db.prepare('SELECT COUNT(*) AS n FROM summaries').get();
    } finally {
      db.close();
    }
  });
  return {
    summaries: yearSize,
    backupMb: mb(statSync(path).size),
    alone: alone.ms,
    withSaves,
    withSavesOutcome,
    interval,
    waits: summarize(waits),
    baseline: summarize(baselineSamples),
    parts: { check },
    mainPeakMb,
  };
}
