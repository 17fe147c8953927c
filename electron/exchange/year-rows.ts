import type { CaseRecord } from '../../shared/schemas/case';
import type { CaseRepository } from '../cases/case-repository';

const BATCH = 200;

/** The ids of a year's summaries, the bin included: how many a yearly data file will hold. */
export function yearIds(cases: CaseRepository, year: number): string[] {
  return [...cases.rows(year), ...cases.rows(year, true)].map((r) => r.id);
}

/**
 * A year's whole summaries (with history), a batch at a time, so an export holds a batch, not
 * the year. Between batches the event loop runs (a progress request, a cancel is answered).
 */
export async function* yearRecords(cases: CaseRepository, ids: readonly string[]): AsyncGenerator<CaseRecord> {
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = cases.getMany(ids.slice(start, start + BATCH));
    for (const record of batch.values()) yield record;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
