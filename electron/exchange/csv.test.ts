import { describe, expect, it } from 'vitest';
import { BOM, csvField, guardFormula, keepAsText, parseCsv, toCsv } from './csv';

describe('CSV for Excel', () => {
  it('starts with a BOM, ends lines with CRLF and reads back what was written', () => {
    const narrative = 'ករណីនេះ, "ឪពុក" បានរាយការណ៍\nបន្ទាត់ទីពីរ\r\nthird line';
    const text = toCsv([
      ['case_code', 'narrative', 'age'],
      ['HIT-2025-0001', narrative, 12],
      ['HIT-2025-0002', '', null],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['case_code', 'narrative', 'age'],
      ['HIT-2025-0001', narrative, '12'],
      ['HIT-2025-0002', '', ''],
    ]);
  });

  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(-27.3)).toBe('-27.3');
  });

  it('prefixes text that a spreadsheet would run as a formula with an apostrophe', () => {
    for (const danger of ['=HYPERLINK("http://x","y")', '+855 12 345 678', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(guardFormula(danger)).toBe(`'${danger}`);
    }
    expect(guardFormula('Report from = the chief')).toBe('Report from = the chief');
    expect(parseCsv(toCsv([['=1+1', 'a,=b']]))).toEqual([["'=1+1", 'a,=b']]);
    // Numbers are values, not text: a negative change stays a number.
    expect(parseCsv(toCsv([[-5]]))).toEqual([['-5']]);
  });

  it('writes a code Excel would read as a number or a date as ="…", so it opens unchanged', () => {
    for (const code of ['09', '6-12', '2025/12', '00123456789012345678', '1E5', '12.50'])
      expect(keepAsText(code), code).toBe(`="${code}"`);
    // Codes with letters, and a summary id, are text Excel keeps as it is.
    for (const code of ['HIT-2025-0001', 'CPU-2025-014', 'ncmec', '00000000-0000-4000-8000-000000000010'])
      expect(keepAsText(code), code).toBe(code);
    // The formula form is quoted as CSV: the file reads back as written.
    expect(toCsv([[{ code: '09' }, { code: 'rape-under-15' }, { code: '-1' }]])).toBe(
      `${BOM}"=""09""",rape-under-15,"=""-1"""\r\n`,
    );
    expect(parseCsv(toCsv([[{ code: '09' }]]))).toEqual([['="09"']]);
    // A code that is neither stays guarded like any text.
    expect(csvField({ code: '=cmd' })).toBe("'=cmd");
  });
});
