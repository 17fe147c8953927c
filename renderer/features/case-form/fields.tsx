import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { MessageKey } from '../../../shared/i18n/en';
import { useI18n } from '../../lib/i18n';
import { errorAt, fieldId } from './field-helpers';

interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  optional?: boolean | undefined;
}

/** Label, control, hint and the error beside it, tied together for screen readers. */
function FieldFrame({ name, label, hint, optional, children }: FieldProps & { children: (aria: Aria) => ReactNode }) {
  const { t, tMessage } = useI18n();
  const { formState } = useFormContext();
  const error = errorAt(formState.errors, name);
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> {t('case.form.optional')}</span> : null}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
    </div>
  );
}

interface Aria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** From this share of its limit on, a text field shows how many characters it holds. */
const COUNT_FROM = 0.8;

/**
 * How many characters a field holds against its limit, once near it: typing or pasting past the
 * limit is never cut short (the schema's message says what to shorten); the count is announced
 * politely, so a screen reader hears it without losing its place.
 */
function LengthCounter({ name, max }: { name: string; max: number }) {
  const { t, formatNumber } = useI18n();
  const value: unknown = useWatch({ name });
  const length = typeof value === 'string' ? [...value.trim()].length : 0;
  if (length < max * COUNT_FROM) return null;
  const over = length - max;
  return (
    <p id={`${fieldId(name)}-count`} className={over > 0 ? 'hint count over' : 'hint count'} aria-live="polite">
      {over > 0
        ? t('case.form.count.over', { count: formatNumber(length), max: formatNumber(max), over: formatNumber(over) })
        : t('case.form.count', { count: formatNumber(length), max: formatNumber(max) })}
    </p>
  );
}

export function TextField(props: FieldProps & { multiline?: boolean; maxLength?: number }) {
  const { register } = useFormContext();
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <>
          {props.multiline ? (
            <textarea rows={6} {...aria} {...register(props.name)} />
          ) : (
            <input autoComplete="off" {...aria} {...register(props.name)} />
          )}
          {props.maxLength ? <LengthCounter name={props.name} max={props.maxLength} /> : null}
        </>
      )}
    </FieldFrame>
  );
}

/** Whole numbers; `inputMode` brings up digits, and Khmer digits are accepted by the schema. */
export function NumberField(props: FieldProps) {
  const { register } = useFormContext();
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <input inputMode="numeric" autoComplete="off" className="narrow" {...aria} {...register(props.name)} />
      )}
    </FieldFrame>
  );
}

/** A text field for dates as day/month/year (Khmer digits accepted); stored as ISO. */
export function DateField(props: FieldProps) {
  const { t } = useI18n();
  const { register } = useFormContext();
  return (
    <FieldFrame {...props} hint={props.hint ?? t('case.form.dateHint')}>
      {(aria) => (
        <input
          autoComplete="off"
          placeholder={t('case.form.datePlaceholder')}
          className="narrow"
          {...aria}
          {...register(props.name)}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const { t } = useI18n();
  const { register } = useFormContext();
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <select {...aria} {...register(props.name)}>
          <option value="">{t('case.form.choose')}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({ name, label }: { name: string; label: string }) {
  const { register } = useFormContext();
  const { tMessage } = useI18n();
  const { formState } = useFormContext();
  const error = errorAt(formState.errors, name);
  const id = fieldId(name);
  return (
    <div className="field checkbox">
      <input
        type="checkbox"
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(name)}
      />
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
    </div>
  );
}

/** Several choices from a list, as a group of checkboxes (keyboard: Tab and Space). */
export function ChoiceGroup({
  name,
  legend,
  options,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
}) {
  const { register, formState } = useFormContext();
  const { tMessage } = useI18n();
  const error = errorAt(formState.errors, name);
  const id = fieldId(name);
  return (
    <fieldset
      className="choices"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="choice-grid">
        {options.map((o, i) => (
          <label key={o.value} className="choice">
            <input type="checkbox" value={o.value} id={i === 0 ? id : undefined} {...register(name)} /> {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Options for a fixed list, labelled through the catalogue (`offence.<code>` ...). */
export function useOptions(prefix: string, values: readonly string[]) {
  const { t } = useI18n();
  return values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
}
