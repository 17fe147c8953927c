import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldPath } from 'react-hook-form';
import type { Team } from '../../../shared/domain/teams';
import type { AppError, Result } from '../../../shared/ipc/result';
import { CaseEntry, type CaseFormValues, type CaseInput, type CaseRecord } from '../../../shared/schemas/case';
import { useConfirm } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { useRouter } from '../../lib/router';
import { useI18n } from '../../lib/i18n';
import { CommonSection } from './common-section';
import { TeamSection } from './team-sections';
import { toFormValues } from './team-defaults';
import { useDraftAutosave } from './use-draft';

interface CaseFormProps {
  team: Team;
  /** The form's accessible name: the page title. */
  label: string;
  /** The saved state: a blank form or the stored summary as form values. */
  saved: Record<string, unknown>;
  /** A draft to put back on top of the saved state. */
  draft?: Record<string, unknown> | undefined;
  draftKey: string;
  onSave: (summary: CaseInput) => Promise<Result<CaseRecord>>;
  onSaved: (record: CaseRecord) => void;
  /** Shown, not edited: a summary of a closed year. */
  readOnly?: boolean;
}

/**
 * One team's summary form. The schema that checks it here (zodResolver) checks the save
 * request in the main process; server-side field errors are shown beside their fields too.
 * Saving also discards the form's draft, in the same call.
 */
export function CaseForm({ team, label, saved, draft, draftKey, onSave, onSaved, readOnly = false }: CaseFormProps) {
  const { t } = useI18n();
  const { setLeaveGuard } = useRouter();
  const [confirmDialog, ask] = useConfirm();
  const [serverError, setServerError] = useState<AppError>();
  const form = useForm<CaseFormValues, unknown, CaseInput>({
    resolver: zodResolver(CaseEntry),
    // A blank form holds values the schema refuses (empty choices); that is the point.
    defaultValues: saved as DefaultValues<CaseFormValues>,
    shouldFocusError: true,
  });
  const { isDirty, isSubmitting, submitCount, isValid } = form.formState;
  const draftSavedAt = useDraftAutosave(form, draftKey);

  useEffect(() => {
    if (draft) form.reset(draft as CaseFormValues, { keepDefaultValues: true });
  }, [draft, form]);

  useEffect(() => {
    setLeaveGuard(
      isDirty
        ? () =>
            ask({
              title: t('case.form.leave.title'),
              body: t('case.form.leave.body'),
              confirm: t('case.form.leave.confirm'),
              cancel: t('case.form.leave.stay'),
            })
        : undefined,
    );
    return () => setLeaveGuard(undefined);
  }, [isDirty, ask, setLeaveGuard, t]);

  const submit = form.handleSubmit(async (summary) => {
    const result = await onSave(summary);
    if (!result.ok) {
      setServerError(result.error);
      for (const issue of result.error.issues ?? []) {
        form.setError(issue.path.replace(/^summary\./, '') as FieldPath<CaseFormValues>, { message: issue.message });
      }
      return;
    }
    setServerError(undefined);
    form.reset(toFormValues(result.value.summary) as CaseFormValues);
    setLeaveGuard(undefined);
    onSaved(result.value);
  });

  return (
    <FormProvider {...form}>
      <form className="case-form" onSubmit={submit} noValidate aria-label={label}>
        {submitCount > 0 && !isValid && !isSubmitting ? (
          <p className="banner banner-error">{t('case.form.errorsBelow')}</p>
        ) : null}
        {/* A closed year's summary: every field shown, none editable, nothing to save. */}
        <fieldset className="plain" disabled={readOnly}>
          <CommonSection />
          <TeamSection team={team} />
        </fieldset>
        {readOnly ? null : (
          <div className="actions sticky">
            <button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t('common.saving') : t('common.save')}
            </button>
            {draftSavedAt && isDirty ? <span className="muted">{t('case.form.draftSaved')}</span> : null}
          </div>
        )}
        {serverError ? <ErrorBanner error={serverError} /> : null}
      </form>
      {confirmDialog}
    </FormProvider>
  );
}
