/**
 * The performance targets from the issue. They live here, in the benchmark, and nowhere in
 * the unit tests: a slow CI machine must not fail a test, and a fast one must not hide a miss.
 */
export const TARGETS = {
  /** A save's p95 may take at most this many times the p95 of writing the same file's bytes. */
  saveVsFileFloor: 2,
  /** One year's totals over every summary. */
  totalsMs: 50,
  /** Each export (the yearly JSON data file, the case-level CSV zip). */
  exportMs: 1000,
  /** Preview and apply of another PC's year file into ours. */
  importMs: 2000,
  /** Loading ten year files after unlock, unlocking excluded. */
  openTenYearsMs: 500,
  /** From a search being typed until the list's result count changes. */
  listFilterMs: 100,
} as const;

/** The unit's volume is 300–400 investigations a year; these are ten and a hundred times that. */
export const SIZES = { small: 3_000, large: 30_000, years: 10 } as const;
