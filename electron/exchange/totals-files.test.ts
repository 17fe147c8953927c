import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { publishTotals } from '../../shared/domain/suppression';
import { computeTotals } from '../../shared/domain/totals';
import type { CaseRecord } from '../../shared/schemas/case';
import { generateSummaries } from '../../shared/testing/generate';
import { recordOf, summaryOf } from '../../shared/testing/records';
import { BOM, parseCsv } from './csv';
import { TOTALS_CSV_HEADER, writeTotalsCsv, writeTotalsJson, writeTotalsXlsx, type totalsJson } from './totals-files';

const now = new Date('2026-01-15T08:30:00.000Z');
/** Keeps the BOM, which TextDecoder drops by default, so tests can see it. */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** 2025: 9 investigations in Phnom Penh and 3 in Kampong Chhnang; 3 suspects arrested. 2024: 8. */
function records(): CaseRecord[] {
  const lead = (n: number, year: number, province: string, arrested: boolean) =>
    recordOf(
      summaryOf('HIT', {
        investigationRef: `CPU-${year}-${String(n).padStart(4, '0')}`,
        dateReported: `${year}-03-14`,
        offenceDate: `${year}-03-10`,
        province,
        suspects: arrested ? summaryOf('HIT').suspects : [],
      }),
    );
  return [
    ...Array.from({ length: 12 }, (_, i) => lead(i + 1, 2025, i < 9 ? '12' : '04', i < 3)),
    ...Array.from({ length: 8 }, (_, i) => lead(i + 1, 2024, '12', true)),
  ];
}

const published = (threshold: number | undefined) => {
  const all = records();
  return publishTotals(computeTotals(all, 2025, { HIT: 3, OVA: 1_120_000 }), threshold, computeTotals(all, 2024));
};

/** CSV rows as objects by column name. */
function csvRecords(bytes: Uint8Array) {
  const [header, ...rows] = parseCsv(decode(bytes));
  return rows.map((row) => Object.fromEntries((header ?? []).map((h, i) => [h, row[i] ?? ''])));
}

