import { useId, useMemo, useState } from 'react';
import { ok, type AppError } from '../../../shared/ipc/result';
import type { AuditCheck, AuditFilter, SignInChoice } from '../../../shared/schemas/accounts';
import { ErrorBanner } from '../../components/error-banner';
import { api } from '../../lib/api';
import { downloadFile } from '../../lib/download';
import { useI18n } from '../../lib/i18n';
import { useCan, useSession } from '../../lib/session';
import { useApiResult } from '../../lib/use-api-result';
import { ChainCheck, CheckResult } from './chain-check';
import { LogFilters } from './log-filters';
import { LogTable } from './log-table';
import './access-log.css';

/** Entries shown at once; older ones are a page further. */
export const LOG_PAGE = 100;

/** Everyone who can be chosen: who can sign in, and for administrators disabled accounts too. */
function usePeople(): SignInChoice[] {
  const canList = useCan()('accounts:list');
  const signIn = useSession()?.status.accounts;
  const { value: all } = useApiResult(() => (canList ? api.accounts.list({}) : Promise.resolve(ok([]))), [canList]);
  return useMemo(() => {
    const byId = new Map<string, SignInChoice>();
    for (const person of [...(signIn ?? []), ...(all ?? [])])
      byId.set(person.id, { id: person.id, displayName: person.displayName });
    return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }, [signIn, all]);
}

/**
 * Who did what and when on this PC: every sign-in, view, print, save and export. Each entry is
 * chained to the one before by its hash, so a changed or removed entry shows when checked.
 */
export function AccessLogPage() {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const administrator = useCan()('accounts:list');
  const people = usePeople();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [offset, setOffset] = useState(0);
  const [checked, setChecked] = useState<AuditCheck>();
  const [exportError, setExportError] = useState<AppError>();
  const { value: page, error } = useApiResult(
    () => api.audit.list({ filter, offset, limit: LOG_PAGE }),
    [filter, offset],
  );

  const filtered = (next: AuditFilter) => {
    setFilter(next);
    setOffset(0);
  };
  const exportLog = async () => {
    const result = await api.audit.export(filter);
    setExportError(result.ok ? undefined : result.error);
    if (result.ok) downloadFile(result.value);
  };

  // The check just asked for, else the last one main made (at sign-in): a break alarms administrators.
  const lastCheck = page?.check ?? undefined;
  const total = page?.total ?? 0;
  const shown = page?.entries.length ?? 0;
  return (
    <div className="access-log">
      <div className="page-head">
        <h2 id={`${id}-title`} className="page-title">
          {t('log.title')}
        </h2>
        <div className="actions">
          <ChainCheck onChecked={setChecked} />
          <button type="button" className="secondary" onClick={() => void exportLog()}>
            {t('log.export')}
          </button>
        </div>
      </div>
      <p className="hint">{t('log.intro')}</p>
      {checked ? <CheckResult check={checked} alarm={false} /> : null}
      {!checked && administrator && lastCheck?.firstBroken ? <CheckResult check={lastCheck} alarm /> : null}
      {exportError ? <ErrorBanner error={exportError} /> : null}
      <LogFilters filter={filter} people={people} onChange={filtered} />
      {error ? <ErrorBanner error={error} /> : null}
      {page ? (
        <>
          <p role="status" className="muted">
            {total === 0
              ? t('log.none')
              : t('log.showing', {
                  first: formatNumber(offset + 1),
                  last: formatNumber(offset + shown),
                  total: formatNumber(total),
                })}
          </p>
          {shown > 0 ? <LogTable entries={page.entries} labelledBy={`${id}-title`} /> : null}
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - LOG_PAGE))}
            >
              {t('log.newer')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={offset + shown >= total}
              onClick={() => setOffset(offset + LOG_PAGE)}
            >
              {t('log.older')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </div>
  );
}
