import type { ChosenFile, ImportPreview, ImportResult } from '../../shared/schemas/exchange';
import { openApp, type BenchApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { timed } from '../lib/stats';
import { answerDialogs, finished, peakSince } from './year-file-job';

export interface ImportRun {
  /** Whether the file was the protected one (chunked AES-256-GCM, scrypt N = 2^17 included in the preview). */
  protectedFile: boolean;
  preview: number;
  apply: number;
  total: number;
  counts: ImportPreview['counts'];
  written: number;
  /** CPU time (user + system) of this process during the preview and the apply: less swayed by other processes than the clock. */
  cpu: { preview: number; apply: number };
  /** Peak resident memory from the file chosen until the apply answered (the folder's opening before is left out). */
  mainPeakMb: number;
}

/**
 * Another PC's yearly data file merged into this PC's year as the app does it: the file chosen
 * (Electron's open dialog answers with its path), `imports:previewFile` as a job that streams it
 * (every record checked, each classified against ours, batch by batch), then `imports:apply`
 * with a choice for every conflicting field (one transaction). Ours is listed first, as the app
 * has it when the screen opens.
 */
async function importOnce(app: BenchApp, path: string, passphrase?: string) {
  answerDialogs({ open: () => path });
  const cpuAtStart = process.cpuUsage();
  const preview = await timed(async () => {
    const chosen = await app.call<ChosenFile>('imports:chooseFile', {});
    const { job } = await app.call<{ job: string }>('imports:previewFile', {
      file: chosen.file,
      ...(passphrase ? { passphrase } : {}),
    });
    const status = await finished(app, job);
    if (!status.preview) throw new Error('the import job ended without a preview');
    return status.preview;
  });
  const resolutions = Object.fromEntries(
    preview.value.items
      .filter((item) => item.kind === 'conflict')
      .map((item) => [item.id, Object.fromEntries(item.conflicts.map((c) => [c.path, 'theirs']))]),
  );
  const cpuAfterPreview = process.cpuUsage();
  const apply = await timed(() => app.call<ImportResult>('imports:apply', { token: preview.value.token, resolutions }));
  const cpuAfterApply = process.cpuUsage();
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  const cpu = {
    preview: cpuMs(cpuAfterPreview) - cpuMs(cpuAtStart),
    apply: cpuMs(cpuAfterApply) - cpuMs(cpuAfterPreview),
  };
  return { preview, apply, cpu };
}

/**
 * One import of the other PC's v2 file (plain, or protected with `passphrase`) into a fresh copy
 * of our year, in a process of its own, so each kind's peak memory is its own.
 */
export async function measureImport(dir: string, file: string, passphrase?: string): Promise<ImportRun> {
  const app = await openApp(dir);
  await app.call('cases:list', { year: BENCH_YEAR });
  const peak = peakSince();
  const { preview, apply, cpu } = await importOnce(app, file, passphrase);
  const mainPeakMb = peak();
  return {
    protectedFile: passphrase !== undefined,
    preview: preview.ms,
    apply: apply.ms,
    total: preview.ms + apply.ms,
    counts: preview.value.counts,
    written: apply.value.written,
    cpu,
    mainPeakMb,
  };
}
