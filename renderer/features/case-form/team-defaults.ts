import { isoToDayMonthYear } from '../../../shared/domain/dates';
import type { Team } from '../../../shared/domain/teams';
import type { CaseInput } from '../../../shared/schemas/case';

/** Empty rows for each repeat group, as the form holds them (text, not yet parsed). */
export const emptyRow = {
  victim: () => ({ age: '', sex: '', outcome: '' }),
  value: () => ({ value: '' }),
  exhibit: () => ({
    reference: '',
    type: '',
    dateCollected: '',
    sha256: '',
    examinations: [],
    custody: [{ holder: '', date: '', place: '' }],
  }),
  examination: () => ({ type: '', date: '', result: '' }),
  custody: () => ({ holder: '', date: '', place: '' }),
  service: () => ({ service: '', date: '' }),
  referral: () => ({ agency: '', date: '' }),
};

const common = {
  investigationRef: '',
  dateReported: '',
  offenceDate: '',
  province: '',
  district: '',
  offences: [] as string[],
  status: 'open',
  narrative: '',
};

/** A blank form for a team: one row where the team must record at least one. */
export function emptyValues(team: Team): Record<string, unknown> {
  switch (team) {
    case 'HIT':
      return { ...common, team, victims: [emptyRow.victim()], homicide: false, suspiciousDeath: false, suspects: [] };
    case 'ICAC':
      return {
        ...common,
        team,
        referralSource: '',
        referralIds: [],
        onlineOffences: [],
        devicesSeized: '0',
        forensicExams: '0',
        victimsIdentified: '0',
        partnerAgencies: [],
        suspects: [],
      };
    case 'FST':
      return { ...common, team, exhibits: [emptyRow.exhibit()] };
    case 'OVA':
      return {
        ...common,
        team,
        victimsSupported: '0',
        familyMembersSupported: '0',
        services: [emptyRow.service()],
        referrals: [],
        courtAccompaniments: '0',
        bereavedFamiliesSupported: '0',
      };
  }
}

const DATE_KEYS = new Set(['dateReported', 'offenceDate', 'arrestDate', 'dateCollected', 'date']);

/** A stored summary as the form shows it: dates as day/month/year, absent values empty. */
export function toFormValues(summary: CaseInput): Record<string, unknown> {
  const convert = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => convert(v, ''));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
    }
    if (typeof value === 'string' && DATE_KEYS.has(key)) return isoToDayMonthYear(value);
    return value;
  };
  const base = emptyValues(summary.team);
  return { ...base, ...(convert(summary, '') as Record<string, unknown>) };
}
