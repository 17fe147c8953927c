import { publishTotals } from '../../shared/domain/suppression';
import type { Totals } from '../../shared/domain/totals';
import type { CaseFacts } from '../../shared/schemas/case';
import type { CaseCell, ColumnKind } from './case-columns';
import { columnLetter, readmeIntro, readmeText } from './case-readme';
import { byCaseCode, casePlans, caseTables, type CasePlan, type CaseTable } from './case-tables';
import { dateCell, localTimeCell, localTimeText } from './case-time';
import { BOM, csvField } from './csv';
import { utf8, type ExportedFile, type WriteOptions } from './exported-file';
import { label } from './labels';
import { zipChunks } from './zip-files';
import { totalsSections } from './totals-sections';
import { addTotalsSheet } from './totals-sheets';
import { addRow, addSheet, newWorkbook, workbookBytes, XLSX_MEDIA_TYPE, type Workbook, type XlsxValue } from './xlsx';

/** `cpu-cases-2025.zip` (CSV files) or `cpu-cases-2025.xlsx`. */
export function casesFileName(year: number, format: 'zip' | 'xlsx'): string {
  return `cpu-cases-${year}.${format}`;
}

/** The tables inside the zip, in order: `summaries.csv`, then one per repeat group; README.txt follows. */
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
export const CASE_README = 'README.txt';

/** How a column of each kind becomes CSV text: codes kept as text for Excel, times in Phnom Penh time. */
function csvWriter(kind: ColumnKind): (value: CaseCell) => string {
  if (kind === 'code') return (value) => (value === undefined || value === '' ? '' : csvField({ code: String(value) }));
  if (kind === 'datetime')
    return (value) => csvField(typeof value === 'string' && value !== '' ? localTimeText(value) : value);
  return csvField;
}

/** Two header rows: the column names in the chosen language, then the codes for programs. */
const csvHeader = (plan: CasePlan) =>
  `${plan.columns.map((c) => csvField(c.header)).join(',')}\r\n${plan.header.map(csvField).join(',')}\r\n`;

/** A table's rows of one summary as CSV lines (each ending CRLF), written straight from the stored values. */
function csvLines(rows: readonly CaseCell[][], writers: readonly ((value: CaseCell) => string)[]): string {
  let text = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : ',') + (writers[i] ?? csvField)(row[i]);
    text += `${line}\r\n`;
  }
  return text;
}

/** One summary's lines in every table, kept until the summaries are put in case-code order. */
interface Written {
  caseCode: string;
  id: string;
  /**
   * Each table's lines of this summary as UTF-8, let go once its file is written: a few small
   * strings encode fast, and a summary's text kept as a string holds every piece it was built of.
   */
  lines: (Buffer | undefined)[];
}

/** How much CSV text is handed to the zip at a time (about a megabyte). */
const CHUNK_BYTES = 1 << 20;

/**
 * The files of the case-level CSV export: one per summary table and repeat group, then
 * README.txt saying what each column means, in the chosen language. Each file is UTF-8 with a
 * BOM so Khmer shows, and text that would start a formula is prefixed with an apostrophe.
 * Summaries are added a batch at a time and only their CSV text is kept (a year is 30,000);
 * each file's text is encoded a chunk at a time as the zip takes it, and let go once taken.
 */
class CaseCsvFiles {
  readonly #plans: CasePlan[];
  readonly #writers: ((value: CaseCell) => string)[][];
  readonly #written: Written[] = [];

  constructor(language: WriteOptions['language']) {
    this.#plans = casePlans(language);
    this.#writers = this.#plans.map((plan) => plan.columns.map((c) => csvWriter(c.kind)));
  }

  add(batch: readonly CaseFacts[]): void {
    for (const record of batch) {
      const lines = this.#plans.map((plan, t) => {
        const text = csvLines(plan.rowsOf(record), this.#writers[t] ?? []);
        return text === '' ? undefined : Buffer.from(text, 'utf8');
      });
      this.#written.push({ caseCode: record.caseCode, id: record.id, lines });
    }
  }

  /** Every file's name and its content as UTF-8 chunks; each is read once (the text is let go as it goes). */
  *files(year: number, options: WriteOptions): Generator<{ name: string; chunks: Iterable<Uint8Array> }> {
    const written = this.#written.sort(byCaseCode);
    for (const [t, plan] of this.#plans.entries())
      yield { name: `${plan.name}.csv`, chunks: chunked(plan, t, written) };
    const tables: CaseTable[] = this.#plans.map((plan) => ({ ...plan, rows: [] }));
    yield { name: CASE_README, chunks: [utf8(readmeText(tables, year, options.language, options.now))] };
  }
}

/** Table `t`'s file: its BOM and headers, then each summary's lines, about a megabyte at a time. */
function* chunked(plan: CasePlan, t: number, written: readonly Written[]): Generator<Uint8Array> {
  let parts: Buffer[] = [Buffer.from(BOM + csvHeader(plan), 'utf8')];
  let bytes = 0;
  for (const w of written) {
    const lines = w.lines[t];
    if (lines === undefined) continue;
    w.lines[t] = undefined;
    parts.push(lines);
    bytes += lines.length;
    if (bytes >= CHUNK_BYTES) {
      yield Buffer.concat(parts);
      parts = [];
      bytes = 0;
    }
  }
  if (parts.length > 0) yield Buffer.concat(parts);
}

