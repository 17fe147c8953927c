import { useEffect, useMemo, useState } from 'react';
import type { AppError, Result } from '../../../shared/ipc/result';
import type { CaseRow } from '../../../shared/schemas/case';
import { api } from '../../lib/api';

/** A call that rejected (the transport itself failed) reads as any other failed call. */
export function settle<T>(call: Promise<Result<T>>): Promise<Result<T>> {
  return call.catch((e: unknown) => ({
    ok: false as const,
    error: { code: 'internal' as const, message: e instanceof Error ? e.message : String(e) },
  }));
}

interface Loaded {
  key: string;
  rows?: CaseRow[];
  error?: AppError;
}

export interface CaseRowsState {
  /** Undefined while the year is loading or when it failed. */
  rows: CaseRow[] | undefined;
  error: AppError | undefined;
  loading: boolean;
}

/**
 * One year's rows (or that year's bin). Changing `version` reloads, e.g. after a restore.
 * The answer is kept with the request it belongs to, so a stale answer is never shown.
 */
export function useCaseRows(year: number, bin: boolean, version = 0): CaseRowsState {
  const key = `${year}:${bin}:${version}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '' });
  useEffect(() => {
    let current = true;
    void settle(api.cases.list(bin ? { year, bin } : { year })).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { key, rows: result.value.rows } : { key, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [key, year, bin]);
  const fresh = loaded.key === key;
  return { rows: fresh ? loaded.rows : undefined, error: fresh ? loaded.error : undefined, loading: !fresh };
}

/** The years on file plus this year and the chosen one, newest first. */
export function useYears(selected: number): number[] {
  const [known, setKnown] = useState<number[]>([]);
  useEffect(() => {
    let current = true;
    void settle(api.cases.years({})).then((result) => {
      if (current && result.ok) setKnown(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  return useMemo(() => {
    const thisYear = new Date().getFullYear();
    return [...new Set([thisYear, selected, ...known])].sort((a, b) => b - a);
  }, [known, selected]);
}
