import type { Team } from '../domain/teams';

/**
 * Case codes: their pattern, what they name, and the code a clashing import is kept under. Apart
 * from the record's schema because the import and the data file read codes as plain strings too.
 */

/**
 * A case code: `HIT-2025-KQMB-0007` (team, year of the report, entering PC, sequence of four to six
 * digits: a PC's team never enters a million summaries in a year). Codes from
 * before PC codes have no PC part; a code kept apart on import, because a different summary here
 * already had it, ends in a letter (`HIT-2025-0007-B`, see `distinctCaseCode`).
 */
export const CASE_CODE = /^(OVA|HIT|FST|ICAC)-(\d{4})-(?:[A-HJKMNP-TV-Z]{4}-)?\d{4,6}(-[B-HJKMNP-TV-Z]{1,2})?$/;

/** The highest sequence a case code can carry (six digits). */
export const MAX_CASE_SEQUENCE = 999_999;

/** The team and year a case code names, or undefined for what is not a case code. */
export function caseCodeParts(code: string): { team: Team; year: number } | undefined {
  const match = CASE_CODE.exec(code);
  return match ? { team: match[1] as Team, year: Number(match[2]) } : undefined;
}

/** Letters of a code kept apart: no I, L, O or U (read as digits or words), and no A (the first holder). */
const APART = 'BCDEFGHJKMNPQRSTVWXYZ';

/** `B` to `Z`, then `BB` to `ZZ`: 462 in all. */
function* apartLetters(): Generator<string> {
  for (const a of APART) yield a;
  for (const a of APART) for (const b of APART) yield a + b;
}

/**
 * The code under which a summary arriving with `code` is kept when a different summary already
 * has that code here: the code (without any letter it had) with the first letter not `taken`.
 * It still names the team and year, holds the code written on paper (a search for that finds
 * both), and sorts beside it; undefined once all are taken.
 */
export function distinctCaseCode(code: string, taken: { has(code: string): boolean }): string | undefined {
  const base = code.replace(/-[A-Z]{1,2}$/, '');
  for (const letters of apartLetters()) {
    const candidate = `${base}-${letters}`;
    if (!taken.has(candidate)) return candidate;
  }
  return undefined;
}
