import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../shared/domain/totals';
import { yearRecords } from './case-fixtures';
import { isAes256, openProtectedCaseFiles, protectCaseFiles, protectCasesFile } from './case-protect';
import { createExport } from './export-service';
import { caseCsvFiles, CASE_CSV_FILES, CASE_README, writeCasesXlsx, writeCasesZip } from './cases-files';

const now = new Date('2026-01-15T08:30:00.000Z');
const PASSPHRASE = 'mango rain over the Tonle Sap';
const { records, tricky } = yearRecords();
const options = { language: 'en' as const, now };

/** 7-Zip's command, when the machine has it (Debian's `7zip` gives `7zz`, p7zip `7z`). */
function sevenZip(): string | undefined {
  for (const command of ['7z', '7zz', '7za']) {
    try {
      execFileSync(command, ['i'], { stdio: 'ignore' });
      return command;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

describe('protected case-level files', () => {
  it('puts the CSV files and README in an AES-256 zip that opens with the passphrase and no other', async () => {
    const files = caseCsvFiles(records, 2025, options);
    const bytes = await protectCaseFiles(files, PASSPHRASE, now);
    expect(await isAes256(bytes)).toBe(true);
    // Nothing of the content shows through: not the case codes, not the narratives.
    expect(Buffer.from(bytes).includes(tricky.caseCode)).toBe(false);

    const opened = await openProtectedCaseFiles(bytes, PASSPHRASE);
    expect(Object.keys(opened)).toEqual([...CASE_CSV_FILES, CASE_README]);
    for (const name of Object.keys(files)) expect(opened[name], name).toEqual(files[name]);

    await expect(openProtectedCaseFiles(bytes, 'not the passphrase at all')).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
  });

  const command = sevenZip();
  // CI installs Debian's `7zip`; on a machine without it this test shows as skipped, not passed.
  it.skipIf(command === undefined)('opens in 7-Zip with the passphrase, and 7-Zip refuses a wrong one', async () => {
    if (command === undefined) throw new Error('7-Zip is not installed');
    const bytes = await protectCaseFiles(caseCsvFiles(records, 2025, options), PASSPHRASE, now);
    const dir = mkdtempSync(join(tmpdir(), 'cpu-7z-'));
    try {
      const zip = join(dir, 'cases.zip');
      writeFileSync(zip, bytes);
      const listing = execFileSync(command, ['l', '-slt', `-p${PASSPHRASE}`, zip], { encoding: 'utf8' });
      expect(listing).toContain('AES-256');
      execFileSync(command, ['x', `-p${PASSPHRASE}`, `-o${join(dir, 'out')}`, zip], { stdio: 'ignore' });
      expect(readdirSync(join(dir, 'out')).sort()).toEqual([...CASE_CSV_FILES, CASE_README].sort());
      expect(readFileSync(join(dir, 'out', 'summaries.csv'), 'utf8')).toContain(tricky.caseCode);
      expect(() =>
        execFileSync(command, ['x', '-pwrong passphrase', `-o${join(dir, 'bad')}`, zip], { stdio: 'ignore' }),
      ).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('protects either export as it is: the CSV zip’s files, or the workbook', async () => {
    const csv = await protectCasesFile(await writeCasesZip(records, 2025, options), PASSPHRASE, now);
    expect(csv).toMatchObject({ fileName: 'cpu-cases-2025-protected.zip', mediaType: 'application/zip' });
    expect(Object.keys(await openProtectedCaseFiles(csv.bytes, PASSPHRASE))).toEqual([...CASE_CSV_FILES, CASE_README]);

    const xlsx = await writeCasesXlsx(records, computeTotals(records, 2025), options);
    const protectedXlsx = await protectCasesFile(xlsx, PASSPHRASE, now);
    expect(protectedXlsx.fileName).toBe('cpu-cases-2025-xlsx-protected.zip');
    const inside = await openProtectedCaseFiles(protectedXlsx.bytes, PASSPHRASE);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(inside['cpu-cases-2025.xlsx'] as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toContain('Summaries');
  });

  it('names the workbook inside a protected export as the plain export is named: PC and date included', async () => {
    const pc = { pcId: '5f0c6a52-0000-4000-8000-000000000001', pcName: 'HIT office' };
    const settings = (year: number) => ({ year, spending: {}, log: [] });
    const file = await createExport(
      { year: 2025, format: 'cases-xlsx', passphrase: PASSPHRASE },
      {
        appVersion: '0.1.0',
        pc,
        language: 'en',
        now,
        ofYear: records,
        allFacts: records,
        purged: [],
        settings: settings(2025),
        previousSettings: settings(2024),
      },
    );
    expect(file.fileName).toBe('cpu-cases-2025-xlsx-protected-hit-office-2026-01-15.zip');
    const inside = await openProtectedCaseFiles(Buffer.from(file.base64, 'base64'), PASSPHRASE);
    expect(Object.keys(inside)).toEqual(['cpu-cases-2025-hit-office-2026-01-15.xlsx']);
  });

  it('refuses a passphrase too short to protect anything, writing nothing', async () => {
    await expect(protectCaseFiles({ 'a.csv': new Uint8Array([1]) }, 'short', now)).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});
