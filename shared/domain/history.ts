import type { z } from 'zod';
import type { CaseInput, FieldChange as FieldChangeSchema } from '../schemas/case';

export type FieldChange = z.output<typeof FieldChangeSchema>;

/**
 * What a change records for a side without a value (a new summary, a field left empty, a
 * removed repeat-group row). It is `null`, not `undefined`: history is stored as JSON, which
 * drops `undefined`, and `FieldChange` needs both `from` and `to` present to load again.
 * Summaries never hold `null` themselves, so it cannot be mistaken for a value.
 */
export const ABSENT = null;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rows of a repeat group are split by index; a list of codes (`offences`) is one value. */
function isRowList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null);
}

/** Leaf path → value. An empty list is a leaf too, so "none" is recorded on creation. */
function flatten(value: unknown, path: string, out: Map<string, unknown>): void {
  if (value === undefined) return;
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, at(key), out);
  } else if (isRowList(value)) {
    value.forEach((child, i) => flatten(child, at(i), out));
  } else {
    out.set(path, value);
  }
}

function sameLeaf(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameLeaf(item, b[i]));
  }
  return Object.is(a, b);
}

/** An empty list on one side and its first rows on the other: the rows say it all. */
function isEmptyListOfRows(value: unknown, path: string, other: Map<string, unknown>): boolean {
  if (!Array.isArray(value) || value.length > 0) return false;
  const prefix = `${path}.`;
  for (const key of other.keys()) if (key.startsWith(prefix)) return true;
  return false;
}

/**
 * What changed between two versions of a summary, one entry per leaf field: nested fields
 * by dotted path (`suspects.0.arrestDate`), lists of codes as one value, rows of repeat
 * groups by index. `before` is `undefined` for a new summary, so every field is listed
 * with `from: null` (see `ABSENT`). An empty result means nothing changed. Pure: no I/O.
 */
export function diffSummaries(before: CaseInput | undefined, after: CaseInput): FieldChange[] {
  const from = new Map<string, unknown>();
  const to = new Map<string, unknown>();
  flatten(before, '', from);
  flatten(after, '', to);
  const changes: FieldChange[] = [];
  for (const path of new Set([...to.keys(), ...from.keys()])) {
    const old = from.has(path) ? from.get(path) : ABSENT;
    const next = to.has(path) ? to.get(path) : ABSENT;
    if (sameLeaf(old, next)) continue;
    if (!from.has(path) && isEmptyListOfRows(next, path, from)) continue;
    if (!to.has(path) && isEmptyListOfRows(old, path, to)) continue;
    changes.push({ path, from: old, to: next });
  }
  return changes;
}
