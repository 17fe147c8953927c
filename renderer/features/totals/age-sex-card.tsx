import { useId } from 'react';
import { SEXES } from '../../../shared/domain/lists';
import type { AgeSexRow, Figure } from '../../../shared/domain/totals';
import { useI18n } from '../../lib/i18n';
import { BarChart } from '../../components/bar-chart';
import { FigureValue } from './figure-value';

const sum = (figures: readonly Figure[]): Figure => ({
  value: figures.reduce((n, f) => n + f.value, 0),
  ids: [...new Set(figures.flatMap((f) => f.ids))],
});

/** Child victims by age band and sex: a grouped bar chart and the two-way table. */
export function AgeSexCard({ rows, formula }: { rows: readonly AgeSexRow[]; formula: string }) {
  const { t } = useI18n();
  const id = useId();
  const title = t('totals.table.victimsByAgeSex');
  const sexLabels = SEXES.map((s) => t(`sex.${s}`));
  const cellLabel = (band: string, sex: string) => t('totals.rowLabel', { table: title, row: `${band}, ${sex}` });
  return (
    <section className="card table-card with-chart" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <p className="formula">{formula}</p>
      <div className="table-card-body">
        <BarChart
          title={title}
          series={sexLabels}
          rows={rows.map((r) => ({
            key: r.band,
            label: t(`totals.band.${r.band}`),
            values: SEXES.map((s) => r.bySex[s].value),
          }))}
        />
        <table className="figures" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('totals.band')}</th>
              {sexLabels.map((label) => (
                <th key={label} scope="col" className="num">
                  {label}
                </th>
              ))}
              <th scope="col" className="num">
                {t('totals.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const band = t(`totals.band.${r.band}`);
              return (
                <tr key={r.band}>
                  <th scope="row">{band}</th>
                  {SEXES.map((s, i) => (
                    <td key={s} className="num">
                      <FigureValue figure={r.bySex[s]} label={cellLabel(band, sexLabels[i] ?? s)} />
                    </td>
                  ))}
                  <td className="num">
                    <FigureValue figure={r} label={t('totals.rowLabel', { table: title, row: band })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('totals.total')}</th>
              {SEXES.map((s, i) => (
                <td key={s} className="num">
                  <FigureValue
                    figure={sum(rows.map((r) => r.bySex[s]))}
                    label={t('totals.rowLabel', { table: title, row: sexLabels[i] ?? s })}
                  />
                </td>
              ))}
              <td className="num">
                <FigureValue
                  figure={sum(rows)}
                  label={t('totals.rowLabel', { table: title, row: t('totals.total') })}
                />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
