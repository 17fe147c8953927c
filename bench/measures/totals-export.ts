import { groupInvestigations } from '../../shared/domain/investigations';
import { computeTotals } from '../../shared/domain/totals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFile, YearFileExport } from '../../shared/schemas/exchange';
import type { CaseFacts } from '../../shared/schemas/case';
import { CaseRepository } from '../../electron/cases/case-repository';
import { caseTables } from '../../electron/exchange/case-tables';
import { generateSummaries } from '../../shared/testing/generate';
import { openApp } from '../lib/app';
import { BENCH_YEAR } from '../lib/data';
import { mb, peakRssMb, repeat, timed, type Timing } from '../lib/stats';
import { answerDialogs, finished, peakSince } from './year-file-job';

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
  /** The yearly data file (v2, plain) through `exports:yearFile`: the job writing it to a path, until done. */
  yearJson: Timing;
  /** The same, protected (chunked AES-256-GCM, the key derived with scrypt N = 2^17 included). */
  yearProtected: Timing;
  /** Case-level CSV files, zipped, through `exports:create`. */
  casesCsv: Timing;
  yearJsonMb: number;
  yearProtectedMb: number;
  casesCsvMb: number;
  /**
   * Steps timed apart: the yearly file's bulk read (every summary and history row opened, not
   * parsed), the case-level tables' read (summaries without history, parsed), building the tables.
   */
  parts: { rawYear: Timing; factsYear: Timing; tables: Timing };
  mainPeakMb: number;
  /** Peak resident memory while the plain yearly data files were written (the folder's opening before left out). */
  yearFilePeakMb: number;
  /** The same while the protected ones were written (measured apart, after the plain ones). */
  yearProtectedPeakMb: number;
  /** The same while the case-level CSV was written (measured apart, after the yearly files). */
  casesCsvPeakMb: number;
}

/** The yearly data file through its job to a path (plain, then protected), then the CSV through `exports:create`. */
export async function measureExports(dir: string): Promise<ExportResult> {
  const app = await openApp(dir);
  const out = mkdtempSync(join(dir, 'exports-'));
  answerDialogs({ saveAs: (name) => join(out, name) });
  const peak = peakSince();
  let path = '';
  const yearFile = async (passphrase?: string) => {
    const started = await app.call<YearFileExport>('exports:yearFile', {
      year: BENCH_YEAR,
      ...(passphrase ? { passphrase } : {}),
    });
    await finished(app, started.job ?? '');
    path = join(out, started.fileName);
  };
  // Three runs each, none discarded: the first is the one an officer waits for.
  const yearJson = await repeat(3, () => yearFile());
  const yearJsonMb = mb(statSync(path).size);
  const yearFilePeakMb = peak();
  const protectedPeak = peakSince();
  const yearProtected = await repeat(3, () => yearFile('bench: a passphrase for the other PC'));
  const yearProtectedMb = mb(statSync(path).size);
  const yearProtectedPeakMb = protectedPeak();
  let csvChars = 0;
  const csvPeak = peakSince();
  const casesCsv = await repeat(1, async () => {
    csvChars = (await app.call<ExportFile>('exports:create', { year: BENCH_YEAR, format: 'cases-csv' })).base64.length;
  });
  const casesCsvPeakMb = csvPeak();
  const mainPeakMb = peakRssMb();
  const repository = new CaseRepository(app.vault());
  const rawYear = await repeat(1, async () => {
    const opener = repository.rowOpener();
    for await (const batch of repository.rawRows().batches(BENCH_YEAR, opener)) void batch;
    await opener.close();
  });
  let inUse: CaseFacts[] = [];
  const factsYear = await repeat(1, async () => {
    inUse = [];
    const opener = repository.rowOpener();
    for await (const batch of repository.rawRows().facts(BENCH_YEAR, opener))
      inUse.push(...batch.filter((r) => r.deletedAt === undefined));
    await opener.close();
  });
  const tables = await repeat(1, () => caseTables(inUse, 'en'));
  rmSync(out, { recursive: true, force: true });
  return {
    yearJson,
    yearProtected,
    casesCsv,
    yearJsonMb,
    yearProtectedMb,
    casesCsvMb: Math.round(((csvChars * 3) / 4 / 1024 / 1024) * 10) / 10,
    parts: { rawYear, factsYear, tables },
    mainPeakMb,
    yearFilePeakMb,
    yearProtectedPeakMb,
    casesCsvPeakMb,
  };
}
