import { useCallback } from 'react';
import type { CaseRow } from '../../../shared/schemas/case';
import { useI18n } from '../../lib/i18n';
import { LoadingRow } from '../../components/loading-row';
import type { CaseRows } from '../../lib/use-case-rows';
import { ROW_HEIGHT, useVirtualRows } from '../../lib/use-virtual-rows';

const COLUMNS = 6;

interface Props {
  rows: CaseRows;
  onRange: (first: number, last: number) => void;
  labelledBy: string;
  busy: boolean;
  onRestore: (row: CaseRow, trigger: HTMLButtonElement) => void;
  /** The teams whose summaries this account restores (its own); others' rows say who does. */
  teams?: readonly string[] | undefined;
}

/** A year's bin, drawn a window at a time like the cases list; each row has its Restore button. */
export function BinTable({ rows, onRange, labelledBy, busy, onRestore, teams }: Props) {
  const { t, formatDate, formatDateTime } = useI18n();
  const { rowAt } = rows;
  const keyOf = useCallback((index: number) => rowAt(index)?.id ?? index, [rowAt]);
  const { scroller, items, before, after } = useVirtualRows({
    count: rows.total,
    keyOf,
    resetKey: rows.query.key,
    onRange,
  });
  const spacer = (height: number) => (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  );

  return (
    <div ref={scroller} className="cases-scroll">
      <table className="cases virtual bin" aria-labelledby={labelledBy} aria-rowcount={rows.total + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('case.column.code')}</th>
            <th scope="col">{t('case.column.ref')}</th>
            <th scope="col">{t('case.column.team')}</th>
            <th scope="col">{t('case.column.dateReported')}</th>
            <th scope="col">{t('case.column.deletedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('bin.restore')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? spacer(before) : null}
          {items.map((item) => {
            const row = rowAt(item.index);
            if (!row) return <LoadingRow key={item.key} index={item.index} columns={COLUMNS} />;
            const cell = `${labelledBy}-${row.id}`;
            return (
              <tr key={item.key} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td id={cell}>{row.caseCode}</td>
                <td>{row.investigationRef}</td>
                <td>
                  <abbr title={t(`team.${row.team}`)}>{row.team}</abbr>
                </td>
                <td>{formatDate(row.dateReported)}</td>
                <td>{row.deletedAt ? formatDateTime(row.deletedAt) : ''}</td>
                <td>
                  {teams && !teams.includes(row.team) ? (
                    <span className="muted">{t('bin.otherTeam', { team: row.team })}</span>
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      aria-disabled={busy || undefined}
                      aria-describedby={cell}
                      onClick={(e) => onRestore(row, e.currentTarget)}
                    >
                      {t('bin.restore')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
          {after > 0 ? spacer(after) : null}
        </tbody>
      </table>
    </div>
  );
}
