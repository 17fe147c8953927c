import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { BackupEntry, BackupFile } from '../../../shared/schemas/session';
import { useConfirm } from '../../app/confirm-dialog';
import { ErrorBanner } from '../../app/error-banner';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';

/** Each year file, whether it opens, and its backups, any of which can be put back. */
export function BackupsPanel() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const id = useId();
  const [files, setFiles] = useState<BackupFile[]>();
  const [error, setError] = useState<AppError>();
  const [done, setDone] = useState<string>();
  const [dialog, ask] = useConfirm();

  const [version, setVersion] = useState(0);
  useEffect(() => {
    void api.backups.list({}).then((result) => (result.ok ? setFiles(result.value) : setError(result.error)));
  }, [version]);

  const restore = async (file: BackupFile, backup: BackupEntry) => {
    const at = formatDateTime(backup.at);
    const title = t('security.backups.restoreLabel', { year: file.year, at });
    if (!(await ask({ title, body: t('security.backups.confirm', { year: file.year, at }), confirm: t('security.backups.restore'), cancel: t('common.cancel') }))) return;
    const result = await api.backups.restore({ name: file.name, id: backup.id });
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setDone(t('security.backups.restored', { year: file.year, at, count: result.value.summaries }));
    setVersion((v) => v + 1);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('security.backups.title')}</h2>
      <p className="hint">{t('security.backups.intro')}</p>
      {done ? <p role="status" className="ok">{done}</p> : null}
      {error ? <ErrorBanner error={error} /> : null}
      {files && files.length === 0 ? <p>{t('security.backups.none')}</p> : null}
      {files?.map((file) => (
        <section key={file.name} className="backup-file" aria-label={t('security.backups.file', { year: file.year })}>
          <h3>{t('security.backups.file', { year: file.year })}</h3>
          {file.problem ? (
            <p className="banner banner-error">{t('security.backups.problem', { problem: file.problem })}</p>
          ) : (
            <p className="muted">{t('security.backups.ok')}</p>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('security.backups.at')}</th>
                <th scope="col">{t('security.backups.count')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('security.backups.restore')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {file.backups.map((backup) => (
                <tr key={backup.id}>
                  <td>{formatDateTime(backup.at)}</td>
                  <td>{backup.summaries === null ? t('security.backups.unreadable') : formatNumber(backup.summaries)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={backup.summaries === null}
                      aria-label={t('security.backups.restoreLabel', { year: file.year, at: formatDateTime(backup.at) })}
                      onClick={() => void restore(file, backup)}
                    >
                      {t('security.backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {dialog}
    </section>
  );
}
