import { randomUUID } from 'node:crypto';
import { yearOf } from '../../shared/domain/dates';
import { diffSummaries } from '../../shared/domain/history';
import { AppFailure } from '../../shared/ipc/result';
import { toRow, type CaseInput, type CaseRecord, type CaseRow, type HistoryEntry, type PcRef, type SaveCaseCommand } from '../../shared/schemas/case';
import type { StoreLocation } from '../storage/store-location';
import { formatCaseCode, nextSequence } from './case-code';
import { storable } from './year-file';
import { YearFiles, type OpenYear } from './year-files';

export interface CaseRef {
  id: string;
  /** The revision the officer saw; a mismatch means someone else saved in between. */
  expectedRevision?: number | undefined;
}

interface Found {
  record: CaseRecord;
  home: OpenYear;
  /** Other year files holding an older copy (a move cut short); cleaned on the next write. */
  stale: OpenYear[];
}

const byDateThenCode = (a: CaseRecord, b: CaseRecord) =>
  a.summary.dateReported.localeCompare(b.summary.dateReported) || a.caseCode.localeCompare(b.caseCode);

/**
 * Case summaries, one store file per calendar year of the report date, with identity, bin
 * state and a history of every change. Saves are checked against the revision the officer
 * opened; the changed record is written first, memory follows only once the write succeeded.
 */
export interface CaseRepositoryOptions {
  /** Throws when a year is closed; every change checks the years it touches. */
  assertOpen?: (...years: number[]) => void;
  /** This PC, stamped as the origin of every summary entered here. */
  origin?: () => PcRef;
}

export class CaseRepository {
  readonly #files: YearFiles;
  readonly #now: () => Date;
  readonly #assertOpen: (...years: number[]) => void;
  readonly #origin: (() => PcRef) | undefined;

  constructor(location: StoreLocation, now: () => Date = () => new Date(), options: CaseRepositoryOptions = {}) {
    this.#files = new YearFiles(location);
    this.#now = now;
    this.#assertOpen = options.assertOpen ?? (() => undefined);
    this.#origin = options.origin;
  }

  /** Every stored summary of every year, the bin included (totals and exports filter). */
  all(): CaseRecord[] {
    return this.#files.years().flatMap((y) => [...this.#files.load(y).byId.values()]);
  }

