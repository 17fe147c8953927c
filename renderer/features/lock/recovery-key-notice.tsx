import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n';

/** The recovery key, shown once after set-up; the app opens only once the officer says it is kept. */
export function RecoveryKeyNotice({ recoveryKey, onConfirmed }: { recoveryKey: string; onConfirmed: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [kept, setKept] = useState(false);
  return (
    <main className="lock-screen">
      <section className="card lock-card recovery-sheet" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t('lock.recovery.title')}</h1>
        <p>{t('lock.recovery.intro')}</p>
        <output className="recovery-key" aria-label={t('lock.recoveryKey')} lang="en">
          {recoveryKey}
        </output>
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
    </main>
  );
}
