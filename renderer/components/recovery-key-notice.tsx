import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../shared/ipc/result';
import type { SessionStatus } from '../../shared/schemas/session';
import { api } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { ErrorBanner } from './error-banner';
import './passphrase.css';
import { KeyGroups, SheetFacts } from './recovery-sheet';

interface Props {
  recoveryKey: string;
  /** Once main has it that the key is kept (no reminder then), with the session as it now is. */
  onConfirmed: (status: SessionStatus) => void;
  /** Inside the app (a reissued key on the Accounts screen) rather than a screen of its own. */
  inline?: boolean;
}

/**
 * The recovery key, shown once (after set-up, or when an administrator reissues it); the
 * officer goes on only once they say it is kept, and main notes it. Until then (the screen
 * closed or reloaded first) administrators are reminded to issue a new one.
 */
export function RecoveryKeyNotice({ recoveryKey, onConfirmed, inline = false }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [kept, setKept] = useState(false);
  const [failure, setFailure] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const result = await api.session.recoveryKeyKept({});
    setBusy(false);
    // Refused (the disk is full): the key stays shown, and Continue can be tried again.
    if (result.ok) onConfirmed(result.value);
    else setFailure(result.error);
  };
  // The form that led here is gone: focus starts at this sheet's title, read first, then Print.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const sheet = (
    <section className="card lock-card recovery-sheet" aria-labelledby={`${id}-title`}>
      {inline ? (
        <h2 id={`${id}-title`} tabIndex={-1} ref={title}>
          {t('lock.recovery.title')}
        </h2>
      ) : (
        <h1 id={`${id}-title`} tabIndex={-1} ref={title}>
          {t('lock.recovery.title')}
        </h1>
      )}
      <p>{t('lock.recovery.intro')}</p>
      <output className="recovery-key" aria-label={t('lock.recoveryKey')} lang="en">
        <KeyGroups recoveryKey={recoveryKey} />
      </output>
      <SheetFacts />
      <div className="actions no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('lock.recovery.print')}
        </button>
      </div>
      <label className="choice no-print">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} />
        {t('lock.recovery.confirm')}
      </label>
      {failure ? <ErrorBanner error={failure} focus /> : null}
      <div className="actions no-print">
        <button type="button" disabled={!kept || busy} onClick={() => void confirm()}>
          {busy ? t('lock.working') : t('lock.recovery.continue')}
        </button>
      </div>
    </section>
  );
  return inline ? sheet : <main className="lock-screen">{sheet}</main>;
}
