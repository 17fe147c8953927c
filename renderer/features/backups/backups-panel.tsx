import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { BackupEntry, RestoreResult } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { useApiResult } from '../../lib/use-api-result';
import { useConfirmRestore } from '../../components/use-confirm-restore';

/** Whether the case database in use opens, and its numbered backups, any good one of which can be put back. */
export function BackupsPanel() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const id = useId();
  const { value: list, error: listError, reload } = useApiResult(() => api.backups.list({}), []);
  const [failure, setFailure] = useState<AppError>();
  const [done, setDone] = useState<RestoreResult>();
  const [restoring, setRestoring] = useState<number>();
  const [dialog, confirmRestore] = useConfirmRestore();
  // A refused restore, else why the backups could not be listed.
  const error = failure ?? listError;
  // The restore's outcome takes focus: the button pressed was disabled while it ran, and focus
  // would otherwise be left on the page itself.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done || failure) outcome.current?.focus();
  }, [done, failure]);
  // The backup of the database this restore replaced, once listed: restoring it undoes the restore.
  const undo = done?.undoWith === undefined ? undefined : list?.backups.find((b) => b.sequence === done.undoWith);

  const restore = async (backup: BackupEntry) => {
    const number = backup.sequence;
    if (!(await confirmRestore(number, formatDateTime(backup.at)))) return;
    setDone(undefined);
    setFailure(undefined);
    setRestoring(number);
    const result = await api.backups.restore({ sequence: number });
    setRestoring(undefined);
    if (!result.ok) {
      setFailure(result.error);
      // A backup the failed restore took of the database in use may have been left or removed.
      return reload();
    }
    setDone(result.value);
    reload();
  };

  return (
    <section className="card backups" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('security.backups.title')}</h2>
      <p className="hint">{t('security.backups.intro')}</p>
      {list ? (
        list.problem ? (
          <p className="banner banner-error">{t('security.backups.problem', { problem: list.problem })}</p>
        ) : (
          <p className="muted">{t('security.backups.ok')}</p>
        )
      ) : null}
      {restoring !== undefined ? <p role="status">{t('security.backups.restoring', { number: restoring })}</p> : null}
      <div ref={outcome} tabIndex={-1} className="outcome">
        {done ? (
          <p role="status" className="ok">
            {t('security.backups.restored', {
              number: done.sequence,
              at: formatDateTime(done.at),
              count: formatNumber(done.summaries),
              keptAs: done.keptAs,
            })}{' '}
            {done.logSkipped
              ? t('security.backups.logNotKept')
              : done.logCarried > 0
                ? t('security.backups.logKept', { count: formatNumber(done.logCarried) })
                : null}
            {undo ? (
              <>
                {' '}
                {t('security.backups.undoWith', { number: undo.sequence })}{' '}
                <button
                  type="button"
                  className="secondary"
                  disabled={restoring !== undefined}
                  aria-label={t('security.backups.undoLabel', { number: undo.sequence })}
                  onClick={() => void restore(undo)}
                >
                  {t('security.backups.undo')}
                </button>
              </>
            ) : null}
          </p>
        ) : null}
        {error ? <ErrorBanner error={error} /> : null}
      </div>
      {list && list.backups.length === 0 ? <p>{t('security.backups.none')}</p> : null}
      {list && list.backups.length > 0 ? (
        <table aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('security.backups.number')}</th>
              <th scope="col">{t('security.backups.at')}</th>
              <th scope="col">{t('security.backups.reason')}</th>
              <th scope="col">{t('security.backups.count')}</th>
              <th scope="col">{t('security.backups.check')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('security.backups.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => (
              <BackupRow
                key={backup.sequence}
                backup={backup}
                busy={restoring !== undefined}
                onRestore={() => void restore(backup)}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {dialog}
    </section>
  );
}

function BackupRow({ backup, busy, onRestore }: { backup: BackupEntry; busy: boolean; onRestore: () => void }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const usable = backup.problem === null && backup.summaries !== null;
  const at = formatDateTime(backup.at);
  return (
    <tr>
      <th scope="row">{formatNumber(backup.sequence, { grouping: false })}</th>
      <td>{at}</td>
      <td>{t(`security.backups.reason.${backup.reason}`)}</td>
      <td>{backup.summaries === null ? t('security.backups.unreadable') : formatNumber(backup.summaries)}</td>
      <td>
        {backup.problem === null
          ? t('security.backups.passed')
          : t('security.backups.failed', { problem: backup.problem })}
      </td>
      <td>
        <button
          type="button"
          className="secondary"
          disabled={!usable || busy}
          aria-label={t('security.backups.restoreLabel', { number: backup.sequence, at })}
          onClick={onRestore}
        >
          {t('security.backups.restore')}
        </button>
      </td>
    </tr>
  );
}
