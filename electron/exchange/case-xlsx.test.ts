import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../shared/domain/totals';
import { expectedCounts, FORMULA, KHMER_NARRATIVE, LATE_SAVE, yearRecords } from './case-fixtures';
import { caseTables } from './case-tables';
import { CASE_CSV_FILES, writeCasesXlsx } from './cases-files';

const now = new Date('2026-01-15T08:30:00.000Z');
const { records, tricky } = yearRecords();
const totals = computeTotals(records, 2025);

async function load(language: 'en' | 'km') {
  const file = await writeCasesXlsx(records, totals, { language, now });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
  return { file, workbook };
}
/** Each language's workbook is written once and read back once, then shared by the tests. */
const books = new Map<string, ReturnType<typeof load>>();
function book(language: 'en' | 'km') {
  const kept = books.get(language) ?? load(language);
  books.set(language, kept);
  return kept;
}

const texts = (sheet: ExcelJS.Worksheet | undefined, columns: number) => {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push(Array.from({ length: columns }, (_, i) => row.getCell(i + 1).value)));
  return rows;
};

/**
 * The cells of the tricky summary's row on a sheet, by column code, found as a program would:
 * through the "Column codes" sheet.
 */
function cellsByCode(workbook: ExcelJS.Workbook, sheetName: string, codesSheet: string, id: string) {
  const codes = texts(workbook.getWorksheet(codesSheet), 5).filter((r) => r[0] === sheetName);
  const sheet = workbook.getWorksheet(sheetName);
  let found: ExcelJS.Row | undefined;
  sheet?.eachRow((row) => {
    if (row.getCell(1).value === id) found ??= row;
  });
  const letters = Object.fromEntries(codes.map((r) => [String(r[4]), String(r[2])]));
  return (code: string) => {
    const letter = letters[code];
    if (!letter || !found) throw new Error(`no column ${code} or no row ${id}`);
    return found.getCell(letter);
  };
}

describe('case-level workbook', () => {
  it('has a README, an unsuppressed Totals sheet, the case sheets named in the chosen language and the column codes', async () => {
    const { file, workbook } = await book('en');
    expect(file.fileName).toBe('cpu-cases-2025.xlsx');
    const tables = caseTables(records, 'en');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'README',
      'Totals',
      ...tables.map((t) => t.title),
      'Column codes',
    ]);
    expect(tables.map((t) => `${t.name}.csv`)).toEqual([...CASE_CSV_FILES]);
    const counts = expectedCounts(records);
    for (const t of tables)
      expect(workbook.getWorksheet(t.title)?.actualRowCount, t.name).toBe((counts[`${t.name}.csv`] ?? 0) + 1);

    const rows = texts(workbook.getWorksheet('Totals'), 3);
    expect(String(rows[1]?.[0])).toMatch(/^No suppression/);
    expect(rows.find((r) => r[0] === 'investigations')?.[2]).toBe(totals.investigations.value);
    // Small counts are shown: this file stays in the unit.
    const small = totals.byProvince.rows.find((r) => r.value > 0 && r.value < 5);
    expect(small).toBeDefined();
    expect(rows.find((r) => r[0] === small?.key)?.[2]).toBe(small?.value);
  });

  it('writes dates and times as date cells (Phnom Penh time), codes as text and counts as numbers', async () => {
    const { workbook } = await book('en');
    const cell = cellsByCode(workbook, 'Summaries', 'Column codes', tricky.id);
    expect(cell('date_reported').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('date_reported').value).toEqual(new Date(Date.UTC(2025, 2, 14)));
    expect(cell('date_reported').numFmt).toBe('dd/mm/yyyy');
    // Saved at 20:30 UTC on 31 December: 03:30 on 1 January in Phnom Penh.
    expect(tricky.createdAt).toBe(LATE_SAVE);
    expect(cell('created_at').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('created_at').value).toEqual(new Date(Date.UTC(2026, 0, 1, 3, 30)));
    expect(cell('created_at').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(cell('province_code').type).toBe(ExcelJS.ValueType.String);
    expect(cell('province_code').value).toBe('09');
    expect(cell('province_code').numFmt).toBe('@');
    expect(cell('province').value).toBe('Koh Kong');
    expect(cell('victims').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('narrative').value).toBe(KHMER_NARRATIVE);

    const suspect = cellsByCode(workbook, 'Suspects', 'Column codes', tricky.id);
    expect(suspect('charges').type).toBe(ExcelJS.ValueType.String);
    expect(suspect('charges').value).toBe(FORMULA);
    expect(suspect('charges').formula).toBeUndefined();
    expect(suspect('arrest_date').value).toEqual(new Date(Date.UTC(2025, 2, 12)));
    expect(suspect('arrested_label').value).toBe('Yes');
  });

  it('says on the README sheet what every column of every sheet means', async () => {
    const { workbook } = await book('en');
    const readme = texts(workbook.getWorksheet('README'), 3);
    expect(readme[0]?.[0]).toBe('CPU Case Register: case summaries of 2025');
    for (const t of caseTables(records, 'en'))
      for (const c of t.columns) expect(readme, `${t.name}.${c.code}`).toContainEqual([t.title, c.header, c.about]);
    const codes = texts(workbook.getWorksheet('Column codes'), 5);
    expect(codes[0]).toEqual(['Sheet', 'File', 'Column', 'Column name', 'Code']);
    expect(codes).toContainEqual(['Summaries', 'summaries.csv', 'F', 'Date reported', 'date_reported']);
  });

  it('is all in Khmer when Khmer is chosen, with the same column codes', async () => {
    const { workbook } = await book('km');
    const tables = caseTables(records, 'km');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'អានជាមុនសិន',
      'តួលេខសរុប',
      ...tables.map((t) => t.title.slice(0, 31)),
      'លេខកូដជួរឈរ',
    ]);
    const cell = cellsByCode(workbook, 'សេចក្ដីសង្ខេប', 'លេខកូដជួរឈរ', tricky.id);
    expect(cell('province').value).toBe('កោះកុង');
    expect(cell('province_code').value).toBe('09');
    expect(workbook.getWorksheet('សេចក្ដីសង្ខេប')?.getRow(1).getCell(6).value).toBe('កាលបរិច្ឆេទរាយការណ៍');
  });
});
