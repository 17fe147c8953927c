import { useCallback, useEffect, useId, useRef } from 'react';
import { ErrorBanner } from '../../components/error-banner';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useApiResult } from '../../lib/use-api-result';
import { useKeptState } from '../../lib/kept-state';
import { useYears } from '../../lib/use-case-rows';
import { YearPicker } from '../../components/year-picker';
import { DrillDown } from './drill-down';
import { DrillContext, type Drill } from './figure-value';
import { QualityPanel } from './quality-panel';
import { SpendingForm } from './spending-form';
import './totals.css';
import { ReportSections, Section } from './totals-sections';
import { YearClose } from './year-close';
import { PrintReportButton } from './print-report-button';

/** An open list: a serial number makes the same figure opened twice a fresh dialog. */
interface OpenDrill {
  drill: Drill;
  serial: number;
}

/**
 * The year's totals as the annual report states them: headline figures beside last year's,
 * every figure with its formula and the summaries behind it, SVG charts that print, what
 * would make the totals wrong, spending per team, and closing the year after the report.
 * The report year defaults to last year, the one usually being reported on.
 */
export function TotalsPage({ initialYear }: { initialYear?: number | undefined }) {
  const { t, formatDateTime } = useI18n();
  const id = useId();
  // The year last looked at, kept across visits; a link that names a year opens that one.
  const [year, setYear] = useKeptState('totals.year', () => new Date().getFullYear() - 1, initialYear);
  const years = useYears(year);
  // Read again after spending is saved or the year closed, without blanking the screen meanwhile.
  const { value: report, error, loading, reload } = useApiResult(() => api.totals.get({ year }), [year]);
  const spendingField = useRef<HTMLInputElement>(null);

  // Kept while a summary opened from the list is read, so the way back returns to it.
  const [open, setOpen] = useKeptState<OpenDrill | undefined>('totals.drill', () => undefined);
  /** The figure that opened the list; it gets focus back when the list closes. */
  const trigger = useRef<HTMLElement | null>(null);
  const openDrill = useCallback(
    (drill: Drill, from: HTMLElement) => {
      trigger.current = from;
      setOpen((old) => ({ drill, serial: (old?.serial ?? 0) + 1 }));
    },
    [setOpen],
  );
  const isOpen = open !== undefined;
  useEffect(() => {
    if (isOpen) return;
    trigger.current?.focus();
    trigger.current = null;
  }, [isOpen]);

  const chooseYear = (y: number) => {
    setOpen(undefined);
    setYear(y);
  };

  const comparison = report?.comparison;
  const settings = report?.settings;
  const closed = settings?.closed;

  return (
    <DrillContext.Provider value={openDrill}>
      <section className="totals-page" aria-labelledby={`${id}-title`}>
        <div className="page-head">
          <h2 id={`${id}-title`} className="page-title">
            {t('totals.title', { year })}
          </h2>
          <YearPicker years={years} year={year} onChange={chooseYear} />
        </div>
        <p className="muted">{t('totals.intro')}</p>
        <PrintReportButton year={year} />
        {closed ? (
          <div className="banner banner-warning year-closed-banner">
            <strong>
              {t('totals.year.closedBanner', { year, at: formatDateTime(closed.at), by: closed.by || '—' })}
            </strong>
          </div>
        ) : null}
        {loading ? <p role="status">{t('common.loading')}</p> : null}
        {error ? <ErrorBanner error={error} /> : null}
        {comparison && settings ? (
          <>
            {comparison.current.summariesByTeam.total === 0 ? (
              <p className="banner banner-info">{t('totals.empty', { year })}</p>
            ) : null}
            <ReportSections
              comparison={comparison}
              slots={{
                after: {
                  headline: (
                    <Section title={t('totals.section.quality')} className="card quality">
                      <p className="muted">{t('totals.quality.intro')}</p>
                      <QualityPanel findings={report.quality} onSpending={() => spendingField.current?.focus()} />
                    </Section>
                  ),
                },
                inside: {
                  spending: (
                    <SpendingForm
                      key={year}
                      year={year}
                      spending={settings.spending}
                      closed={closed !== undefined}
                      onSaved={reload}
                      firstField={spendingField}
                    />
                  ),
                },
              }}
            />
            <YearClose key={year} settings={settings} problems={report.quality.length} onChanged={reload} />
          </>
        ) : null}
        {open ? <DrillDown key={open.serial} drill={open.drill} onClose={() => setOpen(undefined)} /> : null}
      </section>
    </DrillContext.Provider>
  );
}
