import { useId, useState } from 'react';
import { isoToDayMonthYear, isRealDate, normalizeDateInput } from '../../../shared/domain/dates';
import { AUDIT_ACTIONS, type AuditFilter, type SignInChoice } from '../../../shared/schemas/accounts';
import { useI18n } from '../../lib/i18n';

interface Props {
  filter: AuditFilter;
  /** Who can be chosen: the accounts of this PC by name. */
  people: readonly SignInChoice[];
  onChange: (filter: AuditFilter) => void;
}

/** Sets or drops one key: an empty choice means "any". */
function withValue<K extends keyof AuditFilter>(filter: AuditFilter, key: K, value: AuditFilter[K] | ''): AuditFilter {
  const others = Object.entries(filter).filter(([name]) => name !== key);
  return Object.fromEntries(value ? [...others, [key, value]] : others) as AuditFilter;
}

const actionOf = (value: string) => AUDIT_ACTIONS.find((a) => a === value) ?? '';

/**
 * A day typed as the case form takes it (day/month/year, Khmer digits too). The filter changes
 * once the text reads as a real date, or is emptied; otherwise it says so when the officer leaves it.
 */
function DayField({ label, value, onDay }: { label: string; value: string | undefined; onDay: (iso: string) => void }) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const [text, setText] = useState(value ? isoToDayMonthYear(value) : '');
  const [wrong, setWrong] = useState(false);
  // The filters were cleared: the field empties too, a wrong date and its message with it.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!value) {
      setText('');
      setWrong(false);
    }
  }
  const day = (typed: string) => {
    const iso = normalizeDateInput(typed);
    return typed.trim() === '' ? '' : isRealDate(iso) ? iso : undefined;
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="day"
        autoComplete="off"
        placeholder={t('case.form.datePlaceholder')}
        aria-invalid={wrong ? true : undefined}
        aria-describedby={wrong ? `${id}-error` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const iso = day(e.target.value);
          if (iso !== undefined) {
            setWrong(false);
            if (iso !== (value ?? '')) onDay(iso);
          }
        }}
        onBlur={() => setWrong(day(text) === undefined)}
      />
      {wrong ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {tMessage('v.date.invalid')}
        </p>
      ) : null}
    </div>
  );
}

/** Officer, action and a date range; each change shows the first page of what matches. */
export function LogFilters({ filter, people, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  // Clear starts the day fields afresh: a day typed that never became the filter goes too.
  const [cleared, setCleared] = useState(0);
  return (
    <form className="card log-filters" aria-label={t('log.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-who`}>{t('log.filter.who')}</label>
        <select
          id={`${id}-who`}
          value={filter.accountId ?? ''}
          onChange={(e) => onChange(withValue(filter, 'accountId', e.target.value))}
        >
          <option value="">{t('log.filter.anyone')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-action`}>{t('log.filter.action')}</label>
        <select
          id={`${id}-action`}
          value={filter.action ?? ''}
          onChange={(e) => onChange(withValue(filter, 'action', actionOf(e.target.value)))}
        >
          <option value="">{t('log.filter.anyAction')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`audit.action.${action}`)}
            </option>
          ))}
        </select>
      </div>
      <DayField
        key={`from-${cleared}`}
        label={t('log.filter.from')}
        value={filter.from}
        onDay={(iso) => onChange(withValue(filter, 'from', iso))}
      />
      <DayField
        key={`to-${cleared}`}
        label={t('log.filter.to')}
        value={filter.to}
        onDay={(iso) => onChange(withValue(filter, 'to', iso))}
      />
      {filter.from && filter.to && filter.from > filter.to ? (
        <p role="alert" className="field-error">
          {t('log.filter.backwards')}
        </p>
      ) : null}
      {Object.keys(filter).length > 0 ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setCleared((n) => n + 1);
            onChange({});
          }}
        >
          {t('log.filter.clear')}
        </button>
      ) : null}
    </form>
  );
}
