import type { ReactNode } from 'react';
import type { Team } from '../../../shared/domain/teams';
import { toRow } from '../../../shared/schemas/case';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useApiResult } from '../../lib/use-api-result';
import { applyPrefill, isSecondLead, prefillFromInvestigation } from './prefill';

interface Carried {
  /** True while the investigation's summaries are read. */
  loading: boolean;
  /** A blank form's values with the investigation's facts filled in (unchanged without one). */
  apply(blank: Record<string, unknown>): Record<string, unknown>;
  /** What was carried, and a warning when this would be the investigation's second lead summary. */
  notice: ReactNode;
}

/**
 * "New summary for this investigation": the investigation's summaries are read once, and the
 * new form starts from their reference, dates, province and offences. If they cannot be read
 * (the officer's teams do not work on it yet), the reference alone is carried.
 */
export function usePrefill(team: Team, investigationRef: string | undefined): Carried {
  const { t, digits } = useI18n();
  const { value, error, loading } = useApiResult(
    () =>
      investigationRef === undefined
        ? Promise.resolve({ ok: true as const, value: undefined })
        : api.cases.investigation({ investigationRef }),
    [investigationRef],
  );
  if (investigationRef === undefined) return { loading: false, apply: (blank) => blank, notice: null };
  const rows = value?.records.map(toRow) ?? [];
  const prefill = prefillFromInvestigation(investigationRef, rows);
  const secondLead = isSecondLead(team, rows);
  return {
    loading: loading && !error,
    apply: (blank) => applyPrefill(blank, prefill, digits),
    notice: (
      <>
        <p className="banner banner-info" role="status">
          {rows.length > 0
            ? t('case.prefill.carried', { ref: investigationRef })
            : t('case.prefill.refOnly', { ref: investigationRef })}
        </p>
        {secondLead ? (
          <p className="banner banner-warning" role="alert">
            {t('case.prefill.secondLead', { ref: investigationRef, team })}
          </p>
        ) : null}
      </>
    ),
  };
}
