import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Team } from '../../../shared/domain/teams';
import type { Draft } from '../../../shared/schemas/draft';
import { useConfirm } from '../../components/confirm-dialog';
import { useI18n } from '../../lib/i18n';

const normalRef = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : '');

/**
 * "New summary for this investigation" while a draft of a new summary of the same team is kept
 * for another reference: the draft key is the team's, so the draft would silently take the place
 * of the investigation's facts. The draft is shown (nothing typed is lost unasked) and the officer
 * is asked at once whether to keep it or start from the investigation; "Keep my draft" has focus.
 * Kept, a notice says so and offers to start from the investigation after all.
 *
 * `conflict` is undefined when there is nothing to choose; `onStart` discards the draft and draws
 * the form from the investigation. `onKept` is told when the question asked as the page opened is
 * answered "Keep my draft" (or Escape): nothing had focus before it, so the page puts it somewhere.
 */
export function usePrefillOverDraft(
  conflict: { team: Team; investigationRef: string; draft: Draft } | undefined,
  onStart: () => Promise<void>,
  onKept: () => void,
): { dialog: ReactNode; notice: ReactNode } {
  const { t, formatDateTime } = useI18n();
  const [dialog, ask] = useConfirm();
  const [busy, setBusy] = useState(false);
  const asked = useRef<string | undefined>(undefined);

  const choose = useCallback(
    async (opening = false) => {
      if (!conflict) return;
      const { team, investigationRef: ref, draft } = conflict;
      const start = await ask({
        title: t('case.prefill.draft.title', { ref }),
        body: t('case.prefill.draft.body', { team, ref, time: formatDateTime(draft.savedAt) }),
        confirm: t('case.prefill.draft.start', { ref }),
        cancel: t('case.prefill.draft.keep'),
        // Starting afresh discards the draft: the safe choice, keeping it, takes focus.
        danger: true,
      });
      if (!start) {
        // Asked from the notice, focus goes back to its button (the dialog's own way).
        if (opening) onKept();
        return;
      }
      setBusy(true);
      try {
        await onStart();
      } finally {
        setBusy(false);
      }
    },
    [conflict, ask, t, formatDateTime, onStart, onKept],
  );

  // Asked once per draft as the page opens; the notice below asks again on request.
  const mark = conflict ? `${conflict.draft.key}@${conflict.draft.savedAt}>${conflict.investigationRef}` : undefined;
  useEffect(() => {
    if (mark === undefined || asked.current === mark) return;
    asked.current = mark;
    void choose(true);
  }, [mark, choose]);

  const notice = conflict ? (
    <div className="banner banner-warning" role="status">
      {t('case.prefill.draft.kept', { ref: conflict.investigationRef })}{' '}
      <button type="button" className="secondary" disabled={busy} onClick={() => void choose()}>
        {t('case.prefill.draft.startInstead', { ref: conflict.investigationRef })}
      </button>
    </div>
  ) : null;
  return { dialog, notice };
}

/** The draft stands in the way of the investigation's facts when it is for another reference (or none yet). */
export function draftOverPrefill(
  team: Team,
  investigationRef: string | undefined,
  draft: Draft | null | undefined,
): { team: Team; investigationRef: string; draft: Draft } | undefined {
  if (investigationRef === undefined || !draft) return undefined;
  const ref = normalRef(investigationRef);
  return normalRef(draft.values.investigationRef) === ref ? undefined : { team, investigationRef: ref, draft };
}
