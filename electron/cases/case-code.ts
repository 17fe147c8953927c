import type { Team } from '../../shared/domain/teams';

/** `HIT-2025-0007`: team, year of the report date, sequence within that team and year. */
export function formatCaseCode(team: Team, year: number, sequence: number): string {
  return `${team}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The sequence of a code of this team and year, or undefined for any other code. */
export function sequenceOf(code: string, team: Team, year: number): number | undefined {
  const match = /^([A-Z]+)-(\d{4})-(\d{4,})$/.exec(code);
  if (!match || match[1] !== team || Number(match[2]) !== year) return undefined;
  return Number(match[3]);
}

/** 1 + the highest sequence already used by the team in the year (0 when none). */
export function nextSequence(codes: Iterable<string>, team: Team, year: number, issued = 0): number {
  let highest = issued;
  for (const code of codes) highest = Math.max(highest, sequenceOf(code, team, year) ?? 0);
  return highest + 1;
}
