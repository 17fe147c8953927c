import { useRef, type ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { LIMITS } from '../../../shared/schemas/fields';
import { useI18n } from '../../lib/i18n';
import { errorAt, fieldId } from './field-helpers';
import { useOfferUndo } from './undo-context';

interface RepeatGroupProps {
  /** Path of the array in the form, e.g. `suspects` or `exhibits.0.custody`. */
  name: string;
  /** Heading of the whole group, e.g. "Suspects". */
  title: string;
  /** Singular label of one row, e.g. "Suspect". */
  label: string;
  /** Values of a new, empty row. */
  empty: () => Record<string, unknown>;
  children: (prefix: string, index: number) => ReactNode;
}

/** The most rows each group takes (the schema's bounds, `LIMITS`), by the group's own name. */
const ROW_LIMITS: Record<string, number> = {
  victims: LIMITS.children,
  suspects: LIMITS.suspects,
  referralIds: LIMITS.referralIds,
  partnerAgencies: LIMITS.partnerAgencies,
  exhibits: LIMITS.exhibits,
  examinations: LIMITS.examinations,
  custody: LIMITS.custody,
  services: LIMITS.services,
  referrals: LIMITS.referrals,
};

/**
 * A repeat group (victims, suspects, exhibits, ...): each row is a fieldset named
 * "<label> <n>" with its own remove button, which offers Undo; the add button focuses the new row
 * (and is where the error summary's link to "add at least one" lands).
 */
export function RepeatGroup({ name, title, label, empty, children }: RepeatGroupProps) {
  const { t, tMessage } = useI18n();
  const { control, formState, getValues } = useFormContext();
  const { fields, append, remove, insert } = useFieldArray({ control, name });
  const offerUndo = useOfferUndo();
  const section = useRef<HTMLElement>(null);
  /** Removes a row with all it holds (an exhibit's custody chain too) and offers to put it back as it was. */
  const removeRow = (index: number) => {
    const kept = structuredClone(getValues(`${name}.${index}`) as Record<string, unknown>);
    const what = t('case.form.item', { what: label, number: index + 1 });
    remove(index);
    offerUndo({
      message: t('case.form.removed', { what }),
      label: t('case.form.undo.label', { what }),
      focus: true,
      // Tab from Undo goes back to the group: the row now in the removed one's place, else the add button.
      returnTo: () => rowStart(section.current, index) ?? document.getElementById(fieldId(name)),
      undo: () => insert(index, kept, { shouldFocus: true }),
    });
  };
  const error = errorAt(formState.errors, name);
  const id = fieldId(name);
  // At its bound the add button stays where focus and the error summary's link find it, and says why it adds nothing.
  const max = ROW_LIMITS[name.split('.').at(-1) ?? ''];
  const full = max !== undefined && fields.length >= max;
  return (
    <section
      ref={section}
      className="repeat"
      aria-labelledby={`${id}-title`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <h3 id={`${id}-title`} className="repeat-title">
        {title}
      </h3>
      {fields.length === 0 ? <p className="muted">{t('case.form.none')}</p> : null}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="repeat-row">
          <legend>{t('case.form.item', { what: label, number: index + 1 })}</legend>
          {children(`${name}.${index}`, index)}
          <button type="button" className="secondary" onClick={() => removeRow(index)}>
            {t('case.form.remove', { what: t('case.form.item', { what: label, number: index + 1 }) })}
          </button>
        </fieldset>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
      <button
        type="button"
        id={id}
        className="secondary"
        aria-disabled={full || undefined}
        // The error summary's link comes here: the group's message is read with the button.
        aria-describedby={[full ? `${id}-full` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        onClick={() => {
          if (!full) append(empty(), { shouldFocus: true });
        }}
      >
        {t('case.form.add', { what: label.toLowerCase() })}
      </button>
      {full ? (
        <p id={`${id}-full`} className="muted">
          {t('case.form.full', { count: max })}
        </p>
      ) : null}
    </section>
  );
}

/** The first control of the group's row at `index` (its own rows, not a nested group's), if there is that row. */
function rowStart(section: HTMLElement | null, index: number): HTMLElement | null {
  const row = section?.querySelectorAll<HTMLFieldSetElement>(':scope > fieldset.repeat-row')[index];
  return (
    row?.querySelector<HTMLElement>(':is(input, select, textarea, button):not(:disabled, [tabindex="-1"])') ?? null
  );
}
