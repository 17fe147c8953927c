import { useState, type KeyboardEvent, type ReactNode } from 'react';
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
        <p id={`${id}-error`} className="field-error">
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
        <p id={`${id}-error`} className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
    </div>
  );
}

const NEXT: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The next choice after `from` whose label starts with the letter typed (as a list box does). */
function startingWith(options: readonly { label: string }[], key: string, from: number): number | undefined {
  if ([...key].length !== 1 || key === ' ') return undefined;
  const letter = key.toLocaleLowerCase();
  for (let step = 1; step <= options.length; step++) {
    const i = (from + step) % options.length;
    if (options[i]?.label.toLocaleLowerCase().startsWith(letter)) return i;
  }
  return undefined;
}

/**
 * Several choices from a list, as one group of checkboxes with a single tab stop (a roving
 * tabindex): Tab enters the group at the first ticked choice (or the one last focused), the
 * arrow keys, Home, End and a label's first letter move between the choices, Space ticks one,
 * and Tab leaves the group. Fourteen offences cost one Tab instead of fourteen.
 */
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
  const { t, tMessage } = useI18n();
  const ticked: unknown = useWatch({ name });
  const [active, setActive] = useState<number>();
  const error = errorAt(formState.errors, name);
  const id = fieldId(name);
  const firstTicked = options.findIndex((o) => Array.isArray(ticked) && ticked.includes(o.value));
  const stop = active ?? Math.max(firstTicked, 0);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const from = boxes.indexOf(event.target as HTMLInputElement);
    if (from < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const to = NEXT[event.key]?.(from, boxes.length) ?? startingWith(options, event.key, from);
    if (to === undefined) return;
    event.preventDefault();
    setActive(to);
    boxes[to]?.focus();
  };
  return (
    <fieldset
      className="choices"
      data-roving=""
      data-typeahead=""
      aria-describedby={[`${id}-keys`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <p id={`${id}-keys`} className="hint">
        {t('case.form.choices.hint')}
      </p>
      <div className="choice-grid" onKeyDown={onKeyDown}>
        {options.map((o, i) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              value={o.value}
              id={i === 0 ? id : undefined}
              // Each box is read with the group's message (the error summary's link comes to the first).
              aria-describedby={error ? `${id}-error` : undefined}
              {...register(name)}
              tabIndex={i === stop ? 0 : -1}
              onFocus={() => setActive(i)}
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
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
