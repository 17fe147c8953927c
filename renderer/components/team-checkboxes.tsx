import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TEAMS } from '../../shared/domain/teams';
import { useI18n } from '../lib/i18n';

interface Props {
  legend: string;
  /** `register('teams')`: checkboxes sharing one name give the form the ticked teams as an array. */
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}

/** The four teams as checkboxes: the teams an account works for. */
export function TeamCheckboxes({ legend, registration, error }: Props) {
  const { t, tMessage } = useI18n();
  const id = useId();
  return (
    <fieldset className="choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="team-choices">
        {TEAMS.map((team) => (
          <label key={team} className="choice">
            <input type="checkbox" value={team} aria-invalid={error ? true : undefined} {...registration} />
            {t(`team.${team}`)}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {tMessage(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
