import { useEffect, useId, useState } from 'react';
import { yearOf } from '../../../shared/domain/dates';
import type { AppError } from '../../../shared/ipc/result';
import type { CaseRecord } from '../../../shared/schemas/case';
import { ErrorBanner } from '../../app/error-banner';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { CaseForm } from './case-form';
import { CaseList } from './case-list';

interface YearState {
  years: number[];
  summaries?: CaseRecord[];
  error?: AppError;
}

/** Loads a year's summaries and the years on file; `version` forces a reload after a save. */
function useYear(year: number, version: number): YearState {
  const thisYear = new Date().getFullYear();
  const [state, setState] = useState<YearState>({ years: [thisYear] });
  useEffect(() => {
    let current = true;
    void Promise.all([api.cases.list({ year }), api.cases.years({})]).then(([list, known]) => {
      if (!current) return;
      const years = [...new Set([thisYear, year, ...(known.ok ? known.value : [])])].sort((a, b) => b - a);
      setState(list.ok ? { years, summaries: list.value.summaries } : { years, error: list.error });
    });
    return () => {
      current = false;
    };
  }, [year, version, thisYear]);
  return state;
}

/** The form beside the list of the chosen year. */
export function CasesPage() {
  const { t } = useI18n();
  const id = useId();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [version, setVersion] = useState(0);
  const { years, summaries, error } = useYear(year, version);

  const onSaved = (record: CaseRecord) => {
    const y = yearOf(record.dateReported);
    setYear(y);
    setVersion((v) => v + 1);
  };

  return (
    <div className="cases-page">
      <CaseForm onSaved={onSaved} />
      <div className="list-column">
        <div className="field inline">
          <label htmlFor={`${id}-year`}>{t('case.list.year')}</label>
          <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        {error ? <ErrorBanner error={error} /> : null}
        {summaries ? <CaseList year={year} summaries={summaries} /> : error ? null : <p>{t('common.loading')}</p>}
      </div>
    </div>
  );
}
