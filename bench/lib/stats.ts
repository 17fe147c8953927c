import { performance } from 'node:perf_hooks';

/** Timings of one measure in milliseconds, summarised as the table prints them. */
export interface Timing {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile: with few samples p95 is the slowest run, never an interpolation. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    median: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** Milliseconds one call takes, with its result. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Runs `fn` `runs` times after `warmup` untimed runs; `setup` (untimed) runs before each. */
export async function repeat(
  runs: number,
  fn: (i: number) => unknown,
  options: { warmup?: number; setup?: (i: number) => unknown } = {},
): Promise<Timing> {
  const samples: number[] = [];
  for (let i = -(options.warmup ?? 0); i < runs; i++) {
    await options.setup?.(i);
    const { ms } = await timed(() => fn(i));
    if (i >= 0) samples.push(ms);
  }
  return summarize(samples);
}

/** Peak resident memory of this process so far, in MB (the kernel's high-water mark). */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
export const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
