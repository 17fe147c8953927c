import { canonicalJson } from '../../../shared/domain/canonical-json';
import { toLatinDigits } from '../../../shared/domain/numerals';
import type { Draft } from '../../../shared/schemas/draft';

/** A kept draft as the form puts it back over the summary as it is saved now. */
export interface DraftOnTop {
  values: Record<string, unknown>;
  /** The revision the draft was started from, when the summary has been saved since. */
  startedOn?: number;
  /** Fields the officer changed that the saves since changed too: the officer's value is shown. */
  bothChanged: string[];
}

/**
 * A value as the form holds it, whatever the digits: a number or text in Khmer digits reads as
 * the Latin text ("១២", "12" and 12 are one age), so a draft kept with the other digits chosen, or
 * a number typed again, is not taken for a change.
 */
function plain(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return toLatinDigits(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value ?? null;
}

const same = (a: unknown, b: unknown) => canonicalJson(plain(a)) === canonicalJson(plain(b));

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
