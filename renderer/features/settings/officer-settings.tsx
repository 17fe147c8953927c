import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Settings } from '../../../shared/schemas/settings';
import type { AppError } from '../../../shared/ipc/result';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';

const OfficerForm = Settings.pick({ officerName: true });

/** The officer's name, stamped on every save until user accounts exist. */
export function OfficerSettings({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof OfficerForm>,
    unknown,
    z.output<typeof OfficerForm>
  >({
    resolver: zodResolver(OfficerForm),
    defaultValues: { officerName: settings.officerName },
  });

  const submit = handleSubmit(async (values) => {
    setSaved(false);
    const result = await api.settings.update(values);
    if (result.ok) {
      setError(undefined);
      setSaved(true);
      onSaved(result.value);
    } else setError(result.error);
  });

  const fieldError = formState.errors.officerName?.message;
  return (
    <form className="officer" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-name`}>{t('settings.officerName')}</label>
      <div className="row">
        <input
          id={`${id}-name`}
          autoComplete="off"
          aria-invalid={fieldError ? true : undefined}
          {...register('officerName')}
        />
        <button type="submit">{t('common.save')}</button>
      </div>
      {fieldError ? (
        <p role="alert" className="field-error">
          {tMessage(fieldError)}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="ok">
          {t('settings.saved')}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </form>
  );
}
