import { yearOf } from '../../shared/domain/dates';
import { diffSummaries } from '../../shared/domain/history';
import type { Investigation } from '../../shared/domain/investigations';
import type { Team } from '../../shared/domain/teams';
import { AppFailure } from '../../shared/ipc/result';
import type {
  CaseRecord,
  CaseFacts,
  CaseListPage,
  CaseInput,
  CaseRow,
  HistoryEntry,
  ListCasesRequest,
  PcRef,
  PurgeMarker,
  SaveCaseCommand,
} from '../../shared/schemas/case';
import { guarded, rewritingHistory } from '../storage/case-db';
import { transaction } from '../storage/sql';
import type { Vault } from '../storage/vault';
import { codePrefix, formatCaseCode, nextSequence, pcCode } from './case-code';
import { CaseRows, factsOf } from './case-rows';
import { CaseViews, type RowVisibility } from './case-views';
import {
  checkRevision,
  firstRevision,
  namedByCode,
  nextRevision,
  notFound,
  plain,
  type CaseRef,
  type CaseRepositoryOptions,
} from './case-checks';
import type { ImportLogEntry } from './import-log';
import { writeImport, type ImportBatches } from './import-writer';
import { discardEditDrafts, PurgeMarkers } from './purge-markers';
import { RawRows } from './raw-rows';
import { redactEntry, redactionTargets } from './redaction';
import { Sequences } from './sequences';

export type { CaseRef, CaseRepositoryOptions } from './case-checks';

const DAY_MS = 24 * 60 * 60 * 1000;

const byDateThenCode = (a: CaseRow, b: CaseRow) =>
  a.dateReported.localeCompare(b.dateReported) || a.caseCode.localeCompare(b.caseCode);

/**
 * Case summaries in the case database, one sealed row each, with identity, bin state and an
 * append-only history. Every save is one transaction of one summary; saves are checked
 * against the revision the officer opened. The summaries (without history) that the list
 * and the totals read are kept in memory per year once read, and changed only after a
 * commit succeeded.
 */
export class CaseRepository {
  readonly #vault: Vault;
  readonly #rows: CaseRows;
  readonly #sequences: Sequences;
  readonly #now: () => Date;
  readonly #assertOpen: (...years: number[]) => void;
  readonly #origin: (() => PcRef) | undefined;
  readonly #views: CaseViews;
  readonly #markers: PurgeMarkers;
  #years: Set<number> | undefined;
  #version = 0;

  constructor(vault: Vault, now: () => Date = () => new Date(), options: CaseRepositoryOptions = {}) {
    this.#vault = vault;
    this.#rows = new CaseRows(vault);
    this.#sequences = new Sequences(vault);
    this.#views = new CaseViews(this.#rows);
    this.#markers = new PurgeMarkers(vault);
    this.#now = now;
    this.#assertOpen = options.assertOpen ?? (() => undefined);
    this.#origin = options.origin;
  }

  /** Raised by every committed change: what was computed from the summaries at another version is stale. */
  get version(): number {
    return this.#version;
  }

