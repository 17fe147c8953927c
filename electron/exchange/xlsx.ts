import type ExcelJS from 'exceljs';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type XlsxValue = string | number | Date | null | undefined;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * exceljs, loaded on the first workbook: it takes megabytes once loaded, and most sessions
 * write none. It is CommonJS with one `module.exports` object: Node's ESM loader sees only a
 * default export.
 */
const excel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

export async function newWorkbook(now: Date): Promise<Workbook> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'CPU Case Register';
  workbook.created = now;
  workbook.modified = now;
  return workbook;
}

/**
 * Excel refuses sheet names over 31 characters, with `[]:*?/\`, or used twice in a book;
 * translated names may be any of these.
 */
export function addSheet(workbook: Workbook, name: string): Worksheet {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  const taken = new Set(workbook.worksheets.map((s) => s.name.toLowerCase()));
  let unique = base;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  return workbook.addWorksheet(unique);
}

/**
 * Text goes in as typed string cells, which Excel never evaluates, so a narrative that
 * starts with `=` stays text here without the apostrophe the CSV files need.
 */
export function addRow(sheet: Worksheet, values: readonly XlsxValue[], style: { bold?: boolean; size?: number } = {}) {
  const row = sheet.addRow(values.map((v) => (v === undefined ? null : v)));
  if (style.bold || style.size) row.font = { bold: style.bold ?? false, ...(style.size ? { size: style.size } : {}) };
  return row;
}

export function setWidths(sheet: Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
