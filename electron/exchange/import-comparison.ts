import { yearOf } from '../../shared/domain/dates';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord, CaseRow, PurgeMarker } from '../../shared/schemas/case';
import type { FieldConflict, ImportItem, ImportKind } from '../../shared/schemas/exchange';
import type { CaseRepository } from '../cases/case-repository';
import type { Vault } from '../storage/vault';
import { CaseCodes } from './import-codes';
import type { KnownSummary, LineRead } from './data-file-v2';
import { placeOf, type LinePlace } from './file-lines';
import { judge } from './import-judge';
import { localOf, localOfRecord, type LocalCopy } from './local-copy';
import { idHint, OurCopies, recordOf, sameBytes, sameValue, type StoredCopy } from './our-copies';

export const writes = new Set<ImportKind>(['new', 'newer', 'conflict']);
/** How the preview shows a marker that purges this PC's copy (applied with the rest; see `judge` for one purged here). */
export const PURGES_OURS: ImportKind = 'purge';

/** A line of the file that is byte for byte our copy of a summary (see `Comparison.known`), by id. */
export interface SameAsOurs {
  same: string;
}
/** What the preview compares: a checked summary of the file, or a line known to be our copy. */
export type Incoming = CaseRecord | SameAsOurs;

/** The history keys of a summary not held here: none (so applying reads none from the database). */
const NO_HISTORY: ReadonlySet<string> = new Set();

/**
 * A file's summaries compared with ours, a batch at a time: each summary's item, our revision of
 * it, and the file's copy only when applying may write it, kept as its JSON bytes (a fraction of
 * the memory the object takes; parsed again a batch at a time when applied). Our copies are read
 * from the vault a batch at a time and parsed only when they differ from the file's.
 */
export class Comparison {
  readonly #copies: OurCopies;
  readonly #assertOpen: (...years: number[]) => void;
  readonly #now: Date;
  readonly #markers: PurgeMarker[];
  readonly #marked: Set<string>;
  readonly #purged: Set<string>;
  readonly #rows: Map<string, CaseRow>;
  readonly #codes: CaseCodes;
  readonly #items: ImportItem[] = [];
  readonly #purging: ImportItem[];
  readonly #records = new Map<string, Buffer | LinePlace>();
  /** Whether the file's lines can be read again by place when applied (see `FileLines`). */
  #byPlace = false;
  /** For a summary the file has newer: the keys of the history we held, so applying need not read it again. */
  readonly #knownHistory = new Map<string, ReadonlySet<string>>();
  readonly #seen = new Map<string, number | undefined>();
  readonly #localYears = new Map<string, number>();
  /** Our copies read by `known` that differ from the file's line: compared when their line comes to `add`. */
  readonly #read = new Map<string, StoredCopy>();
  /** Those of them parsed by `value`. */
  readonly #parsed = new Map<string, CaseRecord>();
  /** Our revision of each line `known` found to be our copy, until `add` takes it. */
  readonly #same = new Map<string, number>();
  /** Each checked summary's line as the file has it, until `add` takes it (see `lineOf`). */
  readonly #lines = new WeakMap<CaseRecord, LineRead>();

  /** The year the file is of: a summary of another year is one that left it (see `yearIds`). */
  readonly #fileYear: number | undefined;

