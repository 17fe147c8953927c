import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { TotalsReport } from '../../../shared/schemas/exchange';
import { api } from '../../lib/api';
import { settle } from '../../lib/use-case-rows';

interface Loaded {
  year: number;
  version: number;
  report?: TotalsReport;
  error?: AppError;
}

export interface TotalsState {
  /** The year's report; while a newer version of the same year loads, the last one stays. */
  report: TotalsReport | undefined;
  error: AppError | undefined;
  /** True until the chosen year has an answer. */
  loading: boolean;
}

/**
 * The chosen year's totals, data quality and settings. Changing `version` reads them again
 * (after spending is saved or the year is closed) without blanking the screen meanwhile;
 * an answer for another year than the chosen one is never shown.
 */
export function useTotalsReport(year: number, version: number): TotalsState {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let current = true;
    void settle(api.totals.get({ year })).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { year, version, report: result.value } : { year, version, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [year, version]);
  const sameYear = loaded?.year === year;
  return {
    report: sameYear ? loaded.report : undefined,
    error: sameYear && loaded.version === version ? loaded.error : undefined,
    loading: !sameYear,
  };
}
