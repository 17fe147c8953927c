import type { CaseInput, CaseRecord, HistoryEntry } from '../schemas/case';
import type { FieldConflict, ImportKind } from '../schemas/exchange';
import { canonicalJson } from './canonical-json';
import { diffSummaries } from './history';

/**
 * How a summary from another PC relates to this PC's copy, by their histories: a copy whose
 * history continues ours is newer, one whose history ours continues is older, and two
 * histories that went separate ways are a conflict, resolved by the officer field by field.
 */
export interface Classified {
  kind: ImportKind;
  conflicts: FieldConflict[];
}

const entryKey = (e: HistoryEntry) => `${e.revision}|${e.at}|${e.by}|${e.action}`;

/** Every change recorded in `part` is also recorded in `whole` (a merge may interleave them). */
function contains(whole: readonly HistoryEntry[], part: readonly HistoryEntry[]): boolean {
  const keys = new Set(whole.map(entryKey));
  return part.every((e) => keys.has(entryKey(e)));
}

/** Top-level fields (and the bin) changed by the entries of `history` that `other` does not hold. */
function changedSince(history: readonly HistoryEntry[], other: readonly HistoryEntry[]): Set<string> {
  const known = new Set(other.map(entryKey));
  const fields = new Set<string>();
  for (const entry of history) {
    if (known.has(entryKey(entry))) continue;
    if (entry.action === 'deleted' || entry.action === 'restored') fields.add(BIN_FIELD);
    for (const change of entry.changes) fields.add(change.path.split('.')[0] ?? change.path);
  }
  return fields;
}

/** The bin state travels as a field of its own in a conflict. */
export const BIN_FIELD = '$bin';

/** Top-level fields of the summary (and the bin state) that differ between the two copies. */
export function conflictingFields(ours: CaseRecord, theirs: CaseRecord): FieldConflict[] {
  const a = ours.summary as Record<string, unknown>;
  const b = theirs.summary as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const oursChanged = changedSince(ours.history, theirs.history);
  const theirsChanged = changedSince(theirs.history, ours.history);
  const side = (path: string): FieldConflict['changedBy'] => {
    const o = oursChanged.has(path);
    const t = theirsChanged.has(path);
    return o === t ? 'both' : o ? 'ours' : 'theirs';
  };
  const conflicts = keys
    .filter((key) => canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null))
    .map((path) => ({ path, ours: a[path] ?? null, theirs: b[path] ?? null, changedBy: side(path) }));
  if ((ours.deletedAt === undefined) !== (theirs.deletedAt === undefined)) {
    conflicts.push({
      path: BIN_FIELD,
      ours: ours.deletedAt !== undefined,
      theirs: theirs.deletedAt !== undefined,
      changedBy: side(BIN_FIELD),
    });
  }
  return conflicts;
}

/**
 * The same record whatever order its history is in: after a merge, each PC holds its own
 * entries first and those it took from the other after them, so two copies of one summary
 * that hold the same changes can list them in another order.
 */
function sameInAnyHistoryOrder(ours: CaseRecord, theirs: CaseRecord): boolean {
  const entries = (r: CaseRecord) => r.history.map(canonicalJson).sort().join('\n');
  return (
    ours.history.length === theirs.history.length &&
    canonicalJson({ ...ours, history: [] }) === canonicalJson({ ...theirs, history: [] }) &&
    entries(ours) === entries(theirs)
  );
}

export function classify(ours: CaseRecord | undefined, theirs: CaseRecord): Classified {
  if (!ours) return { kind: 'new', conflicts: [] };
  if (canonicalJson(ours) === canonicalJson(theirs) || sameInAnyHistoryOrder(ours, theirs)) {
    return { kind: 'identical', conflicts: [] };
  }
  const theirsHoldsOurs = contains(theirs.history, ours.history);
  const oursHoldsTheirs = contains(ours.history, theirs.history);
  if (theirsHoldsOurs && !oursHoldsTheirs) return { kind: 'newer', conflicts: [] };
  if (oursHoldsTheirs && !theirsHoldsOurs) return { kind: 'older', conflicts: [] };
  // Diverged; or the same history with another content (a copy changed outside the app): never
  // taken as newer, where no history entry would say what changed; the officer chooses.
  const conflicts = conflictingFields(ours, theirs);
  // Both PCs made the same change: nothing for the officer to choose, nothing to write.
  return conflicts.length === 0 ? { kind: 'identical', conflicts } : { kind: 'conflict', conflicts };
}

export type Choices = Readonly<Record<string, 'ours' | 'theirs'>>;

export interface MergeStamp {
  officer: string;
  at: string;
  from: { pcId: string; pcName: string };
}

/**
 * One record from two diverged copies: our summary with each conflicting field taken from
 * the side the officer chose, both histories kept (ours first, then theirs by time), and an
 * `imported` entry naming the other PC and what changed here. Every conflict must have a
 * choice. The result still has to pass the schema: a mix can break a cross-field rule.
 */
export function resolveConflict(ours: CaseRecord, theirs: CaseRecord, choices: Choices, stamp: MergeStamp): CaseRecord {
  const conflicts = conflictingFields(ours, theirs);
  const missing = conflicts.filter((c) => choices[c.path] === undefined).map((c) => c.path);
  if (missing.length > 0) throw new Error(`no choice for ${missing.join(', ')}`);
  const fromTheirs = new Set(
    conflicts.filter((c) => c.path !== BIN_FIELD && choices[c.path] === 'theirs').map((c) => c.path),
  );
  const keys = new Set([...Object.keys(ours.summary), ...fromTheirs]);
  const summary = Object.fromEntries(
    [...keys]
      .map(
        (key) =>
          [key, ((fromTheirs.has(key) ? theirs.summary : ours.summary) as Record<string, unknown>)[key]] as const,
      )
      .filter(([, value]) => value !== undefined),
  );
  const binFromTheirs = conflicts.some((c) => c.path === BIN_FIELD) && choices[BIN_FIELD] === 'theirs';
  const bin = binFromTheirs ? theirs : ours;
  const known = new Set(ours.history.map(entryKey));
  const added = theirs.history.filter((e) => !known.has(entryKey(e))).sort((x, y) => x.at.localeCompare(y.at));
  const revision = Math.max(ours.revision, theirs.revision) + 1;
  const merged = summary as CaseInput;
  const record: CaseRecord = {
    ...ours,
    revision,
    updatedAt: stamp.at,
    updatedBy: stamp.officer,
    summary: merged,
    history: [
      ...ours.history,
      ...added,
      {
        revision,
        at: stamp.at,
        by: stamp.officer,
        action: 'imported',
        from: stamp.from,
        changes: diffSummaries(ours.summary, merged),
      },
    ],
  };
  delete record.deletedAt;
  delete record.deletedBy;
  if (bin.deletedAt !== undefined) {
    record.deletedAt = bin.deletedAt;
    if (bin.deletedBy !== undefined) record.deletedBy = bin.deletedBy;
  }
  return record;
}
