import { useId, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import { useConfirm } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

/**
 * The data key every row is sealed with, changed when a copy of the data may have left the
 * office with a passphrase: asked first; main seals everything again under a new key (every
 * passphrase keeps opening it), issues a new recovery key, shown once by the page, and takes a
 * backup under the new key.
 */
export function DataKeySection({ onIssued }: { onIssued: (recoveryKey: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [dialog, ask] = useConfirm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const rotate = async () => {
    const yes = await ask({
      title: t('accounts.dataKey.confirmTitle'),
      body: t('accounts.dataKey.confirm'),
      confirm: t('accounts.dataKey.change'),
      cancel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    setBusy(true);
    const result = await api.accounts.rotateKey({});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onIssued(result.value.recoveryKey);
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accounts.dataKey.title')}</h2>
      <p className="hint">{t('accounts.dataKey.intro')}</p>
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void rotate()}>
          {busy ? t('accounts.dataKey.working') : t('accounts.dataKey.change')}
        </button>
      </div>
      {busy ? <p role="status">{t('accounts.dataKey.working')}</p> : null}
      {error ? <ErrorBanner error={error} focus /> : null}
      {dialog}
    </section>
  );
}
