import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../domain/dates';
import { TEAMS, type Team } from '../domain/teams';
import { sampleSummary } from '../testing/samples';
import { issues } from '../testing/schema-issues';
import type { z } from 'zod';
import { CaseEntry, CaseInput } from './case';
import { CalendarDate, OptionalCalendarDate } from './date-fields';
import { DATE_KEY } from './date-issues';

const REMOVE = Symbol('remove');
type Changes = Record<string, unknown>;

/** The team's sample with some fields changed, by dotted path (`suspects.0.arrestDate`). */
function variant(team: Team, changes: Changes): Record<string, unknown> {
  const summary = structuredClone(sampleSummary(team)) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let node = summary;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (value === REMOVE) Reflect.deleteProperty(node, last);
    else node[last] = value;
  }
  return summary;
}

const tomorrow = toIsoDate(new Date(Date.now() + 36 * 3600 * 1000));
const [suspect] = sampleSummary('HIT').suspects;
if (!suspect) throw new Error('the HIT sample has a suspect');
const hash = 'AB'.repeat(32);
const victim = { age: 9, sex: 'female', outcome: 'injured' } as const;
const icacSuspect = sampleSummary('ICAC').suspects[0];
const [exhibit] = sampleSummary('FST').exhibits;
if (!exhibit || !icacSuspect) throw new Error('the samples have an exhibit and an ICAC suspect');
/** `n` copies of one repeat-group row: a group at its bound, or one past it. */
const many = <T>(n: number, row: T): T[] => Array.from({ length: n }, () => structuredClone(row));

/**
 * One row per rule: the team, a change the rule accepts, a change it refuses, and the exact
 * issues (path inside the summary: message key) the refusal gives: only its own, since
 * cross-field rules stay silent while a date they compare is empty or not a date.
 */
