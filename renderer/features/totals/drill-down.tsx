import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { sortRows, type CaseSort } from '../../../shared/domain/case-filter';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import '../../components/case-rows.css';
import { CasesTable } from '../../components/cases-table';
import { useApiResult } from '../../lib/use-api-result';
import type { Drill } from './figure-value';
import { useNumbers } from '../../lib/numbers';

/**
 * The summaries behind one figure, in a modal dialog over the totals: Escape or Close
 * returns to the figure. A case code opens the summary.
 */
export function DrillDown({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const { t } = useI18n();
  const { count: formatCount } = useNumbers();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [sort, setSort] = useState<CaseSort>({ key: 'dateReported', direction: 'desc' });

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    heading.current?.focus();
  }, []);

  const { value, error } = useApiResult(() => api.cases.byIds({ ids: [...drill.ids] }), [drill]);
  const rows = useMemo(() => (value ? sortRows(value, sort) : undefined), [value, sort]);
  const missing = rows ? drill.ids.length - rows.length : 0;
  const rowAt = useCallback((index: number) => rows?.[index], [rows]);

  return (
    <dialog
      ref={dialog}
      className="drill-down"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="page-head">
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('totals.drill.title', { label: drill.label })}
        </h3>
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p role="status" className="muted">
        {rows
          ? rows.length === 1
            ? t('totals.drill.countOne')
            : t('totals.drill.count', { count: formatCount(rows.length) })
          : error
            ? null
            : t('common.loading')}
      </p>
      {rows && drill.value !== drill.ids.length ? (
        <p className="muted">{t('totals.drill.weighted', { value: formatCount(drill.value) })}</p>
      ) : null}
      {missing > 0 ? <p className="muted">{t('totals.drill.missing', { count: formatCount(missing) })}</p> : null}
      {error ? <ErrorBanner error={error} /> : null}
      {rows && rows.length > 0 ? (
        <CasesTable
          total={rows.length}
          rowAt={rowAt}
          resetKey={rows}
          labelledBy={`${id}-title`}
          sort={sort}
          onSort={setSort}
        />
      ) : null}
    </dialog>
  );
}
