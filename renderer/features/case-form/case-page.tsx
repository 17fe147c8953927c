import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Team } from '../../../shared/domain/teams';
import type { AppError } from '../../../shared/ipc/result';
import type { CaseRecord } from '../../../shared/schemas/case';
import { useConfirm } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { useUndoNotice } from '../../components/undo-notice';
import { useRouter } from '../../lib/router';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { CaseForm } from './case-form';
import { HistoryPanel } from './history-panel';
import { emptyValues, toFormValues } from './team-defaults';
import { NewForInvestigation } from '../../components/new-for-investigation';
import { draftOverPrefill, usePrefillOverDraft } from './prefill-draft-choice';
import { draftOnTop } from './draft-on-top';
import { DraftNotice } from './draft-notice';
import { useClosedYear, useLoad, type Loaded } from './use-case-load';
import { holdDraft } from './use-draft';
import { usePrefill } from './use-prefill';

/**
 * New summary of a team, or an existing one to edit, with its history and the bin. Right after
 * a save the page shows the record the save answered (`saved`): nothing is asked again.
 */
export function CasePage({
  team,
  id,
  saved,
  investigationRef,
}: {
  team?: Team;
  id?: string;
  saved?: CaseRecord;
  /** "New summary for this investigation": the new form starts from its facts (`prefill.ts`). */
  investigationRef?: string;
}) {
  const { t, formatDateTime, digits } = useI18n();
  const { navigate } = useRouter();
  const [confirmDialog, ask] = useConfirm();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<AppError>();
  const draftKey = id ? `edit:${id}` : `new:${team ?? 'HIT'}`;
  // The save answered the record and discarded the draft; reloading (after a move to the bin) asks again.
  const [justSaved, setJustSaved] = useState(saved);
  // "Saved as …" until Save is pressed again: a refused save must not stand beside it.
  const [savedNews, setSavedNews] = useState(saved !== undefined);
  // After a save, focus goes to its confirmation: the officer hears the code it was given.
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justSaved && savedNews) confirmation.current?.focus();
  }, [justSaved, savedNews]);
  const [offerUndo, undoNotice] = useUndoNotice();
  // Undo of "Move to bin" says the summary is back, with focus there (its Undo button has gone).
  const [backFromBin, setBackFromBin] = useState<string>();
  const focusOnMount = useCallback((element: HTMLParagraphElement | null) => element?.focus(), []);
  const fetched = useLoad(draftKey, id, version, justSaved === undefined);
  const loaded: Loaded | undefined = useMemo(
    () => (justSaved ? { draft: null, record: justSaved } : fetched),
    [justSaved, fetched],
  );
  // A summary of a closed year opens read-only, saying who closed the year.
  const shown = loaded && !('error' in loaded) ? loaded.record : undefined;
  const closedBy = useClosedYear(
    shown && !shown.deletedAt ? Number(shown.summary.dateReported.slice(0, 4)) : undefined,
  );
  // Another team's summary (read within a shared investigation) opens read-only: main would refuse a change.
  const user = useSession()?.status.user;
  const otherTeam = shown && user && !user.teams.includes(shown.summary.team) ? shown.summary.team : undefined;
  const readOnly = closedBy !== undefined || otherTeam !== undefined;

  const carried = usePrefill(team ?? 'HIT', id ? undefined : investigationRef);

  // After a discard the button used is gone with the draft: focus goes to the page's title, not the page.
  // The page reloads first: the title gets focus once it is drawn again.
  const heading = useRef<HTMLHeadingElement>(null);
  const focusTitle = useRef(false);
  useEffect(() => {
    if (!focusTitle.current || !heading.current) return;
    focusTitle.current = false;
    heading.current.focus();
  });

  // Once the question's dialog has closed (a modal's page cannot take focus) and put focus back
  // where it was, which was nowhere. Stable: the question asked as the page opens is asked once.
  const focusHeading = useCallback(() => void setTimeout(() => heading.current?.focus()), []);

  /** Discards the draft, not asking (the officer chose to); a change typed just before is not kept after it. */
  const dropDraft = async () => {
    setBackFromBin(undefined);
    const release = await holdDraft(draftKey);
    const result = await api.drafts.discard({ key: draftKey }).catch((e: unknown) => {
      release(true);
      throw e;
    });
    release(!result.ok);
    if (result.ok) {
      focusTitle.current = true;
      setVersion((v) => v + 1);
    } else setError(result.error);
  };
  const keptDraft = loaded && !('error' in loaded) && !loaded.record ? loaded.draft : null;
  // Asked once the page is drawn (the question's dialog is part of it).
  const overDraft = usePrefillOverDraft(
    id || carried.loading ? undefined : draftOverPrefill(team ?? 'HIT', investigationRef, keptDraft),
    dropDraft,
    focusHeading,
  );

  // Worked out once per load: the form puts a new draft object back whenever it is given one.
  const { savedValues, restored } = useMemo(() => {
    const opened = loaded && !('error' in loaded) ? loaded : undefined;
    const summary = opened?.record;
    const values = summary ? toFormValues(summary.summary, digits) : undefined;
    const saved = summary && values ? { revision: summary.revision, values } : undefined;
    return {
      savedValues: values,
      restored: opened?.draft && !readOnly ? draftOnTop(opened.draft, saved) : undefined,
    };
  }, [loaded, readOnly, digits]);

  if (!loaded || carried.loading) return <p>{t('common.loading')}</p>;
  if ('error' in loaded) return <ErrorBanner error={loaded.error} />;
  const { record, draft } = loaded;
  const formTeam = record?.summary.team ?? team ?? 'HIT';
  const title = record
    ? t('case.form.title.edit', { code: record.caseCode })
    : t('case.form.title.new', { team: formTeam });

  const moveToBin = async () => {
    if (!record) return;
    const yes = await ask({
      title: t('case.form.delete.title'),
      body: t('case.form.delete.body'),
      confirm: t('case.form.delete'),
      cancel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    const result = await api.cases.delete({ id: record.id, expectedRevision: record.revision });
    if (!result.ok) return setError(result.error);
    setJustSaved(undefined);
    setBackFromBin(undefined);
    setVersion((v) => v + 1);
    const binned = result.value;
    offerUndo({
      message: t('case.form.deleted', { code: binned.caseCode }),
      label: t('case.form.undo.bin', { code: binned.caseCode }),
      focus: true,
      // The bin's own restore, as from the bin page: the summary comes back as it was.
      undo: async () => {
        const restored = await api.cases.restore({ id: binned.id, expectedRevision: binned.revision });
        if (!restored.ok) return setError(restored.error);
        setBackFromBin(binned.caseCode);
        setVersion((v) => v + 1);
      },
    });
  };

  const discardDraft = async () => {
    const yes = await ask({
      title: t('case.form.draftDiscard.title'),
      body: t('case.form.draftDiscard.body'),
      confirm: t('case.form.draftDiscard'),
      cancel: t('case.form.draftDiscard.keep'),
      danger: true,
    });
    if (yes) await dropDraft();
  };

  return (
    <div className="case-page">
      <div className="page-head">
        <h2 className="page-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        {record ? (
          <button
            type="button"
            className="link"
            onClick={() => void navigate({ name: 'investigation', investigationRef: record.summary.investigationRef })}
          >
            {t('case.form.openInvestigation', { ref: record.summary.investigationRef })}
          </button>
        ) : null}
        {record ? (
          <button
            type="button"
            className="secondary"
            onClick={() => void navigate({ name: 'print', doc: { kind: 'case', id: record.id } })}
          >
            {t('print.open')}
          </button>
        ) : null}
        {record && !record.deletedAt ? (
          <NewForInvestigation investigationRef={record.summary.investigationRef} team={record.summary.team} />
        ) : null}
      </div>
      {record ? (
        <p className="muted">
          {t('case.form.meta', {
            createdBy: record.createdBy || '—',
            createdAt: formatDateTime(record.createdAt),
            updatedBy: record.updatedBy || '—',
            updatedAt: formatDateTime(record.updatedAt),
            revision: record.revision,
          })}
        </p>
      ) : null}
      {justSaved && savedNews ? (
        <p role="status" className="ok" tabIndex={-1} ref={confirmation}>
          {t('case.form.saved', { code: justSaved.caseCode })}
        </p>
      ) : null}
      {backFromBin ? (
        <p role="status" className="ok" tabIndex={-1} ref={focusOnMount}>
          {t('case.form.restored', { code: backFromBin })}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
      {undoNotice}
      {record ? null : (overDraft.notice ?? carried.notice)}
      {draft && restored ? (
        <DraftNotice
          draft={draft}
          restored={restored}
          revision={record?.revision}
          onDiscard={() => void discardDraft()}
        />
      ) : null}
      {record && closedBy ? (
        <p className="banner banner-info" role="status">
          {t('case.form.closedYear', {
            year: record.summary.dateReported.slice(0, 4),
            by: closedBy.by,
            at: formatDateTime(closedBy.at),
          })}
        </p>
      ) : null}
      {record && otherTeam && !record.deletedAt ? (
        <p className="banner banner-info" role="status">
          {t('case.form.otherTeam', { team: otherTeam })}
        </p>
      ) : null}
      {record?.deletedAt ? (
        <p className="banner banner-error" role="status">
          {t('case.form.inBin')}
        </p>
      ) : (
        <CaseForm
          key={`${draftKey}#${version}#${readOnly ? 'read' : 'open'}`}
          readOnly={readOnly}
          team={formTeam}
          label={title}
          saved={savedValues ?? carried.apply(emptyValues(formTeam, digits))}
          draft={restored?.values}
          revision={record?.revision}
          draftKey={draftKey}
          isNew={record ? undefined : { carriedRef: investigationRef?.trim().toUpperCase() }}
          onSave={(summary) =>
            api.cases.save(
              record ? { id: record.id, expectedRevision: record.revision, summary, draftKey } : { summary, draftKey },
            )
          }
          onSaving={() => {
            setSavedNews(false);
            setBackFromBin(undefined);
          }}
          onSaved={(record) => {
            setSavedNews(true);
            void navigate({ name: 'edit', id: record.id, saved: record });
          }}
        />
      )}
      {record && !record.deletedAt && !readOnly ? (
        <div className="actions">
          <button type="button" className="danger" onClick={() => void moveToBin()}>
            {t('case.form.delete')}
          </button>
        </div>
      ) : null}
      {record ? (
        <HistoryPanel
          record={record}
          onRedacted={(updated) => void navigate({ name: 'edit', id: updated.id, saved: updated })}
        />
      ) : null}
      {confirmDialog}
      {overDraft.dialog}
    </div>
  );
}
