import type { Digits } from '../../../shared/i18n/format';
import { OFFENCES } from '../../../shared/domain/lists';
import { LEAD_TEAMS, type Team } from '../../../shared/domain/teams';
import type { CaseRow } from '../../../shared/schemas/case';
import { formDate } from './team-defaults';

/**
 * What a new summary starts with when it is opened from an investigation: its reference,
 * dates, province and offences, as stored (ISO dates, codes).
 */
export interface CasePrefill {
  investigationRef: string;
  dateReported?: string;
  offenceDate?: string;
  province?: string;
  district?: string;
  offences?: readonly string[];
}

/** The facts of one summary that a new summary of the same investigation starts from. */
type Facts = Pick<CaseRow, 'investigationRef' | 'dateReported' | 'offenceDate' | 'province' | 'district' | 'offences'>;

/** Lead summaries first (HIT before ICAC), then the one reported first, as the totals choose. */
function principalFirst(a: Facts & { team: Team }, b: Facts & { team: Team }): number {
  const rank = (team: Team) => (team === 'HIT' ? 0 : team === 'ICAC' ? 1 : 2);
  return rank(a.team) - rank(b.team) || a.dateReported.localeCompare(b.dateReported);
}

/**
 * What "New summary for this investigation" carries from an investigation's summaries (bin
 * excluded): its reference, the dates, province and district of its principal summary (the
 * lead summary the totals count it by, or the first reported when there is none), and every
 * offence any of its summaries records, in the list's order. Empty `rows` carry the reference only.
 */
export function prefillFromInvestigation(
  investigationRef: string,
  rows: readonly (Facts & { team: Team; deletedAt?: string | undefined })[],
): CasePrefill {
  const live = rows.filter((r) => r.deletedAt === undefined && r.investigationRef === investigationRef);
  const principal = [...live].sort(principalFirst)[0];
  if (!principal) return { investigationRef };
  const recorded = new Set(live.flatMap((r) => r.offences));
  return {
    investigationRef,
    dateReported: principal.dateReported,
    ...(principal.offenceDate ? { offenceDate: principal.offenceDate } : {}),
    ...(principal.province ? { province: principal.province } : {}),
    ...(principal.district ? { district: principal.district } : {}),
    offences: OFFENCES.filter((o) => recorded.has(o)),
  };
}

/**
 * A blank form's values (`emptyValues(team)`) with the carried facts filled in, as the form
 * holds them: dates as day/month/year in the officer's digits, codes as stored. Fields the
 * carry lacks stay blank; nothing else of the blank form changes, so the team's own sections
 * start empty.
 */
export function applyPrefill(
  blank: Record<string, unknown>,
  prefill: CasePrefill,
  digits: Digits = 'latin',
): Record<string, unknown> {
  const known = new Set<string>(OFFENCES);
  return {
    ...blank,
    investigationRef: prefill.investigationRef,
    ...(prefill.dateReported ? { dateReported: formDate(prefill.dateReported, digits) } : {}),
    ...(prefill.offenceDate ? { offenceDate: formDate(prefill.offenceDate, digits) } : {}),
    ...(prefill.province ? { province: prefill.province } : {}),
    ...(prefill.district ? { district: prefill.district } : {}),
    ...(prefill.offences ? { offences: prefill.offences.filter((o) => known.has(o)) } : {}),
  };
}

/** True when starting a `team` summary would give an investigation that already has a lead summary a second one. */
export function isSecondLead(team: Team, rows: readonly { team: Team; deletedAt?: string | undefined }[]): boolean {
  return LEAD_TEAMS.includes(team) && rows.some((r) => r.deletedAt === undefined && LEAD_TEAMS.includes(r.team));
}
