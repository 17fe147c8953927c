import { checkDataQuality } from '../../shared/domain/data-quality';
import type { Relationship } from '../../shared/domain/lists';
import { compareYears } from '../../shared/domain/totals';
import { toRow, type CaseRecord, type CaseRow } from '../../shared/schemas/case';
import type { TotalsReport } from '../../shared/schemas/exchange';
import type { YearSettings } from '../../shared/schemas/year-settings';
import { recordOf, summaryOf } from '../../shared/testing/records';

/**
 * Summaries for component tests of the Totals screen, shaped like the unit's published
 * years: 2021 has 313 investigations with 268 suspects arrested (85.6%), 2020 has 274 with
 * 238. 2021 also carries one of each common data-quality problem.
 */
const OTHER_PROVINCES = [
  '01',
  '02',
  '03',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
];
const RELATIONSHIPS: Relationship[] = [
  'neighbour',
  'neighbour',
  'neighbour',
  'father',
  'father',
  'stepfather',
  'uncle',
  'stranger',
  'teacher',
  'online-contact',
];

const ref = (year: number, n: number) => `CPU-${year}-${String(n).padStart(4, '0')}`;

function suspect(year: number, arrested: boolean, relationship: Relationship, dated = true) {
  return {
    age: 38,
    sex: 'male' as const,
    relationship,
    arrested,
    ...(arrested && dated ? { arrestDate: `${year}-03-12` } : {}),
    charges: arrested ? 'Rape of a minor under 15' : '',
    courtStage: arrested ? ('charged' as const) : ('not-charged' as const),
    courtOutcome: '',
  };
}

function lead(
  year: number,
  n: number,
  arrested: boolean,
  over: Partial<Parameters<typeof summaryOf<'HIT'>>[1]> = {},
): CaseRecord {
  const homicide = n % 40 === 0;
  const suspiciousDeath = n % 50 === 0;
  return recordOf(
    summaryOf('HIT', {
      investigationRef: ref(year, n),
      dateReported: `${year}-03-14`,
      offenceDate: `${year}-03-10`,
      province: n <= 5 ? '12' : n <= 10 ? '04' : (OTHER_PROVINCES[n % OTHER_PROVINCES.length] ?? '01'),
      offences: homicide ? ['child-homicide'] : suspiciousDeath ? ['suspicious-death'] : ['rape-under-15'],
      homicide,
      suspiciousDeath,
      // A child homicide's victim is under 15.
      victims: [
        {
          age: homicide ? 4 + (n % 11) : 4 + (n % 14),
          sex: n % 4 === 0 ? 'male' : 'female',
          outcome: homicide ? 'died' : 'injured',
        },
      ],
      suspects: [suspect(year, arrested, RELATIONSHIPS[n % RELATIONSHIPS.length] ?? 'unknown')],
      ...over,
    }),
  );
}

export function buildRecords(): CaseRecord[] {
  const previous = Array.from({ length: 274 }, (_, i) => lead(2020, i + 1, i < 238));
  const current = Array.from({ length: 313 }, (_, i) => {
    const n = i + 1;
    // Arrested, but no arrest date.
    if (n === 1) return lead(2021, n, true, { suspects: [suspect(2021, true, 'neighbour', false)] });
    // Counted under "Province not recorded".
    if (n === 313) return lead(2021, n, false, { province: undefined });
    return lead(2021, n, i < 268);
  });
  const support = [
    // Victim support for an investigation no lead team recorded.
    recordOf(
      summaryOf('OVA', { investigationRef: ref(2021, 9001), dateReported: '2021-08-10', offenceDate: '2021-08-01' }),
    ),
    // Forensic work under investigation 1's reference, for another offence.
    recordOf(
      summaryOf('FST', {
        investigationRef: ref(2021, 1),
        dateReported: '2021-03-20',
        offenceDate: '2021-03-10',
        offences: ['trafficking'],
      }),
    ),
  ];
  return [...previous, ...current, ...support];
}

export const openSettings = (year: number): YearSettings => ({ year, spending: {}, log: [] });

/** What main's `totals:get` answers for these records and the year's settings. */
export function reportFor(records: readonly CaseRecord[], settings: YearSettings, previousSpending = {}): TotalsReport {
  return {
    comparison: compareYears(records, settings.year, settings.spending, previousSpending),
    quality: checkDataQuality(records, settings.year, settings.spending),
    settings,
  };
}

/** What main's `cases:byIds` answers. */
export function rowsFor(records: readonly CaseRecord[], ids: readonly string[]): CaseRow[] {
  const wanted = new Set(ids);
  return records.filter((r) => wanted.has(r.id)).map(toRow);
}
