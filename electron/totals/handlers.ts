import { checkDataQuality } from '../../shared/domain/data-quality';
import { compareYears } from '../../shared/domain/totals';
import type { Output } from '../../shared/ipc/contract';
import type { CaseRepository } from '../cases/case-repository';
import type { FeatureHandlers, Unlocked } from '../ipc/handler-kit';
import type { YearSettingsRepository } from '../years/year-settings-repository';

type TotalsReport = Output<'totals:get'>;

/**
 * The year's totals beside the previous year's, and what would make them wrong. Totals span
 * years (an investigation counts once), so they are computed from every summary's facts, and
 * kept until a summary or a year's settings change.
 */
export function totalsHandlers(
  unlocked: Unlocked<{ cases: CaseRepository; years: YearSettingsRepository }>,
): FeatureHandlers<'totals:get'> {
  // Per set of open services: a lock or a restore drops the services, and their totals with them.
  const cache = new WeakMap<CaseRepository, { key: string; report: TotalsReport }>();
  return {
    'totals:get': unlocked(({ cases, years }, { year }) => {
      const key = `${year}|${cases.version}|${years.version}`;
      const cached = cache.get(cases);
      if (cached?.key === key) return cached.report;
      const all = cases.allFacts();
      const settings = years.get(year);
      const report = {
        comparison: compareYears(all, year, settings.spending, years.get(year - 1).spending),
        quality: checkDataQuality(all, year, settings.spending),
        settings,
      };
      cache.set(cases, { key, report });
      return report;
    }),
  };
}
