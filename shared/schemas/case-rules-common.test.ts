import { describe, expect, it } from 'vitest';
import { issues } from '../testing/schema-issues';
import { CaseEntry } from './case';
import { REMOVE, tomorrow, variant, type Rule } from './case-test-kit';

/** The fields every team has, and the dates of a summary (OVA has no other dates to interfere). */
const RULES: Rule[] = [
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
    { offenceDate: '1998-05-01', 'services.0.date': '1999-12-31' },
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
];

describe('CaseEntry: every rule accepts one example and refuses another', () => {
  describe.each(RULES)('%s (%s)', (_rule, team, valid, invalid, expected) => {
    it('accepts', () => expect(issues(CaseEntry, variant(team, valid))).toEqual([]));
    it('refuses', () => expect(issues(CaseEntry, variant(team, invalid))).toEqual(expected));
  });
});
