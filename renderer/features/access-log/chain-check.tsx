import { useState } from 'react';
import { optionLabel } from '../../../shared/domain/display';
import type { AppError } from '../../../shared/ipc/result';
import type { AuditCheck } from '../../../shared/schemas/accounts';
import { ErrorBanner } from '../../components/error-banner';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

/** What a check of the chain found, in words: every link holds, or the first entry that breaks it. */
export function CheckResult({ check, alarm }: { check: AuditCheck; alarm: boolean }) {
  const { t, language, formatDateTime, formatNumber } = useI18n();
  const broken = check.firstBroken;
  if (!broken) {
    return (
      <p role="status" className="ok">
        {t('log.check.ok', { at: formatDateTime(check.checkedAt), entries: formatNumber(check.entries) })}
      </p>
    );
  }
  const params = {
    checkedAt: formatDateTime(check.checkedAt),
    seq: broken.seq,
    at: formatDateTime(broken.at),
    action: optionLabel('audit.action', broken.action, language),
  };
  return (
    <div className="banner banner-error" role="alert">
      <strong>{alarm ? t('log.broken.title') : t('log.check.brokenTitle')}</strong>
      <p>{t('log.broken.body', params)}</p>
      <p>{t('log.broken.advice')}</p>
    </div>
  );
}

/** "Check the chain now": main reads every entry again and says whether each follows from the one before. */
export function ChainCheck({ onChecked }: { onChecked: (check: AuditCheck) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const verify = async () => {
    setBusy(true);
    const result = await api.audit.verify({});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onChecked(result.value);
  };
  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={() => void verify()}>
        {busy ? t('log.check.busy') : t('log.check')}
      </button>
      {error ? <ErrorBanner error={error} /> : null}
    </>
  );
}
