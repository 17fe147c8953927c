import { optionLabel } from '../../../shared/domain/display';
import type { AuditEntry } from '../../../shared/schemas/accounts';
import { useI18n } from '../../lib/i18n';
import { logTarget } from './log-target';

/** One page of the log, newest first: when (local time), who, what, on what, how many. */
export function LogTable({ entries, labelledBy }: { entries: readonly AuditEntry[]; labelledBy: string }) {
  const { t, language, digits, formatDateTime, formatNumber } = useI18n();
  return (
    <table className="log" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col" className="number">
            {t('log.column.seq')}
          </th>
          <th scope="col">{t('log.column.at')}</th>
          <th scope="col">{t('log.column.who')}</th>
          <th scope="col">{t('log.column.action')}</th>
          <th scope="col">{t('log.column.target')}</th>
          <th scope="col" className="number">
            {t('log.column.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.seq} className={entry.action === 'sign-in-failed' ? 'refused' : undefined}>
            <td className="number">{formatNumber(entry.seq, { grouping: false })}</td>
            <td>{formatDateTime(entry.at)}</td>
            <td>{entry.actor || '—'}</td>
            <td>{optionLabel('audit.action', entry.action, language)}</td>
            <td>{logTarget(entry, { language, digits })}</td>
            <td className="number">{entry.count === undefined ? '' : formatNumber(entry.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
