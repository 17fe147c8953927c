import type { PublishedTotals } from '../../shared/domain/published-totals';
import { toCsv, type CsvValue } from './csv';
import { utf8, type ExportedFile, type WriteOptions } from './exported-file';
import { label } from './labels';
import { display, isAgeSex, totalsSections, type AgeSexSection, type TotalsSections } from './totals-sections';
import { addTableSheets, addTotalsSheet } from './totals-sheets';
import { newWorkbook, workbookBytes, XLSX_MEDIA_TYPE } from './xlsx';

export type TotalsFormat = 'csv' | 'xlsx' | 'json';

/**
 * `cpu-totals-2025.csv`; a file without suppression says so in its name
 * (`cpu-totals-2025-unsuppressed.csv`), since it must not leave the unit.
 */
export function totalsFileName(year: number, threshold: number | null, format: TotalsFormat): string {
  return `cpu-totals-${year}${threshold === null ? '-unsuppressed' : ''}.${format}`;
}

/** The columns of the totals CSV, in this order, whatever the language of the labels. */
export const TOTALS_CSV_HEADER = [
  'year',
  'suppression_threshold',
  'table',
  'table_label',
  'key',
  'label',
  'value',
  'formula',
] as const;

/**
 * Rows of the totals CSV: one value per row (`table,key,label,value`), so the file stays one
 * rectangular table that sorts, filters and appends year after year. `table` is `headline`,
 * `comparison`, a table name, or `victimsByAgeSex` with keys `band.sex`, `band.total`,
 * `total.sex` and `total`; each table ends with its `total` row. A hidden value reads
 * `<threshold`; the threshold column reads `none` without suppression. A key Excel would read
 * as a number (a province's `09`) is written `="09"`, as in the case-level CSV, so it opens as
 * 09; files of the app before 3 December 2026 hold it bare, and a program reading both takes
 * the code between the quotes.
 */
export function totalsCsvRows(s: TotalsSections): CsvValue[][] {
  const lead = [s.year, s.threshold ?? 'none'];
  const v = display;
  const rows: CsvValue[][] = [[...TOTALS_CSV_HEADER]];
  const headlineLabel = label(s.language, 'sheet.totals');
  for (const e of s.headline) rows.push([...lead, 'headline', headlineLabel, e.key, e.label, v(e.cell), e.formula]);
  const c = s.comparison;
  if (c) {
    for (const r of c.rows) {
      const params = { figure: r.label, year: c.previousYear };
      rows.push([
        ...lead,
        'comparison',
        c.title,
        `${r.key}.previous`,
        label(s.language, 'export.figureIn', params),
        v(r.previous),
        '',
      ]);
      rows.push([
        ...lead,
        'comparison',
        c.title,
        `${r.key}.change`,
        label(s.language, 'export.figureChange', params),
        v(r.change),
        c.formula,
      ]);
    }
  }
  for (const t of s.ordered) {
    if (isAgeSex(t)) rows.push(...ageSexCsvRows(s, t, lead));
    // A row's key is a code: the province `09` stays 09 when Excel opens the file (see `keepAsText`).
    else
      for (const r of [...t.rows, t.total])
        rows.push([...lead, t.key, t.title, { code: r.key }, r.label, v(r.cell), '']);
  }
  return rows;
}

/** The two-way table as `band.sex`, `band.total`, `total.sex` and `total` rows. */
function ageSexCsvRows(s: TotalsSections, a: AgeSexSection, lead: CsvValue[]): CsvValue[][] {
  const rows: CsvValue[][] = [];
  const v = display;
  const total = label(s.language, 'export.total');
  const ageRows = [...a.rows, { key: 'total', label: total, cells: a.totals, total: a.total }];
  for (const r of ageRows) {
    a.sexes.forEach((sex, i) => {
      const cell = r.cells[i];
      if (cell) rows.push([...lead, a.key, a.title, `${r.key}.${sex.key}`, `${r.label}, ${sex.label}`, v(cell), '']);
    });
    const key = r.key === 'total' ? 'total' : `${r.key}.total`;
    rows.push([...lead, a.key, a.title, key, r.key === 'total' ? total : `${r.label}, ${total}`, v(r.total), '']);
  }
  return rows;
}

/** Totals as one CSV (UTF-8 with BOM, CRLF, RFC 4180): see {@link totalsCsvRows}. */
export function writeTotalsCsv(p: PublishedTotals, options: WriteOptions): ExportedFile {
  const s = totalsSections(p, options.language);
  return {
    fileName: totalsFileName(p.year, p.threshold, 'csv'),
    mediaType: 'text/csv',
    bytes: utf8(toCsv(totalsCsvRows(s))),
  };
}

/** A `Totals` sheet of headline figures with how each is counted, then one sheet per table. */
export async function writeTotalsXlsx(p: PublishedTotals, options: WriteOptions): Promise<ExportedFile> {
  const s = totalsSections(p, options.language);
  const workbook = await newWorkbook(options.now);
  addTotalsSheet(workbook, s, options.now);
  addTableSheets(workbook, s, options.now);
  return {
    fileName: totalsFileName(p.year, p.threshold, 'xlsx'),
    mediaType: XLSX_MEDIA_TYPE,
    bytes: await workbookBytes(workbook),
  };
}

/** Structured totals for other systems; a hidden cell is `{ "value": null, "suppressed": true }`. */
export function totalsJson(s: TotalsSections, now: Date) {
  return {
    format: 'cpu-case-register/totals' as const,
    formatVersion: 1 as const,
    year: s.year,
    suppressionThreshold: s.threshold,
    suppression: s.note,
    generatedAt: now.toISOString(),
    language: s.language,
    headline: s.headline.map((e) => ({ key: e.key, label: e.label, ...e.cell, formula: e.formula })),
    ...(s.comparison ? { comparison: s.comparison } : {}),
    tables: s.tables.map((t) => ({
      key: t.key,
      title: t.title,
      rows: t.rows.map((r) => ({ key: r.key, label: r.label, ...r.cell })),
      total: t.total.cell,
    })),
    victimsByAgeSex: {
      title: s.ageSex.title,
      sexes: s.ageSex.sexes,
      rows: s.ageSex.rows.map((r) => ({
        band: r.key,
        bySex: Object.fromEntries(s.ageSex.sexes.map((sex, i) => [sex.key, r.cells[i]])),
        total: r.total,
      })),
      bySex: Object.fromEntries(s.ageSex.sexes.map((sex, i) => [sex.key, s.ageSex.totals[i]])),
      total: s.ageSex.total,
    },
  };
}

export function writeTotalsJson(p: PublishedTotals, options: WriteOptions): ExportedFile {
  const body = totalsJson(totalsSections(p, options.language), options.now);
  return {
    fileName: totalsFileName(p.year, p.threshold, 'json'),
    mediaType: 'application/json',
    bytes: utf8(`${JSON.stringify(body, null, 2)}\n`),
  };
}
