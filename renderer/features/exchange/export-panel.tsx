import { useEffect, useId, useRef, useState } from 'react';
import { parseWholeNumber } from '../../../shared/domain/numerals';
import { useKeptState } from '../../lib/kept-state';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/schemas/exchange';
import type { AppError } from '../../../shared/ipc/result';
import type { MessageKey } from '../../../shared/i18n/en';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { downloadFile, downloadFrom } from '../../lib/download';
import { useYears } from '../../lib/use-case-rows';
import { SUPPRESS_BELOW_DEFAULT, useSuppressBelow } from '../../lib/use-suppress-below';
import { YearPicker } from '../../components/year-picker';
import { Busy } from './busy';
import { JobProgress, useJob } from './job-progress';

const isTotals = (f: ExportFormat) => f.startsWith('totals-');
/** Files that hold summaries (the yearly data file, case-level tables): protected unless chosen plain. */
const canProtect = (f: ExportFormat) => f === 'year-json' || f === 'cases-csv' || f === 'cases-xlsx';

/** Every export of a year: the data file for other PCs, case-level tables, totals only. */
export function ExportPanel() {
  const { t, tMessage, formatNumber } = useI18n();
  const id = useId();
  const [year, setYear] = useKeptState('exchange.year', () => new Date().getFullYear() - 1);
  const years = useYears(year);
  const [format, setFormat] = useState<ExportFormat>('year-json');
  // Protected unless the officer deliberately chooses a plain file: data files leave the office.
  const [protect, setProtect] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [suppress, setSuppress] = useState(true);
  // This PC's threshold, the one the printed report uses too (see `useSuppressBelow`).
  const { saved: savedThreshold, keep: keepThreshold } = useSuppressBelow();
  const [typedThreshold, setThreshold] = useState<string>();
  const threshold = typedThreshold ?? formatNumber(savedThreshold ?? SUPPRESS_BELOW_DEFAULT);
  const [busy, setBusy] = useState(false);
  // The yearly data file's job, from the request (a save dialog may be open) until it ends: one at a time.
  const [following, setFollowing] = useState(false);
  const [problem, setProblem] = useState<{ text: string; field: 'threshold' | 'passphrase' | 'repeat' }>();
  const thresholdField = useRef<HTMLInputElement>(null);
  const passphraseField = useRef<HTMLInputElement>(null);
  const repeatField = useRef<HTMLInputElement>(null);
  // Focus goes to the field to put right, which the message describes; the Export button is not it.
  useEffect(() => {
    if (!problem) return;
    const field = { threshold: thresholdField, passphrase: passphraseField, repeat: repeatField }[problem.field];
    field.current?.focus();
  }, [problem]);
  const invalid = (field: 'threshold' | 'passphrase' | 'repeat') =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {};
  const [error, setError] = useState<AppError>();
  const [done, setDone] = useState<string>();
  const job = useJob();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy || following) return;
    setProblem(undefined);
    setError(undefined);
    setDone(undefined);
    const below = parseWholeNumber(threshold);
    if (isTotals(format) && suppress && (below === undefined || below < 2 || below > 100)) {
      return setProblem({ text: t('data.export.thresholdRange'), field: 'threshold' });
    }
    if (canProtect(format) && protect) {
      if (passphrase.length < 10) return setProblem({ text: tMessage('v.passphrase.short'), field: 'passphrase' });
      if (passphrase !== repeat) return setProblem({ text: t('data.export.passphraseMismatch'), field: 'repeat' });
    }
    if (format === 'year-json') return exportYearFile();
    setBusy(true);
    const result = await api.exports.create({
      year,
      format,
      ...(isTotals(format) && suppress && below !== undefined ? { suppressBelow: below } : {}),
      ...(canProtect(format) && protect ? { passphrase } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (isTotals(format) && suppress && below !== undefined) keepThreshold(below);
    downloadFile(result.value);
    setDone(t('data.export.done', { file: result.value.fileName }));
  };

  /** The yearly data file (v2) is written by main, to a path or as a streamed download, as a job. */
  const exportYearFile = async () => {
    setFollowing(true);
    const outcome = await startYearFile().finally(() => setFollowing(false));
    if (!outcome) return;
    const { end, fileName } = outcome;
    if ('code' in end) return setError(end);
    if (end.state === 'failed' && end.error) return setError(end.error);
    setDone(
      end.state === 'cancelled' ? t('data.job.cancelled') : t('data.export.done', { file: end.fileName ?? fileName }),
    );
  };

  const startYearFile = async () => {
    const started = await api.exports.yearFile({ year, ...(protect ? { passphrase } : {}) });
    if (!started.ok) return void setError(started.error);
    const { job: id, fileName, download } = started.value;
    if (id === null) return undefined;
    if (download) downloadFrom(download, fileName);
    return { end: await job.follow(id), fileName };
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.export.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <YearPicker years={years} year={year} onChange={setYear} />
        <fieldset className="choices">
          <legend>{t('data.export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="choice">
              <input
                type="radio"
                name={`${id}-format`}
                value={f}
                checked={format === f}
                onChange={() => {
                  setFormat(f);
                  // Plain is chosen for one file at a time: another format starts protected again.
                  setProtect(true);
                }}
              />
              <span>
                <strong>{t(`data.format.${f}` as MessageKey)}</strong>
                <span className="muted block">{t(`data.format.${f}.hint` as MessageKey)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'cases-csv' || format === 'cases-xlsx' ? (
          <p className="banner banner-error" role="note">
            {t('data.export.casesWarning', { year })}
          </p>
        ) : null}
        {canProtect(format) ? (
          <fieldset className="choices">
            <legend>{t('data.export.protection')}</legend>
            <label className="choice">
              <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
              {t('data.export.protect')}
            </label>
            {protect ? (
              <div className="grid-2">
                <div className="field">
                  <label htmlFor={`${id}-pass`}>{t('data.export.passphrase')}</label>
                  <input
                    ref={passphraseField}
                    {...invalid('passphrase')}
                    id={`${id}-pass`}
                    type="password"
                    autoComplete="new-password"
                    value={passphrase}
                    onChange={(e) => setPassphrase(e.target.value)}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-repeat`}>{t('data.export.passphraseRepeat')}</label>
                  <input
                    ref={repeatField}
                    {...invalid('repeat')}
                    id={`${id}-repeat`}
                    type="password"
                    autoComplete="new-password"
                    value={repeat}
                    onChange={(e) => setRepeat(e.target.value)}
                  />
                </div>
              </div>
            ) : format === 'year-json' ? (
              <p className="banner banner-error" role="note">
                {t('data.export.plainWarning', { year })}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {isTotals(format) ? (
          <fieldset className="choices">
            <legend>{t('data.export.suppression')}</legend>
            <label className="choice">
              <input type="checkbox" checked={suppress} onChange={(e) => setSuppress(e.target.checked)} />
              {t('data.export.suppress')}
            </label>
            {suppress ? (
              <div className="field inline">
                <label htmlFor={`${id}-threshold`}>{t('data.export.threshold')}</label>
                <input
                  ref={thresholdField}
                  {...invalid('threshold')}
                  id={`${id}-threshold`}
                  inputMode="numeric"
                  size={4}
                  value={threshold}
                  onChange={(e) => setThreshold(e.target.value)}
                />
              </div>
            ) : null}
          </fieldset>
        ) : null}
        {problem ? (
          <p role="alert" className="field-error" id={`${id}-problem`}>
            {problem.text}
          </p>
        ) : null}
        {/* Not disabled while busy: a disabled button drops the keyboard's focus to the page. */}
        <button type="submit" aria-disabled={busy || following || undefined}>
          {t('data.export.button')}
        </button>
      </form>
      {job.status ? <JobProgress status={job.status} onCancel={() => void job.cancel()} /> : null}
      {busy ? <Busy label={t('data.export.busy')} /> : null}
      {error ? <ErrorBanner error={error} /> : null}
      {done ? (
        <p role="status" className="ok">
          {done}
        </p>
      ) : null}
    </section>
  );
}
