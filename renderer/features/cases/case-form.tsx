import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { TEAMS } from '../../../shared/domain/teams';
import type { AppError } from '../../../shared/ipc/result';
import { CaseInput, type CaseRecord } from '../../../shared/schemas/case';
import { ErrorBanner } from '../../app/error-banner';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';

type FormIn = z.input<typeof CaseInput>;
type FormOut = z.output<typeof CaseInput>;

const EMPTY: FormIn = { investigationRef: '', team: '' as FormIn['team'], dateReported: '' };

/** Enter a case summary; the schema that checks it here checks it again in main. */
export function CaseForm({ onSaved }: { onSaved: (record: CaseRecord) => void }) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const [serverError, setServerError] = useState<AppError>();
  const [savedRef, setSavedRef] = useState<string>();
  const { register, handleSubmit, formState, reset, setError } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(CaseInput),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (summary) => {
    setSavedRef(undefined);
    const result = await api.cases.save({ summary });
    if (!result.ok) {
      setServerError(result.error);
      for (const issue of result.error.issues ?? []) {
        const path = issue.path.replace(/^summary\./, '');
        setError(path as FieldPath<FormIn>, { message: issue.message });
      }
      return;
    }
    setServerError(undefined);
    setSavedRef(result.value.investigationRef);
    reset(EMPTY);
    onSaved(result.value);
  });

  const fieldError = (name: keyof FormIn) => {
    const message = errors[name]?.message;
    return message ? (
      <p id={`${id}-${name}-error`} role="alert" className="field-error">
        {tMessage(message)}
      </p>
    ) : null;
  };
  const describedBy = (name: keyof FormIn, hint = false) =>
    [hint ? `${id}-${name}-hint` : '', errors[name] ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form className="card case-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('case.form.title.new')}</h2>

      <div className="field">
        <label htmlFor={`${id}-investigationRef`}>{t('case.field.investigationRef')}</label>
        <input
          id={`${id}-investigationRef`}
          autoComplete="off"
          aria-invalid={errors.investigationRef ? true : undefined}
          aria-describedby={describedBy('investigationRef', true)}
          {...register('investigationRef')}
        />
        <p id={`${id}-investigationRef-hint`} className="hint">{t('case.field.investigationRef.hint')}</p>
        {fieldError('investigationRef')}
      </div>

      <div className="field">
        <label htmlFor={`${id}-team`}>{t('case.field.team')}</label>
        <select
          id={`${id}-team`}
          aria-invalid={errors.team ? true : undefined}
          aria-describedby={describedBy('team')}
          {...register('team')}
        >
          <option value="">{t('case.field.team.choose')}</option>
          {TEAMS.map((team) => (
            <option key={team} value={team}>{t(`team.${team}`)}</option>
          ))}
        </select>
        {fieldError('team')}
      </div>

      <div className="field">
        <label htmlFor={`${id}-dateReported`}>{t('case.field.dateReported')}</label>
        <input
          id={`${id}-dateReported`}
          type="date"
          aria-invalid={errors.dateReported ? true : undefined}
          aria-describedby={describedBy('dateReported')}
          {...register('dateReported')}
        />
        {fieldError('dateReported')}
      </div>

      <div className="actions">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('common.save')}
        </button>
      </div>
      {savedRef ? <p role="status" className="ok">{t('case.saved')}</p> : null}
      {serverError ? <ErrorBanner error={serverError} /> : null}
    </form>
  );
}
