import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { TEAMS } from '../../../shared/domain/teams';
import type { AppError } from '../../../shared/ipc/result';
import { SetupForm, type SessionStatus } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { NewPassphraseFields } from '../../components/passphrase-field';
import { TeamCheckboxes } from '../../components/team-checkboxes';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';

/** First run: the first administrator's name, teams and passphrase, which protect the data. */
export function SetupScreen({ onDone }: { onDone: (recoveryKey: string, status: SessionStatus) => void }) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();
  const { register, handleSubmit, formState, control } = useForm<
    z.input<typeof SetupForm>,
    unknown,
    z.output<typeof SetupForm>
  >({
    resolver: zodResolver(SetupForm),
    defaultValues: { displayName: '', teams: [...TEAMS], passphrase: '', repeat: '' },
  });
  const passphrase = useWatch({ control, name: 'passphrase' });
  const submit = handleSubmit(async ({ displayName, teams, passphrase }) => {
    const result = await api.session.setup({ displayName, teams, passphrase });
    if (result.ok) onDone(result.value.recoveryKey, result.value.status);
    else setError(result.error);
  });
  const errors = formState.errors;
  return (
    <main className="lock-screen">
      <section className="card lock-card" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t('lock.setup.title')}</h1>
        <p>{t('lock.setup.intro')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('account.displayName')}</label>
            <input
              id={`${id}-name`}
              autoComplete="name"
              aria-invalid={errors.displayName ? true : undefined}
              aria-describedby={`${id}-name-hint`}
              {...register('displayName')}
            />
            <p id={`${id}-name-hint`} className="hint">
              {t('account.displayName.hint')}
            </p>
            {errors.displayName?.message ? (
              <p role="alert" className="field-error">
                {tMessage(errors.displayName.message)}
              </p>
            ) : null}
          </div>
          <TeamCheckboxes legend={t('account.teams')} registration={register('teams')} error={errors.teams?.message} />
          <NewPassphraseFields
            label={t('lock.passphrase')}
            againLabel={t('lock.passphraseAgain')}
            hint={t('lock.setup.rules')}
            fields={{ first: register('passphrase'), again: register('repeat') }}
            errors={{ first: errors.passphrase?.message, again: errors.repeat?.message }}
            typed={passphrase}
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
