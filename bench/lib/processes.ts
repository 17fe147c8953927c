import { fork } from 'node:child_process';
import { peakRssMb, rssMb } from './stats';

/** One measure, run in a process of its own so its peak memory is its own. */
export interface Job {
  measure: string;
  args: Record<string, string | number>;
}

export interface ChildResult<T> {
  value: T;
  /** Resident memory when the measure started (Node and the bundle) and its peak (kernel high-water mark). */
  startRssMb: number;
  peakRssMb: number;
}

type Message<T> = ({ ok: true } & ChildResult<T>) | { ok: false; error: string };

/** Runs the job in a fresh Node process started from this same bundle. */
export function inChild<T>(job: Job): Promise<ChildResult<T>> {
  const script = process.argv[1] ?? '';
  const child = fork(script, ['--child', JSON.stringify(job)], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    let settled = false;
    child.once('message', (message: Message<T>) => {
      settled = true;
      if (message.ok) resolve({ value: message.value, startRssMb: message.startRssMb, peakRssMb: message.peakRssMb });
      else reject(new Error(`${job.measure}: ${message.error}`));
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`${job.measure}: the measuring process exited with code ${code}`));
    });
  });
}

/** The child's side: runs the job, reports the result and its memory, and exits. */
export async function serveChild(
  raw: string,
  measures: Record<string, (args: Job['args']) => Promise<unknown>>,
): Promise<void> {
  const startRssMb = rssMb();
  const job = JSON.parse(raw) as Job;
  let message: Message<unknown>;
  try {
    const run = measures[job.measure];
    if (!run) throw new Error(`no measure named ${job.measure}`);
    const value = await run(job.args);
    message = { ok: true, value, startRssMb, peakRssMb: peakRssMb() };
  } catch (error) {
    message = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  process.send?.(message, () => process.exit(message.ok ? 0 : 1));
}
