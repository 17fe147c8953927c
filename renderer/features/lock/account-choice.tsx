import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { SignInChoice } from '../../../shared/schemas/accounts';
import { useI18n } from '../../lib/i18n';

interface Props {
  accounts: readonly SignInChoice[];
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}

/** "Who is working": the accounts that can sign in on this PC, as radio buttons (arrow keys move). */
export function AccountChoice({ accounts, registration, error }: Props) {
  const { t, tMessage } = useI18n();
  const id = useId();
  return (
    <fieldset className="choices account-choice" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('lock.signIn.who')}</legend>
      {accounts.map((account) => (
        <label key={account.id} className="choice">
          <input type="radio" value={account.id} aria-invalid={error ? true : undefined} {...registration} />
          {account.displayName}
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
