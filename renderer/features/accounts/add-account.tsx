import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { AppError } from '../../../shared/ipc/result';
import type { Account } from '../../../shared/schemas/accounts';
import { ErrorBanner } from '../../components/error-banner';
import { NewPassphraseFields } from '../../components/passphrase-field';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { AccountFields } from './account-fields';
import { AddAccountForm } from './account-schemas';

type Values = z.input<typeof AddAccountForm>;
// No team is ticked: the administrator says which teams the officer works for.
const empty = (): Values => ({ displayName: '', teams: [], role: 'officer', passphrase: '', repeat: '' });

/**
 * A new officer's account: name, teams, role and a first passphrase they are told in person.
 * Each press of Add starts afresh: what an earlier one was told (refused, or added) goes.
 */
export function AddAccount({ onAdded, onAttempt }: { onAdded: (account: Account) => void; onAttempt: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();
  const { register, handleSubmit, formState, control, reset } = useForm<
    Values,
    unknown,
    z.output<typeof AddAccountForm>
  >({
    resolver: zodResolver(AddAccountForm),
    defaultValues: empty(),
  });
  const passphrase = useWatch({ control, name: 'passphrase' });
  const submit = handleSubmit(async ({ displayName, teams, role, passphrase }) => {
    const result = await api.accounts.add({ displayName, teams, role, passphrase });
    if (!result.ok) return setError(result.error);
    setError(undefined);
    reset(empty());
    onAdded(result.value);
  });
  const errors = formState.errors;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accounts.add.title')}</h2>
      <form
        className="account-form"
        onSubmit={(e) => {
          setError(undefined);
          onAttempt();
          void submit(e);
        }}
        noValidate
        aria-labelledby={`${id}-title`}
      >
        <AccountFields
          fields={{ displayName: register('displayName'), teams: register('teams'), role: register('role') }}
          errors={{
            displayName: errors.displayName?.message,
            teams: errors.teams?.message,
            role: errors.role?.message,
          }}
        />
        <NewPassphraseFields
          label={t('accounts.firstPassphrase')}
          againLabel={t('lock.passphraseAgain')}
          hint={t('accounts.passphrase.rules')}
          fields={{ first: register('passphrase'), again: register('repeat') }}
          errors={{ first: errors.passphrase?.message, again: errors.repeat?.message }}
          typed={passphrase}
        />
        <div className="actions">
          <button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('lock.working') : t('accounts.add.submit')}
          </button>
        </div>
      </form>
      {error ? <ErrorBanner error={error} /> : null}
    </section>
  );
}
