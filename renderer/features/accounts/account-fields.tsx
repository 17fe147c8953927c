import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ROLES } from '../../../shared/schemas/accounts';
import { TeamCheckboxes } from '../../components/team-checkboxes';
import { useI18n } from '../../lib/i18n';

type Name = 'displayName' | 'teams' | 'role';

interface Props {
  /** The add and the edit form's registrations of the three fields they share. */
  fields: Record<Name, UseFormRegisterReturn>;
  errors: Partial<Record<Name, string | undefined>>;
}

/** Name, teams and role, each labelled, with its error beside it. */
export function AccountFields({ fields, errors }: Props) {
  const { t, tMessage } = useI18n();
  const id = useId();
  const nameError = errors.displayName;
  const roleError = errors.role;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('account.displayName')}</label>
        <input
          id={`${id}-name`}
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={`${id}-name-hint`}
          {...fields.displayName}
        />
        <p id={`${id}-name-hint`} className="hint">
          {t('account.displayName.hint')}
        </p>
        {nameError ? (
          <p role="alert" className="field-error">
            {tMessage(nameError)}
          </p>
        ) : null}
      </div>
      <TeamCheckboxes legend={t('account.teams')} registration={fields.teams} error={errors.teams} />
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('account.role')}</label>
        <select
          id={`${id}-role`}
          className="narrow"
          aria-invalid={roleError ? true : undefined}
          aria-describedby={`${id}-role-hint`}
          {...fields.role}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
        <p id={`${id}-role-hint`} className="hint">
          {t('account.role.hint')}
        </p>
        {roleError ? (
          <p role="alert" className="field-error">
            {tMessage(roleError)}
          </p>
        ) : null}
      </div>
    </>
  );
}
