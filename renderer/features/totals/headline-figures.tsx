import { useId, type ReactNode } from 'react';
import { COMPARED_KEYS, type ComparedKey } from '../../../shared/domain/suppression';
import type { YearComparison } from '../../../shared/domain/totals';
import { useI18n } from '../../lib/i18n';
import { FigureValue } from './figure-value';
import { useNumbers } from '../../lib/numbers';

function Tile({ title, level = 4, children }: { title: string; level?: 4 | 5; children: ReactNode }) {
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
function Compared({ comparison, name }: { comparison: YearComparison; name: ComparedKey }) {
  const { t } = useI18n();
  const { count: formatCount, change: formatChange } = useNumbers();
  const { current, previous, change } = comparison;
  const label = t(`totals.${name}`);
  const now = current[name];
  const before = previous[name];
  const delta = change[name];
  return (
    <Tile title={label}>
      <FigureValue figure={now} label={`${label} ${current.year}`} />
      <p className="previous">
        {previous.year}: <FigureValue figure={before} label={`${label} ${previous.year}`} className="previous-value" />
        {' · '}
        {t('totals.change', { change: delta === null ? t('totals.notComputed') : formatChange(delta) })}
      </p>
      <p className="formula">{t(`totals.formula.${name}`, { year: current.year })}</p>
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

/**
 * The figures the report leads with, each beside last year's and with its formula; the
 * arrest rate shows the division with this year's numbers.
 */
export function HeadlineFigures({ comparison }: { comparison: YearComparison }) {
  const { t } = useI18n();
  const { count: formatCount, percent: formatPercent } = useNumbers();
  const { current, previous } = comparison;
  const rate = current.arrestRate;
  const rateLabel = t('totals.arrestRate.label');
  return (
    <div className="tiles headline">
      {COMPARED_KEYS.map((name) => (
        <Compared key={name} comparison={comparison} name={name} />
      ))}
      <Tile title={rateLabel}>
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
        <p className="formula">{t('totals.formula.arrestRate')}</p>
      </Tile>
      <Tile title={t('totals.investigationsWithArrest')}>
        <FigureValue figure={current.investigationsWithArrest} label={t('totals.investigationsWithArrest')} />
        {current.arrestShare !== null ? (
          <p className="previous">
            {t('totals.formula.withArrest.worked', {
              share: formatPercent(current.arrestShare),
              investigations: formatCount(current.investigations.value),
            })}
          </p>
        ) : null}
        <p className="formula">{t('totals.formula.investigationsWithArrest')}</p>
        <p className="formula">{t('totals.formula.arrestShare')}</p>
      </Tile>
      <Tile title={t('totals.provincesWithInvestigations')}>
        <span className="figure-value">{formatCount(current.provincesWithInvestigations)}</span>
        <p className="previous">{t('totals.provinces.of')}</p>
        <p className="formula">{t('totals.formula.provincesWithInvestigations')}</p>
      </Tile>
      <Tile title={t('totals.victims')}>
        <FigureValue figure={current.victims} label={t('totals.victims')} />
        <p className="formula">{t('totals.formula.victims')}</p>
      </Tile>
    </div>
  );
}

/** Single figures of one team's work, each with its definition. */
export function TeamFigures({ comparison, names }: { comparison: YearComparison; names: readonly TeamFigureKey[] }) {
  const { t } = useI18n();
  const { current } = comparison;
  return (
    <div className="tiles">
      {names.map((name) => (
        <Tile key={name} level={5} title={t(`totals.${name}`)}>
          <FigureValue figure={current[name]} label={t(`totals.${name}`)} />
          <p className="formula">{t(`totals.formula.${name}`, { year: current.year })}</p>
        </Tile>
      ))}
    </div>
  );
}

export type TeamFigureKey =
  | 'victimsSupported'
  | 'familyMembersSupported'
  | 'courtAccompaniments'
  | 'bereavedFamiliesSupported'
  | 'exhibits'
  | 'devicesSeized'
  | 'forensicExams'
  | 'victimsIdentified';
