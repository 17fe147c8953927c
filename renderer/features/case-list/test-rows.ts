import type { CaseRow } from '../../../shared/schemas/case';

/** Builds list rows for component tests; ids are valid UUIDs, codes follow the team. */
export function makeRow(n: number, over: Partial<CaseRow> = {}): CaseRow {
  const team = over.team ?? 'HIT';
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseCode: `${team}-2025-${String(n).padStart(4, '0')}`,
    revision: 1,
    team,
    investigationRef: `CPU-2025-${String(n).padStart(3, '0')}`,
    dateReported: '2025-03-14',
    province: '04',
    district: 'Rolea B’ier',
    offences: ['rape-under-15'],
    status: 'open',
    narrative: 'Facts only.',
    updatedAt: '2025-03-14T08:00:00.000Z',
    updatedBy: 'Sokha',
    ...over,
  };
}
