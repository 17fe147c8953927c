import type { CaseFilter, CaseSort } from '../../shared/domain/case-filter';
import type { AppError, Result } from '../../shared/ipc/result';
import type { CaseListPage, CaseRow, ListCasesRequest } from '../../shared/schemas/case';

/** Rows asked for at once, at offsets that are multiples of it: what a screen draws and more. */
export const PAGE_SIZE = 200;
/** Queries (filter and sort) whose pages are kept, so going back to one is instant. */
const KEPT_QUERIES = 4;
/** Pages kept per query; the ones farthest from where the officer is are dropped first. */
const KEPT_PAGES = 12;

/** One list as main filters and sorts it; `version` changes when its rows change (a restore). */
export interface ListQuery {
  year: number;
  bin: boolean;
  filter: CaseFilter;
  sort: CaseSort;
  version: number;
  /** Everything above, as one string: the cache key every answer is filed under. */
  key: string;
  /** Year, bin and version: queries of one scope share the unfiltered total. */
  scope: string;
}

/** Drops the filters that are not set, so equal filters make equal keys and requests. */
export function listQuery(year: number, bin: boolean, filter: CaseFilter, sort: CaseSort, version: number): ListQuery {
  const set: CaseFilter = {};
  if (filter.team) set.team = filter.team;
  if (filter.province) set.province = filter.province;
  if (filter.status) set.status = filter.status;
  if (filter.offence) set.offence = filter.offence;
  if (filter.search?.trim()) set.search = filter.search;
  const scope = JSON.stringify([year, bin, version]);
  return {
    year,
    bin,
    filter: set,
    sort,
    version,
    scope,
    key: JSON.stringify([scope, set, sort.key, sort.direction, sort.language]),
  };
}

export function isFiltered(query: ListQuery): boolean {
  return Object.keys(query.filter).length > 0;
}

interface Entry {
  query: ListQuery;
  total?: number;
  error?: AppError;
  pages: Map<number, readonly CaseRow[]>;
  pending: Set<number>;
  /** The page the officer last looked at; eviction keeps the pages nearest to it. */
  near: number;
}

/** What one answered (or still loading) query has to show. */
export interface QueryView {
  query: ListQuery;
  total: number | undefined;
  error: AppError | undefined;
  rowAt(index: number): CaseRow | undefined;
}

type Fetch = (request: ListCasesRequest) => Promise<Result<CaseListPage>>;

/**
 * The list's pages as main answered them, filed under the query they answer, so an answer to
 * an earlier filter or sort is never shown as the current one. A small external store: the
 * list hook subscribes, asks for the pages the table draws, and reads views while rendering.
 */
export class RowPages {
  readonly #fetch: Fetch;
  /** In order of last use, oldest first. */
  readonly #entries = new Map<string, Entry>();
  /** Each scope's row count before any filter, for "N of M summaries". */
  readonly #totals = new Map<string, number>();
  readonly #listeners = new Set<() => void>();
  readonly #views = new WeakMap<Entry, { at: number; view: QueryView }>();
  #changes = 0;

  constructor(fetch: Fetch) {
    this.#fetch = fetch;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Changes whenever anything shown could have changed (for useSyncExternalStore). */
  readonly changes = (): number => this.#changes;

  /** The query's rows so far, or undefined if nothing for it is kept. */
  view(query: ListQuery): QueryView | undefined {
    const entry = this.#entries.get(query.key);
    if (!entry) return undefined;
    const cached = this.#views.get(entry);
    if (cached?.at === this.#changes) return cached.view;
    const pages = new Map(entry.pages);
    const view: QueryView = {
      query: entry.query,
      total: entry.total,
      error: entry.error,
      rowAt: (index) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    };
    this.#views.set(entry, { at: this.#changes, view });
    return view;
  }

  /** The scope's row count before any filter, once known. */
  yearTotal(query: ListQuery): number | undefined {
    return this.#totals.get(query.scope);
  }

  /**
   * Asks main for the pages holding rows `first`..`last` of the query that are not kept or
   * on their way. `keep` names a query whose pages must survive eviction (the one on screen).
   */
  want(query: ListQuery, first: number, last: number, keep?: string): void {
    let entry = this.#entries.get(query.key);
    if (entry) this.#entries.delete(query.key);
    entry ??= { query, pages: new Map(), pending: new Set(), near: 0 };
    this.#entries.set(query.key, entry);
    this.#evictQueries(query.key, keep);

    const top = entry.total === undefined ? 0 : Math.max(0, Math.ceil(entry.total / PAGE_SIZE) - 1);
    const from = Math.min(Math.floor(Math.max(0, first) / PAGE_SIZE), top);
    const to = Math.min(Math.floor(Math.max(first, last) / PAGE_SIZE), top);
    entry.near = from;
    for (let page = from; page <= to; page++) {
      if (!entry.pages.has(page) && !entry.pending.has(page)) this.#askPage(entry, page);
    }
  }

  #request(query: ListQuery, offset: number, limit: number, filtered = true): ListCasesRequest {
    return {
      year: query.year,
      ...(query.bin ? { bin: true } : {}),
      ...(filtered && isFiltered(query) ? { filter: query.filter } : {}),
      sort: query.sort,
      offset,
      limit,
    };
  }

  #askPage(entry: Entry, page: number): void {
    entry.pending.add(page);
    void this.#fetch(this.#request(entry.query, page * PAGE_SIZE, PAGE_SIZE)).then((result) => {
      entry.pending.delete(page);
      // Dropped while on its way: the answer belongs to nothing shown.
      if (this.#entries.get(entry.query.key) !== entry) return;
      if (!result.ok) {
        entry.error = result.error;
      } else {
        const { total, rows } = result.value;
        // The rows changed in main since the last page: the kept pages no longer line up.
        if (entry.total !== undefined && entry.total !== total) entry.pages.clear();
        entry.total = total;
        entry.error = undefined;
        entry.pages.set(page, rows);
        this.#evictPages(entry);
        // Every answer carries the scope's count before filtering, for "N of M summaries".
        this.#totals.set(entry.query.scope, result.value.yearTotal);
      }
      this.#changed();
    });
  }

  #evictQueries(current: string, keep: string | undefined): void {
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= KEPT_QUERIES) break;
      if (key !== current && key !== keep) this.#entries.delete(key);
    }
  }

  #evictPages(entry: Entry): void {
    while (entry.pages.size > KEPT_PAGES) {
      let farthest = entry.near;
      for (const page of entry.pages.keys())
        if (Math.abs(page - entry.near) > Math.abs(farthest - entry.near)) farthest = page;
      entry.pages.delete(farthest);
    }
  }

  #changed(): void {
    this.#changes++;
    for (const listener of this.#listeners) listener();
  }
}
