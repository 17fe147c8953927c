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

/** A row of a repeat group in one version, by its index there. */
type Row = { at: number; value: unknown };

/** How many leaves two rows share: the row an edited row most likely was. */
function likeness(a: unknown, b: unknown): number {
  const x = new Map<string, unknown>();
  const y = new Map<string, unknown>();
  flatten(a, '', x);
  flatten(b, '', y);
  let same = 0;
  for (const [path, value] of x) if (y.has(path) && sameLeaf(value, y.get(path))) same += 1;
  return same;
}

/**
 * Which row of `before` each row of `after` is. Rows left exactly as they were pair up in order
 * (the longest common run, as a text diff finds lines). Between two such rows, as many rows on
 * each side pair by position (the form edits rows where they stand); otherwise each new row
 * pairs with the old row it most resembles. Old rows left unpaired were removed, new ones added.
 */
function alignRows(before: unknown[], after: unknown[]): { old?: Row; now?: Row }[] {
  const key = (v: unknown) => JSON.stringify(v);
  const [a, b] = [before.map(key), after.map(key)];
  // run(i, j): the longest run of equal rows in before[i..] and after[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  const run = (i: number, j: number) => lcs[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] = a[i] === b[j] ? run(i + 1, j + 1) + 1 : Math.max(run(i + 1, j), run(i, j + 1));
  const pairs: { old?: Row; now?: Row }[] = [];
  let gapOld: Row[] = [];
  let gapNew: Row[] = [];
  const closeGap = () => {
    if (gapOld.length === gapNew.length) {
      gapOld.forEach((old, k) => {
        const now = gapNew[k];
        pairs.push(now ? { old, now } : { old });
      });
      gapOld = [];
      gapNew = [];
      return;
    }
    const left = [...gapOld];
    for (const now of gapNew) {
      let best = -1;
      let bestScore = -1;
      left.forEach((old, k) => {
        const score = likeness(old.value, now.value);
        if (score > bestScore) [best, bestScore] = [k, score];
      });
      const [old] = best >= 0 ? left.splice(best, 1) : [];
      pairs.push(old ? { old, now } : { now });
    }
    for (const old of left) pairs.push({ old });
    gapOld = [];
    gapNew = [];
  };
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      closeGap();
      pairs.push({ old: { at: i, value: before[i] }, now: { at: j, value: after[j] } });
      i += 1;
      j += 1;
    } else if (j >= b.length || (i < a.length && run(i + 1, j) >= run(i, j + 1))) {
      gapOld.push({ at: i, value: before[i] });
      i += 1;
    } else {
      gapNew.push({ at: j, value: after[j] });
      j += 1;
    }
  }
  closeGap();
  return pairs;
}

/**
 * `before` with each repeat group's rows laid out by where they stand in `after`, so a diff by
 * index compares a row with what it was: a kept or edited row takes its old place's number
 * (the history speaks of the version before), a removed row keeps its old number, and an added
 * row takes the first number not used by the old version's rows.
 */
function aligned(before: unknown, after: unknown): { before: unknown; after: unknown } {
  if (isPlainObject(before) && isPlainObject(after)) {
    const b: Record<string, unknown> = { ...before };
    const a: Record<string, unknown> = { ...after };
    for (const k of Object.keys(after)) {
      if (!(k in before)) continue;
      const pair = aligned(before[k], after[k]);
      b[k] = pair.before;
      a[k] = pair.after;
    }
    return { before: b, after: a };
  }
  if (!isRowList(before) || !isRowList(after)) return { before, after };
  const oldRows: Record<string, unknown> = {};
  const newRows: Record<string, unknown> = {};
  let next = before.length;
  for (const { old, now } of alignRows(before, after)) {
    const at = old ? old.at : next++;
    if (old && now) {
      const pair = aligned(old.value, now.value);
      oldRows[at] = pair.before;
      newRows[at] = pair.after;
    } else if (old) oldRows[at] = old.value;
    else if (now) newRows[at] = now.value;
  }
  return { before: oldRows, after: newRows };
}

/**
 * What changed between two versions of a summary, one entry per leaf field: nested fields
 * by dotted path (`suspects.0.arrestDate`), lists of codes as one value, rows of repeat
 * groups by their number in the version before (an added row after them): removing the first
 * of three victims is that victim's fields going, not every later victim shifting up. `before`
 * is `undefined` for a new summary, so every field is listed with `from: null` (see `ABSENT`).
 * An empty result means nothing changed. Pure: no I/O.
 */
export function diffSummaries(before: CaseInput | undefined, after: CaseInput): FieldChange[] {
  const from = new Map<string, unknown>();
  const to = new Map<string, unknown>();
  const pair = before === undefined ? { before, after } : aligned(before, after);
  flatten(pair.before, '', from);
  flatten(pair.after, '', to);
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
