/**
 * The years the register lists, by this PC's clock. In a module of their own because entry, import,
 * the year pickers and the list all hold to the one range.
 */

/**
 * The first year the register lists. One range of years (`FIRST_YEAR` to `lastYear()`) holds for
 * entry, import and the list, so no summary is ever stored in a year that no list can open.
 */
export const FIRST_YEAR = 2000;

/**
 * The last year the register lists: next year, by this PC's clock. Entry already refuses dates
 * after today; a year's margin keeps what a PC whose clock runs ahead saved (as imports do).
 */
export function lastYear(now: Date = new Date()): number {
  return now.getFullYear() + 1;
}

/** True for a year the register lists: a summary may be dated in it, and a list or export opened on it. */
export function isListedYear(year: number, now: Date = new Date()): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= lastYear(now);
}

/** Every year the register lists, newest first: what a year picker offers. */
export function listedYears(now: Date = new Date()): number[] {
  return Array.from({ length: lastYear(now) - FIRST_YEAR + 1 }, (_, i) => lastYear(now) - i);
}
