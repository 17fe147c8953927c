import { useId, useState } from 'react';
import type { AppError, Result } from '../../../shared/ipc/result';
import { useConfirm } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';

interface KeyActionProps {
  title: string;
  intro: string;
  /** The button, and the confirmation's own. */
  action: string;
  /** Said while main works. */
  working: string;
  confirm: { title: string; body: string };
  /** The call; it answers the new recovery key. */
  run: () => Promise<Result<{ recoveryKey: string }>>;
  onIssued: (recoveryKey: string) => void;
}

/**
 * A card whose one action changes a key and issues a new recovery key (issuing it again, or
 * changing the data key): asked first, since the old recovery key stops working at once; the
 * new key is then shown once by the page.
 */
export function KeyActionSection({ title, intro, action, working, confirm, run, onIssued }: KeyActionProps) {
  const { t } = useI18n();
  const id = useId();
  const [dialog, ask] = useConfirm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const act = async () => {
    const yes = await ask({ ...confirm, confirm: action, cancel: t('common.cancel'), danger: true });
    if (!yes) return;
    setBusy(true);
    const result = await run();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onIssued(result.value.recoveryKey);
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="hint">{intro}</p>
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void act()}>
          {busy ? working : action}
        </button>
      </div>
      {busy ? <p role="status">{working}</p> : null}
      {error ? <ErrorBanner error={error} focus /> : null}
      {dialog}
    </section>
  );
}
