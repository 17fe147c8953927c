import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { AppError } from '../../../shared/ipc/result';
import { LetterheadForm } from '../../../shared/schemas/settings';
import { ErrorBanner } from '../../components/error-banner';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useApiResult } from '../../lib/use-api-result';

type Field = keyof LetterheadForm;
const FIELDS: readonly { name: Field; multiline?: boolean; max: number }[] = [
  { name: 'unitName', max: 120 },
  { name: 'unitAddress', multiline: true, max: 300 },
  { name: 'directorName', max: 80 },
  { name: 'directorTitle', max: 120 },
];

function Form({ initial }: { initial: LetterheadForm }) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState } = useForm<z.input<typeof LetterheadForm>, unknown, LetterheadForm>({
    resolver: zodResolver(LetterheadForm),
    defaultValues: initial,
  });
  const submit = handleSubmit(async (letterhead) => {
    setSaved(false);
    const result = await api.settings.update(letterhead);
    setError(result.ok ? undefined : result.error);
    setSaved(result.ok);
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('letterhead.title')}</h2>
      <p className="muted">{t('letterhead.intro')}</p>
      {FIELDS.map(({ name, multiline, max }) => {
        const fieldError = formState.errors[name]?.message;
        const props = {
          id: `${id}-${name}`,
          'aria-invalid': fieldError ? true : undefined,
          // One more than allowed, so an overlong paste is refused with a message, not cut silently.
          maxLength: max + 1,
          ...register(name),
        };
        return (
          <div className="field" key={name}>
            <label htmlFor={`${id}-${name}`}>{t(`letterhead.${name}`)}</label>
            {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
            {fieldError ? (
              <p role="alert" className="field-error">
                {tMessage(fieldError)}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" disabled={formState.isSubmitting}>
        {t('letterhead.save')}
      </button>
      {saved ? (
        <p role="status" className="ok">
          {t('letterhead.saved')}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </form>
  );
}

/**
 * The printed annual report's letterhead: the unit's name and address and the director's name
 * and title, set once on this PC by a coordinator or an administrator (main checks the role).
 */
export function LetterheadSection() {
  const { value: settings, error } = useApiResult(() => api.settings.get({}), []);
  return (
    <section className="card letterhead-settings">
      {error ? <ErrorBanner error={error} /> : null}
      {settings ? (
        <Form
          initial={{
            unitName: settings.unitName,
            unitAddress: settings.unitAddress,
            directorName: settings.directorName,
            directorTitle: settings.directorTitle,
          }}
        />
      ) : null}
    </section>
  );
}
