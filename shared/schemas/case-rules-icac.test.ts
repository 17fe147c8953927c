import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../testing/samples';
import { issues } from '../testing/schema-issues';
import { CaseEntry } from './case';
import { many, variant, type Rule } from './case-test-kit';

/** ICAC: referral, online offences, devices, victims identified, partners, suspects. */

const icacSuspect = sampleSummary('ICAC').suspects[0];
if (!icacSuspect) throw new Error('the samples have an ICAC suspect');

const RULES: Rule[] = [
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
];

describe('CaseEntry: every rule accepts one example and refuses another', () => {
  describe.each(RULES)('%s (%s)', (_rule, team, valid, invalid, expected) => {
    it('accepts', () => expect(issues(CaseEntry, variant(team, valid))).toEqual([]));
    it('refuses', () => expect(issues(CaseEntry, variant(team, invalid))).toEqual(expected));
  });
});
