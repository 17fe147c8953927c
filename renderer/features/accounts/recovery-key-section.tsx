import { useId, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import { useConfirm } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

/**
 * This PC's recovery key, issued again when it is lost or may have been seen: asked first (the
 * old one stops working at once); the new key is then shown once by the page.
 */
export function RecoveryKeySection({ onIssued }: { onIssued: (recoveryKey: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [dialog, ask] = useConfirm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const reissue = async () => {
    const yes = await ask({
      title: t('accounts.recovery.confirmTitle'),
      body: t('accounts.recovery.confirm'),
      confirm: t('accounts.recovery.issue'),
      cancel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    setBusy(true);
    const result = await api.accounts.reissueRecoveryKey({});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onIssued(result.value.recoveryKey);
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accounts.recovery.title')}</h2>
      <p className="hint">{t('accounts.recovery.intro')}</p>
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void reissue()}>
          {busy ? t('lock.working') : t('accounts.recovery.issue')}
        </button>
      </div>
      {error ? <ErrorBanner error={error} /> : null}
      {dialog}
    </section>
  );
}
