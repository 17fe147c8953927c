import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '../../lib/i18n';

interface Props {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  /** Id of a hint (the passphrase rules) read with the field. */
  hintId?: string;
  autoComplete: 'current-password' | 'new-password' | 'off';
  /** The recovery key is typed from paper, so it is shown as typed. */
  visible?: boolean;
}

/** A labelled secret field with its error beside it. */
export function PassphraseField({ label, registration, error, hintId, autoComplete, visible = false }: Props) {
  const { tMessage } = useI18n();
  const id = useId();
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...registration}
      />
      {error ? (
        <p id={errorId} role="alert" className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
    </div>
  );
}
