import { readFileSync, writeFileSync } from 'node:fs';
import type { JobStatus } from '../../shared/schemas/exchange';
import { useFileDialogs } from '../../electron/exchange/transfers';
import type { BenchApp } from '../lib/app';

/**
 * The yearly data file's path in main as Electron takes it: the save and open dialogs answer
 * with the paths the measure sets, and the work runs as a job the measure follows as the page
 * does (`jobs:progress`), only more often, so the figure is the job's own time.
 */
export function answerDialogs(paths: { saveAs?: (name: string) => string; open?: () => string }): void {
  useFileDialogs({
    saveAs: (name) => Promise.resolve(paths.saveAs?.(name)),
    open: () => Promise.resolve(paths.open?.()),
  });
}

export async function finished(app: BenchApp, job: string): Promise<JobStatus> {
  for (;;) {
    const status = await app.call<JobStatus>('jobs:progress', { job });
    if (status.state !== 'running') {
      if (status.state !== 'done') throw new Error(`job ${status.kind}: ${status.error?.message ?? status.state}`);
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * Linux only: resets the process's peak resident memory (VmHWM), so a measure's peak is its own
 * and not that of the preparation before it; returns a reader of the peak since.
 */
export function peakSince(): () => number {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: the peak is the process's since it started (never lower than the truth).
  }
  return () => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
      if (hwm?.[1]) return Math.round(Number(hwm[1]) / 1024);
    } catch {
      // Falls through to the kernel's high-water mark for the whole process.
    }
    return Math.round(process.resourceUsage().maxRSS / 1024);
  };
}
