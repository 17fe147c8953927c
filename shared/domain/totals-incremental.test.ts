import { describe, expect, it } from 'vitest';
import type { CaseFacts, CaseInput } from '../schemas/case';
import { generateSummaries, seededRandom, type SeededRandom } from '../testing/generate';
import { checkDataQuality } from './data-quality';
import { groupInvestigations } from './investigations';
import { compareYears, type Spending } from './totals';
import { IncrementalTotals } from './totals-incremental';
import { sortedIds } from '../testing/sorted-ids';

/**
 * The totals kept up to date per save must be exactly the totals computed from scratch, for
 * both years of the report and the data-quality checks: random saves, edits, moves between
 * years and investigations, deletions, restores and purges, compared after every step.
 */

const YEARS = [2023, 2024, 2025] as const;
const spending: Record<number, Spending> = { 2023: { HIT: 10 }, 2024: {}, 2025: { OVA: 5, FST: 0 } };

function full(facts: readonly CaseFacts[], year: number) {
  const groups = groupInvestigations(facts);
  return sortedIds({
    comparison: compareYears(facts, year, spending[year] ?? {}, spending[year - 1] ?? {}, groups),
    quality: checkDataQuality(facts, year, spending[year] ?? {}, groups),
  });
}

function kept(totals: IncrementalTotals, year: number) {
  return sortedIds({
    comparison: totals.compare(year, spending[year] ?? {}, spending[year - 1] ?? {}),
    quality: totals.quality(year, spending[year] ?? {}),
  });
}

/** A store of facts that changes as the repository does: a changed summary is a new object in its place. */
class Store {
  readonly byId = new Map<string, CaseFacts>();
  #n = 0;
  readonly #r: SeededRandom;
  readonly #templates: CaseInput[];
  readonly #refs: string[];

  constructor(r: SeededRandom) {
    this.#r = r;
    this.#templates = YEARS.flatMap((y, i) => generateSummaries(60, y, 11 + i));
    this.#refs = [...new Set(this.#templates.map((s) => s.investigationRef))].slice(0, 25);
  }

  /** A template summary, sometimes on another investigation, year, or without a province. */
  #summary(team?: CaseInput['team']): CaseInput {
    const r = this.#r;
    const pool = team ? this.#templates.filter((s) => s.team === team) : this.#templates;
    let s: CaseInput = { ...r.pick(pool) };
    if (r.next() < 0.6) s = { ...s, investigationRef: r.pick(this.#refs) };
    if (r.next() < 0.3) s = { ...s, dateReported: `${r.pick(YEARS)}${s.dateReported.slice(4)}` };
    if (r.next() < 0.1) s = { ...s, province: undefined };
    return s;
  }

  add(): void {
    this.#n += 1;
    const id = `id-${String(this.#n).padStart(5, '0')}`;
    const summary = this.#summary();
    // A few case codes repeat: the duplicate check must follow them.
    const caseCode = this.#r.next() < 0.2 ? `DUP-${this.#r.int(1, 4)}` : `C-${this.#n}`;
    this.byId.set(id, {
      id,
      caseCode,
      revision: 1,
      createdAt: '',
      createdBy: '',
      updatedAt: '',
      updatedBy: '',
      summary,
    });
  }

  /** One random change to one summary, as a save, a deletion, a restore or a purge makes it. */
  change(): void {
    const r = this.#r;
    const all = [...this.byId.values()];
    const f = r.pick(all);
    const next = { ...f, revision: f.revision + 1 };
    const what = r.int(0, 6);
    if (what === 0) next.summary = this.#summary(f.summary.team);
    else if (what === 1)
      next.summary = { ...f.summary, dateReported: `${r.pick(YEARS)}${f.summary.dateReported.slice(4)}` };
    else if (what === 2) next.summary = { ...f.summary, investigationRef: r.pick(this.#refs) };
    else if (what === 3) next.deletedAt = '2025-06-01T00:00:00.000Z';
    else if (what === 4) delete next.deletedAt;
    else if (what === 5) {
      this.byId.delete(f.id);
      return;
    } else next.caseCode = r.next() < 0.5 ? `DUP-${r.int(1, 4)}` : f.caseCode;
    // Replaced in place: the same position in the list, as the repository's map keeps it.
    this.byId.set(f.id, next);
  }
}

describe('totals kept up to date per save', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`equal the totals computed from scratch after every change (seed ${seed})`, () => {
      const r = seededRandom(seed);
      const store = new Store(r);
      for (let i = 0; i < 80; i++) store.add();
      const totals = new IncrementalTotals();
      for (let step = 0; step < 120; step++) {
        const changes = r.int(1, 3);
        for (let c = 0; c < changes; c++) {
          if (store.byId.size < 20 || r.next() < 0.25) store.add();
          else store.change();
        }
        const facts = [...store.byId.values()];
        totals.sync(facts);
        for (const year of YEARS) expect(kept(totals, year), `step ${step}, ${year}`).toEqual(full(facts, year));
      }
      // Built at once from the same facts, it gives the same again.
      const fresh = new IncrementalTotals();
      const facts = [...store.byId.values()];
      fresh.sync(facts);
      for (const year of YEARS) expect(kept(fresh, year)).toEqual(full(facts, year));
    });
  }

  it('counts a figure only from summaries in use, and drops it when the last one goes', () => {
    const r = seededRandom(9);
    const store = new Store(r);
    store.add();
    const totals = new IncrementalTotals();
    const facts = () => [...store.byId.values()];
    totals.sync(facts());
    const [only] = facts();
    if (!only) throw new Error('no summary');
    store.byId.set(only.id, { ...only, deletedAt: '2025-06-01T00:00:00.000Z' });
    totals.sync(facts());
    const year = Number(only.summary.dateReported.slice(0, 4));
    const current = totals.compare(year, {}, {}).current;
    expect(current.summariesByTeam.total).toBe(0);
    expect(current.investigations).toEqual({ value: 0, ids: [] });
    expect(totals.quality(year, {})).toEqual([]);
  });
});
