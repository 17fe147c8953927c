/**
 * An administrator's redaction of one value from a summary's stored history: the one change to
 * history rows already written, so it runs apart from the saves (which only append) and leaves
 * the summary, its revision and the list untouched.
 */
import type { CaseRecord } from '../../shared/schemas/case';
import { guarded, rewritingHistory } from '../storage/case-db';
import type { CaseStore } from './case-store';
import { redactEntry, redactionTargets } from './redaction';

/** Redacts the change at `path` in history entry `revision` (see `CaseRepository.redact`). */
export function redactHistory(
  store: CaseStore,
  id: string,
  revision: number,
  path: string,
  reason: string,
  by: string,
  now: Date,
): CaseRecord {
  const current = store.current(id);
  const rows = store.named(id, () => store.rows.historyRows(id));
  const targets = redactionTargets(rows, current.caseCode, revision, path);
  const note = { redacted: true as const, by, at: now.toISOString(), reason: reason.trim() };
  guarded(() =>
    rewritingHistory(store.vault.db, () => {
      for (const { seq, entry } of targets) store.rows.rewriteHistory(id, seq, redactEntry(entry, path, note));
    }),
  );
  store.historyChanged();
  return store.get(id);
}
