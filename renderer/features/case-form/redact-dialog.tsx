import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { AppError } from '../../../shared/ipc/result';
import { RedactRequest, type CaseRecord } from '../../../shared/schemas/case';
import { ErrorBanner } from '../../components/error-banner';
import { ModalDialog } from '../../components/modal-dialog';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

const ReasonForm = RedactRequest.pick({ reason: true });

export interface RedactTarget {
  id: string;
  revision: number;
  path: string;
  /** The field as the officer reads it ("Suspect 2 › Arrest date"). */
  field: string;
}

/**
 * Asks an administrator why a value is removed from a summary's history, then has main replace
 * it by a note of who, when and why (logged). The summary as it is now does not change.
 */
export function RedactDialog({
  target,
  onDone,
  onCancel,
}: {
  target: RedactTarget;
  onDone: (record: CaseRecord) => void;
  onCancel: () => void;
}) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof ReasonForm>,
    unknown,
    z.output<typeof ReasonForm>
  >({ resolver: zodResolver(ReasonForm), defaultValues: { reason: '' } });
  const submit = handleSubmit(async ({ reason }) => {
    const result = await api.cases.redact({ id: target.id, revision: target.revision, path: target.path, reason });
    if (result.ok) onDone(result.value);
    else setError(result.error);
  });
  const reasonError = formState.errors.reason?.message;
  return (
    <ModalDialog
      title={t('history.redact.title', { field: target.field, revision: target.revision })}
      onClose={onCancel}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('history.redact.body')}</p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('history.redact.reason')}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            aria-invalid={reasonError ? true : undefined}
            {...register('reason')}
          />
          {reasonError ? (
            <p role="alert" className="field-error">
              {tMessage(reasonError)}
            </p>
          ) : null}
        </div>
        {error ? <ErrorBanner error={error} /> : null}
        <div className="actions">
          <button type="button" className="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="danger" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('lock.working') : t('history.redact.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
