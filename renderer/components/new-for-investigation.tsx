import { useId, useState } from 'react';
import { TEAMS, type Team } from '../../shared/domain/teams';
import { useI18n } from '../lib/i18n';
import { useRouter } from '../lib/router';
import { useSession } from '../lib/session';

/**
 * "New summary for this investigation": the officer picks one of their teams and a new form
 * opens carrying the investigation's reference, dates, province and offences. Shown on the
 * investigation view and on a saved summary; hidden for an account with no team to write for.
 */
export function NewForInvestigation({ investigationRef, team }: { investigationRef: string; team?: Team }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const id = useId();
  const user = useSession()?.status.user;
  const teams = TEAMS.filter((x) => !user || user.teams.includes(x));
  // A support team most often follows the lead's summary: start from another team than the one shown.
  const [chosen, setChosen] = useState<Team | undefined>(teams.find((x) => x !== team) ?? teams[0]);
  if (teams.length === 0 || !chosen) return null;
  return (
    <div className="new-for-investigation field inline" role="group" aria-labelledby={`${id}-go`}>
      <label htmlFor={`${id}-team`}>{t('case.prefill.team')}</label>
      <select
        id={`${id}-team`}
        value={chosen}
        onChange={(e) => setChosen(teams.find((x) => x === e.target.value) ?? chosen)}
      >
        {teams.map((x) => (
          <option key={x} value={x}>
            {t(`team.${x}`)}
          </option>
        ))}
      </select>
      <button
        id={`${id}-go`}
        type="button"
        className="secondary"
        onClick={() => void navigate({ name: 'new', team: chosen, investigationRef })}
      >
        {t('case.prefill.start')}
      </button>
    </div>
  );
}
