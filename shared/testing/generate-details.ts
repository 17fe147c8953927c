import type { CaseInput } from '../schemas/case';
import type { SeededRandom } from './generate';

/** Sentences officers add to a narrative; no names, as the unit's rule for summaries says. */
const MORE_EN = [
  'The child disclosed the abuse to a teacher, who informed the commune council.',
  'A medical examination was carried out with the consent of the guardian.',
  'The suspect was identified by the victim and located at a construction site in the same district.',
  'Statements were taken from the mother and two neighbours in the presence of a social worker.',
  'The file was sent to the provincial court prosecutor on the following day.',
  'Information from a CyberTip report was matched to an internet subscriber in Phnom Penh.',
  'Devices were seized under a search warrant and sealed in the presence of the village chief.',
  'The family was referred for counselling and safe shelter while the investigation continues.',
  'The victim, aged 12, was accompanied to the hearing by an OVA officer.',
];
const MORE_KM = [
  'កុមារីអាយុ ១២ ឆ្នាំ បានប្រាប់គ្រូបង្រៀនអំពីការរំលោភ ហើយគ្រូបានជូនដំណឹងទៅក្រុមប្រឹក្សាឃុំ។',
  'ការពិនិត្យសុខភាពត្រូវបានធ្វើឡើងដោយមានការយល់ព្រមពីអាណាព្យាបាល។',
  'ជនសង្ស័យត្រូវបានចាប់ខ្លួននៅការដ្ឋានសំណង់ក្នុងស្រុកដដែល។',
  'សំណុំរឿងត្រូវបានបញ្ជូនទៅព្រះរាជអាជ្ញានៃសាលាដំបូងខេត្តនៅថ្ងៃបន្ទាប់។',
  'គ្រួសារត្រូវបានបញ្ជូនទៅទទួលការប្រឹក្សា និងកន្លែងស្នាក់នៅសុវត្ថិភាព។',
  'ឧបករណ៍ចំនួន ៣ ត្រូវបានរឹបអូសតាមដីកាឆែកឆេរ។',
];
const CHARGES = [
  'Rape of a minor under 15 (Criminal Code art. 239)',
  'Indecent act against a minor under 15 (art. 246)',
  'Intentional homicide (art. 199)',
  'Producing child pornography (Law on Human Trafficking art. 41)',
  'Soliciting a minor for prostitution (art. 42)',
];
const PARTNERS = ['AFP', 'FBI', 'HSI', 'NCA (UK)', 'Interpol', 'APLE Cambodia'];
const AGENCIES = [
  'Hagar',
  'APLE Cambodia',
  'First Step Cambodia',
  'Chab Dai',
  'Friends International',
  'Provincial Department of Social Affairs',
];
const SECOND_OFFENCES = ['trafficking', 'sexual-exploitation', 'other'] as const;

const KHMER = /[\u1780-\u17ff]/;

function narrative(base: string, r: SeededRandom): string {
  const pool = KHMER.test(base) ? MORE_KM : MORE_EN;
  const more = Array.from({ length: r.int(2, 10) }, () => r.pick(pool));
  return [base, ...more].join(' ');
}

function offences(list: CaseInput['offences'], r: SeededRandom): CaseInput['offences'] {
  if (r.next() >= 0.1) return list;
  const extra = r.pick(SECOND_OFFENCES);
  return list.includes(extra) ? list : [...list, extra];
}

type WithSuspects = Extract<CaseInput, { team: 'HIT' | 'ICAC' }>['suspects'];

function suspects(list: WithSuspects, r: SeededRandom): WithSuspects {
  return list.map((s) => ({
    ...s,
    charges: s.arrested ? r.pick(CHARGES) : '',
    courtOutcome:
      s.courtStage === 'convicted'
        ? `Sentenced to ${r.int(2, 20)} years in prison`
        : s.courtStage === 'acquitted'
          ? 'Acquitted for lack of evidence'
          : '',
  }));
}

const hex = (r: SeededRandom, length: number) => Array.from({ length }, () => r.int(0, 15).toString(16)).join('');

/**
 * The generated summary with every optional group filled some of the time: what a full
 * year of real entries holds. Dates stay those of the summary, so every rule still holds.
 */
export function fillDetails(summary: CaseInput, r: SeededRandom): CaseInput {
  const common = { narrative: narrative(summary.narrative, r), offences: offences(summary.offences, r) };
  switch (summary.team) {
    case 'HIT':
      return { ...summary, ...common, suspects: suspects(summary.suspects, r) };
    case 'ICAC':
      return {
        ...summary,
        ...common,
        suspects: suspects(summary.suspects, r),
        partnerAgencies: Array.from({ length: r.int(0, 2) }, () => ({ value: r.pick(PARTNERS) })),
      };
    case 'FST':
      return {
        ...summary,
        ...common,
        exhibits: summary.exhibits.map((e) => ({
          ...e,
          ...(r.next() < 0.6 ? { sha256: hex(r, 64) } : {}),
          examinations: e.examinations.map((x) => ({ ...x, date: e.dateCollected })),
          custody:
            r.next() < 0.5
              ? [...e.custody, { holder: 'Court clerk', date: e.dateCollected, place: 'Provincial court' }]
              : e.custody,
        })),
      };
    case 'OVA':
      return {
        ...summary,
        ...common,
        referrals: Array.from({ length: r.int(0, 2) }, () => ({
          agency: r.pick(AGENCIES),
          date: summary.dateReported,
        })),
      };
  }
}
