import { groupInvestigations } from '../../shared/domain/investigations';
import { computeTotals } from '../../shared/domain/totals';
import type { ExportFile } from '../../shared/schemas/exchange';
import { CaseRepository } from '../../electron/cases/case-repository';
import { checksumOf, DATA_FILE_FORMAT, DATA_FILE_VERSION, type DataFileBody } from '../../electron/exchange/data-file';
import { caseTables } from '../../electron/exports/case-tables';
import { confLocation } from '../../electron/storage/conf-location';
import { openApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { repeat, type Timing } from '../lib/stats';

export interface TotalsResult {
  records: number;
  /** `computeTotals` for one year over every stored summary: the annual report's figures. */
  computeTotals: Timing;
  /** The whole `totals:get` request: this year and last (two totals), plus the data-quality checks. */
  totalsRequest: Timing;
  /** Grouping summaries by investigation, the first step of the totals, timed apart. */
  parts: { group: Timing };
}

/** Totals over a folder already on disk and unlocked; loading it is not part of the figure. */
export async function measureTotals(dir: string): Promise<TotalsResult> {
  const app = await openApp(dir);
  const request = await repeat(5, () => app.call('totals:get', { year: BENCH_YEAR }), { warmup: 1 });
  const all = new CaseRepository(confLocation(dir, app.codec)).all();
  const compute = await repeat(15, () => computeTotals(all, BENCH_YEAR), { warmup: 3 });
  const group = await repeat(15, () => groupInvestigations(all), { warmup: 3 });
  return { records: all.length, computeTotals: compute, totalsRequest: request, parts: { group } };
}

export interface ExportResult {
  /** The yearly data file (JSON with checksum) through `exports:create`. */
  yearJson: Timing;
  /** Case-level CSV files, zipped, through `exports:create`. */
  casesCsv: Timing;
  yearJsonMb: number;
  casesCsvMb: number;
  /** Steps timed apart to say what bounds them: the data file's checksum, the CSV export's tables. */
  parts: { checksum: Timing; tables: Timing };
}

/** Both exports through the dispatcher and `createExport`, the year already loaded (a warm-up call). */
export async function measureExports(dir: string): Promise<ExportResult> {
  const app = await openApp(dir);
  let jsonChars = 0;
  let csvChars = 0;
  const call = async (format: 'year-json' | 'cases-csv') =>
    (await app.call<ExportFile>('exports:create', { year: BENCH_YEAR, format })).base64.length;
  const yearJson = await repeat(3, async () => (jsonChars = await call('year-json')), { warmup: 1 });
  const casesCsv = await repeat(3, async () => (csvChars = await call('cases-csv')), { warmup: 1 });
  const mbOf = (base64Chars: number) => Math.round(((base64Chars * 3) / 4 / 1024 / 1024) * 10) / 10;
  const summaries = new CaseRepository(confLocation(dir, app.codec)).ofYear(BENCH_YEAR);
  const pc = { pcId: '0b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d', pcName: 'CPU office PC 1' };
  const exportedAt = new Date().toISOString();
  const body: DataFileBody = { format: DATA_FILE_FORMAT, formatVersion: DATA_FILE_VERSION, appVersion: 'bench', pc, exportedAt, year: BENCH_YEAR, summaries };
  const checksum = await repeat(2, () => checksumOf(body));
  const inUse = summaries.filter((r) => r.deletedAt === undefined);
  const tables = await repeat(2, () => caseTables(inUse, 'en'));
  return { yearJson, casesCsv, yearJsonMb: mbOf(jsonChars), casesCsvMb: mbOf(csvChars), parts: { checksum, tables } };
}
