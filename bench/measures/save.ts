import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { diffSummaries } from '../../shared/domain/history';
import { SaveCaseRequest, type CaseListPage, type CaseRecord } from '../../shared/schemas/case';
import { generateSummaries } from '../../shared/testing/generate';
import { Sequences } from '../../electron/cases/sequences';
import { storable } from '../../electron/cases/case-checks';
import { factsOf } from '../../electron/cases/case-rows';
import { transaction } from '../../electron/storage/sql';
import { openApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { peakRssMb, repeat, summarize, timed, type Timing } from '../lib/stats';

export interface SaveResult {
  size: number;
  /** `cases:save` of one new summary through the dispatcher: checks, case code, sealed rows, one durable transaction. */
  save: Timing;
  /** The engine's floor: one row of the same size inserted in its own transaction, committed durably, same database and connection. */
  commitFloor: Timing;
  /** Appending only the saved summary's bytes to a log and fsyncing: the disk's own floor, for reference. */
  appendFloor: Timing;
  /** Bytes of the sealed summary row (the floor's row is this size). */
  rowBytes: number;
  /**
   * A save's CPU work timed apart on its own (no I/O), to say what bounds it: the request
   * checked against its schema as the dispatcher does (`requestCheck`: `SaveCaseRequest`, the
   * one check a new summary gets), the creation history (field-by-field diff), sealing the row
   * (JSON + AES-GCM), and the next case code (one sealed sequences row). `storable` (JSON round
   * trip and zod of a whole record) is what an import checks per record; a save does not run it.
   */
  parts: { requestCheck: Timing; storable: Timing; diff: Timing; seal: Timing; nextCode: Timing };
  /** Peak resident memory once the saves were done, before any of the parts were timed. */
  mainPeakMb: number;
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
 * Saves `runs` new summaries into the year already in `dir`, each followed by the engine's
 * floor (one row, one durable commit, in the same database through the same connection) and
 * the disk's append floor, so drift in the disk's speed affects all three alike.
 */
export async function measureSave(dir: string, runs: number): Promise<SaveResult> {
  const app = await openApp(dir);
  const warmup = 2;
  const summaries = generateSummaries(runs + warmup, BENCH_YEAR, 4242, { full: true });
  // The first call opens the database and reads the year, as the list has done before any save.
  const { total: yearSize } = await app.call<CaseListPage>('cases:list', { year: BENCH_YEAR });
  const db = app.db();
  db.exec('CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, content BLOB NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO bench_floor (content) VALUES (?)');
  const rowSize = db.prepare('SELECT length(content) AS n FROM summaries WHERE id = ?');

  const saves: number[] = [];
  const floors: number[] = [];
  const appends: number[] = [];
  const log = join(dir, 'append-target.log');
  let rowBytes = 0;
  let last: CaseRecord | undefined;
  for (let i = 0; i < runs + warmup; i++) {
    const { ms, value } = await timed(() => app.call<CaseRecord>('cases:save', { summary: summaries[i] }));
    last = value;
    rowBytes = Number(rowSize.get(value.id)?.n ?? 0);
    const blob = randomBytes(rowBytes);
    const floor = await timed(() => transaction(db, () => insert.run(blob)));
    const append = await timed(() => appendFsync(log, Buffer.from(`${JSON.stringify(value)}\n`)));
    // Each save reaches the app as its own IPC message: the event loop turns between them, and
    // what runs after an answer (a checkpoint due after many commits) runs there, untimed.
    await new Promise((resolve) => setImmediate(resolve));
    if (i < warmup) continue;
    saves.push(ms);
    floors.push(floor.ms);
    appends.push(append.ms);
  }
  const mainPeakMb = peakRssMb();

  if (!last) throw new Error('no save ran');
  const record = last;
  const vault = app.vault();
  const parts = {
    requestCheck: await repeat(20, () => SaveCaseRequest.parse({ summary: record.summary }), { warmup: 3 }),
    storable: await repeat(20, () => storable(record), { warmup: 3 }),
    diff: await repeat(20, () => diffSummaries(undefined, record.summary), { warmup: 3 }),
    seal: await repeat(
      20,
      () => vault.seal({ table: 'summaries', id: record.id, year: BENCH_YEAR, revision: 1 }, factsOf(record)),
      { warmup: 3 },
    ),
    // A new code reads this year's sequences row (one sealed row), never the year's codes.
    nextCode: await repeat(20, () => new Sequences(vault).get(BENCH_YEAR), { warmup: 3 }),
  };
  return {
    size: yearSize,
    save: summarize(saves),
    commitFloor: summarize(floors),
    appendFloor: summarize(appends),
    rowBytes,
    parts,
    mainPeakMb,
  };
}
