import { yearOf } from '../../shared/domain/dates';
import type { CaseRecord, HistoryEntry } from '../../shared/schemas/case';
import { historyOf, recordOf, type StoredCopy } from './our-copies';

/**
 * This PC's copy of a summary as the import's comparison needs it: its revision and report year
 * at once, its history and the whole record parsed only when asked. A copy of another revision
 * than the file's is told newer or older by its history alone (most such copies), so its
 * summary's JSON, the larger part, is opened (authenticated) but not parsed.
 */
export interface LocalCopy {
  readonly revision: number;
  /** The report date's year (the row's year: every write stores a summary under its report year). */
  readonly year: number;
  history(): HistoryEntry[];
  record(): CaseRecord;
}

/** A copy read as stored bytes (`OurCopies`). */
export function localOf(copy: StoredCopy): LocalCopy {
  let history: HistoryEntry[] | undefined;
  let record: CaseRecord | undefined;
  return {
    revision: copy.revision,
    year: copy.year,
    history: () => (history ??= record?.history ?? historyOf(copy)),
    record: () => (record ??= recordOf(copy, history)),
  };
}

/** A copy already parsed (read through the repository, or compared value for value). */
export function localOfRecord(record: CaseRecord): LocalCopy {
  return {
    revision: record.revision,
    year: yearOf(record.summary.dateReported),
    history: () => record.history,
    record: () => record,
  };
}
