import type { Language } from '../../shared/i18n/translate';
import type { AuditFilter } from '../../shared/schemas/accounts';
import type { FeatureHandlers, Unlocked } from '../ipc/handler-kit';
import type { AuditLog } from './audit-log';

/** Who is acting, as the access log records them. */
export type AuditActor = () => { accountId: string | null; actor: string };

/** What a log export's entry names as its target: the filter, in short. */
export function filterTarget(filter: AuditFilter): string {
  const parts = [
    filter.from === undefined ? undefined : `from ${filter.from}`,
    filter.to === undefined ? undefined : `to ${filter.to}`,
    filter.action === undefined ? undefined : `action ${filter.action}`,
    filter.accountId === undefined ? undefined : `account ${filter.accountId}`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? 'all' : parts.join(', ');
}

/**
 * The access log: a page of it, a check of its chain now, and the filtered log as a CSV file.
 * An export is itself logged (`log-export`, with how many entries it carried) once the file is
 * made; if that entry cannot be written, no file is handed out.
 */
export function auditHandlers(
  unlocked: Unlocked<AuditLog>,
  actor: AuditActor,
  language: () => Language,
): FeatureHandlers<'audit:list' | 'audit:verify' | 'audit:export'> {
  return {
    'audit:list': unlocked((log, request) => log.list(request)),
    'audit:verify': unlocked((log) => log.verify()),
    'audit:export': unlocked((log, filter) => {
      const { entries, ...file } = log.exportCsv(filter, language());
      log.record({ ...actor(), action: 'log-export', target: filterTarget(filter), count: entries });
      return file;
    }),
  };
}
