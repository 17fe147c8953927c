import type { QualityFinding } from '../../../shared/domain/data-quality';
import { useI18n } from '../../lib/i18n';
import { FigureValue } from './figure-value';
import { useNumbers } from '../../lib/numbers';

/** How many references a finding lists before "and N more". */
const SHOWN_REFS = 8;

/**
 * What would make the year's totals wrong, found before they are exported: each kind of
 * problem, what to do about it, the references involved and the summaries to open.
 */
export function QualityPanel({
  findings,
  onSpending,
}: {
  findings: readonly QualityFinding[];
  onSpending: () => void;
}) {
  const { t, tMessage } = useI18n();
  const { count: formatCount } = useNumbers();
  if (findings.length === 0) return <p className="ok quality-none">{t('totals.quality.none')}</p>;
  return (
    <>
      <p className="quality-summary">{t('totals.quality.found', { count: findings.length })}</p>
      <ul className="quality-list">
        {findings.map((finding) => {
          const check = t(`totals.quality.${finding.check}`);
          // The teams whose spending is missing are named as the officer reads them; other refs are codes.
          const named =
            finding.check === 'spending-incomplete' ? finding.refs.map((r) => tMessage(`team.${r}`)) : finding.refs;
          const shown = named.slice(0, SHOWN_REFS).join(', ');
          const more = finding.refs.length - SHOWN_REFS;
          const one = finding.ids.length === 1;
          return (
            <li key={finding.check} className="quality-finding">
              <strong>{check}</strong>
              <p className="hint">{t(`totals.quality.${finding.check}.hint`)}</p>
              {finding.refs.length > 0 ? (
                <p className="refs">
                  {t('totals.quality.refs', {
                    refs: more > 0 ? t('totals.quality.more', { refs: shown, count: more }) : shown,
                  })}
                </p>
              ) : null}
              {finding.ids.length > 0 ? (
                <FigureValue
                  figure={{ value: finding.ids.length, ids: finding.ids }}
                  label={check}
                  className="quality-open secondary"
                  text={
                    one
                      ? t('totals.quality.showOne')
                      : t('totals.quality.show', { count: formatCount(finding.ids.length) })
                  }
                  name={
                    one
                      ? t('totals.quality.showOneLabel', { check })
                      : t('totals.quality.showLabel', { count: formatCount(finding.ids.length), check })
                  }
                />
              ) : null}
              {finding.check === 'spending-missing' || finding.check === 'spending-incomplete' ? (
                <button type="button" className="secondary" onClick={onSpending}>
                  {t('totals.quality.toSpending')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
