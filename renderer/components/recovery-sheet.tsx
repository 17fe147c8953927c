import { toIsoDate } from '../../shared/domain/dates';
import { api } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useApiResult } from '../lib/use-api-result';
import './recovery-sheet.css';

/** The key in its groups, each kept whole on a line (the sheet may wrap between groups, never inside one). */
export function KeyGroups({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKey.split('-');
  return (
    <>
      {groups.map((group, i) => (
        <span key={i} className="key-group">
          {group}
          {i < groups.length - 1 ? '-' : ''}
        </span>
      ))}
    </>
  );
}

/** What the printed sheet says about where and when the key was issued: this PC's name and the date. */
export function SheetFacts() {
  const { t, formatDate } = useI18n();
  const settings = useApiResult(() => api.settings.get({}), []);
  const pc = settings.value?.pcName;
  return (
    <p className="recovery-facts">
      {pc ? t('lock.recovery.pc', { pc }) : t('lock.recovery.pcUnnamed')}
      {' · '}
      {t('lock.recovery.date', { date: formatDate(toIsoDate(new Date())) })}
    </p>
  );
}
