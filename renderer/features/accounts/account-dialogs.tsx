import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { AppError, Result } from '../../../shared/ipc/result';
import type { Account } from '../../../shared/schemas/accounts';
import { ErrorBanner } from '../../components/error-banner';
import { ModalDialog } from '../../components/modal-dialog';
import { NewPassphraseFields } from '../../components/passphrase-field';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { accountError } from './account-error';
import { AccountFields } from './account-fields';
import { EditAccountForm, NewPassphraseForm } from './account-schemas';

interface Props {
  account: Account;
  onDone: (account: Account) => void;
  onCancel: () => void;
}

function Buttons({ busy, submit, onCancel }: { busy: boolean; submit: string; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" disabled={busy}>
        {busy ? t('lock.working') : submit}
      </button>
    </div>
  );
}

/** A new name, teams or role for an account. */
export function EditAccountDialog({ account, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<AppError>();
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof EditAccountForm>,
    unknown,
    z.output<typeof EditAccountForm>
  >({
    resolver: zodResolver(EditAccountForm),
    defaultValues: { displayName: account.displayName, teams: [...account.teams], role: account.role },
  });
  const submit = handleSubmit(async (values) => {
    const result = await api.accounts.update({ id: account.id, ...values });
    if (result.ok) onDone(result.value);
    else setError(accountError(result.error));
  });
  const errors = formState.errors;
  return (
    <ModalDialog title={t('accounts.edit.title', { name: account.displayName })} onClose={onCancel}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <AccountFields
          fields={{ displayName: register('displayName'), teams: register('teams'), role: register('role') }}
          errors={{
            displayName: errors.displayName?.message,
            teams: errors.teams?.message,
            role: errors.role?.message,
          }}
        />
        {error ? <ErrorBanner error={error} focus /> : null}
        <Buttons busy={formState.isSubmitting} submit={t('common.save')} onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}

/**
 * A new passphrase for an account: to enable it again, or for an officer who forgot theirs.
 * The administrator tells it to the officer in person.
 */
export function PassphraseDialog({ account, onDone, onCancel, purpose }: Props & { purpose: 'enable' | 'reset' }) {
  const { t } = useI18n();
  const [error, setError] = useState<AppError>();
  const { register, handleSubmit, formState, control } = useForm<
    z.input<typeof NewPassphraseForm>,
    unknown,
    z.output<typeof NewPassphraseForm>
  >({ resolver: zodResolver(NewPassphraseForm), defaultValues: { passphrase: '', repeat: '' } });
  const passphrase = useWatch({ control, name: 'passphrase' });
  const submit = handleSubmit(async ({ passphrase }) => {
    const request = { id: account.id, passphrase };
    const result: Result<Account> =
      purpose === 'enable' ? await api.accounts.enable(request) : await api.accounts.resetPassphrase(request);
    if (result.ok) onDone(result.value);
    else setError(accountError(result.error));
  });
  const name = account.displayName;
  return (
    <ModalDialog
      title={purpose === 'enable' ? t('accounts.enable.title', { name }) : t('accounts.reset.title', { name })}
      onClose={onCancel}
    >
      <p>{purpose === 'enable' ? t('accounts.enable.intro', { name }) : t('accounts.reset.intro', { name })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <NewPassphraseFields
          label={t('lock.newPassphrase')}
          againLabel={t('lock.newPassphraseAgain')}
          hint={t('accounts.passphrase.rules')}
          fields={{ first: register('passphrase'), again: register('repeat') }}
          errors={{ first: formState.errors.passphrase?.message, again: formState.errors.repeat?.message }}
          typed={passphrase}
        />
        {error ? <ErrorBanner error={error} focus /> : null}
        <Buttons
          busy={formState.isSubmitting}
          submit={purpose === 'enable' ? t('accounts.enable.submit') : t('accounts.reset.submit')}
          onCancel={onCancel}
        />
      </form>
    </ModalDialog>
  );
}
