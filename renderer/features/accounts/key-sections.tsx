import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { KeyActionSection } from './key-action-section';

/** This PC's recovery key, issued again when it is lost or may have been seen. */
export function RecoveryKeySection({ onIssued }: { onIssued: (recoveryKey: string) => void }) {
  const { t } = useI18n();
  return (
    <KeyActionSection
      title={t('accounts.recovery.title')}
      intro={t('accounts.recovery.intro')}
      action={t('accounts.recovery.issue')}
      working={t('lock.working')}
      confirm={{ title: t('accounts.recovery.confirmTitle'), body: t('accounts.recovery.confirm') }}
      run={() => api.accounts.reissueRecoveryKey({})}
      onIssued={onIssued}
    />
  );
}

/**
 * The data key every row is sealed with, changed when a copy of the data may have left the
 * office with a passphrase: main seals everything again under a new key (every passphrase keeps
 * opening it), issues a new recovery key and takes a backup under the new key.
 */
export function DataKeySection({ onIssued }: { onIssued: (recoveryKey: string) => void }) {
  const { t } = useI18n();
  return (
    <KeyActionSection
      title={t('accounts.dataKey.title')}
      intro={t('accounts.dataKey.intro')}
      action={t('accounts.dataKey.change')}
      working={t('accounts.dataKey.working')}
      confirm={{ title: t('accounts.dataKey.confirmTitle'), body: t('accounts.dataKey.confirm') }}
      run={() => api.accounts.rotateKey({})}
      onIssued={onIssued}
    />
  );
}
