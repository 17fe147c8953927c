import type { Team } from '../domain/teams';
import type { CaseInput, CaseRecord } from '../schemas/case';
import { sampleSummary } from './samples';

let counter = 0;

/** A stored record around a summary, for tests of pure functions (no repository involved). */
export function recordOf(summary: CaseInput, overrides: Partial<CaseRecord> = {}): CaseRecord {
  counter += 1;
  const n = String(counter).padStart(12, '0');
  const year = summary.dateReported.slice(0, 4);
  const at = `${year}-12-31T10:00:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${n}`,
    caseCode: `${summary.team}-${year}-${String(counter).padStart(4, '0')}`,
    revision: 1,
    createdAt: at,
    createdBy: 'Test officer',
    updatedAt: at,
    updatedBy: 'Test officer',
    summary,
    history: [{ revision: 1, at, by: 'Test officer', action: 'created', changes: [] }],
    ...overrides,
  };
}

/** A team's sample summary with some fields changed. */
export function summaryOf<T extends Team>(
  team: T,
  changes: Partial<Extract<CaseInput, { team: T }>> = {},
): Extract<CaseInput, { team: T }> {
  return { ...sampleSummary(team), ...changes };
}
