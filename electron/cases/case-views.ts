import { yearOf } from '../../shared/domain/dates';
import { filterRows, searchTextOf, sortRows, type CaseSort } from '../../shared/domain/case-filter';
import {
  toRow,
  type CaseFacts,
  type CaseListPage,
  type CaseRow,
  type ListCasesRequest,
} from '../../shared/schemas/case';
import { groupInvestigations, regroupOne, type Investigation } from '../../shared/domain/investigations';
import { guarded } from '../storage/case-db';
import { lightFacts, type CaseRows, type RowOrder } from './case-rows';

const DEFAULT_SORT: CaseSort = { key: 'dateReported', direction: 'desc' };
/**
 * The list's first order, in which a year's rows are stored in its snapshot: the first page of
 * a year opened after unlock is then a slice, with no sort of every row of the year.
 */
const DEFAULT_ORDER: RowOrder = {
  tag: JSON.stringify(DEFAULT_SORT),
  sort: (rows) => sortRows(rows, DEFAULT_SORT),
};
const DEFAULT_LIMIT = 200;
const KEPT_LISTS = 4;

type ListQuery = Omit<ListCasesRequest, 'offset' | 'limit'>;

/** A summary's change as the views take it (see `CaseViews.change`). */
export interface ViewChange {
  row: CaseRow;
  facts: CaseFacts | undefined;
}

/** Which rows one reader may see; `key` is the same for readers who see the same rows. */
export interface RowVisibility {
  key: string;
  allows(row: CaseRow): boolean;
}

/**
 * What the list and the totals read, kept in memory while unlocked and changed only after a
 * commit: each year's list rows (read from their small sealed copies when the year is first
 * shown), every summary's facts for the totals (read on the first totals request), and a year's
 * search texts (its narratives are decoded only when that year is first searched). The last few
 * filtered and sorted lists are kept, so scrolling asks only for a slice.
 */
export class CaseViews {
  readonly #rows: CaseRows;
  readonly #listByYear = new Map<number, Map<string, CaseRow>>();
  readonly #searchByYear = new Map<number, Map<string, string>>();
  #facts: Map<string, CaseFacts> | undefined;
  /** `groupInvestigations` of the facts in their order, kept up to date by each commit where it can be. */
  #groups: Map<string, Investigation> | undefined;
  /** The last few filtered and sorted lists (a search and the plain list, say), newest last. */
  readonly #recent = new Map<string, CaseRow[]>();
  /** Each year's rows sorted by an order asked for, unfiltered: what searches filter. */
  readonly #sortedLists = new Map<string, CaseRow[]>();
  /** A year's rows, bin included, in `DEFAULT_ORDER` as read (until a commit changes the year). */
  readonly #inDefaultOrder = new Map<number, CaseRow[]>();
  /** Years whose snapshot was stored in no order (by an earlier version): stored again in order on lock. */
  readonly #unordered = new Set<number>();

  constructor(rows: CaseRows) {
    this.#rows = rows;
  }

