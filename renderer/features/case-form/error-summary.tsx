import { useEffect, useRef } from 'react';
import { useFormContext, type FieldErrors } from 'react-hook-form';
import type { MessageKey } from '../../../shared/i18n/en';
import { isMessageKey } from '../../../shared/i18n/translate';
import type { AppError } from '../../../shared/ipc/result';
import { RestoreOffer } from '../../components/restore-offer';
import { useI18n } from '../../lib/i18n';
import { fieldId } from './field-helpers';

/** One error of the form: the field's path (`victims.0.age`) and its message key. */
export interface FormError {
  path: string;
  message: string;
}

/**
 * What react-hook-form keeps beside a field's own errors and that is not a field. Its `message`
 * and `type` are strings (passed over below as every non-object is): a field may be named
 * `type` (an exhibit's, an examination's), and its error must be listed like any other.
 */
const META = new Set(['types', 'ref', 'root']);

/** Every message in react-hook-form's errors, fields and whole groups (`victims`: add one), by path. */
export function formErrors(errors: FieldErrors, prefix = ''): FormError[] {
  const out: FormError[] = [];
  const node = errors as Record<string, unknown>;
  const own = (node.message ?? (node.root as { message?: unknown } | undefined)?.message) as unknown;
  if (prefix && typeof own === 'string') out.push({ path: prefix, message: own });
  for (const [key, child] of Object.entries(node)) {
    if (META.has(key) || child === null || typeof child !== 'object') continue;
    out.push(...formErrors(child as FieldErrors, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

/** In the order the fields stand on the page, so the list reads like the form. */
function inPageOrder(list: FormError[]): FormError[] {
  const at = (e: FormError) => document.getElementById(fieldId(e.path));
  return [...list].sort((a, b) => {
    const [x, y] = [at(a), at(b)];
    if (!x || !y || x === y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** Names a field by its path as the form labels it: `suspects.0.arrestDate` is "Suspect 1: Arrest date". */
export function useFieldName(): (path: string) => string {
  const { t } = useI18n();
  return (path) => {
    const parts = path.split('.');
    const names: string[] = [];
    parts.forEach((part, i) => {
      const next = parts[i + 1];
      if (/^\d+$/.test(part)) return;
      const field = `field.${part}`;
      if (next !== undefined && /^\d+$/.test(next)) {
        const what = isMessageKey(field) ? t(field as MessageKey) : part;
        names.push(t('case.form.item', { what, number: Number(next) + 1 }));
      } else if (part !== 'value') {
        const group = `group.${part}`;
        const key = i === parts.length - 1 && isMessageKey(group) ? group : field;
        names.push(isMessageKey(key) ? t(key as MessageKey) : part);
      }
    });
    return names.join(', ');
  };
}

/**
 * The GOV.UK error summary at the top of the form: "There is a problem", the reason main gave
 * for a refused save (a closed year, access refused, a full disk), and each field's error as a
 * link that moves focus to the field. Focus moves here on every failed Save (`focusKey`).
 */
export function ErrorSummary({ focusKey, serverError }: { focusKey: number; serverError?: AppError | undefined }) {
  const { t, tMessage, tError } = useI18n();
  const { formState } = useFormContext();
  const box = useRef<HTMLDivElement>(null);
  const nameOf = useFieldName();
  const errors = inPageOrder(formErrors(formState.errors));
  const shown = errors.length > 0 || serverError !== undefined;

  // Once per failed Save, as soon as the summary is drawn: react-hook-form may hand over the
  // errors a render after it reports the failure.
  const focused = useRef(0);
  useEffect(() => {
    if (focusKey > focused.current && box.current) {
      focused.current = focusKey;
      box.current.focus();
    }
  });

  if (!shown) return null;
  return (
    <div ref={box} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        {t('case.form.errors.title')}
      </h2>
      {serverError && !serverError.issues?.length ? (
        <p>
          {tError(serverError)} <RestoreOffer error={serverError} />
        </p>
      ) : null}
      {errors.length > 0 ? (
        <ul>
          {errors.map((error) => (
            <li key={error.path}>
              <a
                href={`#${fieldId(error.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(fieldId(error.path));
                  target?.focus();
                  // Its label too, not just the control.
                  target?.closest('.field, fieldset')?.scrollIntoView?.({ block: 'nearest' });
                }}
              >
                {t('case.form.errors.item', { field: nameOf(error.path), message: tMessage(error.message) })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
