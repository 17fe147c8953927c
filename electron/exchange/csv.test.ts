import { describe, expect, it } from 'vitest';
import { BOM, csvField, guardFormula, parseCsv, toCsv } from './csv';

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
});
