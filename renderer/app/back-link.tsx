import { useKeptValue } from '../lib/kept-state';
import { useI18n } from '../lib/i18n';
import { useRouter } from '../lib/router';

/** The figure whose drill-down list the totals screen keeps open, if any (its own state, read here). */
function keptDrillLabel(kept: unknown): string | undefined {
  if (typeof kept !== 'object' || kept === null || !('drill' in kept)) return undefined;
  const drill = kept.drill;
  if (typeof drill !== 'object' || drill === null || !('label' in drill)) return undefined;
  return typeof drill.label === 'string' ? drill.label : undefined;
}

/**
 * A summary (or its investigation, or a print) opened from the totals leads back there: the
 * same year and, when it was opened from a figure's list of summaries, that list again.
 */
export function BackLink() {
  const { t } = useI18n();
  const { origin, navigate } = useRouter();
  const year = useKeptValue('totals.year');
  const label = keptDrillLabel(useKeptValue('totals.drill'));
  if (origin?.name !== 'totals') return null;
  const shownYear = typeof year === 'number' ? year : origin.year;
  const text =
    shownYear === undefined
      ? t('app.backToTotals')
      : label
        ? t('app.backToDrill', { label, year: shownYear })
        : t('app.backToTotalsOf', { year: shownYear });
  return (
    <nav className="back-link" aria-label={t('app.backNav')}>
      <button type="button" className="link" onClick={() => void navigate({ name: 'totals' })}>
        {text}
      </button>
    </nav>
  );
}
