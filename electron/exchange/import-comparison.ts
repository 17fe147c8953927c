import { yearOf } from '../../shared/domain/dates';
import { classify, type Classified } from '../../shared/domain/merge';
import type { CaseRecord, CaseRow, PurgeMarker } from '../../shared/schemas/case';
import { distinctCaseCode } from '../../shared/schemas/case';
import type { FieldConflict, ImportItem, ImportKind, ImportRefusal } from '../../shared/schemas/exchange';
import type { CaseRepository } from '../cases/case-repository';
import { historyKey } from '../cases/case-rows';
import { maskRedactions } from '../cases/redaction';
import { refusalOf } from './data-file';

export const writes = new Set<ImportKind>(['new', 'newer', 'conflict']);
/**
 * How the preview shows a summary purged on one PC: a marker that purges this PC's copy (applied
 * with the rest), and a summary purged here that comes back (this PC's state is kept: it is not
 * imported again).
 */
export const PURGES_OURS: ImportKind = 'purge';
const PURGED_HERE: ImportKind = 'purged';
/** A summary that breaks a rule of the register (`refusalOf`): named in the preview, never written. */
const REFUSED: ImportKind = 'refused';

/**
 * A file's summaries compared with ours, a batch at a time: each summary's item, our revision of
 * it, and the file's copy only when applying may write it, kept as its JSON bytes (a fraction of
 * the memory the object takes; parsed again a batch at a time when applied).
 */
export class Comparison {
  readonly #cases: CaseRepository;
  readonly #assertOpen: (...years: number[]) => void;
  readonly #now: Date;
  readonly #markers: PurgeMarker[];
  readonly #marked: Set<string>;
  readonly #purged: Set<string>;
  readonly #codes: CaseCodes;
  readonly #items: ImportItem[] = [];
  readonly #purging: ImportItem[];
  readonly #records = new Map<string, Buffer>();
  /** For a summary the file has newer: the keys of the history we held, so applying need not read it again. */
  readonly #knownHistory = new Map<string, Set<string>>();
  readonly #seen = new Map<string, number | undefined>();
  readonly #localYears = new Map<string, number>();

  constructor(cases: CaseRepository, assertOpen: (...years: number[]) => void, now: Date, purged: PurgeMarker[]) {
    this.#cases = cases;
    this.#assertOpen = assertOpen;
    this.#now = now;
    this.#markers = [...new Map(purged.map((m) => [m.id, m])).values()];
    this.#marked = new Set(this.#markers.map((m) => m.id));
    const rows = new Map(cases.allRows().map((r) => [r.id, r]));
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

  add(batch: readonly CaseRecord[]): void {
    const summaries = batch.filter((r) => !this.#marked.has(r.id) || !this.#seen.has(r.id));
    const ours = this.#cases.getMany(summaries.filter((r) => !this.#purged.has(r.id)).map((r) => r.id));
    for (const theirs of summaries) {
      const local = ours.get(theirs.id);
      this.#seen.set(theirs.id, local?.revision);
      if (local) this.#localYears.set(theirs.id, yearOf(local.summary.dateReported));
      const { kind, conflicts, refusal } = judge(local, theirs, this.#purged.has(theirs.id), this.#now);
      if (writes.has(kind)) {
        this.#assertOpen(yearOf(theirs.summary.dateReported), ...(local ? [yearOf(local.summary.dateReported)] : []));
        if (!this.#marked.has(theirs.id)) this.#records.set(theirs.id, Buffer.from(JSON.stringify(theirs)));
        if (kind === 'newer' && local) this.#knownHistory.set(theirs.id, new Set(local.history.map(historyKey)));
      }
      const item = { ...itemOf(theirs, kind, conflicts), ...(refusal ? { refusal } : {}) };
      this.#items.push(kind === 'new' ? this.#codes.keep(item) : item);
    }
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

/**
 * The case codes held here, each by one summary: a new summary from a file whose code a
 * different summary already has here (or before it in the same file) is kept under a distinct
 * code (`distinctCaseCode`), so a code never names two summaries and none is merged into another.
 */
class CaseCodes {
  readonly #holders: Map<string, string>;

  constructor(rows: Iterable<Pick<CaseRow, 'id' | 'caseCode'>>) {
    this.#holders = new Map([...rows].map((r) => [r.caseCode, r.id]));
  }

  /** The item with the code it is kept under (`keptAs`) when its own is taken; that code is then taken. */
  keep(item: ImportItem): ImportItem {
    const holder = this.#holders.get(item.caseCode);
    if (holder === undefined || holder === item.id) {
      this.#holders.set(item.caseCode, item.id);
      return item;
    }
    const keptAs = distinctCaseCode(item.caseCode, this.#holders);
    if (keptAs === undefined) {
      return { ...item, kind: REFUSED, refusal: { path: 'caseCode', message: 'v.import.codeTaken' } };
    }
    this.#holders.set(keptAs, item.id);
    return { ...item, codeInUse: true, keptAs };
  }
}

/** How the file's copy stands: purged here, refused by a rule of the register, or compared with ours. */
function judge(
  ours: CaseRecord | undefined,
  theirs: CaseRecord,
  purgedHere: boolean,
  now: Date,
): Classified & { refusal?: ImportRefusal } {
  if (purgedHere) return { kind: PURGED_HERE, conflicts: [] };
  const refusal = refusalOf(theirs, now);
  return refusal ? { kind: REFUSED, conflicts: [], refusal } : compare(ours, theirs);
}

/**
 * Our copy against theirs; a redaction on either PC alone makes no difference (see
 * `maskRedactions`), nor does the code: a summary keeps the code it has here, which differs from
 * the other PC's when one of them kept it apart from a different summary with the same code.
 */
function compare(ours: CaseRecord | undefined, theirs: CaseRecord): Classified {
  if (!ours) return classify(undefined, theirs);
  if (ours.revision === theirs.revision) {
    // Most shared summaries are the same on both PCs, and both copies went through the same schema
    // (so their keys come in the same order): the same JSON text is the same summary, told without
    // the canonical form's sorting. Any difference, even of key order alone, is compared as before.
    if (JSON.stringify(ours) === JSON.stringify(theirs)) return { kind: 'identical', conflicts: [] };
  } else {
    // Copies of different revisions are never identical: one history continuing the other's is
    // told by the entries' keys alone, as `classify` tells it (a redaction changes no key).
    if (holds(theirs.history, ours.history)) return { kind: 'newer', conflicts: [] };
    if (holds(ours.history, theirs.history)) return { kind: 'older', conflicts: [] };
  }
  return classify(...maskRedactions(ours, { ...theirs, caseCode: ours.caseCode }));
}

/** Every entry of `part` is in `whole` (by `historyKey`, as `classify` matches them). */
function holds(whole: CaseRecord['history'], part: CaseRecord['history']): boolean {
  const keys = new Set(whole.map(historyKey));
  return part.every((entry) => keys.has(historyKey(entry)));
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

/** A summary held here that the file's purge marker purges, named by this PC's list row. */
const purgeItem = (row: CaseRow): ImportItem => ({
  id: row.id,
  caseCode: row.caseCode,
  investigationRef: row.investigationRef,
  team: row.team,
  dateReported: row.dateReported,
  kind: PURGES_OURS,
  conflicts: [],
});

/**
 * The years applying would change: each written summary's year (for a conflict, this PC's year
 * too, as the officer may keep either report date) and each purged one's.
 */
