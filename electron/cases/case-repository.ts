import type { Investigation } from '../../shared/domain/investigations';
import type { Team } from '../../shared/domain/teams';
import type {
  CaseRecord,
  CaseFacts,
  CaseListPage,
  CaseRow,
  ListCasesRequest,
  PurgeMarker,
  SaveCaseCommand,
} from '../../shared/schemas/case';
import { guarded } from '../storage/case-db';
import type { Vault } from '../storage/vault';
import type { RowOpener } from '../storage/row-opener';
import { purgeBin } from './bin-retention';
import type { CaseRef, CaseRepositoryOptions } from './case-checks';
import { binCase, restoreCase, saveCase } from './case-saves';
import { CaseStore } from './case-store';
import type { RowVisibility } from './case-views';
import { redactHistory } from './history-redaction';
import type { ImportLogEntry } from './import-log';
import { applyImport } from './import-records';
import type { ImportBatches } from './import-writer';
import { RawRows } from './raw-rows';

export type { CaseRef, CaseRepositoryOptions } from './case-checks';

const byDateThenCode = (a: CaseRow, b: CaseRow) =>
  a.dateReported.localeCompare(b.dateReported) || a.caseCode.localeCompare(b.caseCode);

/**
 * Case summaries in the case database, one sealed row each, with identity, bin state and an
 * append-only history. Every save is one transaction of one summary; saves are checked
 * against the revision the officer opened. The summaries (without history) that the list
 * and the totals read are kept in memory per year once read, and changed only after a
 * commit succeeded. The reads are here; the saves (`case-saves.ts`), the import
 * (`import-records.ts`), the bin's purge (`bin-retention.ts`) and redaction
 * (`history-redaction.ts`) each have their module, all sharing one `CaseStore`.
 */
export class CaseRepository {
  readonly #store: CaseStore;

  constructor(vault: Vault, now: () => Date = () => new Date(), options: CaseRepositoryOptions = {}) {
    this.#store = new CaseStore(vault, now, options);
  }

  /** Raised by every committed change: what was computed from the summaries at another version is stale. */
  get version(): number {
    return this.#store.version;
  }

  /** Years that hold summaries, newest first. */
  years(): number[] {
    return this.#store.years();
  }

  /** Every summary's facts for the totals (no narrative, no history), every year, the bin included. */
  allFacts(): CaseFacts[] {
    return this.#store.views.facts(this.years());
  }

  /** `groupInvestigations(allFacts())`, kept up to date by each commit rather than built again. */
  investigations(): Map<string, Investigation> {
    return this.#store.views.investigations(this.years());
  }

