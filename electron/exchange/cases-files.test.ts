import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../shared/domain/totals';
import type { CaseRecord } from '../../shared/schemas/case';
import { generateSummaries } from '../../shared/testing/generate';
import { recordOf, summaryOf } from '../../shared/testing/records';
import { CASE_CSV_FILES, writeCasesXlsx, writeCasesZip } from './cases-files';
import { parseCsv } from './csv';

const now = new Date('2026-01-15T08:30:00.000Z');
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const KHMER_NARRATIVE = 'កុមារី អាយុ ១២ ឆ្នាំ, បានរាយការណ៍ដោយ "មេភូមិ"។\nបន្ទាត់ទីពីរ, with a comma';
const FORMULA = '=HYPERLINK("http://example.com","open")';

/** A realistic year plus one HIT summary with everything a careless CSV writer gets wrong. */
function yearRecords(): { records: CaseRecord[]; tricky: CaseRecord } {
  const generated = generateSummaries(120, 2025, 11).map((s) => recordOf(s));
  const suspect = { age: 41, sex: 'male' as const, relationship: 'neighbour' as const, charges: '', courtOutcome: '' };
  const tricky = recordOf(
    summaryOf('HIT', {
      investigationRef: 'CPU-2025-9001',
      narrative: KHMER_NARRATIVE,
      district: '-',
      suspects: [
        { ...suspect, arrested: true, arrestDate: '2025-03-12', charges: FORMULA, courtStage: 'charged' },
        { ...suspect, arrested: false, courtStage: 'not-charged' },
      ],
    }),
  );
  const icac = recordOf(
    summaryOf('ICAC', { investigationRef: 'CPU-2025-9002', partnerAgencies: [{ value: '@AFP' }, { value: 'FBI' }] }),
  );
  const ova = recordOf(summaryOf('OVA', { referrals: [{ agency: 'Hagar, Phnom Penh', date: '2025-03-20' }] }));
  return { records: [...generated, tricky, icac, ova], tricky };
}

/** How many rows each repeat group should have, counted straight from the summaries. */
function expectedCounts(records: readonly CaseRecord[]): Record<string, number> {
  const sum = (f: (r: CaseRecord) => number) => records.reduce((n, r) => n + f(r), 0);
  const exhibits = (r: CaseRecord) => (r.summary.team === 'FST' ? r.summary.exhibits : []);
  return {
    'summaries.csv': records.length,
    'victims.csv': sum((r) => (r.summary.team === 'HIT' ? r.summary.victims.length : 0)),
    'suspects.csv': sum((r) => (r.summary.team === 'HIT' || r.summary.team === 'ICAC' ? r.summary.suspects.length : 0)),
    'exhibits.csv': sum((r) => exhibits(r).length),
    'examinations.csv': sum((r) => exhibits(r).reduce((n, e) => n + e.examinations.length, 0)),
    'custody.csv': sum((r) => exhibits(r).reduce((n, e) => n + e.custody.length, 0)),
    'services.csv': sum((r) => (r.summary.team === 'OVA' ? r.summary.services.length : 0)),
    'referrals.csv': sum((r) => (r.summary.team === 'OVA' ? r.summary.referrals.length : 0)),
    'referral-ids.csv': sum((r) => (r.summary.team === 'ICAC' ? r.summary.referralIds.length : 0)),
    'partner-agencies.csv': sum((r) => (r.summary.team === 'ICAC' ? r.summary.partnerAgencies.length : 0)),
  };
}

