import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '../lib/i18n';
import { StrengthMeter } from './strength-meter';

interface Props {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  /** What the passphrase must be, under the field and read with it. */
  hint?: string;
  autoComplete: 'current-password' | 'new-password' | 'off';
  /** The recovery key is typed from paper, so it is shown as typed. */
  visible?: boolean;
  /** A new passphrase: what is typed so far, judged by the strength meter under the field. */
  strengthOf?: string;
}

/** A labelled secret field with its error beside it, and for a new passphrase its strength. */
export function PassphraseField({
  label,
  registration,
  error,
  hint,
  autoComplete,
  visible = false,
  strengthOf,
}: Props) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const meterId = `${id}-strength`;
  const spacesId = `${id}-spaces`;
  // Pasted with a space at an end (from a message or a document): it would be needed at every sign-in.
  const spaces = strengthOf !== undefined && /^\s|\s$/u.test(strengthOf);
  const describedBy =
    [
      hint ? hintId : undefined,
      strengthOf === undefined ? undefined : meterId,
      spaces ? spacesId : undefined,
      error ? errorId : undefined,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
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
      {strengthOf === undefined ? null : <StrengthMeter id={meterId} passphrase={strengthOf} />}
      {spaces ? (
        <p id={spacesId} className="field-warning">
          {t('lock.passphrase.spaces')}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
    </div>
  );
}

interface NewPassphraseProps {
  /** The first field's label and what the passphrase must be (shown under it). */
  label: string;
  againLabel: string;
  hint: string;
  fields: { first: UseFormRegisterReturn; again: UseFormRegisterReturn };
  errors: { first?: string | undefined; again?: string | undefined };
  /** What is typed in the first field so far, for the strength meter. */
  typed: string;
}

/**
 * A new passphrase typed twice: the first field with its rules and strength meter, the second
 * to catch a slip. Set-up, a new account, a new passphrase from an administrator, one's own
 * change and the recovery all ask it this one way.
 */
export function NewPassphraseFields({ label, againLabel, hint, fields, errors, typed }: NewPassphraseProps) {
  return (
    <>
      <PassphraseField
        label={label}
        registration={fields.first}
        error={errors.first}
        hint={hint}
        autoComplete="new-password"
        strengthOf={typed}
      />
      <PassphraseField
        label={againLabel}
        registration={fields.again}
        error={errors.again}
        autoComplete="new-password"
      />
    </>
  );
}
