import { useId, type ReactNode } from 'react';
import type { FigureSpec } from '../../../shared/domain/report-layout';
import type { ComparedKey } from '../../../shared/domain/published-totals';
import type { Totals, YearComparison } from '../../../shared/domain/totals';
import { PROVINCES } from '../../../shared/domain/provinces';
import { useI18n } from '../../lib/i18n';
import { useNumbers } from '../../lib/numbers';
import { FigureValue } from './figure-value';

function Tile({ title, level, children }: { title: string; level: 4 | 5; children: ReactNode }) {
  const id = useId();
  const Heading = level === 5 ? 'h5' : 'h4';
  return (
    <section className="tile" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}

/** A figure the report compares with the previous year: both values, the change and how it is worked out. */
function Compared({ comparison, spec, level }: { comparison: YearComparison; spec: FigureSpec; level: 4 | 5 }) {
  const { t, formatNumber } = useI18n();
  const formatYear = (year: number) => formatNumber(year, { grouping: false });
  const { count: formatCount, change: formatChange } = useNumbers();
  const name = spec.key as ComparedKey;
  const { current, previous, change } = comparison;
  const label = t(spec.label);
  const now = current[name];
  const before = previous[name];
  const delta = change[name];
  return (
    <Tile title={label} level={level}>
      <FigureValue figure={now} label={`${label} ${formatYear(current.year)}`} />
      <p className="previous">
        {t('totals.previousYear', { year: previous.year })}{' '}
        <FigureValue figure={before} label={`${label} ${formatYear(previous.year)}`} className="previous-value" />
        {' · '}
        {t('totals.change', { change: delta === null ? t('totals.notComputed') : formatChange(delta) })}
      </p>
      <p className="formula">{t(spec.formula, { year: current.year })}</p>
      <p className="formula">
        {delta === null
          ? t('totals.formula.change.none', { year: previous.year })
          : t('totals.formula.change.worked', {
              current: formatCount(now.value),
              previous: formatCount(before.value),
              change: formatChange(delta),
            })}
      </p>
    </Tile>
  );
}

/** The unit's arrest rate: this year's and last year's, with the division worked out. */
function Rate({ comparison, spec, level }: { comparison: YearComparison; spec: FigureSpec; level: 4 | 5 }) {
  const { t } = useI18n();
  const { count: formatCount, percent: formatPercent } = useNumbers();
  const { current, previous } = comparison;
  const rate = current.arrestRate;
  return (
    <Tile title={t(spec.label)} level={level}>
      <span className="figure-value">{rate === null ? t('totals.notComputed') : formatPercent(rate)}</span>
      <p className="previous">
        {t('totals.previous', {
          year: previous.year,
          value: previous.arrestRate === null ? t('totals.notComputed') : formatPercent(previous.arrestRate),
        })}
      </p>
      <p className="formula">
        {rate === null
          ? t('totals.formula.arrestRate.none')
          : t('totals.formula.arrestRate.worked', {
              arrested: formatCount(current.suspectsArrested.value),
              investigations: formatCount(current.investigations.value),
              rate: formatPercent(rate),
            })}
      </p>
      <p className="formula">{t(spec.formula, { year: current.year })}</p>
    </Tile>
  );
}

/** A count that opens its summaries, with its definition; a share stated beside it when the layout says so. */
function Count({
  current,
  spec,
  beside,
  level,
}: {
  current: Totals;
  spec: FigureSpec;
  beside?: FigureSpec | undefined;
  level: 4 | 5;
}) {
  const { t } = useI18n();
  const { count: formatCount, percent: formatPercent } = useNumbers();
  const label = t(spec.label);
  const share = beside?.key === 'arrestShare' ? current.arrestShare : null;
  const key = spec.key;
  return (
    <Tile title={label} level={level}>
      {key === 'provincesWithInvestigations' ? (
        <span className="figure-value">{formatCount(current.provincesWithInvestigations)}</span>
      ) : key === 'arrestRate' || key === 'arrestShare' || key === 'spending' ? null : (
        <FigureValue figure={current[key]} label={label} />
      )}
      {spec.note ? <p className="previous">{t(spec.note, { count: PROVINCES.length })}</p> : null}
      {share !== null ? (
        <p className="previous">
          {t('totals.formula.withArrest.worked', {
            share: formatPercent(share),
            investigations: formatCount(current.investigations.value),
          })}
        </p>
      ) : null}
      <p className="formula">{t(spec.formula, { year: current.year })}</p>
      {beside ? <p className="formula">{t(beside.formula, { year: current.year })}</p> : null}
    </Tile>
  );
}

/**
 * A part's single figures as tiles, in the layout's order: compared figures beside last year's,
 * the arrest rate with its division worked out, a share inside the tile of the count it is
 * stated beside, every figure with its formula.
 */
export function FigureTiles({
  comparison,
  figures,
  level,
}: {
  comparison: YearComparison;
  figures: readonly FigureSpec[];
  level: 4 | 5;
}) {
  const besides = new Map(figures.filter((f) => f.beside).map((f) => [f.beside, f]));
  return (
    <div className={`tiles${level === 4 ? ' headline' : ''}`}>
      {figures
        .filter((f) => !f.beside)
        .map((spec) =>
          spec.compared ? (
            <Compared key={spec.key} comparison={comparison} spec={spec} level={level} />
          ) : spec.ratio ? (
            <Rate key={spec.key} comparison={comparison} spec={spec} level={level} />
          ) : (
            <Count
              key={spec.key}
              current={comparison.current}
              spec={spec}
              beside={besides.get(spec.key)}
              level={level}
            />
          ),
        )}
    </div>
  );
}