describe('totals CSV', () => {
  it('is UTF-8 with BOM and CRLF, states year and threshold, and marks every hidden figure x, never as a false <5', () => {
    const file = writeTotalsCsv(published(5), { language: 'en', now });
    expect(file.fileName).toBe('cpu-totals-2025.csv');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(file.bytes);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`${BOM}${TOTALS_CSV_HEADER.join(',')}`);
    const rows = csvRecords(file.bytes);
    expect(rows.every((r) => r.year === '2025' && r.suppression_threshold === '5')).toBe(true);
    const find = (table: string, key: string) => rows.find((r) => r.table === table && r.key === key)?.value;
    expect(find('headline', 'investigations')).toBe('12');
    expect(find('headline', 'suspectsArrested')).toBe('x');
    expect(find('headline', 'arrestRate')).toBe('x');
    // A province's code is written as Excel keeps it as text (="04"), not as the number 4.
    expect(find('byProvince', '="04"')).toBe('x');
    expect(find('byProvince', '04')).toBeUndefined();
    // Phnom Penh's 9 is hidden too, or 12 − 9 would give Kampong Chhnang's 3; "<5" would be false for it,
    // and a mark of its own would tell which hidden counts are the small ones.
    expect(find('byProvince', '="12"')).toBe('x');
    expect(rows.some((r) => r.value?.startsWith('<'))).toBe(false);
    expect(find('byProvince', 'total')).toBe('12');
    expect(find('spending', 'HIT')).toBe('3');
    // FST and ICAC entered no spending: left empty (not known), not 0, and the total says it is of the teams entered.
    expect(find('spending', 'FST')).toBe('');
    expect(rows.find((r) => r.table === 'spending' && r.key === 'total')).toMatchObject({
      label: 'Total of the teams entered (a team left empty: not entered)',
      value: '1120003',
    });
    expect(find('comparison', 'investigations.change')).toBe('50');
    expect(find('comparison', 'suspectsArrested.change')).toBe('x');
    expect(rows.find((r) => r.key === '="04"')?.label).toBe('Kampong Chhnang');
    // Rows read as on screen and in print: age bands and teams by their labels, not their codes.
    expect(rows.find((r) => r.table === 'victimsByAgeSex' && r.key === '0-5.female')?.label).toBe('Age 0–5, Female');
    expect(rows.find((r) => r.table === 'spending' && r.key === 'HIT')?.label).toBe(
      'HIT: Homicide / major-crimes Investigation Team',
    );
    // The headline figures in the layout's order, the arrest rate beside the counts it divides.
    expect(
      rows
        .filter((r) => r.table === 'headline')
        .map((r) => r.key)
        .slice(0, 7),
    ).toEqual([
      'investigations',
      'suspectsArrested',
      'childHomicides',
      'suspiciousDeaths',
      'arrestRate',
      'investigationsWithArrest',
      'arrestShare',
    ]);
  });

  it('never leaves a single hidden value in a table, for realistic years', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const all = generateSummaries(80, 2025, seed).map((s) => recordOf(s));
      const rows = csvRecords(
        writeTotalsCsv(publishTotals(computeTotals(all, 2025), 5), { language: 'en', now }).bytes,
      );
      const tables = new Set(
        rows.map((r) => r.table).filter((t) => !['headline', 'comparison', 'victimsByAgeSex'].includes(t ?? '')),
      );
      for (const table of tables) expect(rows.filter((r) => r.table === table && r.value === 'x').length).not.toBe(1);
      const age = new Map(rows.filter((r) => r.table === 'victimsByAgeSex').map((r) => [r.key, r.value]));
      const bands = ['0-5', '6-12', '13-14', '15-17'];
      const lines = [
        ...bands.map((b) => [`${b}.female`, `${b}.male`, `${b}.total`]),
        ...['female', 'male'].map((sex) => [...bands.map((b) => `${b}.${sex}`), `total.${sex}`]),
        [...bands.map((b) => `${b}.total`), 'total'],
        ['total.female', 'total.male', 'total'],
      ];
      for (const line of lines) {
        expect(line.every((key) => age.has(key))).toBe(true);
        expect(line.filter((key) => age.get(key) === 'x').length, line.join()).not.toBe(1);
      }
    }
  });

  it('without suppression shows every count and says so in its name; Khmer names provinces in Khmer', () => {
    const file = writeTotalsCsv(published(undefined), { language: 'km', now });
    expect(file.fileName).toBe('cpu-totals-2025-unsuppressed.csv');
    const rows = csvRecords(file.bytes);
    expect(rows.some((r) => r.value === 'x')).toBe(false);
    expect(rows.every((r) => r.suppression_threshold === 'none')).toBe(true);
    const kc = rows.find((r) => r.table === 'byProvince' && r.key === '="04"');
    expect(kc).toMatchObject({ value: '3', label: 'កំពង់ឆ្នាំង' });
    // Every number in the file is in Latin digits, the catalogue's own ones too ("× ១០០", an age band).
    const khmerDigit = /[\u17e0-\u17e9]/;
    for (const r of rows) {
      for (const column of ['table_label', 'label', 'formula'] as const) {
        expect(r[column], `${r.table} ${r.key} ${column}`).not.toMatch(khmerDigit);
      }
    }
    expect(rows.find((r) => r.table === 'headline' && r.key === 'arrestRate')?.formula).toContain('× 100');
    expect(rows.find((r) => r.table === 'victimsByAgeSex' && r.key?.startsWith('0-'))?.label).toMatch(/\d/);
  });
});

