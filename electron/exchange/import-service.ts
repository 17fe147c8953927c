import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { yearOf } from '../../shared/domain/dates';
import { classify, resolveConflict, type Choices, type Classified } from '../../shared/domain/merge';
import { AppFailure } from '../../shared/ipc/result';
import { CaseRecord, distinctCaseCode, type CaseRow, type PcRef, type PurgeMarker } from '../../shared/schemas/case';
import {
  IMPORT_KINDS,
  type FieldConflict,
  type ImportItem,
  type ImportKind,
  type ImportRefusal,
  type ImportPreview,
  type ImportResult,
} from '../../shared/schemas/exchange';
import type { CaseRepository } from '../cases/case-repository';
import { maskRedactions } from '../cases/redaction';
import { readDataFile, refusalOf, type DataFile } from './data-file';

interface Pending {
  token: string;
  file: DataFile;
  items: ImportItem[];
  /** Our revision of each summary when the preview was made; a change since then stops the import. */
  seen: Map<string, number | undefined>;
  /** The file's purge markers (one per summary): all are kept here; those for summaries held here purge them. */
  markers: PurgeMarker[];
  /** How many summaries held here the markers purge. */
  purges: number;
}

const writes = new Set<ImportKind>(['new', 'newer', 'conflict']);

/**
 * How the preview shows a summary purged on one PC: a marker that purges this PC's copy (applied
 * with the rest), and a summary purged here that comes back (this PC's state is kept: it is not
 * imported again).
 */
const PURGES_OURS: ImportKind = 'purge';
const PURGED_HERE: ImportKind = 'purged';
/** A summary that breaks a rule of the register (`refusalOf`): named in the preview, never written. */
const REFUSED: ImportKind = 'refused';

/**
 * Import of another PC's yearly data file in two steps: `preview` checks the whole file and
 * classifies each summary against ours without writing; `apply` writes the new, newer and
 * resolved summaries all together. Importing the same file again finds everything identical.
 */
export class ImportService {
  readonly #cases: CaseRepository;
  readonly #assertOpen: (...years: number[]) => void;
  readonly #now: () => Date;
  #pending: Pending | undefined;

  constructor(cases: CaseRepository, assertOpen: (...years: number[]) => void, now: () => Date = () => new Date()) {
    this.#cases = cases;
    this.#assertOpen = assertOpen;
    this.#now = now;
  }