const RULES: [rule: string, team: Team, valid: Changes, invalid: Changes, expected: string[]][] = [
  // Common fields (every team has them; OVA has no other dates to interfere).
  [
    'investigationRef required',
    'OVA',
    { investigationRef: ' cpu-2025/14 ' },
    { investigationRef: REMOVE },
    ['investigationRef: v.ref.required'],
  ],
  [
    'investigationRef format',
    'OVA',
    { investigationRef: 'HIT-2025-0001' },
    { investigationRef: 'CPU 2025' },
    ['investigationRef: v.ref.format'],
  ],
  [
    'report date in a year the register lists: from 2000',
    'OVA',
    { dateReported: '01/01/2000', offenceDate: '' },
    { dateReported: '31/12/1999', offenceDate: '' },
    ['dateReported: v.date.year'],
  ],
  [
    'report date not in 1900',
    'OVA',
    { dateReported: '2000-06-01', offenceDate: '', 'services.0.date': '2000-06-01' },
    { dateReported: '01/01/1900', offenceDate: '' },
    ['dateReported: v.date.year'],
  ],
  [
    'a date after next year is in the future, said once',
    'OVA',
    { 'services.0.date': '2025-03-15' },
    { 'services.0.date': '2999-01-01' },
    ['services.0.date: v.date.future'],
  ],
  [
    'only the offence date may lie before 2000',
    'OVA',
    { offenceDate: '1998-05-01' },
    { 'services.0.date': '1999-12-31' },
    ['services.0.date: v.date.year'],
  ],
  [
    'dateReported required',
    'OVA',
    { dateReported: '14/03/2025' },
    { dateReported: '' },
    ['dateReported: v.date.required'],
  ],
  [
    'dateReported in Khmer digits / a real date',
    'OVA',
    { dateReported: '១៤/០៣/២០២៥' },
    { dateReported: '31/04/2025' },
    ['dateReported: v.date.invalid'],
  ],
  [
    'dateReported not in the future',
    'OVA',
    { dateReported: '2025-03-10' },
    { dateReported: tomorrow },
    ['dateReported: v.date.future'],
  ],
  [
    'offenceDate optional / a real date',
    'OVA',
    { offenceDate: '' },
    { offenceDate: '10/13/2025' },
    ['offenceDate: v.date.invalid'],
  ],
  [
    'offenceDate in Khmer digits / not a number',
    'OVA',
    { offenceDate: '១០/០៣/២០២៥' },
    { offenceDate: 20250310 },
    ['offenceDate: v.date.invalid'],
  ],
  [
    'offenceDate not after the report',
    'OVA',
    { offenceDate: '2025-03-14' },
    { offenceDate: '2025-03-15' },
    ['offenceDate: v.offenceDate.afterReport'],
  ],
  [
    'offenceDate not in the future',
    'OVA',
    { offenceDate: REMOVE },
    { offenceDate: tomorrow },
    ['offenceDate: v.offenceDate.afterReport', 'offenceDate: v.date.future'],
  ],
  ['province from the list', 'OVA', { province: '' }, { province: '99' }, ['province: v.province.unknown']],
  [
    'district at most 80',
    'OVA',
    { district: 'd'.repeat(80) },
    { district: 'd'.repeat(81) },
    ['district: v.text.max80'],
  ],
  ['district is text', 'OVA', { district: '' }, { district: 12 }, ['district: v.required']],
  [
    'offences at least one',
    'OVA',
    { offences: ['rape-under-15', 'trafficking'] },
    { offences: [] },
    ['offences: v.offences.min'],
  ],
  ['offences from the list', 'OVA', { offences: ['other'] }, { offences: ['arson'] }, ['offences.0: v.offences.min']],
  [
    'offences not repeated',
    'OVA',
    { offences: ['other'] },
    { offences: ['other', 'other'] },
    ['offences: v.duplicate'],
  ],
  [
    'debauchery only before 2008',
    'OVA',
    { offences: ['debauchery'], offenceDate: '31/12/2007' },
    { offences: ['debauchery'], offenceDate: '2008-01-01' },
    ['offences: v.offence.debauchery'],
  ],
  [
    'debauchery needs the offence date',
    'OVA',
    { offences: ['debauchery', 'other'], offenceDate: '1999-05-01' },
    { offences: ['debauchery'], offenceDate: '' },
    ['offences: v.offence.debauchery'],
  ],
  ['status from the list', 'OVA', { status: 'closed' }, { status: '' }, ['status: v.choose']],
  ['status known', 'OVA', { status: 'awaiting-court' }, { status: 'archived' }, ['status: v.choose']],
  [
    'narrative at most 4000',
    'OVA',
    { narrative: 'n'.repeat(4000) },
    { narrative: 'n'.repeat(4001) },
    ['narrative: v.text.max4000'],
  ],
  ['team required', 'OVA', { team: 'OVA' }, { team: REMOVE }, ['team: v.team.required']],
  ['team known', 'OVA', { team: 'OVA' }, { team: 'POLICE' }, ['team: v.team.required']],

  // HIT: victims.
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

  // ICAC.
  [
    'referral source chosen',
    'ICAC',
    { referralSource: 'proactive' },
    { referralSource: '' },
    ['referralSource: v.choose'],
  ],
  [
    'referral ids required for NCMEC',
    'ICAC',
    { referralSource: 'local-report', referralIds: [] },
    { referralIds: [] },
    ['referralIds: v.referralIds.required'],
  ],
  [
    'referral ids required for foreign police',
    'ICAC',
    { referralSource: 'foreign-police' },
    { referralSource: 'foreign-police', referralIds: [] },
    ['referralIds: v.referralIds.required'],
  ],
  [
    'referral id not empty',
    'ICAC',
    { 'referralIds.0.value': 'r'.repeat(40) },
    { 'referralIds.0.value': ' ' },
    ['referralIds.0.value: v.required'],
  ],
  [
    'referral id at most 40',
    'ICAC',
    { 'referralIds.0.value': 'X' },
    { 'referralIds.0.value': 'r'.repeat(41) },
    ['referralIds.0.value: v.text.max40'],
  ],
  [
    'online offences at least one',
    'ICAC',
    { onlineOffences: ['grooming', 'material-upload'] },
    { onlineOffences: [] },
    ['onlineOffences: v.onlineOffences.min'],
  ],
  [
    'online offences from the list',
    'ICAC',
    { onlineOffences: ['material-download'] },
    { onlineOffences: ['hacking'] },
    ['onlineOffences.0: v.onlineOffences.min'],
  ],
  [
    'online offences not repeated',
    'ICAC',
    { onlineOffences: ['grooming'] },
    { onlineOffences: ['grooming', 'grooming'] },
    ['onlineOffences: v.duplicate'],
  ],
  ['devices seized a count', 'ICAC', { devicesSeized: '៣' }, { devicesSeized: -1 }, ['devicesSeized: v.count.max1000']],
  [
    'devices seized at most 1,000',
    'ICAC',
    { devicesSeized: '១០០០' },
    { devicesSeized: 1001 },
    ['devicesSeized: v.count.max1000'],
  ],
  [
    'forensic exams a count, at most 1,000',
    'ICAC',
    { forensicExams: 1000 },
    { forensicExams: '2.5' },
    ['forensicExams: v.count.max1000'],
  ],
  [
    'victims identified a count, at most 100',
    'ICAC',
    { victimsIdentified: '100' },
    { victimsIdentified: 101 },
    ['victimsIdentified: v.count.max100'],
  ],
  ['victims identified not 50,000', 'ICAC', {}, { victimsIdentified: 50_000 }, ['victimsIdentified: v.count.max100']],
  [
    'ICAC suspects at most 50',
    'ICAC',
    { suspects: many(50, icacSuspect) },
    { suspects: many(51, icacSuspect) },
    ['suspects: v.suspects.max'],
  ],
  [
    'referral ids at most 1,000',
    'ICAC',
    { referralIds: many(1000, { value: 'CT-1' }) },
    { referralIds: many(1001, { value: 'CT-1' }) },
    ['referralIds: v.referralIds.max'],
  ],
  [
    'partner agencies at most 50',
    'ICAC',
    { partnerAgencies: many(50, { value: 'AFP' }) },
    { partnerAgencies: many(51, { value: 'AFP' }) },
    ['partnerAgencies: v.partnerAgencies.max'],
  ],
  [
    'partner agency not empty',
    'ICAC',
    { partnerAgencies: [] },
    { 'partnerAgencies.0.value': '' },
    ['partnerAgencies.0.value: v.required'],
  ],
  [
    'partner agency at most 80',
    'ICAC',
    { 'partnerAgencies.0.value': 'p'.repeat(80) },
    { 'partnerAgencies.0.value': 'p'.repeat(81) },
    ['partnerAgencies.0.value: v.text.max80'],
  ],
  [
    'ICAC arrest not before the offence',
    'ICAC',
    { 'suspects.0.arrestDate': '2025-03-10' },
    { 'suspects.0.arrestDate': '2025-03-09' },
    ['suspects.0.arrestDate: v.arrestDate.beforeOffence'],
  ],
  [
    'ICAC arrested needs an arrest date',
    'ICAC',
    { 'suspects.0.arrested': false, 'suspects.0.arrestDate': '' },
    { 'suspects.0.arrestDate': '' },
    ['suspects.0.arrestDate: v.arrestDate.required'],
  ],

  // FST.
  ['exhibits at least one', 'FST', {}, { exhibits: [] }, ['exhibits: v.exhibits.min']],
  [
    'exhibits at most 500',
    'FST',
    { exhibits: many(500, exhibit) },
    { exhibits: many(501, exhibit) },
    ['exhibits: v.exhibits.max'],
  ],
  [
    'examinations of an exhibit at most 50',
    'FST',
    { 'exhibits.0.examinations': many(50, exhibit.examinations[0]) },
    { 'exhibits.0.examinations': many(51, exhibit.examinations[0]) },
    ['exhibits.0.examinations: v.examinations.max'],
  ],
  [
    'custody of an exhibit at most 50 links',
    'FST',
    { 'exhibits.0.custody': many(50, exhibit.custody[0]) },
    { 'exhibits.0.custody': many(51, exhibit.custody[0]) },
    ['exhibits.0.custody: v.custody.max'],
  ],
  [
    'exhibit reference required',
    'FST',
    { 'exhibits.0.reference': 'r'.repeat(40) },
    { 'exhibits.0.reference': '' },
    ['exhibits.0.reference: v.required'],
  ],
  [
    'exhibit reference at most 40',
    'FST',
    { 'exhibits.0.reference': 'EX-1' },
    { 'exhibits.0.reference': 'r'.repeat(41) },
    ['exhibits.0.reference: v.text.max40'],
  ],
  [
    'exhibit type chosen',
    'FST',
    { 'exhibits.0.type': 'digital-device' },
    { 'exhibits.0.type': '' },
    ['exhibits.0.type: v.choose'],
  ],
  [
    'date collected required',
    'FST',
    { 'exhibits.0.dateCollected': '១១/០៣/២០២៥' },
    { 'exhibits.0.dateCollected': '' },
    ['exhibits.0.dateCollected: v.date.required'],
  ],
  [
    'date collected not before the offence',
    'FST',
    { 'exhibits.0.dateCollected': '2025-03-10', 'exhibits.0.custody.0.date': '2025-03-10' },
    { 'exhibits.0.dateCollected': '2025-03-09' },
    ['exhibits.0.dateCollected: v.collected.beforeOffence'],
  ],
  [
    'SHA-256 optional, 64 hex characters',
    'FST',
    { 'exhibits.0.sha256': hash },
    { 'exhibits.0.sha256': 'abc' },
    ['exhibits.0.sha256: v.hash.sha256'],
  ],
  [
    'SHA-256 may be empty / only hex',
    'FST',
    { 'exhibits.0.sha256': '' },
    { 'exhibits.0.sha256': 'z'.repeat(64) },
    ['exhibits.0.sha256: v.hash.sha256'],
  ],
  [
    'examinations may be none / type chosen',
    'FST',
    { 'exhibits.0.examinations': [] },
    { 'exhibits.0.examinations.0.type': 'xray' },
    ['exhibits.0.examinations.0.type: v.choose'],
  ],
  [
    'examination date optional / a real date',
    'FST',
    { 'exhibits.0.examinations.0.date': '' },
    { 'exhibits.0.examinations.0.date': '13/3/25' },
    ['exhibits.0.examinations.0.date: v.date.invalid'],
  ],
  [
    'examination result at most 500',
    'FST',
    { 'exhibits.0.examinations.0.result': 'r'.repeat(500) },
    { 'exhibits.0.examinations.0.result': 'r'.repeat(501) },
    ['exhibits.0.examinations.0.result: v.text.max500'],
  ],
  ['custody at least the first holder', 'FST', {}, { 'exhibits.0.custody': [] }, ['exhibits.0.custody: v.custody.min']],
  [
    'custody holder required',
    'FST',
    { 'exhibits.0.custody.0.holder': 'h'.repeat(80) },
    { 'exhibits.0.custody.0.holder': '' },
    ['exhibits.0.custody.0.holder: v.required'],
  ],
  [
    'custody place required',
    'FST',
    { 'exhibits.0.custody.0.place': 'Police station' },
    { 'exhibits.0.custody.0.place': '  ' },
    ['exhibits.0.custody.0.place: v.required'],
  ],
  [
    'custody date required',
    'FST',
    { 'exhibits.0.custody.0.date': '១២/០៣/២០២៥' },
    { 'exhibits.0.custody.0.date': '' },
    ['exhibits.0.custody.0.date: v.date.required'],
  ],
  [
    'custody starts on or after collection',
    'FST',
    { 'exhibits.0.custody.0.date': '2025-03-11' },
    { 'exhibits.0.custody.0.date': '2025-03-10' },
    ['exhibits.0.custody.0.date: v.custody.order'],
  ],
  [
    'custody follows on from the previous holder',
    'FST',
    {
      'exhibits.0.custody': [
        { holder: 'A', date: '2025-03-11', place: 'Scene' },
        { holder: 'B', date: '2025-03-11', place: 'Lab' },
      ],
    },
    {
      'exhibits.0.custody': [
        { holder: 'A', date: '2025-03-13', place: 'Scene' },
        { holder: 'B', date: '2025-03-12', place: 'Lab' },
      ],
    },
    ['exhibits.0.custody.1.date: v.custody.order'],
  ],

  // OVA.
  [
    'victims supported a count',
    'OVA',
    { victimsSupported: '១' },
    { victimsSupported: '' },
    ['victimsSupported: v.count.max100'],
  ],
  [
    'victims supported at most 100',
    'OVA',
    { victimsSupported: '១០០' },
    { victimsSupported: 50_000 },
    ['victimsSupported: v.count.max100'],
  ],
  [
    'family members supported a count, at most 500',
    'OVA',
    { familyMembersSupported: 500 },
    { familyMembersSupported: 'two' },
    ['familyMembersSupported: v.count.max500'],
  ],
  [
    'family members supported not more than 500',
    'OVA',
    { familyMembersSupported: 0 },
    { familyMembersSupported: 501 },
    ['familyMembersSupported: v.count.max500'],
  ],
  [
    'court accompaniments a count, at most 500',
    'OVA',
    { courtAccompaniments: 3 },
    { courtAccompaniments: 1.5 },
    ['courtAccompaniments: v.count.max500'],
  ],
  [
    'court accompaniments not more than 500',
    'OVA',
    { courtAccompaniments: 500 },
    { courtAccompaniments: 501 },
    ['courtAccompaniments: v.count.max500'],
  ],
  [
    'bereaved families supported a count, at most 100',
    'OVA',
    { bereavedFamiliesSupported: '2' },
    { bereavedFamiliesSupported: 101 },
    ['bereavedFamiliesSupported: v.count.max100'],
  ],
  [
    'bereaved families supported not negative',
    'OVA',
    { bereavedFamiliesSupported: 100 },
    { bereavedFamiliesSupported: -2 },
    ['bereavedFamiliesSupported: v.count.max100'],
  ],
  [
    'services at most 500',
    'OVA',
    { services: many(500, { service: 'counselling', date: '2025-03-14' }) },
    { services: many(501, { service: 'counselling', date: '2025-03-14' }) },
    ['services: v.services.max'],
  ],
  [
    'referrals at most 100',
    'OVA',
    { referrals: many(100, { agency: 'Legal aid' }) },
    { referrals: many(101, { agency: 'Legal aid' }) },
    ['referrals: v.referrals.max'],
  ],
  [
    'services at least one',
    'OVA',
    {
      services: [
        { service: 'counselling', date: '2025-03-14' },
        { service: 'medical', date: '2025-03-14' },
      ],
    },
    { services: [] },
    ['services: v.services.min'],
  ],
  [
    'service chosen',
    'OVA',
    { 'services.0.service': 'safe-shelter' },
    { 'services.0.service': '' },
    ['services.0.service: v.choose'],
  ],
  [
    'service date required',
    'OVA',
    { 'services.0.date': '១៤/០៣/២០២៥' },
    { 'services.0.date': '' },
    ['services.0.date: v.date.required'],
  ],
  [
    'service date not in the future',
    'OVA',
    { 'services.0.date': '2025-03-15' },
    { 'services.0.date': tomorrow },
    ['services.0.date: v.date.future'],
  ],
  [
    'referral agency required',
    'OVA',
    { referrals: [{ agency: 'Legal aid', date: '' }] },
    { referrals: [{ agency: '', date: '' }] },
    ['referrals.0.agency: v.required'],
  ],
  [
    'referral agency at most 80',
    'OVA',
    { referrals: [{ agency: 'a'.repeat(80) }] },
    { referrals: [{ agency: 'a'.repeat(81) }] },
    ['referrals.0.agency: v.text.max80'],
  ],
  [
    'referral date optional / a real date',
    'OVA',
    { referrals: [{ agency: 'A', date: '១៥/០៣/២០២៥' }] },
    { referrals: [{ agency: 'A', date: 'soon' }] },
    ['referrals.0.date: v.date.invalid'],
  ],
];

