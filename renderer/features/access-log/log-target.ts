import { fieldLabel } from '../../../shared/domain/display';
import { formatNumber, type NumberStyle } from '../../../shared/i18n/format';
import type { MessageKey } from '../../../shared/i18n/en';
import { translate } from '../../../shared/i18n/translate';
import type { AuditEntry } from '../../../shared/schemas/accounts';
import { EXPORT_FORMATS } from '../../../shared/schemas/exchange';

/** The label of each setting the log records a change of (see `LOGGED_SETTINGS` in electron/settings/settings-log.ts). */
const SETTING_LABELS: Record<string, MessageKey> = {
  autoLockMinutes: 'security.autoLock.minutes',
  binRetentionDays: 'security.retention.days',
  pcName: 'data.pcName',
  suppressBelow: 'data.export.threshold',
  unitName: 'letterhead.unitName',
  unitAddress: 'letterhead.unitAddress',
  directorName: 'letterhead.directorName',
  directorTitle: 'letterhead.directorTitle',
};

const PRINTED: Record<string, MessageKey> = {
  case: 'log.target.print.case',
  investigation: 'log.target.print.investigation',
  report: 'log.target.print.report',
};

/**
 * What an entry was done to, in the officer's words: the log stores codes (an export's format, a
 * setting's name, a field's path) so its CSV stays the same in either language; the screen names
 * them. Anything not recognised (an entry of an older version) is shown as stored.
 */
export function logTarget(entry: Pick<AuditEntry, 'action' | 'target'>, style: NumberStyle): string {
  const target = entry.target ?? '';
  const t = (key: MessageKey) => translate(style.language, key, {}, style.digits);
  const [first = '', ...rest] = target.split(' ');
  switch (entry.action) {
    case 'export': {
      const notSaved = target.endsWith(' (not saved)');
      const words = notSaved ? rest.slice(0, -2) : rest;
      const yearFile = /^year-file-(plain|protected)$/.exec(first);
      const format = (EXPORT_FORMATS as readonly string[]).includes(first) ? first : undefined;
      if (!yearFile && !format) return target;
      const what = yearFile
        ? `${t('data.format.year-json')}, ${t(yearFile[1] === 'plain' ? 'log.target.plain' : 'log.target.protected')}`
        : t(`data.format.${format}` as MessageKey);
      return [what, ...words].join(' ') + (notSaved ? ` (${t('log.target.notSaved')})` : '');
    }
    case 'case-print': {
      const kind = PRINTED[first];
      return kind ? [t(kind), ...rest].join(' ') : target;
    }
    case 'backup-restore':
      // The number the backups list shows, in the officer's digits.
      return /^\d{1,9}$/.test(target)
        ? translate(
            style.language,
            'log.target.backup',
            { number: formatNumber(Number(target), style, { grouping: false }) },
            style.digits,
          )
        : target;
    case 'case-redact':
      return rest.length === 1 ? `${first} › ${fieldLabel(rest[0] ?? '', style)}` : target;
    case 'settings-change':
      return target
        .split('; ')
        .map((change) => {
          const at = change.indexOf('=');
          const key = SETTING_LABELS[change.slice(0, at)];
          return at > 0 && key ? `${t(key)}: ${change.slice(at + 1)}` : change;
        })
        .join('; ');
    default:
      return target;
  }
}
