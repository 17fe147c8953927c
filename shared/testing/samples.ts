import type { Team } from '../domain/teams';
import type { CaseInput } from '../schemas/case';

/**
 * One valid summary per team, for tests: each exercises its repeat groups. Tests change
 * one field at a time from these to show a rule accepting and refusing.
 */
export function sampleSummary<T extends Team>(
  team: T,
  investigationRef = 'CPU-2025-014',
): Extract<CaseInput, { team: T }> {
  const common = {
    investigationRef,
    dateReported: '2025-03-14',
    offenceDate: '2025-03-10',
    province: '04',
    district: 'Rolea B’ier',
    status: 'open' as const,
    narrative: 'Summary of the facts; no names. សង្ខេបករណី',
  };
  const suspect = {
    age: 41,
    sex: 'male' as const,
    relationship: 'neighbour' as const,
    arrested: true,
    arrestDate: '2025-03-12',
    charges: 'Rape of a minor under 15',
    courtStage: 'charged' as const,
    courtOutcome: '',
  };
  const samples: { [K in Team]: Extract<CaseInput, { team: K }> } = {
    HIT: {
      ...common,
      team: 'HIT',
      offences: ['rape-under-15'],
      victims: [{ age: 12, sex: 'female', outcome: 'injured' }],
      homicide: false,
      suspiciousDeath: false,
      suspects: [suspect],
    },
    ICAC: {
      ...common,
      team: 'ICAC',
      offences: ['live-streamed-abuse'],
      referralSource: 'ncmec',
      referralIds: [{ value: 'CT-99812345' }],
      onlineOffences: ['live-streaming'],
      devicesSeized: 3,
      forensicExams: 2,
      victimsIdentified: 4,
      partnerAgencies: [{ value: 'AFP' }],
      suspects: [{ ...suspect, relationship: 'online-contact' }],
    },
    FST: {
      ...common,
      team: 'FST',
      offences: ['rape-under-15'],
      exhibits: [
        {
          reference: 'EX-2025-031',
          type: 'clothing',
          dateCollected: '2025-03-11',
          examinations: [{ type: 'dna', date: '2025-03-13', result: 'Profile obtained' }],
          custody: [{ holder: 'Forensic officer 2', date: '2025-03-11', place: 'CPU lab' }],
        },
      ],
    },
    OVA: {
      ...common,
      team: 'OVA',
      offences: ['rape-under-15'],
      victimsSupported: 1,
      familyMembersSupported: 2,
      services: [{ service: 'medical', date: '2025-03-14' }],
      referrals: [],
      courtAccompaniments: 0,
      bereavedFamiliesSupported: 0,
    },
  };
  return samples[team];
}
