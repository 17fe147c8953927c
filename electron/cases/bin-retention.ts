/**
 * How long the bin keeps a summary, and what a purge leaves: the only path (with an import
 * carrying purge markers) that removes a summary for good. Kept apart from the everyday saves
 * because it rewrites the append-only history and leaves a marker that travels to other PCs.
 */
import { AppFailure } from '../../shared/ipc/result';
import type { PurgeMarker } from '../../shared/schemas/case';
import { guarded, rewritingHistory } from '../storage/case-db';
import type { CaseStore } from './case-store';
import { discardEditDrafts } from './purge-markers';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Empties the bin of summaries deleted `days` or more before `now` (see `CaseRepository.purgeExpired`). */
export function purgeBin(store: CaseStore, days: number, by: string, now: Date): PurgeMarker[] {
  if (!Number.isInteger(days) || days < 1) {
    const message = `The bin keeps summaries for at least one day (asked: ${String(days)}).`;
    throw new AppFailure('invalid-input', message, { detail: message });
  }
  const purgedAt = now.toISOString();
  const markers = guarded(() =>
    rewritingHistory(store.vault.db, () => {
      const expired = store.rows.binnedBefore(now.getTime() - days * DAY_MS);
      return expired.map((row) => {
        purgeSummary(store, row.id);
        return store.markers.add({ id: row.id, caseCode: row.caseCode, purgedAt, purgedBy: by });
      });
    }),
  );
  store.forget(markers.map((m) => m.id));
  return markers;
}

/** Inside `rewritingHistory`: the summary, its history and its drafts go. */
export function purgeSummary(store: CaseStore, id: string): void {
  store.rows.remove(id);
  discardEditDrafts(store.vault, id);
}
