import type { ReactNode } from 'react';
import { useConfirm } from './confirm-dialog';
import { useI18n } from '../lib/i18n';

/**
 * The question asked before backup `number` (taken `at`, already formatted) replaces the case
 * database: the same words on the security page and beside an error. Render `dialog`.
 */
export function useConfirmRestore(): [dialog: ReactNode, confirm: (number: number, at: string) => Promise<boolean>] {
  const { t } = useI18n();
  const [dialog, ask] = useConfirm();
  const confirm = (number: number, at: string) =>
    ask({
      title: t('security.backups.confirmTitle', { number }),
      body: t('security.backups.confirm', { number, at }),
      confirm: t('security.backups.restore'),
      cancel: t('common.cancel'),
      // What was saved since the backup leaves the app: Enter pressed by habit keeps it.
      danger: true,
    });
  return [dialog, confirm];
}
