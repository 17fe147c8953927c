import type { QualityCheck, QualityFinding } from './data-quality';
import type { Emit, Figure, FigureName, Flag } from './totals-rules';

/**
 * The summaries behind one figure or check, in the order they were first added. Every entry
 * of one summary into one figure comes from one place (the summary itself, or the one
 * investigation it is the principal of) and all of them come one after the other, so they
 * are added and taken back together: an id is pushed once, and taking it back only marks it
 * gone until the list is next read (no set of 30,000 ids to keep up).
 */
class IdList {
  #ids: string[] = [];
  readonly #gone = new Set<string>();
  /** The id added last: its further entries (a second victim, say) add no second copy. */
  #last: string | undefined;
  size = 0;

  add(id: string): void {
    if (id === this.#last) return;
    this.#last = id;
    this.size += 1;
    if (!this.#gone.delete(id)) this.#ids.push(id);
  }

  remove(id: string): void {
    if (this.#gone.has(id)) return;
    this.#gone.add(id);
    this.size -= 1;
    if (this.#last === id) this.#last = undefined;
  }

  /** A copy, for a report that must not change when the sums next do. */
  list(): string[] {
    if (this.#gone.size > 0) {
      this.#ids = this.#ids.filter((id) => !this.#gone.has(id));
      this.#gone.clear();
    }
    return [...this.#ids];
  }
}

interface FigureSum {
  value: number;
  ids: IdList;
}

/**
 * A check: its summaries, how many entries name each reference (several summaries may name
 * one), and those references kept sorted as they come and go (thousands, sorted once).
 */
interface CheckSum {
  ids: IdList;
  refs: Map<string, number>;
  sorted: string[];
}

/** Where `ref` is or would go in the sorted list (the order of `Array.prototype.sort`). */
function place(sorted: readonly string[], ref: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < ref) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One year's figures and checks as sums that entries are added to (+1) and taken back from
 * (−1); what is read is made again only for a sum that changed since.
 */
export class YearSums {
  readonly #figures = new Map<FigureName, Map<string, FigureSum>>();
  readonly #checks = new Map<QualityCheck, CheckSum>();
  readonly #shown = new Map<FigureName, Map<string, Figure>>();
  readonly #found = new Map<QualityCheck, QualityFinding>();

  readonly emit: Record<1 | -1, Emit> = { 1: this.#emitter(1), [-1]: this.#emitter(-1) };
  readonly flag: Record<1 | -1, Flag> = { 1: this.#flagger(1), [-1]: this.#flagger(-1) };

  value(name: FigureName, key = ''): number {
    return this.#figures.get(name)?.get(key)?.value ?? 0;
  }

  figure = (name: FigureName, key = ''): Figure => {
    let shown = this.#shown.get(name);
    if (!shown) this.#shown.set(name, (shown = new Map()));
    let figure = shown.get(key);
    if (!figure) {
      const sum = this.#figures.get(name)?.get(key);
      figure = sum ? { value: sum.value, ids: sum.ids.list() } : { value: 0, ids: [] };
      shown.set(key, figure);
    }
    return figure;
  };

  /** The checks that find something, in no particular order (`finishFindings` orders them). */
  findings(): QualityFinding[] {
    const out: QualityFinding[] = [];
    for (const [check, sum] of this.#checks) {
      if (sum.ids.size === 0) continue;
      let finding = this.#found.get(check);
      if (!finding) {
        finding = { check, ids: sum.ids.list(), refs: [...sum.sorted] };
        this.#found.set(check, finding);
      }
      out.push(finding);
    }
    return out;
  }

  #emitter(sign: 1 | -1): Emit {
    return (name, key, id, weight = 1) => {
      if (weight === 0) return;
      let sums = this.#figures.get(name);
      if (!sums) this.#figures.set(name, (sums = new Map()));
      let sum = sums.get(key);
      if (!sum) sums.set(key, (sum = { value: 0, ids: new IdList() }));
      sum.value += sign * weight;
      if (sign > 0) sum.ids.add(id);
      else sum.ids.remove(id);
      this.#shown.get(name)?.delete(key);
    };
  }

  #flagger(sign: 1 | -1): Flag {
    return (check, id, ref) => {
      let sum = this.#checks.get(check);
      if (!sum) this.#checks.set(check, (sum = { ids: new IdList(), refs: new Map(), sorted: [] }));
      if (sign > 0) sum.ids.add(id);
      else sum.ids.remove(id);
      const n = (sum.refs.get(ref) ?? 0) + sign;
      if (n === 0) {
        sum.refs.delete(ref);
        sum.sorted.splice(place(sum.sorted, ref), 1);
      } else {
        sum.refs.set(ref, n);
        if (n === 1 && sign > 0) sum.sorted.splice(place(sum.sorted, ref), 0, ref);
      }
      this.#found.delete(check);
    };
  }
}
