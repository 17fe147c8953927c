import { useI18n } from '../../lib/i18n';
import { useSession } from '../../lib/session';

/** Signs out at once (leaving the PC, or handing it to a colleague); the sign-in screen replaces everything. */
export function LockButton() {
  const { t } = useI18n();
  const session = useSession();
  if (!session) return null;
  return (
    <button type="button" className="nav sign-out" onClick={() => void session.lock()}>
      {t('nav.signOut')}
    </button>
  );
}
