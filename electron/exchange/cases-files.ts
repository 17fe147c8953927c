import { zipSync } from 'fflate';
import { publishTotals } from '../../shared/domain/suppression';
import type { Totals } from '../../shared/domain/totals';
import type { CaseRecord } from '../../shared/schemas/case';
import { caseTables, type CaseTable } from './case-tables';
import { toCsv } from './csv';
import { utf8, type ExportedFile, type WriteOptions } from './exported-file';
import { totalsSections } from './totals-sections';
import { addTotalsSheet } from './totals-sheets';
import { addRow, addSheet, newWorkbook, workbookBytes, XLSX_MEDIA_TYPE } from './xlsx';

/** `cpu-cases-2025.zip` (CSV files) or `cpu-cases-2025.xlsx`. */
export function casesFileName(year: number, format: 'zip' | 'xlsx'): string {
  return `cpu-cases-${year}.${format}`;
}

/** The files inside the zip, in order: `summaries.csv`, then one per repeat group. */
export const CASE_CSV_FILES = [
  'summaries.csv',
  'victims.csv',
  'suspects.csv',
  'exhibits.csv',
  'examinations.csv',
  'custody.csv',
  'services.csv',
  'referrals.csv',
  'referral-ids.csv',
  'partner-agencies.csv',
] as const;

const csvOf = (table: CaseTable) => toCsv([table.header, ...table.rows]);

/**
 * A year's summaries (the caller leaves out the bin) as CSV files for Excel, one per
 * summary table and repeat group, zipped. Each file is UTF-8 with a BOM so Khmer shows,
 * and text that would start a formula is prefixed with an apostrophe.
 */
export function writeCasesZip(records: readonly CaseRecord[], year: number, options: WriteOptions): ExportedFile {
  const files = Object.fromEntries(caseTables(records, options.language).map((t) => [`${t.name}.csv`, utf8(csvOf(t))]));
  const bytes = zipSync(files, { level: 6, mtime: options.now });
  return { fileName: casesFileName(year, 'zip'), mediaType: 'application/zip', bytes };
}

const WIDTHS: Record<string, number> = {
  narrative: 60,
  case_id: 38,
  sha256: 66,
  offences_label: 40,
  charges: 30,
  court_outcome: 30,
  result: 30,
};

/**
 * The same tables as sheets of one workbook, after a `Totals` sheet of the year's figures
 * without suppression (this file is for the unit, not for publication).
 */
export async function writeCasesXlsx(
  records: readonly CaseRecord[],
  totals: Totals,
  options: WriteOptions,
): Promise<ExportedFile> {
  const workbook = newWorkbook(options.now);
  addTotalsSheet(workbook, totalsSections(publishTotals(totals, null), options.language), options.now, true);
  for (const table of caseTables(records, options.language)) {
    const sheet = addSheet(workbook, table.name);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    addRow(sheet, table.header, { bold: true });
    for (const row of table.rows) addRow(sheet, row);
    table.header.forEach((h, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = WIDTHS[h] ?? Math.max(10, h.length + 2);
      if (h === 'narrative') column.alignment = { wrapText: true, vertical: 'top' };
    });
    if (table.rows.length > 0)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  }
  return {
    fileName: casesFileName(totals.year, 'xlsx'),
    mediaType: XLSX_MEDIA_TYPE,
    bytes: await workbookBytes(workbook),
  };
}