  constructor(
    cases: CaseRepository,
    vault: Vault,
    assertOpen: (...years: number[]) => void,
    now: Date,
    purged: PurgeMarker[],
    fileYear?: number,
  ) {
    this.#assertOpen = assertOpen;
    this.#fileYear = fileYear;
    this.#now = now;
    this.#markers = [...new Map(purged.map((m) => [m.id, m])).values()];
    this.#marked = new Set(this.#markers.map((m) => m.id));
    const rows = new Map(cases.allRows().map((r) => [r.id, r]));
    this.#rows = rows;
    this.#copies = new OurCopies(vault, (id) => rows.get(id)?.caseCode);
    // A marker for a summary held here purges it (whatever the file holds for it besides).
    this.#purging = this.#markers.flatMap((m) => {
      const row = rows.get(m.id);
      if (!row) return [];
      this.#seen.set(m.id, row.revision);
      return [purgeItem(row)];
    });
    this.#purged = new Set([...cases.purgedIds(), ...this.#marked]);
    this.#codes = new CaseCodes(rows.values());
  }

  /**
   * For each summary line (not yet parsed), the summary held here that it is byte for byte, or
   * undefined: one read of our copies for the whole run. Such a line is our own copy as the list
   * knows it, so it is identical and neither parsed nor checked again; every other line is.
   */
  known(lines: readonly Buffer[]): (KnownSummary | undefined)[] {
    const hints = lines.map((line) => {
      const id = idHint(line);
      return id !== undefined && this.#rows.has(id) && !this.#marked.has(id) && !this.#purged.has(id) ? id : undefined;
    });
    const copies = this.#copies.read(hints.filter((id): id is string => id !== undefined));
    return hints.map((id, i) => {
      const copy = id === undefined ? undefined : copies.get(id);
      const row = id === undefined ? undefined : this.#rows.get(id);
      if (!copy || !row) return undefined;
      // The list row names the item: only when it is of the revision compared.
      if (row.revision === copy.revision && sameBytes(lines[i] as Buffer, copy)) {
        this.#same.set(copy.id, copy.revision);
        return { id: copy.id, caseCode: row.caseCode };
      }
      this.#read.set(copy.id, copy);
      return undefined;
    });
  }

  /**
   * A parsed line that `known` did not find byte for byte ours (its keys in another order, say):
   * the summary held here it is value for value, or undefined. Only a copy of our revision is
   * parsed to be compared; the others are compared in `add`, after the schema's check.
   */
  value(raw: unknown): KnownSummary | undefined {
    if (typeof raw !== 'object' || raw === null || !('id' in raw) || typeof raw.id !== 'string') return undefined;
    const id = raw.id;
    const copy = this.#read.get(id);
    const row = this.#rows.get(id);
    if (!copy || !row || row.revision !== copy.revision || !('revision' in raw) || raw.revision !== copy.revision) {
      return undefined;
    }
    const ours = recordOf(copy);
    this.#read.delete(id);
    if (!sameValue(raw, ours)) {
      this.#parsed.set(id, ours);
      return undefined;
    }
    this.#same.set(id, copy.revision);
    return { id, caseCode: row.caseCode };
  }

  /**
   * The line a checked summary was read from. When the schema gave back the line's own value
   * (the same keys in the same order), a copy of the line is kept for applying rather than the
   * summary written out again as JSON: parsed, it gives the same summary.
   */
  lineOf(record: CaseRecord, line: LineRead): void {
    this.#lines.set(record, line);
  }

  /**
   * The file can be read again when applied (`FileLines`): a line kept for applying is kept as
   * its place and SHA-256, not its bytes (a year's changes would otherwise be held in memory).
   */
  keepPlaces(): void {
    this.#byPlace = true;
  }

  add(batch: readonly Incoming[]): void {
    const records = batch.filter((r): r is CaseRecord => !('same' in r));
    const summaries = records.filter((r) => !this.#marked.has(r.id) || !this.#seen.has(r.id));
    const ours = this.#ours(summaries.filter((r) => !this.#purged.has(r.id)).map((r) => r.id));
    const compared = new Set(summaries);
    for (const entry of batch) {
      if ('same' in entry) {
        this.#identical(entry.same);
        continue;
      }
      if (!compared.has(entry)) continue;
      const theirs = entry;
      const local = ours.get(theirs.id);
      this.#seen.set(theirs.id, local?.revision);
      if (local) this.#localYears.set(theirs.id, local.year);
      const judged = judge(local, theirs, this.#purged.has(theirs.id), this.#now);
      const { kind, conflicts, refusal } = writes.has(judged.kind) ? this.#yearOpen(judged, theirs, local) : judged;
      if (writes.has(kind)) {
        if (!this.#marked.has(theirs.id)) this.#records.set(theirs.id, this.#json(theirs));
        if (kind === 'newer' && local) this.#knownHistory.set(theirs.id, new Set(local.historyKeys()));
        if (kind === 'new' && !local) this.#knownHistory.set(theirs.id, NO_HISTORY);
      }
      const item = {
        ...itemOf(theirs, kind, conflicts),
        ...(refusal ? { refusal } : {}),
        ...(kind === 'newer' ? binMove(this.#rows.get(theirs.id), theirs) : {}),
      };
      this.#items.push(kind === 'new' ? this.#codes.keep(item) : item);
    }
  }

  /**
   * A summary that would be written must not change a closed year. The file's own year closed
   * here refuses the whole file (its year's figures are final); another closed year (a summary
   * that left the file's year, see `yearIds`, or whose copy here is in a year closed since) refuses
   * that summary alone, named in the preview, so the rest of the file still imports.
   */
  #yearOpen<T extends { kind: ImportKind; conflicts: FieldConflict[] }>(
    judged: T,
    theirs: CaseRecord,
    local: LocalCopy | undefined,
  ): T | { kind: ImportKind; conflicts: FieldConflict[]; refusal: { path: string; message: string } } {
    const year = yearOf(theirs.summary.dateReported);
    const touched = [year, ...(local ? [local.year] : [])];
    try {
      this.#assertOpen(...touched);
      return judged;
    } catch (error) {
      const closed = error instanceof AppFailure && error.code === 'year-closed';
      if (!closed || this.#fileYear === undefined) throw error;
      // Whichever closed year was named first: the file's own, touched and closed here, refuses it all.
      if (touched.includes(this.#fileYear)) this.#assertOpen(this.#fileYear);
      return { kind: 'refused', conflicts: [], refusal: { path: 'dateReported', message: 'v.import.yearClosed' } };
    }
  }

  /**
   * The checked summary to keep for applying: its line's place in the file, or its line's bytes
   * (copied); written out again as JSON when the schema did not give back the line's own value.
   */
  #json(theirs: CaseRecord): Buffer | LinePlace {
    const line = this.#lines.get(theirs);
    this.#lines.delete(theirs);
    if (line && sameValue(line.raw, theirs, true)) {
      return this.#byPlace ? placeOf(line.offset, line.bytes) : Buffer.from(line.bytes);
    }
    return Buffer.from(JSON.stringify(theirs));
  }

  /** A line that is our copy: identical, named by our list row. */
  #identical(id: string): void {
    const row = this.#rows.get(id) as CaseRow;
    this.#seen.set(id, this.#same.get(id));
    this.#same.delete(id);
    this.#items.push(rowItem(row, 'identical'));
  }

  /** Our copies of these ids (unknown ids left out): those `known` read already, the others read now. */
  #ours(ids: readonly string[]): Map<string, LocalCopy> {
    const out = new Map<string, LocalCopy>();
    const missing: string[] = [];
    for (const id of ids) {
      const parsed = this.#parsed.get(id);
      const copy = this.#read.get(id);
      this.#parsed.delete(id);
      this.#read.delete(id);
      if (parsed) out.set(id, localOfRecord(parsed));
      else if (copy) out.set(id, localOf(copy));
      // Not only those the list held when the preview began: one saved since is compared too.
      else missing.push(id);
    }
    for (const [id, copy] of this.#copies.read(missing)) out.set(id, localOf(copy));
    return out;
  }

  finish() {
    return {
      items: [...this.#items, ...this.#purging],
      records: this.#records,
      knownHistory: this.#knownHistory,
      seen: this.#seen,
      markers: this.#markers,
      purges: this.#purging.length,
      localYears: this.#localYears,
    };
  }
}

/** A summary of the file as the preview names it. */
const itemOf = (theirs: CaseRecord, kind: ImportKind, conflicts: FieldConflict[]): ImportItem => ({
  id: theirs.id,
  caseCode: theirs.caseCode,
  investigationRef: theirs.summary.investigationRef,
  team: theirs.summary.team,
  dateReported: theirs.summary.dateReported,
  kind,
  conflicts,
});

/** Whether a newer copy moves this PC's summary into the bin or out of it (the preview says so). */
function binMove(ours: CaseRow | undefined, theirs: CaseRecord): Pick<ImportItem, 'bin'> {
  if (!ours) return {};
  const was = ours.deletedAt !== undefined;
  const will = theirs.deletedAt !== undefined;
  return was === will ? {} : { bin: will ? 'into' : 'out' };
}

/** A summary held here as the preview names it, by this PC's list row. */
const rowItem = (row: CaseRow, kind: ImportKind): ImportItem => ({
  id: row.id,
  caseCode: row.caseCode,
  investigationRef: row.investigationRef,
  team: row.team,
  dateReported: row.dateReported,
  kind,
  conflicts: [],
});

/** A summary held here that the file's purge marker purges. */
const purgeItem = (row: CaseRow): ImportItem => rowItem(row, PURGES_OURS);

/**
 * The years applying would change: each written summary's year (for a conflict, this PC's year
 * too, as the officer may keep either report date) and each purged one's.
 */