describe('totals workbook', () => {
  it('opens on a Totals sheet of headline figures with their formulas, then one sheet per table', async () => {
    const file = await writeTotalsXlsx(published(5), { language: 'en', now });
    expect(file.fileName).toBe('cpu-totals-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
    // The sheets follow the report layout: the Totals screen's and the printed report's order.
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Totals',
      'Provinces',
      'Offences',
      'Relationships',
      'Victims by age and sex',
      'Court stages',
      'Lead team',
      'Teams',
      'Services',
      'Examinations',
      'ICAC referrals',
      'Spending',
    ]);
    const rowOf = (sheet: ExcelJS.Worksheet, code: string) => {
      const found: unknown[][] = [];
      sheet.eachRow((row) => {
        if (row.getCell(1).value === code) found.push([1, 2, 3, 4].map((c) => row.getCell(c).value));
      });
      return found[0] ?? [];
    };
    const totals = book.getWorksheet('Totals');
    if (!totals) throw new Error('no Totals sheet');
    expect(String(totals.getCell('A1').value)).toContain('2025');
    expect(String(totals.getCell('A2').value)).toContain('Counts from 1 to 4 are hidden');
    expect(String(totals.getCell('A2').value)).toContain('Every hidden figure is shown as x.');
    // When it was made, as the README sheet says it: Phnom Penh time, not a UTC timestamp.
    expect(String(totals.getCell('A3').value)).toMatch(/^Generated \d{4}-\d\d-\d\d \d\d:\d\d \(Phnom Penh time\)$/);
    expect(rowOf(totals, 'investigations').slice(2, 3)).toEqual([12]);
    expect(rowOf(totals, 'suspectsArrested')[2]).toBe('x');
    expect(rowOf(totals, 'arrestRate')).toEqual([
      'arrestRate',
      'Suspects arrested per 100 investigations (the “arrest rate”)',
      'x',
      'Suspects arrested / investigations × 100, one decimal. It can pass 100: one investigation may arrest several suspects',
    ]);
    expect(rowOf(totals, 'arrestShare').slice(0, 2)).toEqual(['arrestShare', 'Investigations with an arrest (%)']);
    expect(rowOf(totals, 'spending')[2]).toBe(1_120_003);
    const provinces = book.getWorksheet('Provinces');
    if (!provinces) throw new Error('no Provinces sheet');
    expect(rowOf(provinces, '04')).toEqual(['04', 'Kampong Chhnang', 'x', null]);
    expect(rowOf(provinces, 'total')[2]).toBe(12);
  });

  it('unsuppressed, gives the arrest rate with the counts behind it', async () => {
    const file = await writeTotalsXlsx(published(undefined), { language: 'en', now });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
    const values: unknown[][] = [];
    book.getWorksheet('Totals')?.eachRow((row) => values.push([1, 2, 3, 4].map((c) => row.getCell(c).value)));
    expect(values.find((v) => v[0] === 'arrestRate')?.slice(2)).toEqual([
      25,
      'Suspects arrested / investigations × 100, one decimal. It can pass 100: one investigation may arrest several suspects: 3 / 12 × 100',
    ]);
    const share = values.find((v) => v[0] === 'arrestShare')?.slice(2);
    expect(share?.[0]).toBeLessThanOrEqual(100);
    expect(String(share?.[1])).toMatch(/: \d+ \/ 12 × 100$/);
  });
});

describe('totals JSON', () => {
  it('carries year, threshold and time, with hidden cells as null and suppressed', () => {
    const file = writeTotalsJson(published(5), { language: 'en', now });
    expect(file.fileName).toBe('cpu-totals-2025.json');
    const body = JSON.parse(decode(file.bytes)) as ReturnType<typeof totalsJson>;
    expect(body).toMatchObject({ year: 2025, suppressionThreshold: 5, generatedAt: '2026-01-15T08:30:00.000Z' });
    expect(body.headline.find((h) => h.key === 'investigations')).toMatchObject({ value: 12, suppressed: false });
    expect(body.headline.find((h) => h.key === 'suspectsArrested')).toMatchObject({ value: null, suppressed: true });
    const provinces = body.tables.find((t) => t.key === 'byProvince');
    expect(provinces?.rows.find((r) => r.key === '04')).toEqual({
      key: '04',
      label: 'Kampong Chhnang',
      value: null,
      suppressed: true,
    });
    expect(provinces?.total).toEqual({ value: 12, suppressed: false });
    expect(body.comparison?.previousYear).toBe(2024);
  });
});
