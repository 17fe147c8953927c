import { useI18n } from '../../lib/i18n';
import { useSession } from '../../lib/session';

/** Who is working, in the header: the name every save is stamped with, their role and teams. */
export function SignedInAs() {
  const { t } = useI18n();
  const user = useSession()?.status.user;
  if (!user) return null;
  return (
    <div className="signed-in-as">
      <span className="muted">{t('account.signedIn')}</span>
      <strong className="signed-in-name">{user.displayName}</strong>
      <span className="muted">
        {t(`role.${user.role}`)} · {user.teams.join(', ')}
      </span>
    </div>
  );
}
