import { useId, type ReactNode } from 'react';
import type { Table } from '../../../shared/domain/totals';
import { useI18n } from '../../lib/i18n';
import { BarChart } from '../../components/bar-chart';
import { FigureValue } from './figure-value';
import { useNumbers } from '../../lib/numbers';

interface Props {
  title: string;
  table: Table;
  labelOf: (key: string) => string;
  /** How the table is counted, shown under its title. */
  formula?: string | undefined;
  /** Draw the bar chart beside the table. */
  chart?: boolean;
  /** Only the rows with a value are listed (the chart still shows every row). */
  hideZeroRows?: boolean;
  format?: (value: number) => string;
  /** The value column's heading, when the values are not counts. */
  valueLabel?: string;
  /** The heading level: 5 inside a team's part of the page. */
  level?: 4 | 5;
  /** Rows whose value is not known (spending not entered): said in words, left out of the chart. */
  notKnown?: readonly string[] | undefined;
  /** What the total row says (the total of the teams entered, when some are not). */
  totalLabel?: string | undefined;
  children?: ReactNode;
}

/**
 * One table of the report: its chart and the same numbers as a table whose values open
 * the summaries behind them. The table is what keyboard and screen-reader users work with.
 */
export function TableCard({
  title,
  table,
  labelOf,
  formula,
  chart = false,
  hideZeroRows = false,
  format: given,
  valueLabel,
  level = 4,
  notKnown = [],
  totalLabel,
  children,
}: Props) {
  const { t } = useI18n();
  const numbers = useNumbers();
  const format = given ?? numbers.count;
  const id = useId();
  const rows = hideZeroRows ? table.rows.filter((r) => r.value > 0) : table.rows;
  const allIds = [...new Set(table.rows.flatMap((r) => r.ids))];
  const Heading = level === 5 ? 'h5' : 'h4';
  return (
    <section className={`card table-card${chart ? ' with-chart' : ''}`} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {formula ? <p className="formula">{formula}</p> : null}
      <div className="table-card-body">
        {chart ? (
          <BarChart
            title={title}
            format={format}
            rows={table.rows
              .filter((r) => !notKnown.includes(r.key))
              .map((r) => ({ key: r.key, label: labelOf(r.key), values: [r.value] }))}
          />
        ) : null}
        <table className="figures" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{title}</span>
              </th>
              <th scope="col" className="num">
                {valueLabel ?? t('totals.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const label = labelOf(row.key);
              return (
                <tr key={row.key}>
                  <th scope="row">{label}</th>
                  <td className="num">
                    {notKnown.includes(row.key) ? (
                      <span className="muted">{t('totals.spending.notEntered')}</span>
                    ) : (
                      <FigureValue
                        figure={row}
                        label={t('totals.rowLabel', { table: title, row: label })}
                        text={format(row.value)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{totalLabel ?? t('totals.total')}</th>
              <td className="num">
                {notKnown.length > 0 && table.rows.every((r) => notKnown.includes(r.key)) ? (
                  <span className="muted">{t('totals.spending.notEntered')}</span>
                ) : (
                  <FigureValue
                    figure={{ value: table.total, ids: allIds }}
                    label={t('totals.rowLabel', { table: title, row: totalLabel ?? t('totals.total') })}
                    text={format(table.total)}
                  />
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {children}
    </section>
  );
}
