import type { FeatureHandlers, Officer, Unlocked } from '../ipc/handler-kit';
import type { YearSettingsRepository } from './year-settings-repository';

/** A year's settings: its spending, and closing it after the report. */
export function yearsHandlers(
  unlocked: Unlocked<YearSettingsRepository>,
  officer: Officer,
): FeatureHandlers<'years:get' | 'years:setSpending' | 'years:close' | 'years:reopen'> {
  return {
    'years:get': unlocked((years, { year }) => years.get(year)),
    'years:setSpending': unlocked((years, { year, spending }) => years.setSpending(year, spending, officer())),
    'years:close': unlocked((years, { year }) => years.close(year, officer())),
    'years:reopen': unlocked((years, { year, reason }) => years.reopen(year, reason, officer())),
  };
}
