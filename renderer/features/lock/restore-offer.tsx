import { useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { useSession } from './session-context';

/**
 * Beside a "file could not be opened" error: the newest backup that does open, one click
 * away. The damaged file is kept aside by main, never thrown away.
 */
export function RestoreOffer({ error }: { error: AppError }) {
  const { t, tError, formatDateTime } = useI18n();
  const session = useSession();
  const [failure, setFailure] = useState<AppError>();
  const { name, backupId, backupAt } = error.params ?? {};
  if (error.code !== 'store-unreadable' || !name || !backupId || !backupAt) return null;
  const restore = async () => {
    const result = await api.backups.restore({ name, id: backupId });
    if (result.ok) session?.refresh();
    else setFailure(result.error);
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void restore()}>
        {t('security.backups.offer', { at: formatDateTime(backupAt) })}
      </button>
      {failure ? <span> {tError(failure)}</span> : null}
    </>
  );
}
