import type { Request } from './lib/page';
import type { Timing } from './lib/stats';

export interface Row {
  measure: string;
  size: string;
  target: string;
  measured: string;
  /** Save rows: the figure divided by the same statistic of the engine's one-row durable commit. */
  vsFloor?: string;
  verdict: 'PASS' | 'MISS' | '';
  /** For a miss: what bounds the figure, in measured numbers. */
  bound?: string;
}

export const n = (x: number) => x.toLocaleString('en-US');
export const ms = (x: number) => (x >= 100 ? `${n(Math.round(x))} ms` : `${x.toFixed(1)} ms`);
export const ratio = (a: number, b: number) => `×${(a / b).toFixed(a / b >= 100 ? 0 : 1)}`;
export const atMost = (x: number) => `≤ ${n(x)} ms`;
export const verdict = (ok: boolean): Row['verdict'] => (ok ? 'PASS' : 'MISS');
export const med = (t: Timing) => `${ms(t.median)} (p95 ${ms(t.p95)}, n=${t.n})`;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
export const requestsText = (requests: readonly Request[], after = 0) =>
  requests
    .filter((r) => r.name.startsWith('/ipc/'))
    .map(
      (r) =>
        `${decodeURIComponent(r.name.slice(5))} sent at ${ms(Math.max(0, r.at - after))}, answered after ${ms(r.wait)} + ${ms(r.receive)} (${n(Math.round(r.bytes / 1024))} KB)`,
    )
    .join('; ');
export const judged = (ok: boolean, bound: () => string) => ({
  verdict: verdict(ok),
  ...(ok ? {} : { bound: bound() }),
});
