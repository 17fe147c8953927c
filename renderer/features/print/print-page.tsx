import { useCallback, useEffect, useRef, useState } from 'react';
import { toIsoDate } from '../../../shared/domain/dates';
import { ok, type AppError, type Result } from '../../../shared/ipc/result';
import type { CaseRecord } from '../../../shared/schemas/case';
import type { TotalsReport } from '../../../shared/schemas/exchange';
import { ErrorBanner } from '../../components/error-banner';
import { useRouter, type PrintDoc } from '../../lib/router';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { useApiResult } from '../../lib/use-api-result';
import { installPageRules } from './page-style';
import './print.css';
import { defaultReference, type LetterheadSettings, type ReportHeading } from './letterhead';
import { ReportOptions } from './report-options';
import { ReportPrint } from './report-print';
import { SummaryPrint } from './summary-print';

type Loaded =
  { kind: 'cases'; records: CaseRecord[] } | { kind: 'report'; report: TotalsReport; letterhead: LetterheadSettings };

/** What the layout prints, read in one answer: the summaries of a case or an investigation, or a year's report. */
async function loadDocument(doc: PrintDoc): Promise<Result<Loaded>> {
  if (doc.kind === 'case') {
    const r = await api.cases.get({ id: doc.id });
    return r.ok ? ok({ kind: 'cases', records: [r.value] }) : r;
  }
  if (doc.kind === 'investigation') {
    const r = await api.cases.investigation({ investigationRef: doc.investigationRef });
    return r.ok ? ok({ kind: 'cases', records: r.value.records }) : r;
  }
  const [r, settings] = await Promise.all([api.totals.get({ year: doc.year }), api.settings.get({})]);
  if (!r.ok) return r;
  // Without the settings the report still prints, with the unit's usual name and blank director lines.
  const letterhead = settings.ok
    ? settings.value
    : { unitName: '', unitAddress: '', directorName: '', directorTitle: '' };
  return ok({ kind: 'report', report: r.value, letterhead });
}

/** The document's title, used in the page header and as the PDF's file name. */
function useTitle(doc: PrintDoc, loaded: Loaded | undefined): string {
  const { t } = useI18n();
  if (doc.kind === 'report') return t('print.reportTitle', { year: doc.year });
  if (doc.kind === 'investigation') return t('print.investigationTitle', { ref: doc.investigationRef });
  const record = loaded?.kind === 'cases' ? loaded.records[0] : undefined;
  return t('print.summaryOf', { code: record?.caseCode ?? '' });
}

/** What the access log names as printed: the case code, the investigation reference, or the year. */
function targetOf(doc: PrintDoc, loaded: Loaded | undefined): string | undefined {
  if (doc.kind === 'report') return String(doc.year);
  if (doc.kind === 'investigation') return doc.investigationRef;
  return loaded?.kind === 'cases' ? loaded.records[0]?.caseCode : undefined;
}

/** A print from the keyboard (Ctrl+P) right after the Print button is the same print. */
const SAME_PRINT_MS = 3000;

const yearOfDoc = (doc: PrintDoc, loaded: Loaded | undefined) =>
  doc.kind === 'report'
    ? doc.year
    : loaded?.kind === 'cases'
      ? Number(loaded.records[0]?.summary.dateReported.slice(0, 4)) || undefined
      : undefined;

/**
 * A print layout with Print (the system dialog) and Save as PDF (desktop app). Each page
 * carries the unit's name, the year, the date printed and page x of y; case-level prints
 * are marked confidential on every page.
 */
export function PrintPage({ doc }: { doc: PrintDoc }) {
  const { t, formatDate, digits } = useI18n();
  const { navigate } = useRouter();
  const { value: loaded, error, loading } = useApiResult(() => loadDocument(doc), [doc]);
  const [saveError, setSaveError] = useState<AppError>();
  const [saved, setSaved] = useState<string>();
  const [heading, setHeading] = useState<ReportHeading>(() => ({
    national: false,
    reference: doc.kind === 'report' ? defaultReference(doc.year) : '',
  }));
  const title = useTitle(doc, loaded);
  const year = yearOfDoc(doc, loaded);
  const confidential = doc.kind !== 'report';
  const target = targetOf(doc, loaded);

  // Main records every print in the access log; printing itself happens in the page.
  const told = useRef(0);
  const tellPrinted = useCallback(() => {
    if (!target) return;
    told.current = Date.now();
    void api.print.printed({ kind: doc.kind, target });
  }, [doc.kind, target]);
  useEffect(() => {
    const beforePrint = () => {
      if (Date.now() - told.current > SAME_PRINT_MS) tellPrinted();
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [tellPrinted]);
  const print = () => {
    tellPrinted();
    window.print();
  };

  useEffect(() => {
    if (!loaded) return undefined;
    const [before = '', middle = '', after = ''] = t('print.pageOf').split(/\{page\}|\{pages\}/);
    return installPageRules({
      unit: year ? t('print.unitYear', { year }) : t('print.unit'),
      title,
      printed: t('print.printedOn', { date: formatDate(toIsoDate(new Date())) }),
      pageBefore: before,
      pageMiddle: middle,
      pageAfter: after,
      confidential: confidential ? t('print.confidential') : undefined,
      digits,
    });
  }, [loaded, t, title, year, confidential, formatDate, digits]);

  const savePdf = async () => {
    setSaveError(undefined);
    setSaved(undefined);
    const fileName = `${title.replace(/[^\w .,()-]+/g, '-').slice(0, 90) || 'cpu'}.pdf`;
    const result = await api.print.savePdf({ fileName });
    if (!result.ok) setSaveError(result.error);
    else if (result.value.saved) {
      tellPrinted();
      setSaved(t('print.saved', { file: result.value.fileName ?? fileName }));
    }
  };

  const back = () => {
    if (doc.kind === 'case') void navigate({ name: 'edit', id: doc.id });
    else if (doc.kind === 'investigation')
      void navigate({ name: 'investigation', investigationRef: doc.investigationRef });
    else void navigate({ name: 'totals', year: doc.year });
  };

  return (
    <div className="print-page">
      <div className="print-toolbar">
        <button type="button" className="secondary" onClick={back}>
          {t('print.back')}
        </button>
        <button type="button" disabled={!loaded} onClick={print}>
          {t('print.print')}
        </button>
        <button type="button" className="secondary" disabled={!loaded} onClick={() => void savePdf()}>
          {t('print.savePdf')}
        </button>
        {saved ? (
          <span role="status" className="ok">
            {saved}
          </span>
        ) : null}
      </div>
      {/* Messages are for the screen: a refused "Save as PDF" must not come out on the printed summary. */}
      <div className="no-print">
        {saveError ? <ErrorBanner error={saveError} /> : null}
        {error ? <ErrorBanner error={error} /> : null}
        {loading ? <p role="status">{t('common.loading')}</p> : null}
      </div>
      {doc.kind === 'report' && loaded ? (
        <ReportOptions year={doc.year} heading={heading} onChange={setHeading} />
      ) : null}
      {loaded ? (
        <div className="print-sheet">
          {loaded.kind === 'report' ? (
            <ReportPrint
              report={loaded.report}
              suppressBelow={doc.kind === 'report' ? doc.suppressBelow : undefined}
              letterhead={loaded.letterhead}
              heading={heading}
            />
          ) : (
            <>
              {doc.kind === 'investigation' ? <h2 className="print-title">{title}</h2> : null}
              {loaded.records.map((record) => (
                <SummaryPrint key={record.id} record={record} />
              ))}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
