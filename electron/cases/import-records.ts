/**
 * The repository's side of an import: hands `writeImport` what it writes with, then has memory
 * follow what it wrote and purged. Kept apart from the everyday saves because an import writes
 * many summaries, from another PC, in one transaction, and may purge some as well.
 */
import type { CaseRecord, PurgeMarker } from '../../shared/schemas/case';
import { purgeSummary } from './bin-retention';
import type { CaseStore } from './case-store';
import { leadsGuard } from './closed-leads';
import type { ImportLogEntry } from './import-log';
import { writeImport, type ImportBatches } from './import-writer';

/** Writes records from another PC in one transaction (see `CaseRepository.importRecords`); returns the years touched. */
export function applyImport(
  store: CaseStore,
  records: readonly CaseRecord[] | ImportBatches,
  log: ImportLogEntry | undefined,
  markers: readonly PurgeMarker[],
): number[] {
  const target = {
    vault: store.vault,
    rows: store.rows,
    views: store.views,
    sequences: store.sequences,
    markers: store.markers,
    assertOpen: store.assertOpen,
    purge: (id: string) => purgeSummary(store, id),
    // Read before the import's transaction: inside it, the rows would already hold what it wrote.
    leadsStay: leadsGuard(store),
  };
  const { years, written, purging } = writeImport(target, records, log, markers);
  store.rememberAll(written);
  store.forget(purging.map((p) => p.marker.id));
  for (const { year } of purging) years.add(year);
  return [...years].sort();
}
