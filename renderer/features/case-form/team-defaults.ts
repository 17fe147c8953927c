import { isoToDayMonthYear } from '../../../shared/domain/dates';
import { toKhmerDigits } from '../../../shared/domain/numerals';
import type { Digits } from '../../../shared/i18n/format';
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

/** Text the form shows in the officer's digits (the schema reads Latin and Khmer digits alike). */
const inDigits = (text: string, digits: Digits) => (digits === 'khmer' ? toKhmerDigits(text) : text);

/** A blank form for a team: one row where the team must record at least one; its zeros in the officer's digits. */
export function emptyValues(team: Team, digits: Digits = 'latin'): Record<string, unknown> {
  const values = blankOf(team);
  if (digits === 'latin') return values;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '0' ? inDigits(v, digits) : v]));
}

function blankOf(team: Team): Record<string, unknown> {
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

/** A stored date (ISO) as the form holds it: day/month/year, in the officer's digits. */
export const formDate = (iso: string, digits: Digits = 'latin') => inDigits(isoToDayMonthYear(iso), digits);

/**
 * A stored summary as the form shows it: dates as day/month/year, absent values empty, and
 * numbers and dates in the officer's digits, as they were typed and as the rest of the app
 * shows them (codes, references and SHA-256 values keep theirs).
 */
export function toFormValues(summary: CaseInput, digits: Digits = 'latin'): Record<string, unknown> {
  const convert = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => convert(v, ''));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
    }
    if (typeof value === 'string' && DATE_KEYS.has(key)) return formDate(value, digits);
    if (typeof value === 'number' && digits === 'khmer') return inDigits(String(value), digits);
    return value;
  };
  const base = emptyValues(summary.team, digits);
  return { ...base, ...(convert(summary, '') as Record<string, unknown>) };
}
