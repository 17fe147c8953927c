import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Store = Map<string, unknown>;

const KeptStateContext = createContext<Store | undefined>(undefined);

/**
 * What a screen keeps while the officer goes elsewhere and comes back (the year chosen on
 * Totals or Data files). It lives inside the signed-in app, so signing out or a lock forgets it.
 */
export function KeptStateProvider({ children }: { children: ReactNode }) {
  const [store] = useState<Store>(() => new Map());
  return <KeptStateContext.Provider value={store}>{children}</KeptStateContext.Provider>;
}

/**
 * `useState` whose value outlives the screen: the next visit starts from the last value set
 * under `key` (or from `initial` on the first), unless the way in names one (`given`: a link to
 * a year), which is then kept. Without a provider (component tests) it is plain `useState`.
 */
export function useKeptState<T>(key: string, initial: () => T, given?: T): [T, (value: T | ((old: T) => T)) => void] {
  const store = useContext(KeptStateContext);
  const [value, setValue] = useState<T>(() => {
    if (given !== undefined) store?.set(key, given);
    return store?.has(key) ? (store.get(key) as T) : (given ?? initial());
  });
  const set = useCallback(
    (next: T | ((old: T) => T)) => {
      setValue((old) => {
        const value = typeof next === 'function' ? (next as (old: T) => T)(old) : next;
        store?.set(key, value);
        return value;
      });
    },
    [store, key],
  );
  return [value, set];
}

/** The value last kept under `key` by any screen (read, not followed), e.g. for a way back. */
export function useKeptValue(key: string): unknown {
  return useContext(KeptStateContext)?.get(key);
}
