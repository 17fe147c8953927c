import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../shared/ipc/result';
import { openPacked, packRows, unpackRows, type PackedRows } from './packed-rows';
import type { RowPlace } from './row-seal';
import type { DataKey } from './sealed-codec';

/** The worker's code (row-opener-worker.ts), bundled into the main process's own file at build time (scripts/build-node.mjs). */
declare const __ROW_OPENER_WORKER__: string | undefined;
const BUILT_WORKER = typeof __ROW_OPENER_WORKER__ === 'string' ? __ROW_OPENER_WORKER__ : undefined;

/**
 * Opens sealed rows in bulk off the main thread: an export reads a year's rows from the
 * database while worker threads open the rows read before (AES-256-GCM, one call per row, is
 * most of a bulk read's work). Rows come back in the order given, each a row's JSON bytes or
 * undefined for one that does not open (as `Vault#openBytes`).
 */
export interface RowOpener {
  open(places: RowPlace[], sealed: readonly Uint8Array[]): Promise<(Buffer | undefined)[]>;
  /** Stops the threads; rows asked for after this are opened on the calling thread. */
  close(): Promise<void>;
  /** How many worker threads open rows (0: they are opened on the calling thread). */
  readonly threads: number;
}

export interface RowOpenerOptions {
  /** The worker's code; the one built into the app by default. Without one, rows are opened on the calling thread. */
  workerSource?: string | undefined;
  /** Worker threads; by default one per core beyond the main thread's, at most two. */
  threads?: number;
}

interface Pending {
  places: RowPlace[];
  sealed: readonly Uint8Array[];
  resolve: (rows: (Buffer | undefined)[]) => void;
}

const locked = () => new AppFailure('locked', 'The app is locked.');

/**
 * A `RowOpener` for the data key `current` gives now. Each worker gets a copy of the key when it
 * starts and keeps it until `close`, which overwrites it. Each `open` first asks `current` again:
 * once the app is locked (or the key replaced) it is refused, as a read row by row was. A worker
 * that fails (it could not start, or stopped) is not used again: what it had been given is
 * opened on the calling thread instead, so a read never fails for want of a thread.
 */
export function rowOpener(current: () => DataKey, options: RowOpenerOptions = {}): RowOpener {
  const key = current();
  const source = 'workerSource' in options ? options.workerSource : BUILT_WORKER;
  const wanted = options.threads ?? Math.min(2, Math.max(1, availableParallelism() - 1));
  const here = (places: RowPlace[], sealed: readonly Uint8Array[]) =>
    unpackRows(openPacked(key, packRows(places, sealed)));
  const pending = new Map<number, Pending & { worker: Worker }>();
  let workers: Worker[] = [];
  let nextId = 0;
  const retire = (worker: Worker) => {
    workers = workers.filter((w) => w !== worker);
    for (const [id, job] of pending) {
      if (job.worker !== worker) continue;
      pending.delete(id);
      job.resolve(here(job.places, job.sealed));
    }
  };
  if (source !== undefined) {
    for (let i = 0; i < wanted; i++) {
      const worker = new Worker(source, {
        eval: true,
        workerData: { key: new Uint8Array(key.key), keyId: key.keyId },
      });
      worker.unref();
      worker.on('message', (message: { id: number; rows: PackedRows }) => {
        const job = pending.get(message.id);
        pending.delete(message.id);
        job?.resolve(unpackRows(message.rows));
      });
      worker.on('error', () => retire(worker));
      worker.on('exit', () => retire(worker));
      workers.push(worker);
    }
  }
  return {
    get threads() {
      return workers.length;
    },
    open(places, sealed) {
      // Still unlocked with the same key: a lock (or a new key) stops a read between batches,
      // and the caller closes the opener, which stops its threads and their copies of the key.
      try {
        if (current().key !== key.key) throw locked();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : locked());
      }
      const worker = workers[nextId % Math.max(1, workers.length)];
      if (!worker) return Promise.resolve(here(places, sealed));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { places, sealed, resolve, worker });
        const rows = packRows(places, sealed);
        worker.postMessage({ id, rows }, [rows.bytes]);
      });
    },
    async close() {
      const stopping = workers;
      workers = [];
      // Each overwrites its copy of the key first (messages are taken in order), then stops.
      for (const worker of stopping) worker.postMessage({ wipe: true });
      await Promise.all(stopping.map((w) => w.terminate()));
    },
  };
}
