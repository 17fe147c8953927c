import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { CaseRow } from '../../../shared/schemas/case';
import { useConfirm } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { api } from '../../lib/api';
import '../../components/case-rows.css';
import { settle } from '../../lib/use-api-result';
import { useCaseRows, useYears } from '../../lib/use-case-rows';
import { YearPicker } from '../../components/year-picker';
import { BinTable } from './bin-table';

/** A year's summaries in the bin, each restorable after the officer confirms. */
export function BinPage({ initialYear }: { initialYear?: number | undefined } = {}) {
  const { t } = useI18n();
  // Only a team's officers restore its summaries (main refuses the others); coordinators see every team's bin.
  const user = useSession()?.status.user;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [year, setYear] = useState(() => initialYear ?? new Date().getFullYear());
  const [version, setVersion] = useState(0);
  const years = useYears(year);
  const { rows, error, loading, want } = useCaseRows(year, true, { version });
  const [dialog, ask] = useConfirm();
  const [busy, setBusy] = useState(false);
  /** The Restore button that opened the question; it gets focus back when the dialog closes. */
  const returnFocus = useRef<HTMLButtonElement | null>(null);
  const open = dialog !== null;
  useEffect(() => {
    if (open) return;
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, [open]);
  const [failure, setFailure] = useState<AppError>();
  const [message, setMessage] = useState<string>();

  const restore = async (row: CaseRow, trigger: HTMLButtonElement) => {
    if (busy) return;
    returnFocus.current = trigger;
    const yes = await ask({
      title: t('bin.restore.title', { code: row.caseCode }),
      body: t('bin.restore.body'),
      confirm: t('bin.restore'),
      cancel: t('common.cancel'),
    });
    if (!yes) return;
    setBusy(true);
    setMessage(undefined);
    const result = await settle(api.cases.restore({ id: row.id, expectedRevision: row.revision }));
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setFailure(undefined);
    setMessage(t('bin.restored', { code: row.caseCode }));
    setVersion((v) => v + 1);
    // The row leaves the list; start again from the top of the page rather than from nowhere.
    heading.current?.focus();
  };

  const chooseYear = (y: number) => {
    setYear(y);
    setMessage(undefined);
    setFailure(undefined);
  };

  return (
    <section className="bin-page" aria-labelledby={`${id}-title`}>
      <div className="page-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="page-title">
          {t('bin.title')}
        </h2>
        <YearPicker years={years} year={year} onChange={chooseYear} />
      </div>
      <p className="muted">{t('bin.intro')}</p>
      <p role="status" className="ok">
        {message}
      </p>
      {failure ? <ErrorBanner error={failure} /> : null}
      {error ? <ErrorBanner error={error} /> : null}
      {loading ? <p>{t('common.loading')}</p> : null}
      {rows && rows.total === 0 ? <p>{t('bin.empty')}</p> : null}
      {rows && rows.total > 0 ? (
        <BinTable
          rows={rows}
          onRange={want}
          labelledBy={`${id}-title`}
          busy={busy}
          onRestore={(row, trigger) => void restore(row, trigger)}
          teams={user?.teams}
        />
      ) : null}
      {dialog}
    </section>
  );
}
