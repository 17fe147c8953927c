import { REPORT_PARTS, type ReportPart } from '../../../shared/domain/report-layout';
import { publishTotals } from '../../../shared/domain/suppression';
import type { TotalsReport } from '../../../shared/schemas/exchange';
import { useI18n } from '../../lib/i18n';
import { useNumbers } from '../../lib/numbers';
import { Letterhead, SignatureBlock, type LetterheadSettings, type ReportHeading } from './letterhead';
import { PrintPart, useCells, type PrintedYears } from './report-parts-print';

const [first, ...rest] = REPORT_PARTS as [ReportPart, ...ReportPart[]];

const NO_LETTERHEAD: LetterheadSettings = { unitName: '', unitAddress: '', directorName: '', directorTitle: '' };

interface Props {
  report: TotalsReport;
  suppressBelow: number | undefined;
  /** The unit's letterhead and director, as set on Security and settings. */
  letterhead?: LetterheadSettings | undefined;
  heading?: ReportHeading | undefined;
}

/**
 * The annual totals report for the ministry and donors. Its first page: the unit's letterhead (and
 * the national heading when chosen), the reference and period, the headline figures and the
 * director's signature block; then the report layout's other parts in order (the Totals screen's
 * and the export files' order, labels and formulas). Small counts hidden when the officer chose to.
 */
export function ReportPrint({ report, suppressBelow, letterhead = NO_LETTERHEAD, heading }: Props) {
  const { t, formatDate } = useI18n();
  const { percent: formatPercent } = useNumbers();
  const { current, previous } = report.comparison;
  const published = publishTotals(current, suppressBelow ?? null, previous);
  const years: PrintedYears = {
    published,
    previous: publishTotals(previous, suppressBelow ?? null),
    threshold: suppressBelow,
  };
  const { cell, derived } = useCells(suppressBelow);
  const homicides = published.comparison?.figures.childHomicides;
  const year = current.year;
  return (
    <article className="print-report" aria-label={t('print.reportTitle', { year })}>
      <Letterhead settings={letterhead} heading={heading ?? { national: false, reference: '' }} />
      <h2 className="report-title">{t('print.reportTitle', { year })}</h2>
      <p className="period">
        {t('print.period', { from: formatDate(`${year}-01-01`), to: formatDate(`${year}-12-31`) })}
      </p>
      <p>{suppressBelow ? t('print.suppressed', { min: 1, max: suppressBelow - 1 }) : t('print.unsuppressed')}</p>
      <PrintPart years={years} part={first} />
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
      <SignatureBlock settings={letterhead} />
      <div className="report-details">
        {rest.map((part) => (
          <PrintPart key={part.key} years={years} part={part} />
        ))}
      </div>
    </article>
  );
}
