import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../testing/samples';
import { issues } from '../testing/schema-issues';
import { CaseEntry } from './case';
import { many, REMOVE, variant, type Rule } from './case-test-kit';

/** HIT: victims, and suspects (the same Suspect rules as ICAC). */

const [suspect] = sampleSummary('HIT').suspects;
if (!suspect) throw new Error('the HIT sample has a suspect');
const victim = { age: 9, sex: 'female', outcome: 'injured' } as const;

const RULES: Rule[] = [
  [
    'victims at least one',
    'HIT',
    { victims: [{ age: 3, sex: 'male', outcome: 'other' }] },
    { victims: [] },
    ['victims: v.victims.min'],
  ],
  ['victim age a child', 'HIT', { 'victims.0.age': 17 }, { 'victims.0.age': 18 }, ['victims.0.age: v.age.child']],
  [
    'victim age in Khmer digits / whole',
    'HIT',
    { 'victims.0.age': '១២' },
    { 'victims.0.age': '12.5' },
    ['victims.0.age: v.age.child'],
  ],
  ['victim age not negative', 'HIT', { 'victims.0.age': 0 }, { 'victims.0.age': -1 }, ['victims.0.age: v.age.child']],
  ['victim sex chosen', 'HIT', { 'victims.0.sex': 'male' }, { 'victims.0.sex': '' }, ['victims.0.sex: v.choose']],
  [
    'victim outcome chosen',
    'HIT',
    { 'victims.0.outcome': 'other' },
    { 'victims.0.outcome': 'missing' },
    ['victims.0.outcome: v.choose'],
  ],
  [
    'homicide needs a death',
    'HIT',
    { homicide: true, 'victims.0.outcome': 'died' },
    { homicide: true },
    ['homicide: v.homicide.noDeath'],
  ],
  [
    'homicide: a later victim who died counts',
    'HIT',
    {
      homicide: true,
      victims: [
        { age: 5, sex: 'male', outcome: 'injured' },
        { age: 7, sex: 'female', outcome: 'died' },
      ],
    },
    { homicide: true, victims: [{ age: 5, sex: 'male', outcome: 'other' }] },
    ['homicide: v.homicide.noDeath'],
  ],

  [
    'victims at most 100',
    'HIT',
    { victims: many(100, victim) },
    { victims: many(101, victim) },
    ['victims: v.victims.max'],
  ],
  ['victims not 50,000', 'HIT', {}, { victims: many(50_000, victim) }, ['victims: v.victims.max']],

  // HIT: suspects (the same Suspect rules as ICAC).
  [
    'suspects at most 50',
    'HIT',
    { suspects: many(50, suspect) },
    { suspects: many(51, suspect) },
    ['suspects: v.suspects.max'],
  ],
  [
    'suspects may be none',
    'HIT',
    { suspects: [] },
    { suspects: [{ ...suspect, sex: 'x' }] },
    ['suspects.0.sex: v.choose'],
  ],
  [
    'suspect age optional, 7 to 110',
    'HIT',
    { 'suspects.0.age': '' },
    { 'suspects.0.age': 6 },
    ['suspects.0.age: v.age.suspect'],
  ],
  [
    'suspect age in Khmer digits / at most 110',
    'HIT',
    { 'suspects.0.age': '១១០' },
    { 'suspects.0.age': 111 },
    ['suspects.0.age: v.age.suspect'],
  ],
  [
    'suspect relationship chosen',
    'HIT',
    { 'suspects.0.relationship': 'unknown' },
    { 'suspects.0.relationship': '' },
    ['suspects.0.relationship: v.choose'],
  ],
  [
    'suspect arrested yes or no',
    'HIT',
    { 'suspects.0.arrested': false, 'suspects.0.arrestDate': '' },
    { 'suspects.0.arrested': 'yes' },
    ['suspects.0.arrested: v.choose'],
  ],
  [
    'arrested needs an arrest date',
    'HIT',
    { 'suspects.0.arrestDate': '១២/០៣/២០២៥' },
    { 'suspects.0.arrestDate': '' },
    ['suspects.0.arrestDate: v.arrestDate.required'],
  ],
  [
    'no arrest date unless arrested',
    'HIT',
    { 'suspects.0.arrested': false, 'suspects.0.arrestDate': REMOVE },
    { 'suspects.0.arrested': false },
    ['suspects.0.arrestDate: v.arrestDate.notArrested'],
  ],
  [
    'arrest date a real date',
    'HIT',
    { 'suspects.0.arrestDate': '2025-03-13' },
    { 'suspects.0.arrestDate': '2025-02-29' },
    ['suspects.0.arrestDate: v.date.invalid'],
  ],
  [
    'arrest not before the offence',
    'HIT',
    { 'suspects.0.arrestDate': '2025-03-10' },
    { 'suspects.0.arrestDate': '2025-03-09' },
    ['suspects.0.arrestDate: v.arrestDate.beforeOffence'],
  ],
  [
    'arrest date free when the offence date is unknown',
    'HIT',
    { offenceDate: '', 'suspects.0.arrestDate': '2020-01-01' },
    { 'suspects.0.arrestDate': '2020-01-01' },
    ['suspects.0.arrestDate: v.arrestDate.beforeOffence'],
  ],
  [
    'arrest date of a later suspect',
    'HIT',
    { suspects: [suspect, { ...suspect, arrestDate: '2025-03-11' }] },
    { suspects: [suspect, { ...suspect, arrestDate: '2025-03-01' }] },
    ['suspects.1.arrestDate: v.arrestDate.beforeOffence'],
  ],
  [
    'charges at most 200',
    'HIT',
    { 'suspects.0.charges': 'c'.repeat(200) },
    { 'suspects.0.charges': 'c'.repeat(201) },
    ['suspects.0.charges: v.text.max200'],
  ],
  [
    'court stage chosen',
    'HIT',
    { 'suspects.0.courtStage': 'convicted' },
    { 'suspects.0.courtStage': 'appeal' },
    ['suspects.0.courtStage: v.choose'],
  ],
  [
    'court outcome at most 500',
    'HIT',
    { 'suspects.0.courtOutcome': 'o'.repeat(500) },
    { 'suspects.0.courtOutcome': 'o'.repeat(501) },
    ['suspects.0.courtOutcome: v.text.max500'],
  ],
];

describe('CaseEntry: every rule accepts one example and refuses another', () => {
  describe.each(RULES)('%s (%s)', (_rule, team, valid, invalid, expected) => {
    it('accepts', () => expect(issues(CaseEntry, variant(team, valid))).toEqual([]));
    it('refuses', () => expect(issues(CaseEntry, variant(team, invalid))).toEqual(expected));
  });
});
