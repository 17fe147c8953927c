import { randomUUID } from 'node:crypto';
import { AppFailure, type AppError } from '../../shared/ipc/result';
import type { JobStatus } from '../../shared/schemas/exchange';

export interface JobControl {
  signal: AbortSignal;
  progress(done: number, total?: number): void;
}

interface Job {
  status: JobStatus;
  abort: AbortController;
}

/** Finished jobs kept for their last poll; older ones are forgotten. */
const KEEP_FINISHED = 20;

const errorOf = (error: unknown): AppError =>
  error instanceof AppFailure
    ? { code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) }
    : { code: 'internal', message: 'The work stopped on an unexpected error; nothing was written.' };

/**
 * Long work (an export, an import's preview) that runs on after its request has answered: the
 * page polls its progress (`jobs:progress`) and may cancel it (`jobs:cancel`) before anything is
 * written. A failed job keeps its error for the page to show.
 */
export class Jobs {
  readonly #jobs = new Map<string, Job>();

  start(
    kind: JobStatus['kind'],
    total: number,
    run: (control: JobControl) => Promise<Pick<JobStatus, 'preview' | 'fileName'>>,
  ): string {
    const id = randomUUID();
    const abort = new AbortController();
    const job: Job = { status: { job: id, kind, state: 'running', done: 0, total }, abort };
    this.#jobs.set(id, job);
    const control: JobControl = {
      signal: abort.signal,
      progress: (done, all) => {
        job.status = { ...job.status, done, total: all ?? job.status.total };
      },
    };
    void run(control).then(
      (result) => {
        job.status = { ...job.status, ...(result ?? {}), state: abort.signal.aborted ? 'cancelled' : 'done' };
        if (!abort.signal.aborted) job.status.done = job.status.total;
        this.#prune();
      },
      (error: unknown) => {
        job.status = abort.signal.aborted
          ? { ...job.status, state: 'cancelled' }
          : { ...job.status, state: 'failed', error: errorOf(error) };
        this.#prune();
      },
    );
    return id;
  }

  status(id: string): JobStatus {
    const job = this.#jobs.get(id);
    if (!job) throw new AppFailure('not-found', 'No such export or import.');
    return job.status;
  }

  /** Stops a running job; what it was writing is removed, a preview is not kept. */
  cancel(id: string): JobStatus {
    const job = this.#jobs.get(id);
    if (!job) throw new AppFailure('not-found', 'No such export or import.');
    if (job.status.state === 'running') job.abort.abort();
    return job.status;
  }

  #prune(): void {
    const finished = [...this.#jobs.values()].filter((j) => j.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.#jobs.delete(job.status.job);
    }
  }
}
