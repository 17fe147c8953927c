import { filterRows, searchTextOf, sortRows } from '../../shared/domain/case-filter';
import type { HandlerMap } from '../../shared/ipc/contract';
import type { CaseRow } from '../../shared/schemas/case';

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
    updatedAt: '2025-03-14T08:00:00.000Z',
    updatedBy: 'Sokha',
    ...over,
  };
}

/**
 * `cases:list` as main answers it, served by the fake api (which checks the request against
 * the contract first): the year's rows (or its bin) filtered, searched with each summary's
 * narrative, sorted, and one window sliced. `rows()` is read on every call, so a test can
 * change what is on file.
 */
export function listLike(
  rows: () => readonly CaseRow[],
  narratives: ReadonlyMap<string, string> = new Map(),
): HandlerMap['cases:list'] {
  return (request) => {
    const inBin = rows().filter((r) => (r.deletedAt !== undefined) === (request.bin === true));
    const shown = filterRows(inBin, request.filter ?? {}, (row) => searchTextOf(row, narratives.get(row.id)));
    const sorted = sortRows(shown, request.sort ?? { key: 'dateReported', direction: 'desc' });
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 200;
    return {
      year: request.year,
      total: sorted.length,
      yearTotal: inBin.length,
      offset,
      rows: sorted.slice(offset, offset + limit),
    };
  };
}
