import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { expectedCounts, FORMULA, KHMER_NARRATIVE, yearRecords } from './case-fixtures';
import { caseTables } from './case-tables';
import { CASE_CSV_FILES, CASE_README, writeCasesZip } from './cases-files';
import { parseCsv } from './csv';

const now = new Date('2026-01-15T08:30:00.000Z');
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** A CSV file's rows keyed by the column codes of its second header row. */
function table(files: Record<string, Uint8Array>, name: string) {
  const bytes = files[name];
  if (!bytes) throw new Error(`${name} missing`);
  const [, codes = [], ...rows] = parseCsv(decode(bytes));
  return rows.map((row) => Object.fromEntries(codes.map((h, i) => [h, row[i] ?? ''])));
}
const headers = (files: Record<string, Uint8Array>, name: string) => parseCsv(decode(files[name] ?? new Uint8Array()));

const { records, tricky } = yearRecords();
const file = await writeCasesZip(records, 2025, { language: 'en', now });
const khmerFile = await writeCasesZip(records, 2025, { language: 'km', now });

describe('case-level CSV zip', () => {
  const files = unzipSync(file.bytes);

  it('holds one file per summary table and repeat group and a README, each UTF-8 with BOM and CRLF', () => {
    expect(file.fileName).toBe('cpu-cases-2025.zip');
    expect(Object.keys(files)).toEqual([...CASE_CSV_FILES, CASE_README]);
    for (const name of [...CASE_CSV_FILES, CASE_README]) {
      const bytes = files[name] ?? new Uint8Array();
      expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(decode(bytes), name).toContain('\r\n');
    }
  });

  it('names the columns in the chosen language, with the codes in a second header row', () => {
    const [names, codes] = headers(files, 'summaries.csv');
    expect(names?.slice(0, 8)).toEqual([
      'Summary id',
      'Case code',
      'Team (code)',
      'Team',
      'Investigation reference',
      'Date reported',
      'Date of the offence',
      'Province (code)',
    ]);
    expect(codes?.slice(0, 6)).toEqual([
      'case_id',
      'case_code',
      'team',
      'team_label',
      'investigation_ref',
      'date_reported',
    ]);
    const khmer = unzipSync(khmerFile.bytes);
    const [kmNames, kmCodes] = headers(khmer, 'summaries.csv');
    expect(kmNames?.[5]).toBe('កាលបរិច្ឆេទរាយការណ៍');
    expect(kmCodes).toEqual(codes);
    expect(headers(khmer, 'victims.csv')[0]).toContain('អាយុ (ឆ្នាំ)');
  });

  it('has as many rows in each file as the summaries have entries', () => {
    const counts = expectedCounts(records);
    for (const name of CASE_CSV_FILES) expect(table(files, name).length, name).toBe(counts[name]);
    expect(counts['partner-agencies.csv']).toBeGreaterThan(0);
    expect(counts['referrals.csv']).toBeGreaterThan(0);
  });

  it('keeps a Khmer narrative intact, shows values as officers read them and keeps the codes', () => {
    const row = table(files, 'summaries.csv').find((r) => r.case_id === tricky.id);
    expect(row).toMatchObject({
      case_code: tricky.caseCode,
      narrative: KHMER_NARRATIVE,
      team: 'HIT',
      team_label: translate('en', 'team.HIT'),
      province: 'Koh Kong',
      offences: 'rape-under-15',
      offences_label: 'Rape / sexual intercourse with a minor under 15',
      homicide: 'no',
      homicide_label: 'No',
      date_reported: '2025-03-14',
    });
    const km = unzipSync(khmerFile.bytes);
    const kmRow = table(km, 'summaries.csv').find((r) => r.case_id === tricky.id);
    expect(kmRow).toMatchObject({ team: 'HIT', province: 'កោះកុង', homicide: 'no', homicide_label: 'ទេ' });
  });

  it('writes codes Excel would turn into numbers or dates as ="…", so 09 keeps its zero', () => {
    const row = table(files, 'summaries.csv').find((r) => r.case_id === tricky.id);
    expect(row?.province_code).toBe('="09"');
    expect(table(files, 'referral-ids.csv').map((r) => r.referral_id)).toContain('="00123456789012345678"');
    const bands = new Set(table(files, 'victims.csv').map((r) => r.age_band));
    expect([...bands].every((b) => /^="\d+-\d+"$/.test(b ?? ''))).toBe(true);
    // Codes with letters are plain text, as before.
    expect(row?.case_code).toMatch(/^HIT-2025-\d{4}$/);
  });

  it('gives times in Phnom Penh time, not UTC', () => {
    const row = table(files, 'summaries.csv').find((r) => r.case_id === tricky.id);
    expect(row).toMatchObject({ created_at: '2026-01-01 03:30', updated_at: '2026-01-01 03:30' });
  });

  it('keys repeat-group rows by case id, case code and row number', () => {
    const suspects = table(files, 'suspects.csv').filter((r) => r.case_id === tricky.id);
    expect(suspects.map((r) => [r.case_code, r.row, r.arrested, r.arrested_label])).toEqual([
      [tricky.caseCode, '1', 'yes', 'Yes'],
      [tricky.caseCode, '2', 'no', 'No'],
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

  it('says in README.txt, in the chosen language, what every column of every file means', () => {
    const readme = decode(files[CASE_README] ?? new Uint8Array());
    expect(readme).toContain('CPU Case Register: case summaries of 2025');
    expect(readme).toContain('="09"');
    for (const t of caseTables(records, 'en')) {
      expect(readme).toContain(`${t.name}.csv: ${t.title}`);
      for (const c of t.columns) expect(readme).toContain(`${c.header} (${c.code}): ${c.about}`);
    }
    expect(readme).toContain('Date reported (date_reported): Date reported: a date.');
    const km = decode(unzipSync(khmerFile.bytes)[CASE_README] ?? new Uint8Array());
    expect(km).toContain('សេចក្ដីសង្ខេបករណីឆ្នាំ 2025');
    expect(km).toContain('កាលបរិច្ឆេទរាយការណ៍ (date_reported)');
  });
});
