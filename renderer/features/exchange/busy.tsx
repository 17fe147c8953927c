import { useI18n } from '../../lib/i18n';

/** An indeterminate progress bar with words, for work that may take more than a second. */
export function Busy({ label }: { label: string }) {
  const { t } = useI18n();
  return (
    <div role="status" className="busy">
      <progress aria-label={label} />
      <span>{label}</span>
      <span className="muted">{t('data.busy.wait')}</span>
    </div>
  );
}
