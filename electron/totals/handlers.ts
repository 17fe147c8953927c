import type { FeatureHandlers, Unlocked } from '../ipc/handler-kit';
import type { TotalsReports } from './totals-reports';

/**
 * The year's totals beside the previous year's, and what would make them wrong. Totals span
 * years (an investigation counts once), so they are computed from every summary's facts, and
 * kept until a summary or a year's settings change (see totals-reports.ts).
 */
export function totalsHandlers(unlocked: Unlocked<{ totals: TotalsReports }>): FeatureHandlers<'totals:get'> {
  return {
    'totals:get': unlocked(({ totals }, { year }) => totals.get(year)),
  };
}
