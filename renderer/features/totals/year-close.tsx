import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import { ReopenRequest, type YearLogEntry, type YearSettings } from '../../../shared/schemas/year-settings';
import { useConfirm } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { settle } from '../../lib/use-api-result';

interface Props {
  settings: YearSettings;
  /** Kinds of data-quality problem still found, to warn before closing. */
  problems: number;
  /** Called after a close or reopen, so the page reads the totals again. */
  onChanged: () => void;
}

function LogEntry({ entry }: { entry: YearLogEntry }) {
  const { t, formatDateTime } = useI18n();
  const at = formatDateTime(entry.at);
  const by = entry.by || '—';
  if (entry.action === 'reopened')
    return <li>{t('totals.year.log.reopened', { at, by, reason: entry.reason ?? '' })}</li>;
  return <li>{t(entry.action === 'closed' ? 'totals.year.log.closed' : 'totals.year.log.spending', { at, by })}</li>;
}

/**
 * Closing the year after the report (asked first) and reopening it (with a reason the
 * officer types); both are logged by main with the officer's name, and the log is shown.
 */
export function YearClose({ settings, problems, onChanged }: Props) {
  const { t, tMessage, formatDateTime } = useI18n();
  const id = useId();
  const { year, closed } = settings;
  const heading = useRef<HTMLHeadingElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [dialog, ask] = useConfirm();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError>();
  const [message, setMessage] = useState<string>();
  const asking = dialog !== null;
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking || !returnFocus.current) return;
    returnFocus.current = false;
    closeButton.current?.focus();
  }, [asking]);

  const done = (text: string) => {
    setMessage(text);
    setFailure(undefined);
    onChanged();
    heading.current?.focus();
  };

  const close = async () => {
    if (busy) return;
    setMessage(undefined);
    returnFocus.current = true;
    const yes = await ask({
      title: t('totals.year.close.title', { year }),
      body:
        problems > 0
          ? t('totals.year.close.bodyProblems', { year, count: problems })
          : t('totals.year.close.body', { year }),
      confirm: t('totals.year.close', { year }),
      cancel: t('common.cancel'),
    });
    if (!yes) return;
    returnFocus.current = false;
    setBusy(true);
    const result = await settle(api.years.close({ year }));
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    done(t('totals.year.closed', { year }));
  };

  const reopen = async (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    const checked = ReopenRequest.shape.reason.safeParse(reason);
    if (!checked.success) {
      setReasonError(checked.error.issues[0]?.message ?? 'v.required');
      reasonField.current?.focus();
      return;
    }
    setReasonError(undefined);
    setBusy(true);
    const result = await settle(api.years.reopen({ year, reason: checked.data }));
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setReason('');
    done(t('totals.year.reopened', { year }));
  };

  return (
    <section className="card year-close" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('totals.section.year')}
      </h3>
      <p className="muted">{t('totals.year.intro')}</p>
      {closed ? (
        <form onSubmit={(e) => void reopen(e)} noValidate>
          <p>{t('totals.year.closedOn', { at: formatDateTime(closed.at), by: closed.by || '—' })}</p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('totals.year.reason')}</label>
            <textarea
              id={`${id}-reason`}
              ref={reasonField}
              rows={2}
              maxLength={500}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${id}-reason-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {reasonError ? (
              <p id={`${id}-reason-error`} role="alert" className="field-error">
                {tMessage(reasonError)}
              </p>
            ) : null}
          </div>
          <button type="submit" className="secondary" disabled={busy}>
            {t('totals.year.reopen', { year })}
          </button>
        </form>
      ) : (
        <>
          <p>{t('totals.year.open', { year })}</p>
          <button type="button" ref={closeButton} aria-disabled={busy || undefined} onClick={() => void close()}>
            {t('totals.year.close', { year })}
          </button>
        </>
      )}
      {failure ? <ErrorBanner error={failure} /> : null}
      <p role="status" className="ok">
        {message}
      </p>
      <h4>{t('totals.year.log')}</h4>
      {settings.log.length === 0 ? (
        <p className="muted">{t('totals.year.logEmpty')}</p>
      ) : (
        <ol className="year-log">
          {settings.log.map((entry, i) => (
            <LogEntry key={`${entry.at}-${i}`} entry={entry} />
          ))}
        </ol>
      )}
      {dialog}
    </section>
  );
}
