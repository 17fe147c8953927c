import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { AppError } from '../../../shared/ipc/result';
import { SetupForm, type SessionStatus } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { PassphraseField } from './passphrase-field';

/** First run: the officer in charge chooses the passphrase that protects the data. */
export function SetupScreen({ onDone }: { onDone: (recoveryKey: string, status: SessionStatus) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();
  const { register, handleSubmit, formState } = useForm<z.input<typeof SetupForm>, unknown, z.output<typeof SetupForm>>(
    {
      resolver: zodResolver(SetupForm),
      defaultValues: { passphrase: '', repeat: '' },
    },
  );
  const submit = handleSubmit(async ({ passphrase }) => {
    const result = await api.session.setup({ passphrase });
    if (result.ok) onDone(result.value.recoveryKey, result.value.status);
    else setError(result.error);
  });
  return (
    <main className="lock-screen">
      <section className="card lock-card" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t('lock.setup.title')}</h1>
        <p>{t('lock.setup.intro')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
          <PassphraseField
            label={t('lock.passphrase')}
            registration={register('passphrase')}
            error={formState.errors.passphrase?.message}
            hintId={`${id}-rules`}
            autoComplete="new-password"
          />
          <p id={`${id}-rules`} className="hint">
            {t('lock.setup.rules')}
          </p>
          <PassphraseField
            label={t('lock.passphraseAgain')}
            registration={register('repeat')}
            error={formState.errors.repeat?.message}
            autoComplete="new-password"
          />
          <button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('lock.working') : t('lock.setup.submit')}
          </button>
        </form>
        {error ? <ErrorBanner error={error} /> : null}
      </section>
    </main>
  );
}
