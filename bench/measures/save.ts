import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRecord } from '../../shared/schemas/case';
import { generateSummaries } from '../../shared/testing/generate';
import { yearFileName } from '../../electron/cases/year-file';
import { storePath } from '../../electron/storage/conf-location';
import { openApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { mb, repeat, summarize, timed, type Timing } from '../lib/stats';

export interface SaveResult {
  size: number;
  fileMb: number;
  /** `cases:save` of one new summary through the dispatcher: checks, repository, the encrypted year file, its backup. */
  save: Timing;
  /** The same file's bytes written to a new file, fsynced, renamed over: no app code at all. */
  fileFloor: Timing;
  /** Appending only the saved summary's bytes to a log and fsyncing: what a save must at least cost. */
  trueFloor: Timing;
  /**
   * What a save does besides one write, timed apart to say what bounds it: the year turned
   * into file text (JSON, encrypted: codec.serialize) and the backup (reading the file back,
   * writing a copy).
   */
  parts: { serialize: Timing; backup: Timing };
}

/** Writes `bytes` the way an atomic writer does at minimum: temp file, write, fsync, rename. */
function writeFsyncRename(path: string, bytes: Uint8Array): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

function appendFsync(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'a');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Saves `runs` new summaries into the year file already in `dir`, each followed by the two
 * floors on the same disk, so drift in the disk's speed affects all three alike.
 */
export async function measureSave(dir: string, runs: number): Promise<SaveResult> {
  const yearFile = storePath(dir, yearFileName(BENCH_YEAR));
  const app = await openApp(dir);
  const warmup = 1;
  const summaries = generateSummaries(runs + warmup, BENCH_YEAR, 4242, { full: true });
  // The first call loads the year file, as listing the year would have done before any save.
  const { rows } = await app.call<{ rows: unknown[] }>('cases:list', { year: BENCH_YEAR });

  const saves: number[] = [];
  const floors: number[] = [];
  const appends: number[] = [];
  const floorTarget = join(dir, 'floor-target.bin');
  const log = join(dir, 'append-target.log');
  for (let i = 0; i < runs + warmup; i++) {
    const { ms, value } = await timed(() => app.call<CaseRecord>('cases:save', { summary: summaries[i] }));
    const bytes = readFileSync(yearFile);
    const one = Buffer.from(`${JSON.stringify(value)}\n`);
    const floor = await timed(() => writeFsyncRename(floorTarget, bytes));
    const append = await timed(() => appendFsync(log, one));
    if (i < warmup) continue;
    saves.push(ms);
    floors.push(floor.ms);
    appends.push(append.ms);
  }

  const content = app.codec.deserialize(readFileSync(yearFile, 'utf8'));
  const serialize = await repeat(3, () => app.codec.serialize(content));
  const backup = await repeat(3, () => writeFsyncRename(join(dir, 'backup-target.bin'), readFileSync(yearFile)));
  return {
    size: rows.length,
    fileMb: mb(statSync(yearFile).size),
    save: summarize(saves),
    fileFloor: summarize(floors),
    trueFloor: summarize(appends),
    parts: { serialize, backup },
  };
}