function table(files: Record<string, Uint8Array>, name: string) {
  const bytes = files[name];
  if (!bytes) throw new Error(`${name} missing`);
  const [header = [], ...rows] = parseCsv(decode(bytes));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

describe('case-level CSV zip', () => {
  const { records, tricky } = yearRecords();
  const file = writeCasesZip(records, 2025, { language: 'en', now });
  const files = unzipSync(file.bytes);

  it('holds one file per summary table and repeat group, each UTF-8 with BOM and CRLF', () => {
    expect(file.fileName).toBe('cpu-cases-2025.zip');
    expect(Object.keys(files)).toEqual([...CASE_CSV_FILES]);
    for (const name of CASE_CSV_FILES) {
      const bytes = files[name] ?? new Uint8Array();
      expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(decode(bytes).split('\r\n')[0], name).toMatch(/^\uFEFFcase_id,case_code,/);
    }
  });

  it('has as many rows in each file as the summaries have entries', () => {
    const counts = expectedCounts(records);
    for (const name of CASE_CSV_FILES) expect(table(files, name).length, name).toBe(counts[name]);
    expect(counts['partner-agencies.csv']).toBeGreaterThan(0);
    expect(counts['referrals.csv']).toBeGreaterThan(0);
  });

  it('keeps a Khmer narrative with commas, quotes and a line break intact', () => {
    const row = table(files, 'summaries.csv').find((r) => r.case_id === tricky.id);
    expect(row).toMatchObject({
      case_code: tricky.caseCode,
      narrative: KHMER_NARRATIVE,
      team: 'HIT',
      province: 'Kampong Chhnang',
      province_code: '04',
    });
    expect(row?.offences_label).toBe('Rape / sexual intercourse with a minor under 15');
  });

  it('keys repeat-group rows by case id, case code and row number', () => {
    const suspects = table(files, 'suspects.csv').filter((r) => r.case_id === tricky.id);
    expect(suspects.map((r) => [r.case_code, r.row, r.arrested])).toEqual([
      [tricky.caseCode, '1', 'yes'],
      [tricky.caseCode, '2', 'no'],
    ]);
    expect(suspects[0]?.relationship_label).toBe('Neighbour');
    const custody = table(files, 'custody.csv')[0];
    expect(custody).toMatchObject({ exhibit_row: '1', row: '1' });
  });

  it('turns text that would start a formula into plain text with a leading apostrophe', () => {
    expect(table(files, 'suspects.csv').find((r) => r.case_id === tricky.id)?.charges).toBe(`'${FORMULA}`);
    expect(table(files, 'summaries.csv').find((r) => r.case_id === tricky.id)?.district).toBe("'-");
    expect(table(files, 'partner-agencies.csv').map((r) => r.agency)).toEqual(["'@AFP", 'FBI']);
    expect(table(files, 'referrals.csv').map((r) => r.agency)).toEqual(['Hagar, Phnom Penh']);
  });
});

describe('case-level workbook', () => {
  it('has an unsuppressed Totals sheet and the same case sheets, text kept as text', async () => {
    const { records, tricky } = yearRecords();
    const totals = computeTotals(records, 2025);
    const file = await writeCasesXlsx(records, totals, { language: 'en', now });
    expect(file.fileName).toBe('cpu-cases-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Totals', ...CASE_CSV_FILES.map((f) => f.replace('.csv', ''))]);

    const counts = expectedCounts(records);
    for (const name of CASE_CSV_FILES)
      expect(book.getWorksheet(name.replace('.csv', ''))?.actualRowCount, name).toBe((counts[name] ?? 0) + 1);

    const rows: unknown[][] = [];
    book.getWorksheet('Totals')?.eachRow((row) => rows.push([1, 2, 3].map((c) => row.getCell(c).value)));
    expect(String(rows[1]?.[0])).toMatch(/^No suppression/);
    expect(rows.find((r) => r[0] === 'investigations')?.[2]).toBe(totals.investigations.value);
    // Small counts are shown: this file stays in the unit.
    const small = totals.byProvince.rows.find((r) => r.value > 0 && r.value < 5);
    expect(small).toBeDefined();
    expect(rows.find((r) => r[0] === small?.key)?.[2]).toBe(small?.value);

    const summaries = book.getWorksheet('summaries');
    const header = (summaries?.getRow(1).values ?? []) as unknown[];
    let narrative: unknown;
    summaries?.eachRow((row) => {
      if (row.getCell(1).value === tricky.id) narrative = row.getCell(header.indexOf('narrative')).value;
    });
    expect(narrative).toBe(KHMER_NARRATIVE);

    const suspects = book.getWorksheet('suspects');
    const suspectHeader = (suspects?.getRow(1).values ?? []) as unknown[];
    let cell: ExcelJS.Cell | undefined;
    suspects?.eachRow((row) => {
      if (row.getCell(1).value === tricky.id && row.getCell(3).value === 1)
        cell = row.getCell(suspectHeader.indexOf('charges'));
    });
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(FORMULA);
    expect(cell?.formula).toBeUndefined();
  });
});