  /** Every stored summary of one year (by report date), the bin included. */
  ofYear(year: number): CaseRecord[] {
    return this.years().includes(year) ? [...this.#files.load(year).byId.values()] : [];
  }

  /** List rows for the given ids in any year, bin excluded, newest report first; unknown ids are skipped. */
  rowsByIds(ids: readonly string[]): CaseRow[] {
    const wanted = new Set(ids);
    return this.all()
      .filter((r) => wanted.has(r.id) && r.deletedAt === undefined)
      .sort((a, b) => byDateThenCode(b, a))
      .map(toRow);
  }

  /**
   * Writes records that came from another PC, as they are: one write per year file, then
   * copies left in another year's file (a report date that changed) are removed.
   */
  importRecords(records: readonly CaseRecord[]): number[] {
    const byYear = new Map<number, CaseRecord[]>();
    for (const record of records.map(storable)) {
      const year = yearOf(record.summary.dateReported);
      const list = byYear.get(year);
      // Pushed, not spread into a new array per record: that was quadratic (30,000 → 450 million copies).
      if (list) list.push(record);
      else byYear.set(year, [record]);
    }
    const home = new Map(records.map((r) => [r.id, yearOf(r.summary.dateReported)]));
    const stale = this.#files
      .years()
      .map((year) => this.#files.load(year))
      .map((open) => ({ open, ids: [...open.byId.keys()].filter((id) => home.has(id) && home.get(id) !== open.year) }))
      .filter((s) => s.ids.length > 0);
    // Removing a copy changes its year too: a closed one refuses before anything is written.
    this.#assertOpen(...byYear.keys(), ...stale.map((s) => s.open.year));
    for (const [year, list] of byYear) this.#files.write(this.#files.load(year), { upserts: list });
    for (const s of stale) this.#files.write(s.open, { removes: s.ids });
    return [...byYear.keys()].sort();
  }

  /** Years that have a file, newest first. */
  years(): number[] {
    return this.#files.years();
  }

  /** List rows of a year, newest report first: summaries in use, or with `bin` the deleted ones. */
  rows(year: number, bin = false): CaseRow[] {
    return [...this.#files.load(year).byId.values()]
      .filter((r) => (r.deletedAt !== undefined) === bin)
      .sort((a, b) => byDateThenCode(b, a))
      .map(toRow);
  }

  get(id: string): CaseRecord {
    return this.#find(id).record;
  }

  save(command: SaveCaseCommand, officer: string): CaseRecord {
    return command.id === undefined
      ? this.#create(command.summary, officer)
      : this.#edit({ id: command.id, expectedRevision: command.expectedRevision }, command.summary, officer);
  }

  /** Moves a summary to the bin; it stays in its year file and its history says who and when. */
  delete(ref: CaseRef, officer: string): CaseRecord {
    const found = this.#find(ref.id);
    checkRevision(found.record, ref.expectedRevision);
    this.#assertOpen(found.home.year);
    if (found.record.deletedAt !== undefined) {
      throw new AppFailure('conflict', 'This summary is already in the bin.');
    }
    const at = this.#now().toISOString();
    const record = this.#next(found.record, found.record.summary, officer, at, 'deleted', []);
    return this.#put(found, { ...record, deletedAt: at, deletedBy: officer });
  }

  restore(ref: CaseRef, officer: string): CaseRecord {
    const found = this.#find(ref.id);
    checkRevision(found.record, ref.expectedRevision);
    this.#assertOpen(found.home.year);
    if (found.record.deletedAt === undefined) {
      throw new AppFailure('conflict', 'This summary is not in the bin, so there is nothing to restore.');
    }
    const at = this.#now().toISOString();
    const record = this.#next(found.record, found.record.summary, officer, at, 'restored', []);
    delete record.deletedAt;
    delete record.deletedBy;
    return this.#put(found, record);
  }

  /** Every summary not in the bin that carries this investigation reference, in any year. */
  investigation(investigationRef: string): CaseRecord[] {
    const ref = investigationRef.trim().toUpperCase();
    return this.#files
      .years()
      .flatMap((y) => [...this.#files.load(y).byId.values()])
      .filter((r) => r.deletedAt === undefined && r.summary.investigationRef === ref)
      .sort(byDateThenCode);
  }

  #create(summary: CaseInput, officer: string): CaseRecord {
    const at = this.#now().toISOString();
    const year = yearOf(summary.dateReported);
    this.#assertOpen(year);
    const home = this.#files.load(year);
    const codes = [...home.byId.values()].map((r) => r.caseCode);
    const sequence = nextSequence(codes, summary.team, year, home.lastSequence[summary.team]);
    const record = storable({
      id: randomUUID(),
      caseCode: formatCaseCode(summary.team, year, sequence),
      revision: 1,
      createdAt: at,
      createdBy: officer,
      updatedAt: at,
      updatedBy: officer,
      ...(this.#origin ? { origin: this.#origin() } : {}),
      summary,
      history: [{ revision: 1, at, by: officer, action: 'created', changes: diffSummaries(undefined, summary) }],
    });
    this.#files.write(home, { upsert: record, issued: { team: summary.team, sequence } });
    return record;
  }

  #edit(ref: CaseRef, summary: CaseInput, officer: string): CaseRecord {
    const found = this.#find(ref.id);
    const previous = found.record;
    checkRevision(previous, ref.expectedRevision);
    this.#assertOpen(found.home.year, yearOf(summary.dateReported));
    if (previous.deletedAt !== undefined) {
      throw new AppFailure('conflict', 'This summary is in the bin. Restore it before editing it.');
    }
    if (summary.team !== previous.summary.team) {
      const message = `This summary belongs to ${previous.summary.team}; it cannot become a ${summary.team} summary.`;
      throw new AppFailure('invalid-input', message, { detail: message });
    }
    const changes = diffSummaries(previous.summary, summary);
    if (changes.length === 0) return previous;
    const at = this.#now().toISOString();
    return this.#put(found, this.#next(previous, summary, officer, at, 'edited', changes));
  }

  #next(
    previous: CaseRecord,
    summary: CaseInput,
    officer: string,
    at: string,
    action: HistoryEntry['action'],
    changes: HistoryEntry['changes'],
  ): CaseRecord {
    const revision = previous.revision + 1;
    return {
      ...previous,
      revision,
      updatedAt: at,
      updatedBy: officer,
      summary,
      history: [...previous.history, { revision, at, by: officer, action, changes }],
    };
  }

  /**
   * Writes the record into the file of its report year. When that year changed, the new
   * file is written first and the old copy removed after, so a crash in between leaves a
   * duplicate (the higher revision wins, see `#find`), never a loss.
   */
  #put(found: Found, changed: CaseRecord): CaseRecord {
    const record = storable(changed);
    const target = this.#files.load(yearOf(record.summary.dateReported));
    this.#files.write(target, { upsert: record });
    for (const old of [found.home, ...found.stale]) {
      if (old !== target && old.byId.has(record.id)) this.#files.write(old, { remove: record.id });
    }
    return record;
  }

  #find(id: string): Found {
    const homes = this.#files
      .years()
      .map((y) => this.#files.load(y))
      .filter((year) => year.byId.has(id))
      .sort((a, b) => (b.byId.get(id)?.revision ?? 0) - (a.byId.get(id)?.revision ?? 0));
    const [home, ...stale] = homes;
    const record = home?.byId.get(id);
    if (!home || !record) {
      throw new AppFailure('not-found', 'This summary no longer exists; it may have been deleted.');
    }
    return { record, home, stale };
  }
}

function checkRevision(record: CaseRecord, expected: number | undefined): void {
  if (expected !== undefined && expected !== record.revision) {
    throw new AppFailure(
      'conflict',
      'Someone saved this summary after you opened it. Reopen it to see their changes.',
      { revision: String(record.revision) },
    );
  }
}