describe('CaseEntry: every rule accepts one example and refuses another', () => {
  it.each(TEAMS)('the %s sample is valid and parses to itself', (team) => {
    const sample = sampleSummary(team);
    expect(issues(CaseInput, sample)).toEqual([]);
    const output = CaseInput.parse(sample);
    expect(CaseInput.parse(JSON.parse(JSON.stringify(output)))).toEqual(output);
  });

  describe.each(RULES)('%s (%s)', (_rule, team, valid, invalid, expected) => {
    it('accepts', () => expect(issues(CaseEntry, variant(team, valid))).toEqual([]));
    it('refuses', () => expect(issues(CaseEntry, variant(team, invalid))).toEqual(expected));
  });

  it.each(TEAMS)('the common cross-field rules apply to %s too', (team) => {
    expect(issues(CaseInput, variant(team, { offenceDate: '2025-03-01', dateReported: '2025-02-28' }))).toContain(
      'offenceDate: v.offenceDate.afterReport',
    );
    expect(issues(CaseInput, variant(team, { offences: ['debauchery'] }))).toContain('offences: v.offence.debauchery');
  });

  it('stores what officers type as the values kept: ISO dates, numbers, codes, trimmed text', () => {
    const typed = variant('HIT', {
      investigationRef: ' cpu-2025-014 ',
      dateReported: '១៤/០៣/២០២៥',
      offenceDate: '10/3/2025',
      province: '',
      district: '  Rolea B’ier  ',
      'victims.0.age': '១២',
      'suspects.0.age': '',
      'suspects.0.arrestDate': '12.03.2025',
    });
    const output = CaseInput.parse(typed);
    expect(output).toMatchObject({
      investigationRef: 'CPU-2025-014',
      dateReported: '2025-03-14',
      offenceDate: '2025-03-10',
      district: 'Rolea B’ier',
      victims: [{ age: 12 }],
      suspects: [{ arrestDate: '2025-03-12' }],
    });
    expect(output.province).toBeUndefined();
    expect(output.team === 'HIT' && output.suspects[0]?.age).toBeUndefined();
    const fst = CaseInput.parse(variant('FST', { 'exhibits.0.sha256': hash }));
    expect(fst.team === 'FST' && fst.exhibits[0]?.sha256).toBe('ab'.repeat(32));
  });

  it('refuses a field of another team or an unknown key (strict), naming it', () => {
    const result = CaseInput.safeParse(variant('OVA', { victims: [] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['victims'], path: [] });
    const nested = CaseInput.safeParse(variant('HIT', { 'victims.0.name': 'Dara' }));
    expect(nested.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['name'], path: ['victims', 0] });
  });

  it('homicide and suspicious death must be yes or no (note: no message key of their own)', () => {
    for (const field of ['homicide', 'suspiciousDeath']) {
      expect(issues(CaseInput, variant('HIT', { [field]: false }))).toEqual([]);
      const refused = CaseInput.safeParse(variant('HIT', { [field]: 'yes' }));
      expect(refused.error?.issues).toEqual([expect.objectContaining({ code: 'invalid_type', path: [field] })]);
    }
  });

  it('a refused summary that is not an object says to choose a team', () => {
    expect(issues(CaseInput, 'HIT')).toEqual([': v.team.required']);
  });
});

