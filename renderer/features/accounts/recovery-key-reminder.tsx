import { useState } from 'react';
import { toIsoDate } from '../../../shared/domain/dates';
import type { AppError } from '../../../shared/ipc/result';
import { ErrorBanner } from '../../components/error-banner';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useRouter } from '../../lib/router';
import { useCan, useSession } from '../../lib/session';
import './accounts.css';

/**
 * For administrators, on every screen: the recovery key in use was shown once and never
 * confirmed as kept (the sheet was closed or reloaded first). Without it a forgotten passphrase
 * cannot be recovered, so they either issue a new one (Accounts) or say the one shown is kept.
 */
export function RecoveryKeyReminder() {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const can = useCan();
  const { route, navigate } = useRouter();
  const [failure, setFailure] = useState<AppError>();
  const issuedAt = session?.status.recoveryKeyUnconfirmed;
  if (!issuedAt || !can('session:recoveryKeyKept')) return null;
  // The Accounts screen is where a new key is issued and its sheet shown: no reminder over it.
  if (route.name === 'accounts') return null;
  // The date its sheet was printed with (this PC's day), so the one in the safe can be told apart.
  const date = formatDate(toIsoDate(new Date(issuedAt)));
  const kept = async () => {
    const result = await api.session.recoveryKeyKept({});
    if (result.ok) session.setStatus(result.value);
    else setFailure(result.error);
  };
  return (
    // Not a heading: each screen's own heading is the one focus goes to after a move.
    <section className="banner banner-warning reminder no-print" aria-labelledby="recovery-reminder-title">
      <p>
        <strong id="recovery-reminder-title">{t('accounts.recovery.reminderTitle', { date })}</strong>
      </p>
      <p>{t('accounts.recovery.reminder', { date })}</p>
      {failure ? <ErrorBanner error={failure} focus /> : null}
      <div className="actions">
        <button type="button" onClick={() => void navigate({ name: 'accounts' })}>
          {t('accounts.recovery.reminderIssue')}
        </button>
        <button type="button" className="secondary" onClick={() => void kept()}>
          {t('accounts.recovery.reminderKept')}
        </button>
      </div>
    </section>
  );
}
