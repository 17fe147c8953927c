import { useDeferredValue, useId, useMemo } from 'react';
import { filterRows, sortRows } from '../../../shared/domain/case-filter';
import type { CaseRow } from '../../../shared/schemas/case';
import { ErrorBanner } from '../../app/error-banner';
import { useI18n } from '../../i18n/i18n';
import { CaseFilters } from './case-filters';
import './case-list.css';
import { CasesTable } from './cases-table';
import { useListState } from './list-state';
import { useCaseRows, useYears } from './use-case-rows';
import { YearPicker } from './year-picker';

const NONE: CaseRow[] = [];

/**
 * A year's summaries: filters, search and a sortable table that stays smooth with 30,000
 * rows. Rows are sorted once per sort change and filtered per (deferred) keystroke.
 */
export function CasesListPage() {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const { year, setYear, filter, setFilter, sort, setSort } = useListState();
  const years = useYears(year);
  const { rows = NONE, error, loading } = useCaseRows(year, false);

  const deferredFilter = useDeferredValue(filter);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRows(sorted, deferredFilter), [sorted, deferredFilter]);
  const stale = deferredFilter !== filter;

  const count =
    shown.length === rows.length
      ? t('case.list.count', { count: formatNumber(rows.length) })
      : t('case.list.countFiltered', { shown: formatNumber(shown.length), count: formatNumber(rows.length) });

  return (
    <section className="case-list-page" aria-labelledby={`${id}-title`}>
      <div className="page-head">
        <h2 id={`${id}-title`} className="page-title">
          {t('case.list.title', { year })}
        </h2>
        <YearPicker years={years} year={year} onChange={setYear} />
      </div>
      <CaseFilters filter={filter} onChange={setFilter} />
      {error ? <ErrorBanner error={error} /> : null}
      {loading ? <p>{t('common.loading')}</p> : null}
      {!loading && !error ? (
        <>
          <p role="status" className="muted result-count">
            {count}
          </p>
          {rows.length === 0 ? <p>{t('case.list.empty')}</p> : null}
          {rows.length > 0 && shown.length === 0 ? <p>{t('case.list.noMatch')}</p> : null}
          {shown.length > 0 ? (
            <div className={stale ? 'stale' : undefined}>
              <CasesTable rows={shown} labelledBy={`${id}-title`} sort={sort} onSort={setSort} />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
