import {
  CASE_STATUSES,
  COURT_STAGES,
  EXAMINATIONS,
  EXHIBIT_TYPES,
  ONLINE_OFFENCES,
  REFERRAL_SOURCES,
  RELATIONSHIPS,
  SERVICES,
  SEXES,
  VICTIM_OUTCOMES,
} from '../domain/lists';
import { PROVINCE_CODES } from '../domain/provinces';
import type { Team } from '../domain/teams';
import type { CaseInput } from '../schemas/case';
import { fillDetails } from './generate-details';

export type SeededRandom = ReturnType<typeof seededRandom>;

/** A small seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  return { next, int, pick };
}

const NARRATIVES = [
  'Report received from the village chief; the child was examined at the referral hospital.',
  'The family reported the case to the commune police; CPU officers attended the same day.',
  'ករណីនេះត្រូវបានរាយការណ៍ដោយមេភូមិ ហើយកុមារត្រូវបានពិនិត្យនៅមន្ទីរពេទ្យបង្អែក។',
  'គ្រួសារបានរាយការណ៍ទៅប៉ុស្តិ៍នគរបាលឃុំ មន្ត្រីអង្គភាពការពារកុមារបានចុះដល់ទីកន្លែងនៅថ្ងៃដដែល។',
];

const HIT_OFFENCES = [
  'rape-under-15',
  'indecent-act-under-15',
  'other-sexual-abuse',
  'physical-abuse',
  'attempted-homicide',
] as const;
const ICAC_OFFENCES = ['abuse-material', 'live-streamed-abuse', 'online-grooming'] as const;

function date(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface GenerateOptions {
  /**
   * Also fill what the basic set leaves empty (partner agencies, OVA referrals, charges,
   * court outcomes, exhibit hashes, a second custody link, second offences) and write
   * narratives of a few sentences, as volume tests and the benchmark need. Drawn from a
   * second seeded stream, so every other field is the same as without it; off by default
   * because some tests count those groups.
   */
  full?: boolean;
}

/**
 * Realistic summaries for one report year: investigations led by HIT or ICAC, with FST
 * and OVA summaries attached to some of them, every list and repeat group exercised.
 */
export function generateSummaries(count: number, year: number, seed = 1, options: GenerateOptions = {}): CaseInput[] {
  const r = seededRandom(seed);
  const details = seededRandom(seed ^ 0x5bd1e995);
  const out: CaseInput[] = [];
  const add = (summary: CaseInput) => out.push(options.full ? fillDetails(summary, details) : summary);
  let investigation = 0;
  let leadTeam: Team = 'HIT';
  let ref = '';
  while (out.length < count) {
    const startNew = out.length === 0 || r.next() < 0.45;
    if (startNew) {
      investigation += 1;
      leadTeam = r.next() < 0.8 ? 'HIT' : 'ICAC';
      ref = `CPU-${year}-${String(investigation).padStart(4, '0')}`;
    }
    const team: Team = startNew ? leadTeam : r.next() < 0.5 ? 'FST' : 'OVA';
    const month = r.int(1, 12);
    const reported = date(year, month, r.int(2, 28));
    const offence = date(year, month, 1);
    const homicide = team === 'HIT' && r.next() < 0.08;
    const common = {
      investigationRef: ref,
      dateReported: reported,
      offenceDate: offence,
      province: r.pick(PROVINCE_CODES),
      district: `District ${r.int(1, 12)}`,
      status: r.pick(CASE_STATUSES),
      narrative: r.pick(NARRATIVES),
      offences: [
        homicide
          ? 'child-homicide'
          : team === 'ICAC' || leadTeam === 'ICAC'
            ? r.pick(ICAC_OFFENCES)
            : r.pick(HIT_OFFENCES),
      ] as CaseInput['offences'],
    };
    const suspects = () =>
      Array.from({ length: r.int(0, 2) }, () => {
        const arrested = r.next() < 0.85;
        return {
          age: r.int(16, 70),
          sex: r.pick(SEXES),
          relationship: r.pick(RELATIONSHIPS),
          arrested,
          ...(arrested ? { arrestDate: reported } : {}),
          charges: '',
          courtStage: r.pick(COURT_STAGES),
          courtOutcome: '',
        };
      });
    if (team === 'HIT') {
      add({
        ...common,
        team,
        victims: Array.from({ length: r.int(1, 2) }, (_, i) => ({
          // A child homicide's victim is under 15 (the same one draw, so the rest of the data stays as it was).
          age: homicide && i === 0 ? r.int(0, 14) : r.int(0, 17),
          sex: r.pick(SEXES),
          outcome: homicide && i === 0 ? 'died' : r.pick(VICTIM_OUTCOMES.filter((o) => o !== 'died')),
        })),
        homicide,
        suspiciousDeath: !homicide && r.next() < 0.03,
        suspects: suspects(),
      });
    } else if (team === 'ICAC') {
      const source = r.pick(REFERRAL_SOURCES);
      add({
        ...common,
        team,
        referralSource: source,
        referralIds: source === 'ncmec' || source === 'foreign-police' ? [{ value: `CT-${r.int(1e6, 9e6)}` }] : [],
        onlineOffences: [r.pick(ONLINE_OFFENCES)],
        devicesSeized: r.int(0, 6),
        forensicExams: r.int(0, 4),
        victimsIdentified: r.int(0, 5),
        partnerAgencies: [],
        suspects: suspects(),
      });
    } else if (team === 'FST') {
      add({
        ...common,
        team,
        exhibits: Array.from({ length: r.int(1, 3) }, (_, i) => ({
          reference: `EX-${year}-${investigation}-${i + 1}`,
          type: r.pick(EXHIBIT_TYPES),
          dateCollected: reported,
          examinations: [{ type: r.pick(EXAMINATIONS), result: 'Recorded' }],
          custody: [{ holder: 'Forensic officer', date: reported, place: 'CPU lab' }],
        })),
      });
    } else {
      add({
        ...common,
        team,
        victimsSupported: r.int(1, 3),
        familyMembersSupported: r.int(0, 4),
        services: Array.from({ length: r.int(1, 3) }, () => ({ service: r.pick(SERVICES), date: reported })),
        referrals: [],
        courtAccompaniments: r.int(0, 2),
        bereavedFamiliesSupported: homicide ? 1 : 0,
      });
    }
  }
  return out;
}
