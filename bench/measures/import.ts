import { mkdtempSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChosenFile, ImportPreview, ImportResult } from '../../shared/schemas/exchange';
import type { CaseRecord } from '../../shared/schemas/case';
import { readDataFilePath, writeFileAtomically, yearFileBytes } from '../../electron/exchange/data-file-stream';
import { openApp, type BenchApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { peakRssMb, timed } from '../lib/stats';
import { answerDialogs, finished, peakSince } from './year-file-job';

const PASSPHRASE = 'bench: a passphrase for the other PC';

export interface ImportRun {
  preview: number;
  apply: number;
  total: number;
  counts: ImportPreview['counts'];
  written: number;
  /** The same file protected: preview (scrypt N = 2^17 included) + apply, on a fresh copy of ours. */
  protectedRun: { preview: number; apply: number; total: number };
  /** Peak resident memory during the plain preview and apply (not the file's preparation before). */
  mainPeakMb: number;
  /** The process's peak, preparation included (the other PC's file converted to version 2). */
  processPeakMb: number;
}

/**
 * The other PC's file as that PC now sends it: version 2, plain and protected, written by the
 * app's own writer from the seeded file (untimed, before the measure).
 */
async function versionTwo(file: string, folder: string) {
  const records: CaseRecord[] = [];
  const header = await readDataFilePath(file, { onRecord: (record) => void records.push(record) });
  const write = async (passphrase?: string) => {
    const path = join(
      folder,
      `cpu-data-${BENCH_YEAR}-${passphrase ? 'protected' : 'plain'}.${passphrase ? 'cpudata' : 'jsonl'}`,
    );
    const fields = { ...header, purged: header.purged ?? [] };
    await writeFileAtomically(path, yearFileBytes(fields, records, { passphrase, fileName: basename(path) }));
    return path;
  };
  return { plain: await write(), protectedFile: await write(PASSPHRASE) };
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
  const apply = await timed(() => app.call<ImportResult>('imports:apply', { token: preview.value.token, resolutions }));
  return { preview, apply };
}

export async function measureImport(dir: string, file: string, protectedDir?: string): Promise<ImportRun> {
  const folder = mkdtempSync(join(dir, 'import-files-'));
  const { plain, protectedFile } = await versionTwo(file, folder);
  const app = await openApp(dir);
  await app.call('cases:list', { year: BENCH_YEAR });
  const peak = peakSince();
  const { preview, apply } = await importOnce(app, plain);
  const mainPeakMb = peak();
  let protectedRun = { preview: Number.NaN, apply: Number.NaN, total: Number.NaN };
  if (protectedDir) {
    const other = await openApp(protectedDir);
    await other.call('cases:list', { year: BENCH_YEAR });
    const run = await importOnce(other, protectedFile, PASSPHRASE);
    protectedRun = { preview: run.preview.ms, apply: run.apply.ms, total: run.preview.ms + run.apply.ms };
  }
  rmSync(folder, { recursive: true, force: true });
  return {
    preview: preview.ms,
    apply: apply.ms,
    total: preview.ms + apply.ms,
    counts: preview.value.counts,
    written: apply.value.written,
    protectedRun,
    mainPeakMb,
    processPeakMb: peakRssMb(),
  };
}
