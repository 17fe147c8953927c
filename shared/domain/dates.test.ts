import { describe, expect, it } from 'vitest';
import { isRealDate } from './dates';

/** What a calendar says: the date a Date makes of the parts is the same date. */
function onTheCalendar(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 100 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isRealDate', () => {
  it('accepts exactly the days on the calendar, leap years included', () => {
    for (const y of [100, 1899, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isRealDate(text), text).toBe(onTheCalendar(y, m, d));
        }
      }
    }
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-04-31')).toBe(false);
  });

  it('refuses text that is not a YYYY-MM-DD date', () => {
    for (const text of [
      '',
      '2025-1-01',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-01-32',
      '25-01-01',
      '2025/01/01',
      ' 2025-01-01',
      '2025-01-01T00:00',
      '0050-01-01',
    ]) {
      expect(isRealDate(text), text).toBe(false);
    }
  });
});