  /** Years that hold summaries, newest first. */
  years(): number[] {
    this.#years ??= new Set(guarded(() => this.#rows.years()));
    return [...this.#years].sort((a, b) => b - a);
  }

  /** Every summary's facts for the totals (no narrative, no history), every year, the bin included. */
  allFacts(): CaseFacts[] {
    return this.#views.facts(this.years());
  }

  /** `groupInvestigations(allFacts())`, kept up to date by each commit rather than built again. */
  investigations(): Map<string, Investigation> {
    return this.#views.investigations(this.years());
  }

  /** List rows of every year, the bin included (codes, references, lookups by id). */
  allRows(): CaseRow[] {
    return this.years().flatMap((y) => this.#views.rowsOf(y));
  }

  /** Stores snapshots of the lists and facts in memory, for the next unlock (on lock and quit). */
  storeSnapshots(): void {
    guarded(() => this.#views.storeSnapshots());
  }

  /** One window of a year's list, filtered and sorted in main. */
  list(request: ListCasesRequest, visible?: RowVisibility): CaseListPage {
    return this.#views.page(request, visible);
  }

  /** Whole summaries of one year with history, the bin included (the yearly data file, case exports). */
  ofYear(year: number): CaseRecord[] {
    return guarded(() => this.#rows.ofYear(year));
  }

  /** Whole summaries for the given ids; unknown ids are left out. */
  getMany(ids: Iterable<string>): Map<string, CaseRecord> {
    const out = new Map<string, CaseRecord>();
    for (const id of ids) {
      const record = this.#read(id);
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

  /** Every list row of a year, newest report first: summaries in use, or with `bin` the deleted ones. */
  rows(year: number, bin = false): CaseRow[] {
    return this.#views
      .rowsOf(year)
      .filter((r) => (r.deletedAt !== undefined) === bin)
      .sort((a, b) => byDateThenCode(b, a));
  }

  get(id: string): CaseRecord {
    const record = this.#read(id);
    if (!record) throw notFound();
    return record;
  }

  save(command: SaveCaseCommand, officer: string): CaseRecord {
    return command.id === undefined
      ? this.#create(command.summary, officer)
      : this.#edit({ id: command.id, expectedRevision: command.expectedRevision }, command.summary, officer);
  }

  /** Moves a summary to the bin; it stays in the database and its history says who and when. */
  delete(ref: CaseRef, officer: string): CaseRecord {
    const current = this.#current(ref.id);
    checkRevision(current, ref.expectedRevision);
    this.#assertOpen(yearOf(current.summary.dateReported));
    if (current.deletedAt !== undefined) throw new AppFailure('conflict', 'This summary is already in the bin.');
    const at = this.#now().toISOString();
    const { facts, entry } = nextRevision(current, current.summary, officer, at, 'deleted', []);
    return this.#commit(current, { ...facts, deletedAt: at, deletedBy: officer }, [entry]);
  }

  restore(ref: CaseRef, officer: string): CaseRecord {
    const current = this.#current(ref.id);
    checkRevision(current, ref.expectedRevision);
    this.#assertOpen(yearOf(current.summary.dateReported));
    if (current.deletedAt === undefined) {
      throw new AppFailure('conflict', 'This summary is not in the bin, so there is nothing to restore.');
    }
    const at = this.#now().toISOString();
    const { facts, entry } = nextRevision(current, current.summary, officer, at, 'restored', []);
    delete facts.deletedAt;
    delete facts.deletedBy;
    return this.#commit(current, facts, [entry]);
  }

  /** Bulk reads of the stored rows, opened but not parsed (the yearly data file, the case-level tables). */
  rawRows(): RawRows {
    return new RawRows(this.#vault);
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
    const target = {
      vault: this.#vault,
      rows: this.#rows,
      views: this.#views,
      sequences: this.#sequences,
      markers: this.#markers,
      assertOpen: this.#assertOpen,
      purge: (id: string) => this.#purge(id),
    };
    const { years, written, purging } = writeImport(target, records, log, markers);
    for (const { change, previous } of written) this.#views.applyChange(change, previous);
    if (written.length > 0) {
      // As `#remember` does for one summary.
      this.#version += 1;
      this.#years = undefined;
    }
    this.#forget(purging.map((p) => p.marker.id));
    for (const { year } of purging) years.add(year);
    return [...years].sort();
  }

  /**
   * Empties the bin of summaries deleted `days` or more before `now`: each one's row, history
   * and form drafts (every account's) are removed and a marker (id, case code, when, by whom)
   * is kept, all in one transaction. The markers travel in yearly data files, so other PCs
   * purge their copies too and refuse the summary if it comes back. A closed year does not
   * hold a purge up: a summary in the bin counts in no total. Returns the new markers.
   */
  purgeExpired(days: number, by: string, now: Date): PurgeMarker[] {
    if (!Number.isInteger(days) || days < 1) {
      const message = `The bin keeps summaries for at least one day (asked: ${String(days)}).`;
      throw new AppFailure('invalid-input', message, { detail: message });
    }
    const purgedAt = now.toISOString();
    const markers = guarded(() =>
      rewritingHistory(this.#vault.db, () => {
        const expired = this.#rows.binnedBefore(now.getTime() - days * DAY_MS);
        return expired.map((row) => {
          this.#purge(row.id);
          return this.#markers.add({ id: row.id, caseCode: row.caseCode, purgedAt, purgedBy: by });
        });
      }),
    );
    this.#forget(markers.map((m) => m.id));
    return markers;
  }

  /** Every summary purged here or on a PC whose data file was imported, oldest purge first. */
  purgedMarkers(): PurgeMarker[] {
    return guarded(() => this.#markers.all());
  }

  /** The ids of every purged summary (none of them is imported again). */
  purgedIds(): Set<string> {
    return guarded(() => this.#markers.ids());
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
    const current = this.#current(id);
    const rows = this.#named(id, () => this.#rows.historyRows(id));
    const targets = redactionTargets(rows, current.caseCode, revision, path);
    const note = { redacted: true as const, by, at: now.toISOString(), reason: reason.trim() };
    guarded(() =>
      rewritingHistory(this.#vault.db, () => {
        for (const { seq, entry } of targets) this.#rows.rewriteHistory(id, seq, redactEntry(entry, path, note));
      }),
    );
    // The list and the totals read no history; only what was built from whole records is stale.
    this.#version += 1;
    return this.get(id);
  }

  #create(summary: CaseInput, officer: string): CaseRecord {
    const at = this.#now().toISOString();
    const year = yearOf(summary.dateReported);
    this.#assertOpen(year);
    const origin = this.#origin?.();
    const pc = origin ? pcCode(origin.pcId) : undefined;
    const prefix = codePrefix(summary.team, year, pc);
    const issued = guarded(() => this.#sequences.get(year));
    // Only this PC issues codes under its own prefix, so what it issued is enough; codes without a
    // PC part (no origin: tests, tools) are checked against the year's codes as before.
    const sequence = pc
      ? (issued.values[prefix] ?? 0) + 1
      : nextSequence(
          this.#views.rowsOf(year).map((r) => r.caseCode),
          prefix,
          issued.values[prefix] ?? 0,
        );
    const record = firstRevision(formatCaseCode(summary.team, year, sequence, pc), summary, officer, at, origin);
    guarded(() =>
      transaction(this.#vault.db, () => {
        this.#rows.put(factsOf(record), year, record.history, true);
        this.#sequences.put(year, issued, { ...issued.values, [prefix]: sequence });
      }),
    );
    this.#remember(factsOf(record), undefined);
    return record;
  }

  #edit(ref: CaseRef, summary: CaseInput, officer: string): CaseRecord {
    const current = this.#current(ref.id);
    checkRevision(current, ref.expectedRevision);
    this.#assertOpen(yearOf(current.summary.dateReported), yearOf(summary.dateReported));
    if (current.deletedAt !== undefined) {
      throw new AppFailure('conflict', 'This summary is in the bin. Restore it before editing it.');
    }
    if (summary.team !== current.summary.team) {
      const message = `This summary belongs to ${current.summary.team}; it cannot become a ${summary.team} summary.`;
      throw new AppFailure('invalid-input', message, { detail: message });
    }
    const changes = diffSummaries(current.summary, summary);
    if (changes.length === 0) return this.get(current.id);
    const at = this.#now().toISOString();
    const { facts, entry } = nextRevision(current, summary, officer, at, 'edited', changes);
    return this.#commit(current, facts, [entry]);
  }

  /** One transaction: the summary's row (in its report year, which may have changed) and its new history entries. */
  #commit(previous: CaseFacts, changed: CaseFacts, entries: HistoryEntry[]): CaseRecord {
    const stored = this.#rows.history(previous.id);
    const record = plain<CaseRecord>({ ...changed, history: [...stored, ...entries] });
    const facts = factsOf(record);
    guarded(() =>
      transaction(this.#vault.db, () => this.#rows.put(facts, yearOf(facts.summary.dateReported), entries)),
    );
    this.#remember(facts, yearOf(previous.summary.dateReported));
    return record;
  }

  /** Inside `rewritingHistory`: the summary, its history and its drafts go. */
  #purge(id: string): void {
    this.#rows.remove(id);
    discardEditDrafts(this.#vault, id);
  }

  /** Memory follows a purge: the summaries are gone from every list and from the facts. */
  #forget(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.#version += 1;
    this.#views.forget(ids);
    this.#years = undefined;
  }

  #current(id: string): CaseFacts {
    const facts = this.#named(id, () => this.#rows.summary(id));
    if (!facts) throw notFound();
    return facts;
  }

  #read(id: string): CaseRecord | undefined {
    return this.#named(id, () => {
      const facts = this.#rows.summary(id);
      return facts ? { ...facts, history: this.#rows.history(id) } : undefined;
    });
  }

  /** A summary that does not open is named by its case code when its own list row still reads. */
  #named<T>(id: string, read: () => T): T {
    try {
      return guarded(read);
    } catch (error) {
      throw namedByCode(
        error,
        id,
        () =>
          this.#views.known(id) ??
          this.#views.rowsOf(guarded(() => this.#rows.yearOf(id)) ?? 0).find((r) => r.id === id),
      );
    }
  }

  /** Memory follows a commit: the summary's new state, out of the year it left. */
  #remember(facts: CaseFacts, previousYear: number | undefined): void {
    this.#version += 1;
    this.#views.update(facts, previousYear);
    // A year may have emptied or appeared: asked again next time (one indexed query).
    this.#years = undefined;
  }
}
