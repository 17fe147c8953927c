import { publishTotals } from '../../shared/domain/suppression';
import { compareYears } from '../../shared/domain/totals';
import type { Language } from '../../shared/i18n/translate';
import type { CaseFacts, CaseRecord, PcRef, PurgeMarker } from '../../shared/schemas/case';
import type { ExportFile, ExportFormat } from '../../shared/schemas/exchange';
import type { YearSettings } from '../../shared/schemas/year-settings';
import { protectCasesFile } from './case-protect';
import { writeCasesXlsx, writeCasesZipOf } from './cases-files';
import type { ExportedFile } from './exported-file';
import { writeTotalsCsv, writeTotalsJson, writeTotalsXlsx } from './totals-files';
import { writeDataFile } from './data-file';
import { toIsoDate } from '../../shared/domain/dates';
import { summariesAtHand, type YearSummaries } from './year-rows';

export interface ExportContext {
  appVersion: string;
  pc: PcRef;
  language: Language;
  now: Date;
  /** The exported year's summaries (the bin included), read as each format needs them. */
  ofYear: readonly CaseRecord[] | YearSummaries;
  /** Every summary of every year without history, the bin included: investigations span years. */
  allFacts: readonly CaseFacts[];
  /** Every purge marker this PC holds, of any year: each yearly data file carries them all. */
  purged: readonly PurgeMarker[];
  settings: YearSettings;
  previousSettings: YearSettings;
}

export interface ExportOptions {
  year: number;
  format: ExportFormat;
  passphrase?: string | undefined;
  suppressBelow?: number | undefined;
}

const toFile = (fileName: string, mediaType: string, bytes: Uint8Array | string): ExportFile => ({
  fileName,
  mediaType,
  base64: (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)).toString('base64'),
});

/**
 * A file name that says which PC wrote it and when, so files from several PCs (or two exports of
 * one PC) never take each other's place in a folder: `cpu-data-2025.json` from the PC named
 * "OVA office 2" on 2 December 2026 is `cpu-data-2025-ova-office-2-2026-12-02.json`. Letters of
 * any script are kept (a Khmer PC name stays readable); a PC without a name uses its id's start.
 */
export function placedFileName(fileName: string, pc: PcRef, now: Date): string {
  const dot = fileName.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  const slug = pc.pcName
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base}-${slug || `pc-${pc.pcId.slice(0, 8)}`}-${toIsoDate(now)}${ext}`;
}

/** Builds one export of a year in the chosen format; nothing is written on this PC. */
export async function createExport(options: ExportOptions, ctx: ExportContext): Promise<ExportFile> {
  const file = await buildExport(options, ctx);
  return { ...file, fileName: placedFileName(file.fileName, ctx.pc, ctx.now) };
}

async function buildExport(options: ExportOptions, ctx: ExportContext): Promise<ExportFile> {
  const { year, format } = options;
  const summaries = 'inUse' in ctx.ofYear ? ctx.ofYear : summariesAtHand(ctx.ofYear);
  switch (format) {
    case 'year-json': {
      const body = {
        format: 'cpu-case-register/year-data' as const,
        formatVersion: 1 as const,
        appVersion: ctx.appVersion,
        pc: ctx.pc,
        exportedAt: ctx.now.toISOString(),
        year,
        summaries: [...summaries.records()],
        ...(ctx.purged.length > 0 ? { purged: [...ctx.purged] } : {}),
      };
      const protectedFile = options.passphrase !== undefined;
      const name = `cpu-data-${year}${protectedFile ? '-protected' : ''}.json`;
      return toFile(name, 'application/json', writeDataFile(body, options.passphrase));
    }
    default:
      return fromWriter(await writeTables(options, ctx, summaries));
  }
}

/** Case-level tables leave the office with every narrative: an AES-256 zip when a passphrase is given. */
const protectedIfAsked = (file: ExportedFile, options: ExportOptions, ctx: ExportContext) =>
  options.passphrase === undefined
    ? file
    : protectCasesFile(file, options.passphrase, ctx.now, placedFileName(file.fileName, ctx.pc, ctx.now));

const fromWriter = (file: ExportedFile) => toFile(file.fileName, file.mediaType, file.bytes);

/** Case-level tables and totals-only files, all from the one totals function. */
async function writeTables(
  options: ExportOptions,
  ctx: ExportContext,
  summaries: YearSummaries,
): Promise<ExportedFile> {
  const write = { language: ctx.language, now: ctx.now };
  if (options.format === 'cases-csv') {
    return protectedIfAsked(await writeCasesZipOf(summaries.inUse(), options.year, write), options, ctx);
  }
  const { current, previous } = compareYears(
    ctx.allFacts,
    options.year,
    ctx.settings.spending,
    ctx.previousSettings.spending,
  );
  switch (options.format) {
    case 'cases-xlsx': {
      const inUse: CaseFacts[] = [];
      for await (const batch of summaries.inUse()) inUse.push(...batch);
      return protectedIfAsked(await writeCasesXlsx(inUse, current, write), options, ctx);
    }
    default: {
      const published = publishTotals(current, options.suppressBelow ?? null, previous);
      if (options.format === 'totals-csv') return writeTotalsCsv(published, write);
      if (options.format === 'totals-xlsx') return writeTotalsXlsx(published, write);
      return writeTotalsJson(published, write);
    }
  }
}