/** The CSV files (and README.txt) of summaries at hand, each whole. */
export function caseCsvFiles(records: readonly CaseFacts[], year: number, options: WriteOptions) {
  const files = new CaseCsvFiles(options.language);
  files.add(records);
  const whole: Record<string, Uint8Array> = {};
  for (const { name, chunks } of files.files(year, options)) whole[name] = new Uint8Array(Buffer.concat([...chunks]));
  return whole;
}

/**
 * A year's summaries (the caller leaves out the bin) as the CSV files for Excel, zipped, read a
 * batch at a time (the event loop runs between batches). The fastest deflate: a year of 30,000
 * summaries is some 25 MB of text, and level 1 is twice as quick as 6.
 */
export async function writeCasesZipOf(
  batches: AsyncIterable<readonly CaseFacts[]> | Iterable<readonly CaseFacts[]>,
  year: number,
  options: WriteOptions,
): Promise<ExportedFile> {
  const files = new CaseCsvFiles(options.language);
  for await (const batch of batches) files.add(batch);
  return {
    fileName: casesFileName(year, 'zip'),
    mediaType: 'application/zip',
    bytes: await zipChunks(files.files(year, options), options.now, 1),
  };
}

/** `writeCasesZipOf` of summaries at hand. */
export function writeCasesZip(records: readonly CaseFacts[], year: number, options: WriteOptions) {
  return writeCasesZipOf([records], year, options);
}

/** How each kind of column is shown in the workbook. */
const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = {
  code: '@',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** A stored value as an XLSX cell: a date cell for dates and times (Phnom Penh), text for codes. */
function xlsxCell(kind: ColumnKind, value: CaseCell): XlsxValue {
  if (value === undefined || value === '') return undefined;
  if (kind === 'date' && typeof value === 'string') return dateCell(value) ?? value;
  if (kind === 'datetime' && typeof value === 'string') return localTimeCell(value) ?? value;
  if (kind === 'code') return String(value);
  return value;
}

const WIDE: Record<string, number> = { narrative: 60, case_id: 38, sha256: 66, offences_label: 40 };

function addCaseSheet(workbook: Workbook, table: CaseTable): string {
  const sheet = addSheet(workbook, table.title);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDE[c.code] ?? Math.min(40, Math.max(12, c.header.length + 2));
    const numFmt = NUMBER_FORMAT[c.kind];
    if (numFmt) column.numFmt = numFmt;
    if (c.kind === 'text') column.alignment = { wrapText: c.code === 'narrative', vertical: 'top' };
  });
  addRow(
    sheet,
    table.columns.map((c) => c.header),
    { bold: true },
  );
  for (const row of table.rows)
    addRow(
      sheet,
      row.map((value, i) => xlsxCell(table.columns[i]?.kind ?? 'text', value)),
    );
  if (table.rows.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return sheet.name;
}

/** README sheet: what the workbook is and, for every sheet, what each column means. */
function addReadmeSheet(workbook: Workbook, year: number, options: WriteOptions) {
  const say = (key: string) => label(options.language, `caseFiles.readme.${key}`);
  const sheet = addSheet(workbook, label(options.language, 'caseFiles.sheet.readme'));
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 30;
  sheet.getColumn(3).width = 90;
  const [title, ...intro] = readmeIntro('xlsx', year, options.language, options.now);
  addRow(sheet, [title], { bold: true, size: 14 });
  for (const paragraph of intro) {
    // One paragraph across the three columns; Excel sizes no merged row, so its height is set.
    const row = addRow(sheet, [paragraph]);
    sheet.mergeCells(row.number, 1, row.number, 3);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = 15 * Math.max(1, Math.ceil(paragraph.length / 120));
  }
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  addRow(sheet, []);
  addRow(sheet, [say('columns')], { bold: true });
  addRow(sheet, [say('sheet'), say('header'), say('meaning')], { bold: true });
  return sheet;
}

/**
 * The same tables as sheets of one workbook, named in the chosen language: a README sheet
 * first (what each column means), a `Totals` sheet of the year's figures without suppression
 * (this file is for the unit, not for publication), the tables, then "Column codes" (each
 * column's code for programs). Dates and times are date cells, codes are text cells.
 */
export async function writeCasesXlsx(
  records: readonly CaseFacts[],
  totals: Totals,
  options: WriteOptions,
): Promise<ExportedFile> {
  const { language } = options;
  const workbook = await newWorkbook(options.now);
  const readme = addReadmeSheet(workbook, totals.year, options);
  addTotalsSheet(workbook, totalsSections(publishTotals(totals, null), language), options.now, true);
  const tables = caseTables(records, language).map((table) => ({ table, sheet: addCaseSheet(workbook, table) }));
  for (const { table, sheet } of tables)
    for (const column of table.columns) addRow(readme, [sheet, column.header, column.about]);

  const codes = addSheet(workbook, label(language, 'caseFiles.sheet.codes'));
  const say = (key: string) => label(language, `caseFiles.readme.${key}`);
  addRow(codes, [say('sheet'), say('file'), say('columnLetter'), say('header'), say('code')], { bold: true });
  codes.views = [{ state: 'frozen', ySplit: 1 }];
  [24, 20, 10, 36, 28].forEach((width, i) => (codes.getColumn(i + 1).width = width));
  for (const { table, sheet } of tables)
    table.columns.forEach((column, i) =>
      addRow(codes, [sheet, `${table.name}.csv`, columnLetter(i + 1), column.header, column.code]),
    );
  return {
    fileName: casesFileName(totals.year, 'xlsx'),
    mediaType: XLSX_MEDIA_TYPE,
    bytes: await workbookBytes(workbook),
  };
}
