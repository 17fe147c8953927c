import { useId, useState, type RefObject } from 'react';
import type { Spending } from '../../../shared/domain/totals';
import { TEAMS, type Team } from '../../../shared/domain/teams';
import type { AppError } from '../../../shared/ipc/result';
import { Spending as SpendingSchema } from '../../../shared/schemas/year-settings';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { useWholeNumberText } from '../../lib/numbers';
import { api } from '../../lib/api';
import { settle } from '../../lib/use-api-result';

interface Props {
  year: number;
  spending: Spending;
  closed: boolean;
  /** Called after a save, so the page reads the totals again. */
  onSaved: () => void;
  /** The first field, for the data-quality panel's "Enter the spending". */
  firstField: RefObject<HTMLInputElement | null>;
}

type Texts = Record<Team, string>;

/**
 * Each team's spending for the year, whole US dollars typed in Latin or Khmer digits.
 * An empty field means not known and is left out. Checked by the schema main uses.
 */
export function SpendingForm({ year, spending, closed, onSaved, firstField }: Props) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const whole = useWholeNumberText();
  // Shown back as the officer reads numbers (their digits, grouped), and read back the same way.
  const [texts, setTexts] = useState<Texts>(
    () =>
      Object.fromEntries(
        TEAMS.map((team) => [team, spending[team] === undefined ? '' : whole.show(spending[team])]),
      ) as Texts,
  );
  const [errors, setErrors] = useState<Partial<Record<Team, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError>();
  const [saved, setSaved] = useState(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    setFailure(undefined);
    const values: Spending = {};
    const found: Partial<Record<Team, string>> = {};
    for (const team of TEAMS) {
      const text = texts[team].trim();
      if (text === '') continue;
      const value = whole.parse(text);
      if (value === undefined) found[team] = 'v.spending';
      else values[team] = value;
    }
    const checked = SpendingSchema.safeParse(values);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const team = issue.path[0];
        if (typeof team === 'string' && (TEAMS as readonly string[]).includes(team))
          found[team as Team] ??= issue.message;
      }
    }
    setErrors(found);
    const first = TEAMS.find((team) => found[team]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await settle(api.years.setSpending({ year, spending: values }));
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setSaved(true);
    onSaved();
  };

  return (
    <form className="spending-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{t('totals.spending.intro', { year })}</p>
      <fieldset disabled={closed} className="spending-fields">
        {TEAMS.map((team, i) => {
          const error = errors[team];
          return (
            <div key={team} className="field">
              <label htmlFor={`${id}-${team}`}>{t('totals.spending.team', { team: t(`team.${team}`) })}</label>
              <input
                id={`${id}-${team}`}
                ref={i === 0 ? firstField : undefined}
                inputMode="numeric"
                autoComplete="off"
                className="narrow"
                value={texts[team]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-${team}-error` : undefined}
                onChange={(e) => setTexts((old) => ({ ...old, [team]: e.target.value }))}
              />
              {error ? (
                <p id={`${id}-${team}-error`} role="alert" className="field-error">
                  {tMessage(error)}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      {closed ? (
        <p className="muted">{t('totals.spending.closed')}</p>
      ) : (
        <button type="submit" disabled={busy}>
          {busy ? t('common.saving') : t('totals.spending.save')}
        </button>
      )}
      {failure ? <ErrorBanner error={failure} /> : null}
      <p role="status" className="ok">
        {saved ? t('totals.spending.saved', { year }) : null}
      </p>
    </form>
  );
}
