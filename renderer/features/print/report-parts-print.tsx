import {
  AGE_SEX,
  isCompared,
  publishedFigure,
  ratioParts,
  rowLabel,
  shownFigures,
  tableSpec,
  type FigureSpec,
  type ReportPart,
  type ReportTableKey,
} from '../../../shared/domain/report-layout';
import {
  HIDDEN_MARK,
  type Cell,
  type DerivedCell,
  type PublishedTotals,
} from '../../../shared/domain/published-totals';
import { BarChart } from '../../components/bar-chart';
import { useI18n } from '../../lib/i18n';
import { useNumbers } from '../../lib/numbers';

/** The two years' published totals the printed report states, and how a hidden count reads. */
export interface PrintedYears {
  published: PublishedTotals;
  /** The previous year, published under the same threshold: a raw count there would be a hole. */
  previous: PublishedTotals;
  threshold: number | undefined;
}

/** Writes published cells as the report prints them: the hidden mark when hidden, `—` when not computed. */
export function useCells(threshold: number | undefined) {
  const numbers = useNumbers();
  const hiddenText = threshold ? HIDDEN_MARK : '';
  const cell = (c: Cell) => (c.suppressed ? hiddenText : numbers.count(c.value));
  const derived = (c: DerivedCell, format: (n: number) => string) =>
    c.suppressed ? hiddenText : c.value === null ? '—' : format(c.value);
  const figure = (spec: FigureSpec, c: Cell | DerivedCell) => {
    const format =
      spec.kind === 'percent' ? numbers.percent : spec.kind === 'usd' ? numbers.usd : (n: number) => numbers.count(n);
    return derived(c, format);
  };
  return { cell, derived, figure };
}

/** A part's single figures: this year, last year, the change where the report compares, how each is counted. */
function FiguresTable({ years, figures }: { years: PrintedYears; figures: readonly FigureSpec[] }) {
  const { t } = useI18n();
  const numbers = useNumbers();
  const { published, previous, threshold } = years;
  const { figure, derived } = useCells(threshold);
  const year = published.year;
  return (
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
        {figures.map((spec) => {
          const compared = isCompared(spec.key) ? published.comparison?.figures[spec.key] : undefined;
          const parts = ratioParts(published, spec.key);
          const worked = parts
            ? `: ${numbers.count(parts.numerator)} / ${numbers.count(parts.denominator)} × ${numbers.count(100)}`
            : '';
          return (
            <tr key={spec.key}>
              <th scope="row">{t(spec.label)}</th>
              <td className="num">{figure(spec, publishedFigure(published, spec.key))}</td>
              <td className="num">
                {figure(spec, compared ? compared.previous : publishedFigure(previous, spec.key))}
              </td>
              <td className="num">{compared ? derived(compared.change, numbers.percent) : ''}</td>
              <td className="formula">
                {t(spec.formula, { year })}
                {worked}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function AgeSexTable({ years }: { years: PrintedYears }) {
  const { t, language, localText } = useI18n();
  const { cell } = useCells(years.threshold);
  const a = years.published.victimsByAgeSex;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('totals.band')}</th>
          {AGE_SEX.sexes.map((sex) => (
            <th key={sex} className="num">
              {t(`sex.${sex}`)}
            </th>
          ))}
          <th className="num">{t('totals.total')}</th>
        </tr>
      </thead>
      <tbody>
        {a.rows.map((r) => (
          <tr key={r.band}>
            <th scope="row">{localText(rowLabel('victimsByAgeSex', r.band, language))}</th>
            {AGE_SEX.sexes.map((sex) => (
              <td key={sex} className="num">
                {cell(r.bySex[sex])}
              </td>
            ))}
            <td className="num">{cell(r.total)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('totals.total')}</th>
          {AGE_SEX.sexes.map((sex) => (
            <td key={sex} className="num">
              {cell(a.bySex[sex])}
            </td>
          ))}
          <td className="num">{cell(a.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** One table of the layout: its rows labelled as on screen, its total, its chart of the counts shown. */
function LayoutTable({ years, name, level }: { years: PrintedYears; name: ReportTableKey; level: 3 | 4 }) {
  const { t, language, localText } = useI18n();
  const numbers = useNumbers();
  const { cell } = useCells(years.threshold);
  const p = years.published;
  const spec = tableSpec(name);
  const title = t(spec.title);
  const Heading = level === 3 ? 'h4' : 'h5';
  // Spending not entered for a team is not known: said in words, never printed as USD 0.
  const notEntered = t('totals.spending.notEntered');
  const usd = (value: number | null) => (value === null ? notEntered : numbers.usd(value));
  const rows =
    name === 'victimsByAgeSex'
      ? []
      : name === 'spending'
        ? p.spending.rows.map((r) => ({ key: r.key, text: usd(r.value), value: r.value, hidden: false }))
        : p.tables[name].rows.map((r) => ({
            key: r.key,
            text: cell(r.cell),
            value: r.cell.value,
            hidden: r.cell.suppressed,
          }));
  const total =
    name === 'spending' ? usd(p.spending.total) : name === 'victimsByAgeSex' ? '' : cell(p.tables[name].total);
  const totalLabel =
    name === 'spending' && !p.spending.complete ? t('totals.spending.totalEntered') : t('totals.total');
  const hidden = rows.some((r) => r.hidden);
  return (
    <section className="print-table">
      <Heading>{title}</Heading>
      <p className="formula">{t(spec.formula, { year: p.year })}</p>
      {name === 'victimsByAgeSex' ? (
        <AgeSexTable years={years} />
      ) : (
        <table>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{localText(rowLabel(name, r.key, language))}</th>
                <td className="num">{r.text}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{totalLabel}</th>
              <td className="num">{total}</td>
            </tr>
          </tbody>
        </table>
      )}
      {spec.chart && name !== 'victimsByAgeSex' ? (
        <>
          <BarChart
            title={title}
            format={spec.money ? numbers.usd : numbers.count}
            rows={rows
              .filter((r) => r.value)
              .map((r) => ({ key: r.key, label: localText(rowLabel(name, r.key, language)), values: [r.value ?? 0] }))}
          />
          {hidden ? <p className="formula">{t('print.chartHidden', { threshold: years.threshold ?? 0 })}</p> : null}
        </>
      ) : null}
    </section>
  );
}

/** One part of the report layout on paper: its figures as one table, then its tables. */
export function PrintPart({ years, part }: { years: PrintedYears; part: ReportPart }) {
  const { t } = useI18n();
  const figures = shownFigures(part);
  const Heading = part.level === 3 ? 'h3' : 'h4';
  return (
    <section className={`print-part print-part-${part.key}`}>
      <Heading>{t(part.title)}</Heading>
      {figures.length > 0 ? <FiguresTable years={years} figures={figures} /> : null}
      {part.tables.map((name) => (
        <LayoutTable key={name} years={years} name={name} level={part.level} />
      ))}
    </section>
  );
}
