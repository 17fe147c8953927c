import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { IMPORT_KINDS, type ChosenFile, type ImportPreview, type ImportResult } from '../../../shared/schemas/exchange';
import type { AppError } from '../../../shared/ipc/result';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { Busy } from './busy';
import { ConflictList, type Resolutions } from './conflict-list';
import { FileChooser } from './file-chooser';
import { CodeClashList, ImportYears, NewerList, RefusedList } from './import-notes';
import { JobProgress, useJob } from './job-progress';

/** A field changed on one PC only starts with that PC's value; the officer may still change it. */
function suggested(preview: ImportPreview): Resolutions {
  const out: Resolutions = {};
  for (const item of preview.items) {
    for (const c of item.conflicts) {
      if (c.changedBy !== 'both') out[item.id] = { ...out[item.id], [c.path]: c.changedBy };
    }
  }
  return out;
}

/**
 * Import of another PC's yearly data file: the file is checked and previewed first (with the
 * years it would write, the summaries it refuses and why, and the codes it keeps apart), the
 * officer resolves every conflict, and only then is anything written, all at once.
 */
export function ImportPanel() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<ChosenFile>();
  const [resetKey, setResetKey] = useState(0);
  const [passphrase, setPassphrase] = useState('');
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [preview, setPreview] = useState<ImportPreview>();
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<AppError>();
  const [result, setResult] = useState<ImportResult>();
  const [cancelled, setCancelled] = useState(false);
  const job = useJob();
  // Each step replaces the controls of the one before: focus goes to what the officer reads or does next.
  const passphraseField = useRef<HTMLInputElement>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const cancelledNote = useRef<HTMLParagraphElement>(null);
  const resultNote = useRef<HTMLParagraphElement>(null);
  useFocusWhen(preview, previewTitle);
  useFocusWhen(cancelled || undefined, cancelledNote);
  useFocusWhen(result, resultNote);
  // A wrong or missing passphrase: the field again, its text selected for retyping.
  useEffect(() => {
    if (error && askPassphrase) passphraseField.current?.select();
  }, [error, askPassphrase]);

  /** Main reads and checks the whole file as a job the officer follows and may cancel. */
  const runPreview = async (file: ChosenFile, pass?: string) => {
    setError(undefined);
    const started = await api.imports.previewFile({ file: file.file, ...(pass ? { passphrase: pass } : {}) });
    if (!started.ok) return setError(started.error);
    const end = await job.follow(started.value.job);
    if ('code' in end) return setError(end);
    if (end.state === 'cancelled') {
      setCancelled(true);
      return forgetChoice();
    }
    if (end.state === 'failed' && end.error) {
      const code = end.error.code;
      if (code === 'passphrase-required' || code === 'wrong-passphrase') setAskPassphrase(true);
      else forgetChoice();
      return setError(end.error);
    }
    if (end.preview) {
      setPreview(end.preview);
      setResolutions(suggested(end.preview));
      setAskPassphrase(false);
      setPassphrase('');
    }
  };

  const chosenNow = (file: ChosenFile) => {
    setChosen(file);
    // A protected file asks for its passphrase before main reads a byte of it.
    if (file.protected) setAskPassphrase(true);
    else void runPreview(file);
  };

  const reset = () => {
    setError(undefined);
    setResult(undefined);
    setPreview(undefined);
    setAskPassphrase(false);
    setPassphrase('');
    setCancelled(false);
    setChosen(undefined);
  };

  const forgetChoice = () => {
    setChosen(undefined);
    setAskPassphrase(false);
    setPassphrase('');
    setResetKey((k) => k + 1);
  };

  const conflicts = preview?.items.filter((i) => i.kind === 'conflict') ?? [];
  const clashes = preview?.items.filter((i) => i.codeInUse === true) ?? [];
  const refused = preview?.items.filter((i) => i.kind === 'refused') ?? [];
  const newer = preview?.items.filter((i) => i.kind === 'newer') ?? [];
  const unresolved = conflicts.some((item) => item.conflicts.some((c) => !resolutions[item.id]?.[c.path]));
  const toWrite = preview ? preview.counts.new + preview.counts.newer + preview.counts.conflict : 0;

  const apply = async () => {
    if (!preview) return;
    setBusy(t('data.import.writing'));
    const answer = await api.imports.apply({ token: preview.token, resolutions });
    setBusy(undefined);
    if (!answer.ok) return setError(answer.error);
    setPreview(undefined);
    setResult(answer.value);
    setResetKey((k) => k + 1);
  };

  const cancel = async () => {
    if (preview) await api.imports.cancel({ token: preview.token });
    reset();
    setResetKey((k) => k + 1);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.import.title')}</h2>
      <p className="muted">{t('data.import.hint')}</p>
      <FileChooser key={resetKey} onStart={reset} onChosen={chosenNow} onError={setError} />
      {askPassphrase && chosen && !job.status ? (
        <form
          className="field"
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            void runPreview(chosen, passphrase);
          }}
        >
          <label htmlFor={`${id}-pass`}>{t('data.import.passphrase')}</label>
          <div className="row">
            <input
              ref={passphraseField}
              id={`${id}-pass`}
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            <button type="submit">{t('data.import.open')}</button>
          </div>
        </form>
      ) : null}
      {job.status ? <JobProgress status={job.status} onCancel={() => void job.cancel()} /> : null}
      {busy ? <Busy label={busy} /> : null}
      {cancelled ? (
        <p role="status" className="ok" tabIndex={-1} ref={cancelledNote}>
          {t('data.job.cancelled')}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} focus={!askPassphrase} /> : null}
      {preview ? (
        <div className="import-preview">
          <h3 tabIndex={-1} ref={previewTitle}>
            {t('data.import.previewTitle')}
          </h3>
          <p>
            {t('data.import.source', {
              pc: preview.source.pcName || preview.source.pcId,
              year: preview.source.year,
              at: formatDateTime(preview.source.exportedAt),
              version: preview.source.appVersion,
            })}
          </p>
          <table className="counts">
            <tbody>
              {IMPORT_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{t(`data.import.kind.${kind}`)}</th>
                  <td>{formatNumber(preview.counts[kind])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ImportYears years={preview.years} />
          <RefusedList items={refused} />
          <CodeClashList items={clashes} />
          <NewerList items={newer} />
          {conflicts.length > 0 ? (
            <ConflictList
              items={conflicts}
              source={preview.source.pcName || preview.source.pcId}
              resolutions={resolutions}
              onChange={setResolutions}
            />
          ) : null}
          {unresolved ? <p className="muted">{t('data.import.resolveAll')}</p> : null}
          <div className="row">
            <button type="button" disabled={unresolved || busy !== undefined} onClick={() => void apply()}>
              {toWrite === 0 ? t('data.import.nothing') : t('data.import.apply', { count: formatNumber(toWrite) })}
            </button>
            <button type="button" className="secondary" onClick={() => void cancel()}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {result ? (
        <p role="status" className="ok" tabIndex={-1} ref={resultNote}>
          {result.written === 0
            ? t('data.import.doneNothing')
            : t('data.import.done', { count: formatNumber(result.written), years: result.years.join(', ') })}
        </p>
      ) : null}
    </section>
  );
}

/** Focus on `target` each time `shown` becomes something new (a preview, a result). */
function useFocusWhen(shown: unknown, target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (shown) target.current?.focus();
  }, [shown, target]);
}