  /** List rows of every year, the bin included (codes, references, lookups by id). */
  allRows(): CaseRow[] {
    return this.years().flatMap((y) => this.#store.views.rowsOf(y));
  }

  /** Stores snapshots of the lists and facts in memory, for the next unlock (on lock and quit). */
  storeSnapshots(): void {
    guarded(() => this.#store.views.storeSnapshots());
  }

  /** One window of a year's list, filtered and sorted in main. */
  list(request: ListCasesRequest, visible?: RowVisibility): CaseListPage {
    return this.#store.views.page(request, visible);
  }

  /** Whole summaries of one year with history, the bin included (the yearly data file, case exports). */
  ofYear(year: number): CaseRecord[] {
    return guarded(() => this.#store.rows.ofYear(year));
  }

  /** Whole summaries for the given ids; unknown ids are left out. */
  getMany(ids: Iterable<string>): Map<string, CaseRecord> {
    const out = new Map<string, CaseRecord>();
    for (const id of ids) {
      const record = this.#store.read(id);
      if (record) out.set(id, record);
    }
    return out;
  }

  /** List rows for the given ids in any year, bin excluded, newest report first; unknown ids are skipped. */
  rowsByIds(ids: readonly string[]): CaseRow[] {
    const wanted = new Set(ids);
    return this.allRows()
      .filter((r) => wanted.has(r.id) && r.deletedAt === undefined)
      .sort((a, b) => byDateThenCode(b, a));
  }

  /**
   * The summaries (any year, the bin included) whose report date was moved out of `year` on this
   * PC, by save or import, since the database noted it (`years_left`).
   */
  leftYear(year: number): string[] {
    return guarded(() =>
      this.#store.vault.db
        .prepare('SELECT summary_id FROM years_left WHERE year = ?')
        .all(year)
        .map((r) => String(r.summary_id)),
    );
  }

  /** Every list row of a year, newest report first: summaries in use, or with `bin` the deleted ones. */
  rows(year: number, bin = false): CaseRow[] {
    return this.#store.views
      .rowsOf(year)
      .filter((r) => (r.deletedAt !== undefined) === bin)
      .sort((a, b) => byDateThenCode(b, a));
  }

  get(id: string): CaseRecord {
    return this.#store.get(id);
  }

  save(command: SaveCaseCommand, officer: string): CaseRecord {
    return saveCase(this.#store, command, officer);
  }

  /** Moves a summary to the bin; it stays in the database and its history says who and when. */
  delete(ref: CaseRef, officer: string): CaseRecord {
    return binCase(this.#store, ref, officer);
  }

  restore(ref: CaseRef, officer: string): CaseRecord {
    return restoreCase(this.#store, ref, officer);
  }

  /** Bulk reads of the stored rows, opened but not parsed (the yearly data file, the case-level tables). */
  rawRows(): RawRows {
    return new RawRows(this.#store.vault);
  }

  /** Opens rows for `rawRows().batches` on worker threads; close it when done. */
  rowOpener(): RowOpener {
    return this.#store.vault.opener();
  }

  /** Every summary not in the bin that carries this investigation reference, in any year. */
  investigation(investigationRef: string): CaseRecord[] {
    const ids = this.#investigationRows(investigationRef).map((r) => r.id);
    return [...this.getMany(ids).values()];
  }

  /** The teams of those summaries, one per summary, from their list rows alone. */
  investigationTeams(investigationRef: string): Team[] {
    return this.#investigationRows(investigationRef).map((r) => r.team);
  }

  #investigationRows(investigationRef: string): CaseRow[] {
    const ref = investigationRef.trim().toUpperCase();
    return this.allRows()
      .filter((r) => r.deletedAt === undefined && r.investigationRef === ref)
      .sort(byDateThenCode);
  }

  /**
   * Writes records that came from another PC, as they are, all in one transaction (with the
   * import's log entry and the file's purge markers): every year changes, or none does. History
   * entries not yet stored are appended after ours. A marker for a summary held here purges it
   * (as `purgeExpired` does, whatever its bin state), and every marker not yet here is stored;
   * a record whose summary was purged is refused. Records may come as batches (`ImportBatches`),
   * each checked and written in turn inside the same transaction, so an import never holds them
   * all. Returns the years written or purged from.
   */
  importRecords(
    records: readonly CaseRecord[] | ImportBatches,
    log?: ImportLogEntry,
    markers: readonly PurgeMarker[] = [],
  ): number[] {
    return applyImport(this.#store, records, log, markers);
  }

  /**
   * Empties the bin of summaries deleted `days` or more before `now`: each one's row, history
   * and form drafts (every account's) are removed and a marker (id, case code, when, by whom)
   * is kept, all in one transaction. The markers travel in yearly data files, so other PCs
   * purge their copies too and refuse the summary if it comes back. A closed year does not
   * hold a purge up: a summary in the bin counts in no total. Returns the new markers.
   */
  purgeExpired(days: number, by: string, now: Date): PurgeMarker[] {
    return purgeBin(this.#store, days, by, now);
  }

  /** Every summary purged here or on a PC whose data file was imported, oldest purge first. */
  purgedMarkers(): PurgeMarker[] {
    return guarded(() => this.#store.markers.all());
  }

  /** The ids of every purged summary (none of them is imported again). */
  purgedIds(): Set<string> {
    return guarded(() => this.#store.markers.ids());
  }

  /**
   * An administrator removes one value from a summary's history: in history entry `revision`
   * the change at `path` has its old and new value replaced by a note of who redacted it, when
   * and why (a side that was empty stays empty). Should two entries carry the same revision
   * (both PCs changed the summary before an import merged them), the change at `path` is
   * redacted in each. Only that change: the same value may also be the old value of a later
   * change at the path, redacted by asking for that entry too. Redaction is of history only:
   * if the value is still the summary's current value at `path`, it stays in the summary (to
   * remove it there, the summary is edited). The summary's revision and `updatedAt` stay as
   * they are; the history row is sealed again in its place. Redactions do not travel in data
   * files: an import never rewrites history this PC holds, nor shows a copy as newer for one.
   */
  redact(id: string, revision: number, path: string, reason: string, by: string, now: Date): CaseRecord {
    return redactHistory(this.#store, id, revision, path, reason, by, now);
  }
}
