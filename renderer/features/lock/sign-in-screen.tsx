import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { AppError, Result } from '../../../shared/ipc/result';
import { GivenPassphrase } from '../../../shared/schemas/passphrase';
import { RecoveryForm, type SessionStatus } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { NewPassphraseFields, PassphraseField } from '../../components/passphrase-field';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { AccountChoice } from './account-choice';
import { useWaits, type WaitScope } from './use-wait';

const SignInForm = z.strictObject({
  accountId: z.string({ error: 'v.choose' }).min(1, { message: 'v.choose' }),
  passphrase: GivenPassphrase,
});

interface Props {
  status: SessionStatus;
  lockedItself: boolean;
  /** Who was signed in before the lock, chosen again to save a step. */
  lastAccountId?: string | undefined;
  onSignedIn: (status: SessionStatus) => void;
}

/** Who is working and their passphrase; or, when it is forgotten, the PC's recovery key and a new one. */
export function SignInScreen({ status, lockedItself, lastAccountId, onSignedIn }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [error, setError] = useState<AppError>();
  const [waitFor, startWait] = useWaits(status);
  const accounts = status.accounts;
  const known = (accountId: string | undefined) => accounts.some((a) => a.id === accountId);
  const first = known(lastAccountId) ? lastAccountId : accounts.length === 1 ? accounts[0]?.id : undefined;

  const answered = (result: Result<SessionStatus>, accountId: string) => {
    if (result.ok) return onSignedIn(result.value);
    setError(result.error);
    const seconds = Number(result.error.params?.seconds ?? 0);
    // What the wait holds, as main said: the whole PC, the recovery key, or this account alone.
    const held = result.error.params?.scope;
    if (seconds > 0) startWait(held === 'pc' || held === 'recovery-key' ? held : { account: accountId }, seconds);
    // The button pressed was disabled while main checked: focus goes back to what is retyped.
    if (mode === 'passphrase') byPassphrase.setFocus('passphrase', { shouldSelect: true });
  };

  const byPassphrase = useForm<z.input<typeof SignInForm>, unknown, z.output<typeof SignInForm>>({
    resolver: zodResolver(SignInForm),
    defaultValues: { accountId: first ?? '', passphrase: '' },
  });
  const byRecovery = useForm<z.input<typeof RecoveryForm>, unknown, z.output<typeof RecoveryForm>>({
    resolver: zodResolver(RecoveryForm),
    defaultValues: { accountId: first ?? '', recoveryKey: '', newPassphrase: '', repeat: '' },
  });
  const newPassphrase = useWatch({ control: byRecovery.control, name: 'newPassphrase' });
  // The screen opens where the officer starts: the passphrase when the account is already chosen.
  const { setFocus } = byPassphrase;
  const startAt = first ? 'passphrase' : 'accountId';
  useEffect(() => setFocus(startAt), [setFocus, startAt]);
  const signIn = byPassphrase.handleSubmit(async (v) => answered(await api.session.unlock(v), v.accountId));
  const recover = byRecovery.handleSubmit(async (v) =>
    answered(
      await api.session.unlockWithRecovery({
        accountId: v.accountId,
        recoveryKey: v.recoveryKey,
        newPassphrase: v.newPassphrase,
      }),
      v.accountId,
    ),
  );
  // The wait of the account chosen (each officer's wrong passphrases hold that officer alone), or the recovery key's.
  const chosen = useWatch({ control: byPassphrase.control, name: 'accountId' });
  const scope: WaitScope = mode === 'recovery' ? 'recovery-key' : { account: chosen };
  const wait = waitFor(scope);
  const busy = byPassphrase.formState.isSubmitting || byRecovery.formState.isSubmitting;
  const switchTo = (next: 'passphrase' | 'recovery') => {
    setError(undefined);
    // The account chosen in one form stays chosen in the other.
    if (next === 'recovery') byRecovery.setValue('accountId', byPassphrase.getValues('accountId'));
    else byPassphrase.setValue('accountId', byRecovery.getValues('accountId'));
    setMode(next);
  };
  const errors = byRecovery.formState.errors;

  return (
    <main className="lock-screen">
      <section className="card lock-card" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t('lock.signIn.title')}</h1>
        {lockedItself ? <p className="banner banner-info">{t('lock.locked')}</p> : null}
        {accounts.length === 0 ? <p className="banner banner-error">{t('lock.signIn.noAccounts')}</p> : null}
        {mode === 'passphrase' ? (
          <form onSubmit={(e) => void signIn(e)} noValidate aria-labelledby={`${id}-title`}>
            <AccountChoice
              accounts={accounts}
              // Another officer steps up: the last one's wrong passphrase and its wait are not theirs.
              registration={byPassphrase.register('accountId', { onChange: () => setError(undefined) })}
              error={byPassphrase.formState.errors.accountId?.message}
            />
            <PassphraseField
              label={t('lock.passphrase')}
              registration={byPassphrase.register('passphrase')}
              error={byPassphrase.formState.errors.passphrase?.message}
              autoComplete="current-password"
            />
            <button type="submit" disabled={busy || wait > 0}>
              {busy ? t('lock.working') : t('lock.signIn.submit')}
            </button>
          </form>
        ) : (
          <form onSubmit={(e) => void recover(e)} noValidate aria-label={t('lock.signIn.useRecovery')}>
            <p className="hint">{t('lock.signIn.recoveryIntro')}</p>
            <AccountChoice
              accounts={accounts}
              registration={byRecovery.register('accountId', { onChange: () => setError(undefined) })}
              error={errors.accountId?.message}
            />
            <PassphraseField
              label={t('lock.recoveryKey')}
              registration={byRecovery.register('recoveryKey')}
              error={errors.recoveryKey?.message}
              autoComplete="off"
              visible
            />
            <NewPassphraseFields
              label={t('lock.newPassphrase')}
              againLabel={t('lock.newPassphraseAgain')}
              hint={t('lock.setup.rules')}
              fields={{ first: byRecovery.register('newPassphrase'), again: byRecovery.register('repeat') }}
              errors={{ first: errors.newPassphrase?.message, again: errors.repeat?.message }}
              typed={newPassphrase}
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
          {mode === 'passphrase' ? t('lock.signIn.useRecovery') : t('lock.unlock.usePassphrase')}
        </button>
      </section>
    </main>
  );
}
