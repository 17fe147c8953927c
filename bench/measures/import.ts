import { readFileSync } from 'node:fs';
import type { ImportPreview, ImportResult } from '../../shared/schemas/exchange';
import { checksumOf, type DataFileBody } from '../../electron/exchange/data-file';
import { openApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { peakRssMb, timed } from '../lib/stats';

export interface ImportRun {
  preview: number;
  apply: number;
  total: number;
  counts: ImportPreview['counts'];
  written: number;
  /** Steps of the preview timed apart (after the run): parsing the file's JSON, its checksum. */
  parts: { parse: number; checksum: number };
  /** Peak resident memory after preview and apply (the file's text held as the handler receives it). */
  mainPeakMb: number;
}

/**
 * Another PC's yearly data file merged into this PC's year: `imports:preview` (read, checksum,
 * every record checked, each classified against ours) then `imports:apply` with a choice for
 * every conflicting field (one transaction). Ours is listed first, as the app has it when the
 * screen opens.
 */
export async function measureImport(dir: string, file: string): Promise<ImportRun> {
  const content = readFileSync(file, 'utf8');
  const app = await openApp(dir);
  await app.call('cases:list', { year: BENCH_YEAR });
  const preview = await timed(() => app.call<ImportPreview>('imports:preview', { content }));
  const resolutions = Object.fromEntries(
    preview.value.items
      .filter((item) => item.kind === 'conflict')
      .map((item) => [item.id, Object.fromEntries(item.conflicts.map((c) => [c.path, 'theirs']))]),
  );
  const apply = await timed(() => app.call<ImportResult>('imports:apply', { token: preview.value.token, resolutions }));
  const mainPeakMb = peakRssMb();
  const parse = await timed(() => JSON.parse(content) as Record<string, unknown>);
  const body = { ...parse.value };
  delete body.checksum;
  const checksum = await timed(() => checksumOf(body as DataFileBody));
  return {
    preview: preview.ms,
    apply: apply.ms,
    total: preview.ms + apply.ms,
    counts: preview.value.counts,
    written: apply.value.written,
    parts: { parse: parse.ms, checksum: checksum.ms },
    mainPeakMb,
  };
}
