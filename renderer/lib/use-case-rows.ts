import { isListedYear } from '../../shared/schemas/listed-years';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { CaseFilter, CaseSort } from '../../shared/domain/case-filter';
import type { AppError } from '../../shared/ipc/result';
import type { CaseRow } from '../../shared/schemas/case';
import { api } from './api';
import { useI18n } from './i18n';
import { listQuery, RowPages, type ListQuery } from './row-pages';
import { settle, useApiResult } from './use-api-result';

const DEFAULT_SORT: CaseSort = { key: 'dateReported', direction: 'desc' };
const NO_FILTER: CaseFilter = {};
const NO_YEARS: number[] = [];

/** The rows on screen: one answered query, read a window at a time. */
export interface CaseRows {
  query: ListQuery;
  /** Rows that pass the filter: what the table is sized by. */
  total: number;
  /** Rows of the year (or its bin) before any filter. */
  yearTotal: number;
  /** The row at `index`, or undefined while its page loads. */
  rowAt(index: number): CaseRow | undefined;
}

export interface CaseRowsState {
  /** Undefined while the year is loading or when it failed. */
  rows: CaseRows | undefined;
  /** True while `rows` still answer the previous filter or sort, until the new answer comes. */
  stale: boolean;
  error: AppError | undefined;
  loading: boolean;
  /** Asks for rows `first`..`last` (the table calls it with the rows it draws). */
  want(first: number, last: number): void;
}

export interface CaseRowsQuery {
  filter?: CaseFilter;
  sort?: CaseSort;
  /** Changing it reloads, e.g. after a restore. */
  version?: number;
}

/**
 * One year's list (or that year's bin), filtered and sorted in main and read a page at a
 * time, so a year of 30,000 summaries never crosses to the renderer whole. Answers are kept
 * with the query they answer: while a new filter loads, the previous result stays (marked
 * stale), and a late answer to an older query is never shown as the current one.
 */
export function useCaseRows(
  year: number,
  bin: boolean,
  { filter = NO_FILTER, sort = DEFAULT_SORT, version = 0 }: CaseRowsQuery = {},
): CaseRowsState {
  const [store] = useState(() => new RowPages((request) => settle(api.cases.list(request))));
  useSyncExternalStore(store.subscribe, store.changes);
  // Provinces sort by name in the officer's language, as the filter lists them.
  const { language } = useI18n();
  const sortAs = sort.key === 'province' ? language : undefined;
  const query = useMemo(
    () => listQuery(year, bin, filter, sortAs ? { ...sort, language: sortAs } : sort, version),
    [year, bin, filter, sort, sortAs, version],
  );
  const current = store.view(query);
  // The last answered query shown, kept on screen while the next one loads.
  const [held, setHeld] = useState<ListQuery>();
  if (current?.total !== undefined && held?.key !== query.key) setHeld(query);
  const fallback = current?.total === undefined && held?.scope === query.scope ? store.view(held) : undefined;
  const shown = current?.total !== undefined ? current : fallback;
  const heldKey = held?.key;

  useEffect(() => store.want(query, 0, 0, heldKey), [store, query, heldKey]);
  const want = useCallback(
    (first: number, last: number) => store.want(query, first, last, heldKey),
    [store, query, heldKey],
  );

  const total = shown?.total;
  const yearTotal = shown ? store.yearTotal(shown.query) : undefined;
  const error = current?.error;
  const rows = useMemo(
    () =>
      shown && total !== undefined && yearTotal !== undefined
        ? { query: shown.query, total, yearTotal, rowAt: shown.rowAt }
        : undefined,
    [shown, total, yearTotal],
  );
  return { rows, stale: rows !== undefined && shown !== current, error, loading: !rows && !error, want };
}

/** The years on file plus this year and the chosen one, newest first. */
export function useYears(selected: number): number[] {
  const { value: known = NO_YEARS } = useApiResult(() => api.cases.years({}), []);
  return useMemo(() => {
    const thisYear = new Date().getFullYear();
    // Only years the register lists (FIRST_YEAR to next year): a list or export refuses any other.
    return [...new Set([thisYear, selected, ...known])].filter((y) => isListedYear(y)).sort((a, b) => b - a);
  }, [known, selected]);
}
