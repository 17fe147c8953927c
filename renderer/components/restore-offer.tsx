import { useState } from 'react';
import type { AppError } from '../../shared/ipc/result';
import { useI18n } from '../lib/i18n';
import { api } from '../lib/api';
import { useConfirmRestore } from './use-confirm-restore';
import { useSession } from '../lib/session';

/** The failures about the case database in use that main pairs with its newest good backup. */
const OFFERED = new Set<AppError['code']>(['store-unreadable', 'row-unreadable', 'database-older']);

/**
 * Beside a "the case database could not be opened" error: the newest backup that does open,
 * named by its number and date, restored after the officer confirms. The replaced database is
 * kept aside by main, never thrown away.
 */
export function RestoreOffer({ error }: { error: AppError }) {
  const { t, tError, formatDateTime } = useI18n();
  const session = useSession();
  const [dialog, confirmRestore] = useConfirmRestore();
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<AppError>();
  const { backupSequence, backupAt } = error.params ?? {};
  const number = Number(backupSequence);
  if (!OFFERED.has(error.code) || !backupAt || !Number.isInteger(number) || number < 1) return null;
  const at = formatDateTime(backupAt);
  const restore = async () => {
    if (!(await confirmRestore(number, at))) return;
    setRestoring(true);
    const result = await api.backups.restore({ sequence: number });
    setRestoring(false);
    if (result.ok) session?.refresh();
    else setFailure(result.error);
  };
  return (
    <>
      <button type="button" className="secondary" disabled={restoring} onClick={() => void restore()}>
        {restoring ? t('security.backups.restoring', { number }) : t('security.backups.offer', { number, at })}
      </button>
      {failure ? <span> {tError(failure)}</span> : null}
      {dialog}
    </>
  );
}