  preview(content: string, passphrase?: string): ImportPreview {
    const file = readDataFile(content, passphrase);
    const now = this.#now();
    const markers = [...new Map((file.purged ?? []).map((m) => [m.id, m])).values()];
    const rows = new Map(this.#cases.allRows().map((r) => [r.id, r]));
    const seen = new Map<string, number | undefined>();
    // A marker for a summary held here purges it (whatever the file holds for it besides).
    const purging = markers.flatMap((m) => {
      const row = rows.get(m.id);
      if (!row) return [];
      seen.set(m.id, row.revision);
      return [purgeItem(row)];
    });
    const purged = new Set([...this.#cases.purgedIds(), ...markers.map((m) => m.id)]);
    const summaries = file.summaries.filter((r) => !seen.has(r.id));
    const ours = this.#cases.getMany(summaries.filter((r) => !purged.has(r.id)).map((r) => r.id));
    const codes = new CaseCodes(rows.values());
    const items = summaries.map((theirs): ImportItem => {
      const local = ours.get(theirs.id);
      seen.set(theirs.id, local?.revision);
      const { kind, conflicts, refusal } = judge(local, theirs, purged.has(theirs.id), now);
      if (writes.has(kind)) {
        this.#assertOpen(yearOf(theirs.summary.dateReported), ...(local ? [yearOf(local.summary.dateReported)] : []));
      }
      const item = { ...itemOf(theirs, kind, conflicts), ...(refusal ? { refusal } : {}) };
      return kind === 'new' ? codes.keep(item) : item;
    });
    items.push(...purging);
    const counts = Object.fromEntries(
      IMPORT_KINDS.map((k) => [k, items.filter((i) => i.kind === k).length]),
    ) as ImportPreview['counts'];
    const token = randomUUID();
    // One preview at a time: choosing another file replaces the one before.
    this.#pending = { token, file, items, seen, markers, purges: purging.length };
    const source = {
      pcId: file.pc.pcId,
      pcName: file.pc.pcName,
      exportedAt: file.exportedAt,
      appVersion: file.appVersion,
      year: file.year,
    };
    return { token, source, counts, items, years: yearsChanged(items, ours) };
  }

  cancel(token: string): null {
    if (this.#pending?.token === token) this.#pending = undefined;
    return null;
  }

  apply(token: string, resolutions: Readonly<Record<string, Choices>>, officer: string): ImportResult {
    const pending = this.#pending;
    if (!pending || pending.token !== token) throw new AppFailure('import-expired', 'No such import preview.');
    const ours = this.#cases.getMany(pending.seen.keys());
    const changed = [...pending.seen].filter(([id, revision]) => ours.get(id)?.revision !== revision);
    if (changed.length > 0 || this.#codeTakenSince(pending.items)) {
      this.#pending = undefined;
      throw new AppFailure('conflict', 'Summaries changed on this PC since the preview. Choose the file again.');
    }
    const from: PcRef = pending.file.pc;
    const at = this.#now().toISOString();
    const incoming = new Map(pending.file.summaries.map((r) => [r.id, r]));
    const marked = new Set(pending.markers.map((m) => m.id));
    // A summary with a marker is purged, never written (an item for it is its purge).
    const records = pending.items
      .filter((item) => writes.has(item.kind) && !marked.has(item.id))
      .map((item) => {
        const theirs = incoming.get(item.id) as CaseRecord;
        // A summary keeps the code it has here; a new one whose code is taken here, the code it was given.
        if (item.kind === 'new') return item.keptAs === undefined ? theirs : { ...theirs, caseCode: item.keptAs };
        const local = ours.get(item.id) as CaseRecord;
        if (item.kind === 'newer') return { ...theirs, caseCode: local.caseCode };
        const choices = resolutions[item.id] ?? {};
        const missing = item.conflicts.filter((c) => choices[c.path] === undefined);
        if (missing.length > 0) {
          throw new AppFailure('invalid-input', `Choose a value for every conflicting field of ${item.caseCode}.`, {
            detail: `${item.caseCode}: ${missing.map((c) => c.path).join(', ')}`,
          });
        }
        return checked(resolveConflict(local, theirs, choices, { officer, at, from }), item.caseCode);
      });
    const known = this.#cases.purgedIds();
    const markers = pending.markers.filter((m) => !known.has(m.id));
    const log = {
      at,
      by: officer,
      from,
      year: pending.file.year,
      written: records.length,
      ...(pending.purges > 0 ? { purged: pending.purges } : {}),
    };
    const years = records.length > 0 || markers.length > 0 ? this.#cases.importRecords(records, log, markers) : [];
    this.#pending = undefined;
    return { written: records.length + pending.purges, years };
  }

  /** A summary saved here since the preview took a code the preview meant for a new one. */
  #codeTakenSince(items: readonly ImportItem[]): boolean {
    const holders = new Map(this.#cases.allRows().map((r) => [r.caseCode, r.id]));
    return items.some((item) => {
      const holder = item.kind === 'new' ? holders.get(item.keptAs ?? item.caseCode) : undefined;
      return holder !== undefined && holder !== item.id;
    });
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
  return ours ? classify(...maskRedactions(ours, { ...theirs, caseCode: ours.caseCode })) : classify(undefined, theirs);
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
function yearsChanged(items: readonly ImportItem[], ours: ReadonlyMap<string, CaseRecord>): number[] {
  const years = new Set<number>();
  for (const item of items) {
    if (!writes.has(item.kind) && item.kind !== PURGES_OURS) continue;
    years.add(yearOf(item.dateReported));
    const local = ours.get(item.id);
    if (item.kind === 'conflict' && local) years.add(yearOf(local.summary.dateReported));
  }
  return [...years].sort((a, b) => a - b);
}

/** A merged record must still keep every rule; a mix of both sides can break a cross-field one. */
function checked(record: CaseRecord, caseCode: string): CaseRecord {
  const result = CaseRecord.safeParse(JSON.parse(JSON.stringify(record)));
  if (result.success) return result.data;
  const issue = (result.error as z.ZodError).issues[0];
  const field = issue?.path.slice(1).map(String).join('.') ?? '';
  throw new AppFailure('invalid-input', `The merged ${caseCode} breaks the rules at ${field}.`, {
    detail: `${caseCode} ${field}: ${issue?.message ?? ''}`,
  });
}
