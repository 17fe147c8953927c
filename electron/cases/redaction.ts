import { AppFailure } from '../../shared/ipc/result';
import { isRedaction, type CaseRecord, type HistoryEntry, type RedactionNote } from '../../shared/schemas/case';
import { historyKey } from './case-rows';

type Change = HistoryEntry['changes'][number];

/**
 * The entry with the change at `path` redacted: its old and new value replaced by the note. A
 * side without a value (`null`: a field first filled in, or emptied) stays `null`, which hides
 * nothing and still says so.
 */
export function redactEntry(entry: HistoryEntry, path: string, note: RedactionNote): HistoryEntry {
  const hide = (value: unknown) => (value === null ? null : note);
  return {
    ...entry,
    changes: entry.changes.map((c) => (c.path === path ? { ...c, from: hide(c.from), to: hide(c.to) } : c)),
  };
}

/**
 * The history rows whose change at `path` in entry `revision` is redacted (two entries may carry
 * one revision after an import merged them). Refused: no such entry, no change at `path` in it,
 * or nothing left there to redact.
 */
export function redactionTargets<R extends { entry: HistoryEntry }>(
  rows: readonly R[],
  caseCode: string,
  revision: number,
  path: string,
): R[] {
  const ofRevision = rows.filter((r) => r.entry.revision === revision);
  if (ofRevision.length === 0) {
    throw new AppFailure('not-found', `${caseCode} has no history entry ${revision}.`, {
      caseCode,
      revision: String(revision),
    });
  }
  const targets = ofRevision.filter((r) => r.entry.changes.some((c) => c.path === path));
  if (targets.length === 0) {
    const message = `History entry ${revision} of ${caseCode} records no change at ${path}.`;
    throw new AppFailure('invalid-input', message, { detail: message });
  }
  if (!targets.some((r) => hasValueAt(r.entry, path))) {
    throw new AppFailure('conflict', `The change at ${path} in entry ${revision} is already redacted.`, { caseCode });
  }
  return targets;
}

/** Whether the change at `path` holds a value that is not yet redacted. */
export const hasValueAt = (entry: HistoryEntry, path: string): boolean =>
  entry.changes.some((c) => c.path === path && [c.from, c.to].some((v) => v !== null && !isRedaction(v)));

const changeKey = (entry: HistoryEntry, path: string) => `${historyKey(entry)}\u0000${path}`;
const isRedacted = (c: Change) => isRedaction(c.from) || isRedaction(c.to);

/**
 * Two copies of a summary as an import compares them: a change redacted on either PC is shown
 * redacted (the same way) in both, so a redaction alone never makes a copy look newer or
 * conflicting. Redactions do not travel: what is written is never these copies, and an import
 * appends only history entries this PC does not hold.
 */
export function maskRedactions(ours: CaseRecord, theirs: CaseRecord): [CaseRecord, CaseRecord] {
  const redacted = new Map<string, Change>();
  for (const record of [ours, theirs])
    for (const entry of record.history)
      for (const change of entry.changes) {
        const key = changeKey(entry, change.path);
        if (isRedacted(change) && !redacted.has(key)) redacted.set(key, change);
      }
  if (redacted.size === 0) return [ours, theirs];
  const mask = (record: CaseRecord): CaseRecord => ({
    ...record,
    history: record.history.map((entry) => ({
      ...entry,
      changes: entry.changes.map((c) => redacted.get(changeKey(entry, c.path)) ?? c),
    })),
  });
  return [mask(ours), mask(theirs)];
}
