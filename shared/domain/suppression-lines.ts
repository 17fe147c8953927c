import { isExposed, readerView } from './suppression-check';

/**
 * Which values of a system of lines to hide: the primary rule (small counts) and the
 * complementary suppression that follows until no hidden value can be worked out. Apart from
 * the tables because it knows only values and lines, whatever table they came from; the check it
 * relies on (what a reader can work out) is in suppression-check.ts.
 */

/** A line of a table: indices into the value list; the total is part of the line. */
export interface Line {
  cells: readonly number[];
  total: number;
}

/** The primary rule: a count from 1 to threshold − 1 is hidden (zero never is). */
export const isSmall = (value: number, threshold: number | null) =>
  threshold !== null && value > 0 && value < threshold;

/**
 * Which values to hide. Primary: every count from 1 to threshold − 1. Complementary: while the
 * exact check (suppression-check.ts) finds a hidden value the reader could work out from the
 * shown values, the line equations and hidden values being at least 1, hide one more value next
 * to it (see {@link complementFor}) and check again. Counting only hidden lines is not enough:
 * 8, <5, <5 with total 10 leaves both hidden cells at exactly 1. Zero is never hidden (a reader
 * knows it is never hidden, hence the bound ≥ 1). Hiding more never exposes a value already
 * protected, so each value is checked until it is found protected, then not again. The loop
 * ends: once every non-zero value is hidden, doubling them all is consistent, so none is exposed.
 */
export function suppressLines(values: readonly number[], lines: readonly Line[], threshold: number | null): boolean[] {
  const hide = values.map((v) => isSmall(v, threshold));
  if (threshold === null) return hide;
  const safe = new Set<number>();
  for (let i = firstExposed(values, lines, hide, safe); i !== undefined; i = firstExposed(values, lines, hide, safe)) {
    hide[complementFor(i, values, lines, hide)] = true;
  }
  return hide;
}

/** The lowest hidden index the reader could work out, if any; indices found protected join `safe`. */
function firstExposed(values: readonly number[], lines: readonly Line[], hide: readonly boolean[], safe: Set<number>) {
  const view = readerView(values, lines, hide);
  for (const i of view.unknowns) {
    if (safe.has(i)) continue;
    if (isExposed(view, i, values[i] ?? 0)) return i;
    safe.add(i);
  }
  return undefined;
}

/**
 * Shown non-zero indices among `indices`, in the order they are best hidden: cells before totals
 * (a hidden total takes a figure from more lines), then the smallest value, then the lowest index.
 */
function candidatesAmong(
  indices: Iterable<number>,
  values: readonly number[],
  lines: readonly Line[],
  hide: readonly boolean[],
) {
  const totals = new Set(lines.map((l) => l.total));
  const isTotal = (i: number) => (totals.has(i) ? 1 : 0);
  const shown = [...new Set(indices)].filter((i) => !hide[i] && (values[i] ?? 0) > 0);
  return shown.sort((a, b) => isTotal(a) - isTotal(b) || (values[a] ?? 0) - (values[b] ?? 0) || a - b);
}

/**
 * What to hide to protect the exposed value at `exposed`: of the shown values on its lines, the
 * first (in {@link candidatesAmong} order) that protects it on its own, else the first of them
 * (another will follow), else (when its lines have nothing left to hide, yet other lines pin it)
 * the first anywhere. Deterministic, so the same totals are always published the same way.
 */
function complementFor(exposed: number, values: readonly number[], lines: readonly Line[], hide: readonly boolean[]) {
  const near = lines
    .filter((l) => l.total === exposed || l.cells.includes(exposed))
    .flatMap((l) => [...l.cells, l.total]);
  const candidates = candidatesAmong(near, values, lines, hide);
  const protects = (c: number) => {
    const more = hide.map((h, i) => h || i === c);
    return !isExposed(readerView(values, lines, more), exposed, values[exposed] ?? 0);
  };
  const pick = candidates.find(protects) ?? candidates[0] ?? candidatesAmong(values.keys(), values, lines, hide)[0];
  if (pick === undefined) throw new Error('Suppression: nothing left to hide, yet a hidden value is exposed');
  return pick;
}
