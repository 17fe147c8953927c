import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { LEAD_TEAMS, type Team } from '../../../shared/domain/teams';
import { InvestigationRef } from '../../../shared/schemas/fields';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { isSecondLead } from './prefill';

/** How long the reference must rest before it is looked up: not once per key typed. */
const LOOKUP_DELAY_MS = 500;

/**
 * On a new lead-team summary (HIT, ICAC): once the officer stops typing the investigation
 * reference, the teams of its summaries are asked for (from their list rows: no summary is
 * opened, so typing a reference is not logged as opening them), and if it already has a lead
 * summary this is said beside the reference,
 * before anything else is typed. `carriedRef` is the reference the page already warned about.
 * An investigation the officer's teams do not work on is not readable, so nothing is said.
 */
export function SecondLeadWarning({ team, carriedRef }: { team: Team; carriedRef?: string | undefined }) {
  const { t } = useI18n();
  const typed = useWatch({ name: 'investigationRef' }) as unknown;
  const parsed = InvestigationRef.safeParse(typeof typed === 'string' ? typed : '');
  const ref = parsed.success && parsed.data !== carriedRef && LEAD_TEAMS.includes(team) ? parsed.data : undefined;
  const [found, setFound] = useState<string>();

  useEffect(() => {
    if (ref === undefined) return;
    let current = true;
    const timer = setTimeout(() => {
      void api.cases.investigationTeams({ investigationRef: ref }).then((result) => {
        if (!current) return;
        const rows = result.ok ? result.value.teams.map((other) => ({ team: other })) : [];
        setFound(isSecondLead(team, rows) ? ref : undefined);
      });
    }, LOOKUP_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ref, team]);

  // A warning about the reference as it was a moment ago is not shown for the one now typed.
  if (found === undefined || found !== ref) return null;
  return (
    <p className="banner banner-warning" role="status">
      {t('case.prefill.secondLead', { ref: found, team })}
    </p>
  );
}
