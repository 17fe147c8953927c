import { groupInvestigations } from '../../shared/domain/investigations';
import { computeTotals } from '../../shared/domain/totals';
import type { ExportFile } from '../../shared/schemas/exchange';
import type { CaseFacts } from '../../shared/schemas/case';
import { CaseRepository } from '../../electron/cases/case-repository';
import { checksumOf, DATA_FILE_FORMAT, DATA_FILE_VERSION, type DataFileBody } from '../../electron/exchange/data-file';
import { caseTables } from '../../electron/exchange/case-tables';
import { generateSummaries } from '../../shared/testing/generate';
import { openApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { peakRssMb, repeat, timed, type Timing } from '../lib/stats';

export interface TotalsResult {
  records: number;
  /** The first `totals:get` after unlock (services already open, no summary read yet): reads and unseals every year. */
  totalsCold: number;
  /** `totals:get` again with nothing changed: the handler answers its cached report. */
  totalsCached: Timing;
  /** `totals:get` after one save (untimed) changed the data: recomputed over the summaries in memory, this year and last plus the data-quality checks. */
  totalsWarm: Timing;
  /** The first request after unlock that opens the services (`cases:years`): binding, generation, the daily-backup check. */
  servicesOpen: number;
  /** `computeTotals` for one year over every stored summary: the annual report's figures. */
  computeTotals: Timing;
  /**
   * Steps timed apart: grouping by investigation (the first step of the totals), and the cold
   * read's parts: the SQL read of the sealed rows alone, and unsealing them all (AES-GCM, JSON).
   */
  parts: { group: Timing; sqlRead: Timing; readAll: Timing };
  mainPeakMb: number;
}

/** The totals request through the handler, cold and warm; then its parts apart. */
export async function measureTotals(dir: string): Promise<TotalsResult> {
  const app = await openApp(dir);
  const servicesOpen = await timed(() => app.call('cases:years', {}));
  const cold = await timed(() => app.call('totals:get', { year: BENCH_YEAR }));
  const cached = await repeat(10, () => app.call('totals:get', { year: BENCH_YEAR }), { warmup: 1 });
  const edits = generateSummaries(8, BENCH_YEAR, 99, { full: true });
  const warm = await repeat(6, () => app.call('totals:get', { year: BENCH_YEAR }), {
    warmup: 1,
    setup: (i) => app.call('cases:save', { summary: edits[i + 1] }),
  });
  const mainPeakMb = peakRssMb();
  const vault = app.vault();
  const sqlRead = await repeat(3, () =>
    vault.db.prepare('SELECT id, year, revision, content FROM summaries WHERE year = ?').all(BENCH_YEAR),
  );
  let all: CaseFacts[] = [];
  const readAll = await repeat(3, () => (all = new CaseRepository(vault).allFacts()));
  const compute = await repeat(15, () => computeTotals(all, BENCH_YEAR), { warmup: 3 });
  const group = await repeat(15, () => groupInvestigations(all), { warmup: 3 });
  return {
    records: all.length,
    totalsCold: cold.ms,
    totalsCached: cached,
    totalsWarm: warm,
    servicesOpen: servicesOpen.ms,
    computeTotals: compute,
    parts: { group, sqlRead, readAll },
    mainPeakMb,
  };
}

export interface ExportResult {
  /** The yearly data file (JSON with checksum) through `exports:create`. */
  yearJson: Timing;
  /** Case-level CSV files, zipped, through `exports:create`. */
  casesCsv: Timing;
  yearJsonMb: number;
  casesCsvMb: number;
  /** Steps timed apart to say what bounds them: reading the year with history, the data file's checksum, the CSV export's tables. */
  parts: { ofYear: Timing; checksum: Timing; tables: Timing };
  mainPeakMb: number;
}

/** Both exports through the dispatcher and `createExport`, each after a warm-up call. */
export async function measureExports(dir: string): Promise<ExportResult> {
  const app = await openApp(dir);
  let jsonChars = 0;
  let csvChars = 0;
  const call = async (format: 'year-json' | 'cases-csv') =>
    (await app.call<ExportFile>('exports:create', { year: BENCH_YEAR, format })).base64.length;
  // One run each: at 30,000 an export takes tens of seconds, and the run must stay within minutes.
  const yearJson = await repeat(1, async () => (jsonChars = await call('year-json')));
  const casesCsv = await repeat(1, async () => (csvChars = await call('cases-csv')));
  const mainPeakMb = peakRssMb();
  const mbOf = (base64Chars: number) => Math.round(((base64Chars * 3) / 4 / 1024 / 1024) * 10) / 10;
  const repository = new CaseRepository(app.vault());
  let summaries: ReturnType<CaseRepository['ofYear']> = [];
  const ofYear = await repeat(1, () => (summaries = repository.ofYear(BENCH_YEAR)));
  const pc = { pcId: '0b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d', pcName: 'CPU office PC 1' };
  const exportedAt = new Date().toISOString();
  const body: DataFileBody = {
    format: DATA_FILE_FORMAT,
    formatVersion: DATA_FILE_VERSION,
    appVersion: 'bench',
    pc,
    exportedAt,
    year: BENCH_YEAR,
    summaries,
  };
  const checksum = await repeat(1, () => checksumOf(body));
  const inUse = summaries.filter((r) => r.deletedAt === undefined);
  const tables = await repeat(1, () => caseTables(inUse, 'en'));
  return {
    yearJson,
    casesCsv,
    yearJsonMb: mbOf(jsonChars),
    casesCsvMb: mbOf(csvChars),
    parts: { ofYear, checksum, tables },
    mainPeakMb,
  };
}
