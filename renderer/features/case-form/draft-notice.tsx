import { fieldLabel } from '../../../shared/domain/display';
import type { Draft } from '../../../shared/schemas/draft';
import { useI18n } from '../../lib/i18n';
import type { DraftOnTop } from './draft-on-top';

/**
 * A draft, if one was kept, announced so the officer knows what they are looking at: when the
 * summary was saved since the draft was started, which revision it came from and which fields
 * both changed.
 */
export function DraftNotice({
  draft,
  restored,
  revision,
  onDiscard,
}: {
  draft: Draft;
  restored: DraftOnTop;
  revision: number | undefined;
  onDiscard: () => void;
}) {
  const { t, formatDateTime, language, digits } = useI18n();
  const time = formatDateTime(draft.savedAt);
  const fields = restored.bothChanged.map((f) => fieldLabel(f, { language, digits })).join(', ');
  return (
    <div className="banner banner-info" role="status">
      {restored.startedOn === undefined
        ? t('case.form.draftRestored', { time })
        : t('case.form.draftOnNewer', { time, from: restored.startedOn, to: revision ?? '' })}{' '}
      {fields ? `${t('case.form.draftBothChanged', { fields })} ` : null}
      <button type="button" className="secondary" onClick={onDiscard}>
        {t('case.form.draftDiscard')}
      </button>
    </div>
  );
}
