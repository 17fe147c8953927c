import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CaseFilter, CaseSort } from '../../../shared/domain/case-filter';
import type { ScrollMemory } from '../../lib/use-virtual-rows';
import { useSession } from '../../lib/session';

/** The row control the officer last focused in the table: its row, its column and the row's case code. */
export interface FocusedRow {
  rowIndex: number;
  column: number;
  caseCode: string;
}

/** Where the officer was in the table: noted as they scroll and move, read when they come back. */
export class ListPlace {
  /** Written by the table as it scrolls (`ScrollMemoryContext`). */
  readonly scroll: ScrollMemory = { offset: 0, resetKey: undefined };
  #focused: FocusedRow | undefined;

  get focused(): FocusedRow | undefined {
    return this.#focused;
  }

  keepFocus(row: FocusedRow | undefined): void {
    this.#focused = row;
  }
}

interface ListState {
  year: number;
  setYear(year: number): void;
  filter: CaseFilter;
  setFilter(filter: CaseFilter): void;
  sort: CaseSort;
  setSort(sort: CaseSort): void;
  place: ListPlace;
}

const ListStateContext = createContext<ListState | undefined>(undefined);

const newPlace = () => new ListPlace();

/**
 * The cases list's year, filters, sort, scroll position and focused row, kept while the officer
 * opens a summary and comes back. It lives inside the unlocked app, so locking forgets it with
 * everything else.
 */
export function ListStateProvider({ children }: { children: ReactNode }) {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [filter, setFilter] = useState<CaseFilter>({});
  const [sort, setSort] = useState<CaseSort>({ key: 'dateReported', direction: 'desc' });
  // Where the officer was in the rows is forgotten when a restore replaces them.
  const generation = useSession()?.generation ?? 0;
  const [kept, setKept] = useState(() => ({ generation, place: new ListPlace() }));
  if (kept.generation !== generation) setKept({ generation, place: new ListPlace() });
  const place = kept.place;
  const value = useMemo(
    () => ({ year, setYear, filter, setFilter, sort, setSort, place }),
    [year, filter, sort, place],
  );
  return <ListStateContext.Provider value={value}>{children}</ListStateContext.Provider>;
}

/** The kept state, or state of the page's own when no provider is above (component tests). */
export function useListState(): ListState {
  const kept = useContext(ListStateContext);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [filter, setFilter] = useState<CaseFilter>({});
  const [sort, setSort] = useState<CaseSort>({ key: 'dateReported', direction: 'desc' });
  const [place] = useState(newPlace);
  return kept ?? { year, setYear, filter, setFilter, sort, setSort, place };
}
