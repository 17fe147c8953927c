import type { CaseRecord } from '../../shared/schemas/case';

/**
 * Records an import writes, given a batch at a time so the caller never holds them all as
 * objects: `CaseRepository.importRecords` writes every batch inside its one transaction, so
 * all of them are written or none is (a failure in any batch, or in the generator giving
 * them, rolls back the batches before it).
 */
export interface ImportBatches {
  batches: Iterable<readonly CaseRecord[]>;
  /**
   * Each record was checked against the schema already and is plain JSON (the preview's check
   * of the file's line, a merge's own check), so it is not parsed again.
   */
  checked?: boolean;
  /**
   * Keys (`historyKey`) of the history this PC held for a summary when the preview read it
   * whole; the caller has made sure its revision has not changed since. A summary not named
   * here has its stored history read.
   */
  knownHistory?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** An array of records as one batch to be checked; batches as they are. */
export function importInput(records: readonly CaseRecord[] | ImportBatches): ImportBatches {
  return isBatches(records) ? records : { batches: [records], checked: false };
}

const isBatches = (records: readonly CaseRecord[] | ImportBatches): records is ImportBatches => !Array.isArray(records);
