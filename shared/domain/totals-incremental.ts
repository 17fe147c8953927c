import type { CaseFacts } from '../schemas/case';
import { finishFindings, type QualityFinding } from './data-quality';
import { yearOf } from './dates';
import { groupInvestigations } from './investigations';
import { assembleTotals, comparison, type Spending, type Totals, type YearComparison } from './totals';
import { duplicateFlags, investigationEntries, investigationFlags, summaryEntries, summaryFlags } from './totals-rules';
import { YearSums } from './totals-sums';

/** A summary before and after one sync: new (nothing before), changed, or gone (nothing after). */
type Change = [CaseFacts | undefined, CaseFacts | undefined];

const inUse = (f: CaseFacts) => f.deletedAt === undefined;
const yearOfFacts = (f: CaseFacts) => yearOf(f.summary.dateReported);
const codeKey = (f: CaseFacts) => `${yearOfFacts(f)}\n${f.caseCode}`;

/**
 * The annual totals and data-quality checks of every year, kept up to date one change at a
 * time: a save takes back what the summary's investigation (and each of its summaries) gave
 * and adds what it gives now, instead of going over every summary again. The results equal
 * `computeTotals` and `checkDataQuality` over the same facts (totals-incremental.test.ts),
 * except for the order of the ids behind a figure, which the drill-down sorts anyway.
 */
export class IncrementalTotals {
  /** The facts as last synced; a changed summary is a new object (the repository never changes one in place). */
  readonly #facts = new Map<string, CaseFacts>();
  /** Order of first sight: an investigation's summaries are taken in the order the full computation sees them. */
  readonly #rank = new Map<string, number>();
  #nextRank = 0;
  readonly #rankOf = (id: string) => this.#rank.get(id) ?? 0;
  /** Summaries in use by investigation reference, and by year and case code, each in order of first sight. */
  readonly #byRef = new Map<string, string[]>();
  readonly #byCode = new Map<string, string[]>();
  readonly #years = new Map<number, YearSums>();
  /** The list last synced, compared place by place with the next. */
  #last: readonly CaseFacts[] = [];

  /**
   * Brings the sums up to `facts` (every summary of every year, bin included): what is new,
   * changed (another object than last time) or gone is taken back and added again.
   */
  sync(facts: readonly CaseFacts[]): void {
    if (this.#facts.size === 0) {
      this.#build(facts);
      this.#last = [...facts];
      return;
    }
    const changes = this.#changes(facts);
    if (changes.length > 0) this.#apply(changes);
    // A copy: the caller may change its list in place.
    this.#last = [...facts];
  }

  /**
   * What changed since the last sync. The repository keeps its summaries in one order (a new one
   * last, a changed one in its place), so comparing place by place finds the changes at once;
   * only after a purge (a summary gone) are they looked up by id.
   */
  #changes(facts: readonly CaseFacts[]): Change[] {
    const last = this.#last;
    const changes: Change[] = [];
    let i = 0;
    for (; i < last.length && i < facts.length; i++) {
      const before = last[i] as CaseFacts;
      const after = facts[i] as CaseFacts;
      if (before === after) continue;
      if (before.id !== after.id) break;
      changes.push([before, after]);
    }
    if (i === last.length) {
      for (; i < facts.length; i++) {
        const after = facts[i] as CaseFacts;
        const before = this.#facts.get(after.id);
        if (before !== after) changes.push([before, after]);
      }
      return changes;
    }
    changes.length = 0;
    let present = 0;
    for (const f of facts) {
      const before = this.#facts.get(f.id);
      if (before !== undefined) present += 1;
      if (before !== f) changes.push([before, f]);
    }
    if (present < this.#facts.size) {
      const ids = new Set(facts.map((f) => f.id));
      for (const [id, f] of this.#facts) if (!ids.has(id)) changes.push([f, undefined]);
    }
    return changes;
  }

