import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CaseFilter, CaseSort } from '../../../shared/domain/case-filter';

interface ListState {
  year: number;
  setYear(year: number): void;
  filter: CaseFilter;
  setFilter(filter: CaseFilter): void;
  sort: CaseSort;
  setSort(sort: CaseSort): void;
}

const ListStateContext = createContext<ListState | undefined>(undefined);

/**
 * The cases list's year, filters and sort, kept while the officer opens a summary and
 * comes back. It lives inside the unlocked app, so locking forgets it with everything else.
 */
export function ListStateProvider({ children }: { children: ReactNode }) {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [filter, setFilter] = useState<CaseFilter>({});
  const [sort, setSort] = useState<CaseSort>({ key: 'dateReported', direction: 'desc' });
  const value = useMemo(() => ({ year, setYear, filter, setFilter, sort, setSort }), [year, filter, sort]);
  return <ListStateContext.Provider value={value}>{children}</ListStateContext.Provider>;
}

/** The kept state, or state of the page's own when no provider is above (component tests). */
export function useListState(): ListState {
  const kept = useContext(ListStateContext);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [filter, setFilter] = useState<CaseFilter>({});
  const [sort, setSort] = useState<CaseSort>({ key: 'dateReported', direction: 'desc' });
  return kept ?? { year, setYear, filter, setFilter, sort, setSort };
}
