import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** One sealed row of a copy, to be opened with the key in the main thread (the key never goes to the worker). */
export interface SampleRow {
  id: string;
  year: number;
  revision: number;
  content: Uint8Array;
}

/** What the worker found in a copy: `damaged` when quick_check failed, `error` when it could not be read at all. */
export interface CopyCheck {
  ok: boolean;
  count: number;
  sampleRow: SampleRow | null;
  damaged?: boolean;
  error?: string;
}

/**
 * Run in a worker thread (`eval`, CommonJS, self-contained: the bundle has no separate file for
 * it), so the main thread keeps answering while SQLite reads a whole copy. Opens it read-only,
 * runs `quick_check`, counts the summaries and fetches one sealed row, as it is.
 */
const CHECK_SCRIPT = `
const { DatabaseSync } = require('node:sqlite');
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  db = new DatabaseSync(workerData, { readOnly: true, timeout: 0 });
  const check = db.prepare('PRAGMA quick_check(1)').get();
  if (!check || check.quick_check !== 'ok') {
    parentPort.postMessage({ ok: false, count: 0, sampleRow: null, damaged: true });
  } else {
    const count = Number(db.prepare('SELECT COUNT(*) AS n FROM summaries').get().n);
    const sampleRow = db.prepare('SELECT id, year, revision, content FROM summaries LIMIT 1').get() ?? null;
    parentPort.postMessage({ ok: true, count, sampleRow });
  }
} catch (error) {
  parentPort.postMessage({ ok: false, count: 0, sampleRow: null, error: String(error && error.message ? error.message : error) });
} finally {
  if (db && db.isOpen) db.close();
}
`;

/** Checks still running (a restart in the same process waits for them: see `backupsSettled`). */
const inFlight = new Set<Promise<CopyCheck>>();

export async function checksSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/** Checks a copy in a worker thread; never rejects. */
export function checkCopyInWorker(path: string): Promise<CopyCheck> {
  const check = runWorker(path);
  inFlight.add(check);
  void check.then(() => inFlight.delete(check));
  return check;
}

function runWorker(path: string): Promise<CopyCheck> {
  return new Promise((resolve) => {
    let answer: CopyCheck | undefined;
    let worker: Worker;
    try {
      worker = new Worker(CHECK_SCRIPT, { eval: true, workerData: path });
    } catch (error) {
      resolve({ ok: false, count: 0, sampleRow: null, error: String(error) });
      return;
    }
    worker.once('message', (message: CopyCheck) => {
      answer = message;
    });
    worker.once('error', (error: unknown) => {
      answer ??= {
        ok: false,
        count: 0,
        sampleRow: null,
        error: error instanceof Error ? error.message : String(error),
      };
    });
    // The worker has closed the copy once it exits (on Windows an open copy could not be pruned).
    worker.once('exit', () =>
      resolve(answer ?? { ok: false, count: 0, sampleRow: null, error: 'the check stopped without an answer' }),
    );
  });
}

interface Cached {
  stamp: string;
  check: Promise<CopyCheck>;
  /** Set once the check has finished, for callers that cannot wait (`withOffer`). */
  done?: CopyCheck;
}

/** A named backup never changes, so its check is kept (by path, size, mtime and inode: a replaced file is checked again). */
const cache = new Map<string, Cached>();
const CACHE_LIMIT = 100;

function fileStamp(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return undefined;
  }
}

function remember(path: string, stamp: string, check: Promise<CopyCheck>): Cached {
  const entry: Cached = { stamp, check };
  void check.then((done) => {
    entry.done = done;
  });
  cache.delete(path);
  cache.set(path, entry);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return entry;
}

function cached(path: string, stamp: string | undefined): Cached | undefined {
  const entry = cache.get(path);
  return entry !== undefined && entry.stamp === stamp ? entry : undefined;
}

/** The check of a named backup: from the cache, or started now in a worker. */
export function checkBackup(path: string): Promise<CopyCheck> {
  const stamp = fileStamp(path);
  if (stamp === undefined)
    return Promise.resolve({ ok: false, count: 0, sampleRow: null, error: 'the backup is gone' });
  return (cached(path, stamp) ?? remember(path, stamp, checkCopyInWorker(path))).check;
}

/** The finished check of a named backup, or undefined (and the check started) when it is not known yet. */
export function knownCheck(path: string): CopyCheck | undefined {
  const stamp = fileStamp(path);
  if (stamp === undefined) return undefined;
  const entry = cached(path, stamp);
  if (entry) return entry.done;
  remember(path, stamp, checkCopyInWorker(path));
  return undefined;
}

/** A copy just checked (as `.partial`) and renamed into place: its check is already known. */
export function rememberCheck(path: string, check: CopyCheck): void {
  const stamp = fileStamp(path);
  if (stamp !== undefined) remember(path, stamp, Promise.resolve(check)).done = check;
}