  /** The first sync: every summary and investigation added once, grouped in one pass. */
  #build(facts: readonly CaseFacts[]): void {
    for (const f of facts) {
      this.#facts.set(f.id, f);
      this.#rank.set(f.id, this.#nextRank++);
      if (!inUse(f)) continue;
      index(this.#byRef, f.summary.investigationRef, f.id, this.#rankOf);
      index(this.#byCode, codeKey(f), f.id, this.#rankOf);
    }
    const groups = groupInvestigations(facts);
    for (const f of facts) {
      if (!inUse(f)) continue;
      const sums = this.#sums(yearOfFacts(f));
      summaryEntries(f, sums.emit[1]);
      summaryFlags(f, groups.get(f.summary.investigationRef), sums.flag[1]);
    }
    for (const inv of groups.values()) {
      if (inv.year === undefined) continue;
      const sums = this.#sums(inv.year);
      investigationEntries(inv, sums.emit[1]);
      investigationFlags(inv, sums.flag[1]);
    }
    for (const code of this.#byCode.keys()) this.#duplicates(code, 1);
  }

  totals(year: number, spending: Spending): Totals {
    return assembleTotals(year, this.#sums(year).figure, spending);
  }

  compare(year: number, spending: Spending, previousSpending: Spending): YearComparison {
    return comparison(this.totals(year, spending), this.totals(year - 1, previousSpending));
  }

  quality(year: number, spending: Spending): QualityFinding[] {
    const sums = this.#sums(year);
    return finishFindings(sums.findings(), sums.value('inUse') > 0, spending);
  }

  #apply(changes: readonly Change[]): void {
    const refs = new Set<string>();
    const codes = new Set<string>();
    for (const pair of changes) {
      for (const f of pair) {
        if (!f || !inUse(f)) continue;
        refs.add(f.summary.investigationRef);
        codes.add(codeKey(f));
      }
    }
    for (const ref of refs) this.#investigation(ref, -1);
    for (const code of codes) this.#duplicates(code, -1);
    for (const [before, after] of changes) {
      if (before && inUse(before)) {
        unindex(this.#byRef, before.summary.investigationRef, before.id);
        unindex(this.#byCode, codeKey(before), before.id);
      }
      if (after) {
        this.#facts.set(after.id, after);
        if (!this.#rank.has(after.id)) this.#rank.set(after.id, this.#nextRank++);
        if (inUse(after)) {
          index(this.#byRef, after.summary.investigationRef, after.id, this.#rankOf);
          index(this.#byCode, codeKey(after), after.id, this.#rankOf);
        }
      } else if (before) {
        this.#facts.delete(before.id);
        this.#rank.delete(before.id);
      }
    }
    for (const ref of refs) this.#investigation(ref, 1);
    for (const code of codes) this.#duplicates(code, 1);
  }

  /** Adds (or takes back) what one investigation and each of its summaries give, as they stand now. */
  #investigation(ref: string, sign: 1 | -1): void {
    const ids = this.#byRef.get(ref);
    if (!ids) return;
    const records = ids.map((id) => this.#facts.get(id) as CaseFacts);
    const inv = groupInvestigations(records).get(ref);
    for (const record of records) {
      const sums = this.#sums(yearOfFacts(record));
      summaryEntries(record, sums.emit[sign]);
      summaryFlags(record, inv, sums.flag[sign]);
    }
    if (inv?.year === undefined) return;
    const sums = this.#sums(inv.year);
    investigationEntries(inv, sums.emit[sign]);
    investigationFlags(inv, sums.flag[sign]);
  }

  #duplicates(code: string, sign: 1 | -1): void {
    const ids = this.#byCode.get(code);
    if (!ids || ids.length < 2) return;
    const cut = code.indexOf('\n');
    const flag = this.#sums(Number(code.slice(0, cut))).flag[sign];
    // Each summary once: the sums take a summary's entries into a check one after the other.
    const seen = new Set<string>();
    duplicateFlags(code.slice(cut + 1), ids, (check, id, ref) => {
      if (seen.has(id)) return;
      seen.add(id);
      flag(check, id, ref);
    });
  }

  #sums(year: number): YearSums {
    let sums = this.#years.get(year);
    if (!sums) this.#years.set(year, (sums = new YearSums()));
    return sums;
  }
}

/**
 * Adds `id` to the list under `key`, kept in the order of first sight (as the full computation
 * reads the summaries); lists are a few summaries long.
 */
function index(map: Map<string, string[]>, key: string, id: string, rank: (id: string) => number): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [id]);
    return;
  }
  let at = list.length;
  while (at > 0 && rank(list[at - 1] as string) > rank(id)) at -= 1;
  list.splice(at, 0, id);
}

function unindex(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  const at = list?.indexOf(id) ?? -1;
  if (!list || at < 0) return;
  list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}
