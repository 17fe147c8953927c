import { useI18n } from '../../lib/i18n';
import { useSession } from '../../lib/session';

/** Locks the app at once (leaving the PC for a moment); the unlock screen replaces everything. */
export function LockButton() {
  const { t } = useI18n();
  const session = useSession();
  if (!session) return null;
  return (
    <button type="button" className="nav" onClick={() => void session.lock()}>
      {t('nav.lock')}
    </button>
  );
}
