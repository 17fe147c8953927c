import { describe, expect, it } from 'vitest';
import { parseWholeNumber, toKhmerDigits, toLatinDigits } from './numerals';

describe('numerals', () => {
  it('reads Khmer and Latin digits alike', () => {
    expect(parseWholeNumber('១៤')).toBe(14);
    expect(parseWholeNumber(' 14 ')).toBe(14);
    expect(parseWholeNumber('០')).toBe(0);
  });

  it('reads thousands grouped with commas, as numbers are shown', () => {
    expect(parseWholeNumber('12,500')).toBe(12500);
    expect(parseWholeNumber('១២,៥០០')).toBe(12500);
    expect(parseWholeNumber('1,234,567')).toBe(1234567);
    for (const text of ['12,50', '1,2345', ',500', '12,', '1,,000', '12 500'])
      expect(parseWholeNumber(text)).toBeUndefined();
  });

  it('refuses anything that is not a whole number', () => {
    for (const text of ['', '1.5', '-3', '12a', '១២x', '1e3']) expect(parseWholeNumber(text)).toBeUndefined();
  });

  it('converts both ways', () => {
    expect(toKhmerDigits('2025-03-14')).toBe('២០២៥-០៣-១៤');
    expect(toLatinDigits('២០២៥')).toBe('2025');
  });
});
