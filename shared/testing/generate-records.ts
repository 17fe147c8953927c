import { yearOf } from '../domain/dates';
import { diffSummaries } from '../domain/history';
import { CASE_STATUSES } from '../domain/lists';
import type { Team } from '../domain/teams';
import type { CaseInput, CaseRecord, HistoryEntry, PcRef } from '../schemas/case';
import { generateSummaries, seededRandom, type SeededRandom } from './generate';

const OFFICERS = ['Sok Dara', 'Chea Sophea', 'Kim Vanna', 'Heng Sreymom', 'Pich Rithy', 'សុខ ដារ៉ា', 'ជា សុភា'];

/** A version-4 UUID from the seeded stream, so the same seed gives the same ids. */
export function seededUuid(r: SeededRandom): string {
  const hex = (n: number) => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

/** A time on the report day, between the given hours (UTC). */
const at = (date: string, r: SeededRandom, from: number, to: number) =>
  `${date}T${String(r.int(from, to)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`;

/**
 * Stored records around summaries, shaped as the repository writes them: a case code per
 * team and year in order, the creation recorded field by field in the history, about a
 * quarter edited once since (a status change), and the PC they were entered on.
 */
export function recordsOf(summaries: readonly CaseInput[], seed = 1, origin?: PcRef): CaseRecord[] {
  const r = seededRandom(seed ^ 0x27d4eb2f);
  const pc: PcRef = origin ?? { pcId: seededUuid(r), pcName: 'CPU office PC 1' };
  const sequences = new Map<string, number>();
  return summaries.map((summary) => {
    const year = yearOf(summary.dateReported);
    const key = `${summary.team}-${year}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const by = r.pick(OFFICERS);
    const created = at(summary.dateReported, r, 1, 9);
    const edited = r.next() < 0.25;
    const before: CaseInput = edited
      ? { ...summary, status: CASE_STATUSES.find((s) => s !== summary.status) ?? 'open' }
      : summary;
    const history: HistoryEntry[] = [
      { revision: 1, at: created, by, action: 'created', changes: diffSummaries(undefined, before) },
    ];
    const updated = edited ? at(summary.dateReported, r, 10, 16) : created;
    if (edited)
      history.push({ revision: 2, at: updated, by, action: 'edited', changes: diffSummaries(before, summary) });
    return {
      id: seededUuid(r),
      caseCode: `${key}-${String(sequence).padStart(4, '0')}`,
      revision: history.length,
      createdAt: created,
      createdBy: by,
      updatedAt: updated,
      updatedBy: by,
      origin: pc,
      summary,
      history,
    };
  });
}

/** A year of full, realistic stored records (see `generateSummaries` with `full`). */
export function generateRecords(count: number, year: number, seed = 1, origin?: PcRef): CaseRecord[] {
  return recordsOf(generateSummaries(count, year, seed, { full: true }), seed, origin);
}

/** The highest sequence per team among the records' codes, as a year file keeps it. */
export function lastSequences(records: readonly CaseRecord[]): Partial<Record<Team, number>> {
  const out: Partial<Record<Team, number>> = {};
  for (const record of records) {
    const team = record.summary.team;
    out[team] = Math.max(out[team] ?? 0, Number(record.caseCode.slice(record.caseCode.lastIndexOf('-') + 1)));
  }
  return out;
}
