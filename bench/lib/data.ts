import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Summaries are dated in the last full year, so no date is "in the future" whenever this runs. */
export const BENCH_YEAR = new Date().getFullYear() - 1;
/** The year the cases list opens on after unlock. */
export const CURRENT_YEAR = new Date().getFullYear();

const made: string[] = [];

/** A fresh folder under the system temp folder, removed by `removeTempDirs`. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cpu-bench-${label}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
