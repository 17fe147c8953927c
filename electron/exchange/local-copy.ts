import { yearOf } from '../../shared/domain/dates';
import type { CaseRecord, HistoryEntry } from '../../shared/schemas/case';
import { historyKey } from '../cases/case-rows';
import { historyKeyOf } from './history-keys';
import { historyOf, recordOf, type StoredCopy } from './our-copies';

/**
 * This PC's copy of a summary as the import's comparison needs it: its revision and report year
 * at once, its history's keys and the whole record read only when asked. A copy of another
 * revision than the file's is told newer or older by its history's keys alone (most such copies),
 * so its summary's JSON is opened (authenticated) but not parsed, nor its entries' changes.
 */
export interface LocalCopy {
  readonly revision: number;
  /** The report date's year (the row's year: every write stores a summary under its report year). */
  readonly year: number;
  /** Each history entry's key (`historyKey`), oldest first: whether one history holds the other. */
  historyKeys(): string[];
  record(): CaseRecord;
}

/** A copy read as stored bytes (`OurCopies`). */
export function localOf(copy: StoredCopy): LocalCopy {
  let keys: string[] | undefined;
  let record: CaseRecord | undefined;
  // An entry that is not written as this app writes one is parsed whole, as all of them are then.
  let history: HistoryEntry[] | undefined;
  const parsed = () => (history ??= record?.history ?? historyOf(copy));
  return {
    revision: copy.revision,
    year: copy.year,
    historyKeys: () =>
      (keys ??= copy.history.map((entry, i) => historyKeyOf(entry, () => parsed()[i] as HistoryEntry))),
    record: () => (record ??= recordOf(copy, history)),
  };
}

/** A copy already parsed (read through the repository, or compared value for value). */
export function localOfRecord(record: CaseRecord): LocalCopy {
  return {
    revision: record.revision,
    year: yearOf(record.summary.dateReported),
    historyKeys: () => record.history.map(historyKey),
    record: () => record,
  };
}
