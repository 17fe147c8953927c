import { createHash } from 'node:crypto';
import type { Team } from '../../shared/domain/teams';

/** Letters only (no I, L, O, U), so a PC code is never read as a number or a word. */
const PC_LETTERS = 'ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * This PC's four-letter code in the case codes it issues (`HIT-2025-KQMB-0007`), derived from
 * its random id so two PCs almost never share one (1 in 234,256 per pair); a clash that does
 * happen is caught on import, which keeps both summaries.
 */
export function pcCode(pcId: string): string {
  // Every new summary asks; a process has one PC id, so the last answer is kept.
  if (lastPc?.pcId === pcId) return lastPc.code;
  const digest = createHash('sha256').update(pcId).digest();
  const code = [...digest.subarray(0, 4)].map((b) => PC_LETTERS[b % PC_LETTERS.length]).join('');
  lastPc = { pcId, code };
  return code;
}

let lastPc: { pcId: string; code: string } | undefined;

/** What every code of one team, year and PC starts with (`HIT-2025-KQMB`, or `HIT-2025` for codes from before PC codes). */
export const codePrefix = (team: Team, year: number, pc?: string) => (pc ? `${team}-${year}-${pc}` : `${team}-${year}`);

/** `HIT-2025-KQMB-0007`: team, year of the report date, this PC, sequence within them. */
export function formatCaseCode(team: Team, year: number, sequence: number, pc?: string): string {
  return `${codePrefix(team, year, pc)}-${String(sequence).padStart(4, '0')}`;
}

/** The sequence of a code that starts with `prefix`, or undefined for any other code. */
export function sequenceOf(code: string, prefix: string): number | undefined {
  if (!code.startsWith(`${prefix}-`)) return undefined;
  const rest = code.slice(prefix.length + 1);
  return /^\d{4,6}$/.test(rest) ? Number(rest) : undefined;
}

/** 1 + the highest sequence already used under the prefix (0 when none). */
export function nextSequence(codes: Iterable<string>, prefix: string, issued = 0): number {
  let highest = issued;
  for (const code of codes) highest = Math.max(highest, sequenceOf(code, prefix) ?? 0);
  return highest + 1;
}
