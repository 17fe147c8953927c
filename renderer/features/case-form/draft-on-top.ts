import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { Draft } from '../../../shared/schemas/draft';

/** A kept draft as the form puts it back over the summary as it is saved now. */
export interface DraftOnTop {
  values: Record<string, unknown>;
  /** The revision the draft was started from, when the summary has been saved since. */
  startedOn?: number;
  /** Fields the officer changed that the saves since changed too: the officer's value is shown. */
  bothChanged: string[];
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/**
 * The draft over the summary saved now. A draft started from the revision saved now (or a new
 * summary's) is put back whole. One started from an older revision (the summary was saved
 * since, in another window, on another PC or by an import) brings back only the fields the
 * officer changed from what they started from, so the saves since are not undone unnoticed.
 */
export function draftOnTop(
  draft: Draft,
  saved: { revision: number; values: Record<string, unknown> } | undefined,
): DraftOnTop {
  const { base } = draft;
  if (!saved || !base || base.revision === saved.revision) return { values: draft.values, bothChanged: [] };
  const values = { ...saved.values };
  const bothChanged: string[] = [];
  for (const [field, mine] of Object.entries(draft.values)) {
    if (same(mine, base.values[field])) continue;
    const now = saved.values[field];
    if (!same(now, base.values[field]) && !same(now, mine)) bothChanged.push(field);
    values[field] = mine;
  }
  return { values, startedOn: base.revision, bothChanged };
}
