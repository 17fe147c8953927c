import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../lib/i18n';
import './passphrase.css';
import { KeyGroups, SheetFacts } from './recovery-sheet';

interface Props {
  recoveryKey: string;
  onConfirmed: () => void;
  /** Inside the app (a reissued key on the Accounts screen) rather than a screen of its own. */
  inline?: boolean;
}

/**
 * The recovery key, shown once (after set-up, or when an administrator reissues it); the
 * officer goes on only once they say it is kept.
 */
export function RecoveryKeyNotice({ recoveryKey, onConfirmed, inline = false }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [kept, setKept] = useState(false);
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
      <div className="actions no-print">
        <button type="button" disabled={!kept} onClick={onConfirmed}>
          {t('lock.recovery.continue')}
        </button>
      </div>
    </section>
  );
  return inline ? sheet : <main className="lock-screen">{sheet}</main>;
}
