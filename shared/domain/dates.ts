import { toLatinDigits, withoutZeroWidth } from './numerals';

/** Dates are stored as ISO calendar dates (`YYYY-MM-DD`): no time zone can shift a day. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when the string is a real calendar date (rejects 2025-02-30). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  // Checked with arithmetic, not a Date: every date of every summary is checked on each save and
  // import (a million calls for a file of 30,000), and a Date per call was a tenth of an import.
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  // Years 0-99 were never real here (a Date reads them as 1900-1999).
  if (y < 100) return false;
  return d <= daysIn(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** The local calendar date of an instant, as `YYYY-MM-DD`. */
export function toIsoDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/**
 * What an officer types into a date field: `dd/mm/yyyy` (also with `-` or `.`, and in
 * Khmer digits) or ISO. Returns the ISO date when the text reads as one, else the text
 * unchanged so validation can say what is wrong.
 */
export function normalizeDateInput(text: string): string {
  const typed = withoutZeroWidth(text).trim();
  const latin = toLatinDigits(typed);
  if (ISO_DATE.test(latin)) return latin;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(latin);
  if (!match) return typed;
  const [, d, m, y] = match as unknown as [string, string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : typed;
}

/** `2025-03-14` → `14/03/2025`, the order officers read and write. */
export function isoToDayMonthYear(iso: string): string {
  if (!ISO_DATE.test(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
