import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldPath } from 'react-hook-form';
import type { Team } from '../../../shared/domain/teams';
import type { AppError, Result } from '../../../shared/ipc/result';
import { CaseEntry, type CaseFormValues, type CaseInput, type CaseRecord } from '../../../shared/schemas/case';
import { useConfirm } from '../../components/confirm-dialog';
import { useUndoNotice } from '../../components/undo-notice';
import { useRouter } from '../../lib/router';
import { useI18n } from '../../lib/i18n';
import { CommonSection } from './common-section';
import { ErrorSummary } from './error-summary';
import { TeamSection } from './team-sections';
import { toFormValues } from './team-defaults';
import { UndoContext } from './undo-context';
import { holdDraft, useDraftAutosave } from './use-draft';

interface CaseFormProps {
  team: Team;
  /** The form's accessible name: the page title. */
  label: string;
  /** The saved state: a blank form or the stored summary as form values. */
  saved: Record<string, unknown>;
  /** A draft to put back on top of the saved state. */
  draft?: Record<string, unknown> | undefined;
  /** The saved summary's revision, for an open one: its drafts say what they were started from. */
  revision?: number | undefined;
  draftKey: string;
  onSave: (summary: CaseInput) => Promise<Result<CaseRecord>>;
  onSaved: (record: CaseRecord) => void;
  /** Each press of Save, before it is checked: what the last save said is no longer the news. */
  onSaving?: (() => void) | undefined;
  /** Shown, not edited: a summary of a closed year. */
  readOnly?: boolean;
  /**
   * A new summary, not yet saved: the reference typed is checked for a lead summary already
   * recorded. `carriedRef` is the one it was started from, which the page already warned about.
   */
  isNew?: { carriedRef?: string | undefined } | undefined;
}

/**
 * One team's summary form. The schema that checks it here (zodResolver) checks the save
 * request in the main process; server-side field errors are shown beside their fields too.
 * Saving also discards the form's draft, in the same call.
 */
export function CaseForm({
  team,
  label,
  saved,
  draft,
  revision,
  draftKey,
  onSave,
  onSaved,
  onSaving,
  readOnly = false,
  isNew,
}: CaseFormProps) {
  const { t, digits } = useI18n();
  const { setLeaveGuard } = useRouter();
  const [confirmDialog, ask] = useConfirm();
  const [serverError, setServerError] = useState<AppError>();
  const form = useForm<CaseFormValues, unknown, CaseInput>({
    resolver: zodResolver(CaseEntry),
    // A blank form holds values the schema refuses (empty choices); that is the point.
    defaultValues: saved as DefaultValues<CaseFormValues>,
    // Focus goes to the error summary at the top, which links to each field.
    shouldFocusError: false,
  });
  const { isDirty, isSubmitting } = form.formState;
  const draftState = useDraftAutosave(form, draftKey, revision === undefined ? undefined : { revision, values: saved });
  /** Raised on every failed Save: the error summary takes focus. */
  const [failedSaves, setFailedSaves] = useState(0);
  const [offerUndo, undoNotice] = useUndoNotice();

  // The draft as the page loaded it, put back once: the page opens the form afresh (a new key) for another load.
  const [kept] = useState(draft);
  useEffect(() => {
    if (kept) form.reset(kept as CaseFormValues, { keepDefaultValues: true });
  }, [kept, form]);

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

  const check = form.handleSubmit(
    async (summary) => {
      setServerError(undefined);
      // The save discards the draft in main; an autosave falling due meanwhile would bring it back.
      const release = await holdDraft(draftKey);
      const result = await onSave(summary).catch((e: unknown) => {
        release(true);
        throw e;
      });
      release(!result.ok);
      if (!result.ok) {
        // Refused by main (a closed year, access, a full disk, a field main checks): said at the top.
        setServerError(result.error);
        for (const issue of result.error.issues ?? []) {
          form.setError(issue.path.replace(/^summary\./, '') as FieldPath<CaseFormValues>, { message: issue.message });
        }
        setFailedSaves((n) => n + 1);
        return;
      }
      form.reset(toFormValues(result.value.summary, digits) as CaseFormValues);
      setLeaveGuard(undefined);
      onSaved(result.value);
    },
    () => {
      setServerError(undefined);
      setFailedSaves((n) => n + 1);
    },
  );

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    onSaving?.();
    return check(event);
  };

  return (
    <FormProvider {...form}>
      <form className="case-form" onSubmit={submit} noValidate aria-label={label}>
        <ErrorSummary focusKey={failedSaves} serverError={serverError} />
        {/* A closed year's summary: every field shown, none editable, nothing to save. */}
        <UndoContext.Provider value={offerUndo}>
          <fieldset className="plain" disabled={readOnly}>
            <CommonSection newFor={isNew && !readOnly ? { team, carriedRef: isNew.carriedRef } : undefined} />
            <TeamSection team={team} />
          </fieldset>
        </UndoContext.Provider>
        {readOnly ? null : (
          <div className="actions sticky">
            <button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t('common.saving') : t('common.save')}
            </button>
            <SaveState refused={serverError !== undefined} draft={draftState} dirty={isDirty} />
            {undoNotice}
          </div>
        )}
      </form>
      {confirmDialog}
    </FormProvider>
  );
}

/**
 * Beside Save: "Draft kept" only while it is true. A refused save says it was not saved (its
 * reason is at the top), and a draft that could not be kept (a full disk) says so.
 */
function SaveState({
  refused,
  draft,
  dirty,
}: {
  refused: boolean;
  draft: { savedAt?: string | undefined; failed: boolean };
  dirty: boolean;
}) {
  const { t } = useI18n();
  if (refused) return <span className="field-error">{t('case.form.notSaved')}</span>;
  if (draft.failed && dirty) return <span className="field-error">{t('case.form.draftNotKept')}</span>;
  if (draft.savedAt && dirty) return <span className="muted">{t('case.form.draftSaved')}</span>;
  return null;
}
