import { AGE_BANDS, SEXES } from '../../../shared/domain/lists';
import {
  HEADLINE_KEYS,
  publishTotals,
  type Cell,
  type DerivedCell,
  type PublishedTable,
} from '../../../shared/domain/suppression';
import type { MessageKey } from '../../../shared/i18n/en';
import type { TotalsReport } from '../../../shared/schemas/exchange';
import { useI18n } from '../../lib/i18n';
import { BarChart } from '../../components/bar-chart';
import { provinceLabel, useNumbers } from '../../lib/numbers';

/** The tables the printed report carries, with how their row keys are named. */
const TABLES = [
  ['byProvince', 'province'],
  ['byOffence', 'offence'],
  ['relationships', 'relationship'],
  ['courtStages', 'court'],
  ['services', 'service'],
  ['examinations', 'exam'],
  ['icacReferrals', 'referral'],
  ['summariesByTeam', 'team'],
] as const;

/**
 * The annual totals report for the ministry and donors: figures with how each is counted,
 * the comparison with the previous year, the tables and their charts (SVG, so they print),
 * and small counts hidden when the officer chose to.
 */
export function ReportPrint({ report, suppressBelow }: { report: TotalsReport; suppressBelow: number | undefined }) {
  const { t, language } = useI18n();
  const { count: formatCount, percent: formatPercent, usd: formatUsd } = useNumbers();
  const { current, previous } = report.comparison;
  const published = publishTotals(current, suppressBelow ?? null, previous);
  // The previous year's column is published under the same threshold: a raw count there is a hole.
  const publishedPrevious = publishTotals(previous, suppressBelow ?? null);
  const homicides = published.comparison?.figures.childHomicides;
  const year = current.year;
  const hiddenText = suppressBelow ? `<${formatCount(suppressBelow)}` : '';
  const cell = (c: Cell) => (c.suppressed ? hiddenText : formatCount(c.value));
  const derived = (c: DerivedCell, format: (n: number) => string) =>
    c.suppressed ? hiddenText : c.value === null ? '—' : format(c.value);
  const labelOf = (prefix: string, key: string) =>
    prefix === 'province'
      ? provinceLabel(language, key, t('totals.province.unknown'))
      : t(`${prefix}.${key}` as MessageKey);

  const tableRows = (table: PublishedTable, prefix: string) =>
    table.rows.map((r) => ({ key: r.key, label: labelOf(prefix, r.key), cell: r.cell }));

  return (
    <article className="print-report" aria-label={t('print.reportTitle', { year })}>
      <h2>{t('print.reportTitle', { year })}</h2>
      <p>
        {suppressBelow
          ? t('print.suppressed', { threshold: suppressBelow, max: suppressBelow - 1 })
          : t('print.unsuppressed')}
      </p>

      <h3>{t('totals.section.headline')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('print.figure')}</th>
            <th className="num">{t('print.yearColumn', { year })}</th>
            <th className="num">{t('print.yearColumn', { year: year - 1 })}</th>
            <th className="num">{t('print.change')}</th>
            <th>{t('print.howCounted')}</th>
          </tr>
        </thead>
        <tbody>
          {HEADLINE_KEYS.map((key) => {
            const compared =
              published.comparison?.figures[key as keyof NonNullable<typeof published.comparison>['figures']];
            return (
              <tr key={key}>
                <th scope="row">{t(`totals.${key}` as MessageKey)}</th>
                <td className="num">{cell(published.headline[key])}</td>
                <td className="num">{cell(compared ? compared.previous : publishedPrevious.headline[key])}</td>
                <td className="num">{compared ? derived(compared.change, formatPercent) : ''}</td>
                <td className="formula">{t(`totals.formula.${key}` as MessageKey, { year })}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('totals.arrestRate.label')}</th>
            <td className="num">{derived(published.arrestRate, formatPercent)}</td>
            <td className="num">{derived(publishedPrevious.arrestRate, formatPercent)}</td>
            <td />
            <td className="formula">{t('totals.formula.arrestRate')}</td>
          </tr>
          <tr>
            <th scope="row">{t('totals.arrestShare')}</th>
            <td className="num">{derived(published.arrestShare, formatPercent)}</td>
            <td className="num">{derived(publishedPrevious.arrestShare, formatPercent)}</td>
            <td />
            <td className="formula">{t('totals.formula.arrestShare')}</td>
          </tr>
          <tr>
            <th scope="row">{t('totals.provincesWithInvestigations')}</th>
            <td className="num">{formatCount(published.provincesWithInvestigations)}</td>
            <td className="num">{formatCount(previous.provincesWithInvestigations)}</td>
            <td />
            <td className="formula">{t('totals.formula.provincesWithInvestigations')}</td>
          </tr>
        </tbody>
      </table>
      <p className="formula">
        {t('totals.formula.change')} ·{' '}
        {homicides
          ? t('print.childHomicideChange', {
              previous: cell(homicides.previous),
              current: cell(homicides.current),
              change: derived(homicides.change, formatPercent),
            })
          : null}
      </p>

      {TABLES.map(([key, prefix]) => {
        const rows = tableRows(published.tables[key], prefix);
        const title = t(`totals.table.${key}` as MessageKey);
        return (
          <section key={key}>
            <h3>{title}</h3>
            <p className="formula">{t(`totals.formula.${key}` as MessageKey, { year })}</p>
            <table>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{cell(r.cell)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('totals.total')}</th>
                  <td className="num">{cell(published.tables[key].total)}</td>
                </tr>
              </tbody>
            </table>
            {key === 'byProvince' || key === 'relationships' || key === 'byOffence' ? (
              <>
                <BarChart
                  title={title}
                  format={formatCount}
                  rows={rows
                    .filter((r) => !r.cell.suppressed && r.cell.value)
                    .map((r) => ({ key: r.key, label: r.label, values: [r.cell.value ?? 0] }))}
                />
                {rows.some((r) => r.cell.suppressed) ? (
                  <p className="formula">{t('print.chartHidden', { threshold: suppressBelow ?? 0 })}</p>
                ) : null}
              </>
            ) : null}
          </section>
        );
      })}

      <section>
        <h3>{t('totals.table.victimsByAgeSex')}</h3>
        <table>
          <thead>
            <tr>
              <th />
              {SEXES.map((sex) => (
                <th key={sex} className="num">
                  {t(`sex.${sex}`)}
                </th>
              ))}
              <th className="num">{t('totals.total')}</th>
            </tr>
          </thead>
          <tbody>
            {published.victimsByAgeSex.rows.map((r) => (
              <tr key={r.band}>
                <th scope="row">{t(`totals.band.${r.band}` as MessageKey)}</th>
                {SEXES.map((sex) => (
                  <td key={sex} className="num">
                    {cell(r.bySex[sex])}
                  </td>
                ))}
                <td className="num">{cell(r.total)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('totals.total')}</th>
              {SEXES.map((sex) => (
                <td key={sex} className="num">
                  {cell(published.victimsByAgeSex.bySex[sex])}
                </td>
              ))}
              <td className="num">{cell(published.victimsByAgeSex.total)}</td>
            </tr>
          </tbody>
        </table>
        <p className="formula">
          {t('totals.formula.victimsByAgeSex')} ({AGE_BANDS.map((b) => b.code).join(', ')})
        </p>
      </section>

      <section>
        <h3>{t('totals.table.spending')}</h3>
        <table>
          <tbody>
            {published.spending.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{t(`team.${r.key}`)}</th>
                <td className="num">{formatUsd(r.value)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('totals.total')}</th>
              <td className="num">{formatUsd(published.spending.total)}</td>
            </tr>
          </tbody>
        </table>
      </section>
    </article>
  );
}
