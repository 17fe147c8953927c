import { yearOf } from '../../shared/domain/dates';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord, PurgeMarker } from '../../shared/schemas/case';
import { guarded, rewritingHistory } from '../storage/case-db';
import { transaction } from '../storage/sql';
import type { Vault } from '../storage/vault';
import { storable } from './case-checks';
import { factsOf, historyKey, type CaseRows } from './case-rows';
import type { CaseViews, ViewChange } from './case-views';
import type { RowChange } from './closed-leads';
import { appendImportLog, type ImportLogEntry } from './import-log';
import type { PurgeMarkers } from './purge-markers';
import type { Sequences } from './sequences';

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

/** What writing an import needs of the repository. */
export interface ImportTarget {
  vault: Vault;
  rows: CaseRows;
  views: CaseViews;
  sequences: Sequences;
  markers: PurgeMarkers;
  assertOpen: (...years: number[]) => void;
  /** Inside the write: a summary, its history and its drafts go (as a purge from the bin does). */
  purge: (id: string) => void;
  /** Inside the write, before the commit: refuses changes that would move a closed year's figures (see `assertLeadsStay`). */
  leadsStay?: (changes: readonly RowChange[]) => void;
}

/** What an import wrote, for the repository's memory to follow once it committed. */
export interface ImportWritten {
  /** The years written to. */
  years: Set<number>;
  /** Each written summary's list row (and facts while the totals' are in memory), and the year it was in before. */
  written: { change: ViewChange; previous: number | undefined }[];
  /** The summaries held here that the file's markers purged, with their years. */
  purging: { marker: PurgeMarker; year: number }[];
}

/**
 * Writes an import in one transaction (see `CaseRepository.importRecords`): each batch checked
 * (unless `checked`), refused if a summary was purged, and written with only the history
 * entries not yet stored; then the purges the file's markers ask for, the markers, and the log
 * entry. Memory is left to the caller, to change only after the commit.
 */
export function writeImport(
  target: ImportTarget,
  records: readonly CaseRecord[] | ImportBatches,
  log: ImportLogEntry | undefined,
  markers: readonly PurgeMarker[],
): ImportWritten {
  const { vault, rows, views, sequences } = target;
  const input = importInput(records);
  const marked = new Set([...guarded(() => target.markers.ids()), ...markers.map((m) => m.id)]);
  const purging = markers.flatMap((m) => {
    const year = guarded(() => rows.yearOf(m.id));
    return year === undefined ? [] : [{ marker: m, year }];
  });
  const years = new Set<number>();
  // What the views take after the commit (list rows; facts only while the totals' are in
  // memory): a large import does not hold every summary it wrote until then.
  const written: ImportWritten['written'] = [];
  const writeBatch = (batch: readonly CaseRecord[]) => {
    const incoming = input.checked === true ? batch : batch.map(storable);
    const refused = incoming.find((r) => marked.has(r.id));
    if (refused) {
      throw new AppFailure('conflict', `${refused.caseCode} was purged from the bin; it is not imported again.`, {
        reason: 'import-purged',
        caseCode: refused.caseCode,
      });
    }
    const previous = incoming.map((r) => rows.yearOf(r.id));
    const batchYears = incoming.map((r) => yearOf(r.summary.dateReported));
    // Moving a summary out of a year changes that year too: a closed one refuses (all is rolled back).
    target.assertOpen(...batchYears, ...previous.filter((y): y is number => y !== undefined));
    incoming.forEach((record, i) => {
      const known = input.knownHistory?.get(record.id) ?? rows.historyKeys(record.id);
      const added = record.history.filter((e) => !known.has(historyKey(e)));
      const facts = factsOf(record);
      const year = batchYears[i] ?? yearOf(record.summary.dateReported);
      // A summary not held here is inserted (no stored history to count after).
      rows.put(facts, year, added, previous[i] === undefined);
      years.add(year);
      written.push({ change: views.change(facts), previous: previous[i] });
    });
    sequences.noteIssued(incoming.map((r) => r.caseCode));
  };
  const write = () => {
    for (const batch of input.batches) writeBatch(batch);
    target.leadsStay?.([
      ...written.map(({ change }) => ({ id: change.row.id, after: change.row })),
      ...purging.map(({ marker }) => ({ id: marker.id, after: undefined })),
    ]);
    for (const { marker } of purging) target.purge(marker.id);
    for (const marker of markers) target.markers.add(marker);
    if (log) appendImportLog(vault, log);
  };
  // History is rewritten only when a summary is purged; otherwise its triggers stay in place.
  guarded(() => (purging.length > 0 ? rewritingHistory : transaction)(vault.db, write));
  return { years, written, purging };
}
