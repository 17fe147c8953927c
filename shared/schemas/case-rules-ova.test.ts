import { describe, expect, it } from 'vitest';
import { issues } from '../testing/schema-issues';
import { CaseEntry } from './case';
import { many, tomorrow, variant, type Rule } from './case-test-kit';

/** OVA: counts of those supported, services and referrals. */
const RULES: Rule[] = [
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
  [
    'a service on or after the offence (10 March)',
    'OVA',
    { 'services.0.date': '2025-03-10' },
    { 'services.0.date': '2025-01-02' },
    ['services.0.date: v.support.beforeOffence'],
  ],
  [
    'a referral on or after the offence',
    'OVA',
    { referrals: [{ agency: 'Legal aid', date: '10/03/2025' }] },
    { referrals: [{ agency: 'Legal aid', date: '09/03/2025' }] },
    ['referrals.0.date: v.support.beforeOffence'],
  ],
  [
    'support dated before an offence date that is itself wrong says only what is wrong',
    'OVA',
    { offenceDate: '', 'services.0.date': '2025-01-02' },
    { offenceDate: '2025-13-01', 'services.0.date': '2025-01-02' },
    ['offenceDate: v.date.invalid'],
  ],
];

describe('CaseEntry: every rule accepts one example and refuses another', () => {
  describe.each(RULES)('%s (%s)', (_rule, team, valid, invalid, expected) => {
    it('accepts', () => expect(issues(CaseEntry, variant(team, valid))).toEqual([]));
    it('refuses', () => expect(issues(CaseEntry, variant(team, invalid))).toEqual(expected));
  });
});