  /** The year's rows, the bin included. */
  rowsOf(year: number): CaseRow[] {
    return [...this.#list(year).values()];
  }

  /** The list row of a summary in a year already read, to name it (its case code) in a message. */
  known(id: string): CaseRow | undefined {
    for (const list of this.#listByYear.values()) {
      const row = list.get(id);
      if (row) return row;
    }
    return undefined;
  }

  /**
   * One window of a year's list, filtered and sorted; `visible` narrows it to what the one
   * asking may read (its `key` names that narrowing in the cache).
   */
  page(request: ListCasesRequest, visible?: RowVisibility): CaseListPage {
    const { year, offset = 0, limit = DEFAULT_LIMIT } = request;
    const query: ListQuery = {
      year,
      bin: request.bin ?? false,
      filter: request.filter ?? {},
      sort: request.sort ?? DEFAULT_SORT,
    };
    const key = `${JSON.stringify(query)}|${visible?.key ?? ''}`;
    const rows = this.#recent.get(key) ?? this.#query(query).filter((row) => visible?.allows(row) ?? true);
    this.#recent.delete(key);
    this.#recent.set(key, rows);
    for (const old of this.#recent.keys()) if (this.#recent.size > KEPT_LISTS) this.#recent.delete(old);
    const yearTotal = this.rowsOf(year).filter(
      (r) => (r.deletedAt !== undefined) === (query.bin === true) && (visible?.allows(r) ?? true),
    ).length;
    return { year, total: rows.length, yearTotal, offset, rows: rows.slice(offset, offset + limit) };
  }

  /** Every summary's facts for the totals (no narrative), every year, the bin included. */
  facts(years: readonly number[]): CaseFacts[] {
    if (!this.#facts) {
      this.#facts = new Map();
      for (const year of years) for (const f of guarded(() => this.#rows.facts(year))) this.#facts.set(f.id, f);
    }
    return [...this.#facts.values()];
  }

  /** The facts grouped by investigation, as `groupInvestigations(this.facts(years))` gives them. */
  investigations(years: readonly number[]): Map<string, Investigation> {
    const facts = this.facts(years);
    this.#groups ??= groupInvestigations(facts);
    return this.#groups;
  }

  /**
   * Stores current snapshots of what is in memory (on lock and quit), so the next unlock opens
   * a year's list or the totals from one sealed blob a year instead of one per summary.
   */
  storeSnapshots(): void {
    for (const [year, list] of this.#listByYear) {
      if (this.#rows.snapshotCurrent('list', year) && !this.#unordered.has(year)) continue;
      const ordered = this.#inDefaultOrder.get(year) ?? DEFAULT_ORDER.sort([...list.values()]);
      this.#rows.storeSnapshot('list', year, ordered, DEFAULT_ORDER.tag);
      this.#unordered.delete(year);
    }
    if (!this.#facts) return;
    const byYear = new Map<number, CaseFacts[]>();
    for (const f of this.#facts.values()) {
      const year = yearOf(f.summary.dateReported);
      const list = byYear.get(year);
      if (list) list.push(f);
      else byYear.set(year, [f]);
    }
    for (const [year, facts] of byYear)
      if (!this.#rows.snapshotCurrent('facts', year)) this.#rows.storeSnapshot('facts', year, facts);
  }

  /** After a commit: the summary's new state, out of the year it left. */
  update(facts: CaseFacts, fromYear: number | undefined): void {
    this.#apply(this.change(facts), fromYear, facts.summary.narrative);
  }

  /**
   * What `applyChange` needs of a summary being written, taken as it is written: its list row,
   * and its facts only while the totals' are in memory. A large import holds these until its
   * commit, not every summary whole.
   */
  change(facts: CaseFacts): ViewChange {
    return { row: toRow(facts), facts: this.#facts ? lightFacts(facts) : undefined };
  }

  /** `update` after a commit, from a `change`: the year's search texts are built again on its next search. */
  applyChange(change: ViewChange, fromYear: number | undefined): void {
    this.#apply(change, fromYear, undefined);
  }

  #apply({ row, facts }: ViewChange, fromYear: number | undefined, narrative: string | undefined): void {
    this.#recent.clear();
    this.#sortedLists.clear();
    this.#inDefaultOrder.clear();
    const year = yearOf(row.dateReported);
    for (const [y, list] of this.#listByYear) if (y !== year) list.delete(row.id);
    for (const [y, texts] of this.#searchByYear) if (y !== year) texts.delete(row.id);
    if (fromYear !== undefined && fromYear !== year) this.#listByYear.get(fromYear)?.delete(row.id);
    this.#listByYear.get(year)?.set(row.id, row);
    if (narrative === undefined) this.#searchByYear.delete(year);
    else this.#searchByYear.get(year)?.set(row.id, searchTextOf(row, narrative));
    if (!this.#facts) return;
    if (!facts) {
      // The totals' facts were read after the change was taken: read again when next asked.
      this.#facts = undefined;
      this.#groups = undefined;
      return;
    }
    const before = this.#facts.get(row.id);
    this.#facts.set(row.id, facts);
    if (this.#groups && !regroupOne(this.#groups, before, facts)) this.#groups = undefined;
  }

  /** After a purge: the summaries are gone from every year's list, search texts and the facts. */
  forget(ids: Iterable<string>): void {
    this.#groups = undefined;
    this.#recent.clear();
    this.#sortedLists.clear();
    this.#inDefaultOrder.clear();
    for (const id of ids) {
      for (const list of this.#listByYear.values()) list.delete(id);
      for (const texts of this.#searchByYear.values()) texts.delete(id);
      this.#facts?.delete(id);
    }
  }

  #list(year: number): Map<string, CaseRow> {
    let list = this.#listByYear.get(year);
    if (!list) {
      const { rows, sorted } = guarded(() => this.#rows.listRows(year, DEFAULT_ORDER));
      list = new Map(rows.map((r) => [r.id, r]));
      this.#listByYear.set(year, list);
      if (sorted) this.#inDefaultOrder.set(year, rows);
      else this.#unordered.add(year);
    }
    return list;
  }

  #searchTexts(year: number): Map<string, string> {
    let texts = this.#searchByYear.get(year);
    if (!texts) {
      // A chunk of summaries at a time: each narrative is kept only until its row's text is made.
      const rows = new Map(this.rowsOf(year).map((row) => [row.id, row]));
      const built = new Map<string, string>();
      guarded(() =>
        this.#rows.eachNarrative(year, (id, narrative) => {
          const row = rows.get(id);
          if (row) built.set(id, searchTextOf(row, narrative));
        }),
      );
      texts = built;
      this.#searchByYear.set(year, texts);
    }
    return texts;
  }

  /** Filters the year's rows kept sorted by the asked order: a search filters, it never sorts again. */
  #query(query: ListQuery): CaseRow[] {
    const filter = query.filter ?? {};
    const searching = (filter.search ?? '').trim() !== '';
    const texts = searching ? this.#searchTexts(query.year) : undefined;
    return filterRows(this.#sorted(query), filter, texts ? (row) => texts.get(row.id) ?? searchTextOf(row) : undefined);
  }

  #defaultKey(query: ListQuery): string {
    return JSON.stringify([query.year, query.bin === true, DEFAULT_SORT.key, DEFAULT_SORT.direction, undefined]);
  }

  #sorted(query: ListQuery): CaseRow[] {
    const sort = query.sort ?? DEFAULT_SORT;
    const key = JSON.stringify([query.year, query.bin === true, sort.key, sort.direction, sort.language]);
    let rows = this.#sortedLists.get(key);
    if (!rows) {
      const inBin = query.bin === true;
      const inYear = (r: CaseRow) => (r.deletedAt !== undefined) === inBin;
      const all = this.#list(query.year);
      // Already in the asked order: filtering keeps it, and a sort of sorted rows changes nothing.
      const ordered = key === this.#defaultKey(query) ? this.#inDefaultOrder.get(query.year) : undefined;
      rows = ordered ? ordered.filter(inYear) : sortRows([...all.values()].filter(inYear), sort);
      this.#sortedLists.set(key, rows);
      for (const old of this.#sortedLists.keys())
        if (this.#sortedLists.size > KEPT_LISTS) this.#sortedLists.delete(old);
    }
    return rows;
  }
}
