import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { AppError } from '../../../shared/ipc/result';
import { GivenPassphrase, RecoveryForm, type SessionStatus } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { PassphraseField } from './passphrase-field';

const PassphraseForm = z.strictObject({ passphrase: GivenPassphrase });

interface Props {
  status: SessionStatus;
  lockedItself: boolean;
  onUnlocked: (status: SessionStatus) => void;
}

/** Seconds left before main takes another attempt, counted down on screen. */
function useWait(initialSeconds: number): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(() => Date.now() + initialSeconds * 1000);
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left <= 0) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [left]);
  const start = (seconds: number) => {
    setNow(Date.now());
    setUntil(Date.now() + seconds * 1000);
  };
  return [left, start];
}

/** The passphrase (or, when forgotten, the recovery key and a new passphrase) opens the data. */
export function UnlockScreen({ status, lockedItself, onUnlocked }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [error, setError] = useState<AppError>();
  const [wait, startWait] = useWait(status.waitSeconds);

  const answered = (result: Awaited<ReturnType<typeof api.session.unlock>>) => {
    if (result.ok) return onUnlocked(result.value);
    setError(result.error);
    const seconds = Number(result.error.params?.seconds ?? 0);
    if (seconds > 0) startWait(seconds);
  };

  const byPassphrase = useForm<z.input<typeof PassphraseForm>, unknown, z.output<typeof PassphraseForm>>({
    resolver: zodResolver(PassphraseForm),
    defaultValues: { passphrase: '' },
  });
  const byRecovery = useForm<z.input<typeof RecoveryForm>, unknown, z.output<typeof RecoveryForm>>({
    resolver: zodResolver(RecoveryForm),
    defaultValues: { recoveryKey: '', newPassphrase: '', repeat: '' },
  });
  const unlock = byPassphrase.handleSubmit(async (v) => answered(await api.session.unlock(v)));
  const recover = byRecovery.handleSubmit(async (v) =>
    answered(await api.session.unlockWithRecovery({ recoveryKey: v.recoveryKey, newPassphrase: v.newPassphrase })),
  );
  const busy = byPassphrase.formState.isSubmitting || byRecovery.formState.isSubmitting;
  const switchTo = (next: 'passphrase' | 'recovery') => {
    setError(undefined);
    setMode(next);
  };
  const errors = byRecovery.formState.errors;

  return (
    <main className="lock-screen">
      <section className="card lock-card" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t('lock.unlock.title')}</h1>
        {lockedItself ? <p className="banner banner-info">{t('lock.locked')}</p> : null}
        <p>{t('lock.unlock.intro')}</p>
        {mode === 'passphrase' ? (
          <form onSubmit={(e) => void unlock(e)} noValidate aria-labelledby={`${id}-title`}>
            <PassphraseField
              label={t('lock.passphrase')}
              registration={byPassphrase.register('passphrase')}
              error={byPassphrase.formState.errors.passphrase?.message}
              autoComplete="current-password"
            />
            <button type="submit" disabled={busy || wait > 0}>
              {busy ? t('lock.working') : t('lock.unlock.submit')}
            </button>
          </form>
        ) : (
          <form onSubmit={(e) => void recover(e)} noValidate aria-label={t('lock.unlock.useRecovery')}>
            <PassphraseField
              label={t('lock.recoveryKey')}
              registration={byRecovery.register('recoveryKey')}
              error={errors.recoveryKey?.message}
              autoComplete="off"
              visible
            />
            <PassphraseField
              label={t('lock.newPassphrase')}
              registration={byRecovery.register('newPassphrase')}
              error={errors.newPassphrase?.message}
              hintId={`${id}-rules`}
              autoComplete="new-password"
            />
            <p id={`${id}-rules`} className="hint">
              {t('lock.setup.rules')}
            </p>
            <PassphraseField
              label={t('lock.newPassphraseAgain')}
              registration={byRecovery.register('repeat')}
              error={errors.repeat?.message}
              autoComplete="new-password"
            />
            <button type="submit" disabled={busy || wait > 0}>
              {busy ? t('lock.working') : t('lock.recovery.submit')}
            </button>
          </form>
        )}
        {error ? <ErrorBanner error={error} /> : null}
        {wait > 0 ? (
          <p role="status" className="hint">
            {t('lock.unlock.wait', { seconds: wait })}
          </p>
        ) : null}
        <button
          type="button"
          className="link"
          onClick={() => switchTo(mode === 'passphrase' ? 'recovery' : 'passphrase')}
        >
          {mode === 'passphrase' ? t('lock.unlock.useRecovery') : t('lock.unlock.usePassphrase')}
        </button>
      </section>
    </main>
  );
}
