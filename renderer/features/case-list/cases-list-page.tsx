import { useDeferredValue, useId, useRef } from 'react';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { CaseFilters } from './case-filters';
import '../../components/case-rows.css';
import { CasesTable } from '../../components/cases-table';
import { useListState } from './list-state';
import { useCaseRows, useYears } from '../../lib/use-case-rows';
import { YearPicker } from '../../components/year-picker';
import { ScrollMemoryContext } from '../../lib/use-virtual-rows';
import { useReturnFocus } from './return-focus';

/**
 * A year's summaries: filters, search and a sortable table that stays smooth with 30,000
 * rows. Main filters and sorts (per deferred keystroke); the table asks only for the rows it draws.
 */
export function CasesListPage() {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const { year, setYear, filter, setFilter, sort, setSort, place } = useListState();
  const years = useYears(year);
  const deferredFilter = useDeferredValue(filter);
  const { rows, stale, error, loading, want } = useCaseRows(year, false, { filter: deferredFilter, sort });
  // Back from a summary: the table scrolls to where it was and the row opened gets focus again.
  const table = useRef<HTMLDivElement>(null);
  const hasRows = rows !== undefined && rows.total > 0;
  const onFocus = useReturnFocus(table, place, hasRows);

  const count = !rows
    ? ''
    : rows.total === rows.yearTotal
      ? t('case.list.count', { count: formatNumber(rows.total) })
      : t('case.list.countFiltered', { shown: formatNumber(rows.total), count: formatNumber(rows.yearTotal) });

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
      {rows ? (
        <>
          <p role="status" className="muted result-count">
            {count}
          </p>
          {rows.yearTotal === 0 ? <p>{t('case.list.empty')}</p> : null}
          {rows.yearTotal > 0 && rows.total === 0 ? <p>{t('case.list.noMatch')}</p> : null}
          {rows.total > 0 ? (
            <div
              ref={table}
              className={stale || deferredFilter !== filter ? 'stale' : undefined}
              aria-busy={stale || undefined}
              onFocus={onFocus}
            >
              <ScrollMemoryContext.Provider value={place.scroll}>
                <CasesTable
                  total={rows.total}
                  rowAt={rows.rowAt}
                  onRange={want}
                  resetKey={rows.query.key}
                  labelledBy={`${id}-title`}
                  sort={sort}
                  onSort={setSort}
                />
              </ScrollMemoryContext.Provider>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