describe('date fields', () => {
  /** Every key in the summary schema whose field is a calendar date, found by walking the schema itself. */
  function dateKeys(schema: z.ZodType): string[] {
    const found: string[] = [];
    const seen = new Set<unknown>();
    const walk = (node: z.ZodType, key: string | undefined) => {
      if (node === CalendarDate || node === OptionalCalendarDate) {
        found.push(key ?? '');
        return;
      }
      if (seen.has(node)) return;
      seen.add(node);
      const def = node._zod.def as unknown as Record<string, unknown>;
      const shape = def.shape as Record<string, z.ZodType> | undefined;
      for (const [name, child] of Object.entries(shape ?? {})) walk(child, name);
      for (const child of [def.element, def.innerType, def.in, def.out]) if (child) walk(child as z.ZodType, key);
      for (const option of (def.options as z.ZodType[] | undefined) ?? []) walk(option, key);
    };
    walk(schema, undefined);
    return found;
  }

  it('are named so that the future-date rule finds every one of them', () => {
    const keys = dateKeys(CaseInput);
    expect(keys).toEqual(
      expect.arrayContaining(['dateReported', 'offenceDate', 'arrestDate', 'dateCollected', 'date']),
    );
    for (const key of keys) expect(key).toMatch(DATE_KEY);
  });
});
