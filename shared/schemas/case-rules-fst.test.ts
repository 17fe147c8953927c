import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../testing/samples';
import { issues } from '../testing/schema-issues';
import { CaseEntry } from './case';
import { hash, many, variant, type Rule } from './case-test-kit';

/** FST: exhibits, their examinations and chain of custody. */

const [exhibit] = sampleSummary('FST').exhibits;
if (!exhibit) throw new Error('the samples have an exhibit');

const RULES: Rule[] = [
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
  [
    'examined on or after collection',
    'FST',
    { 'exhibits.0.examinations.0.date': '2025-03-11' },
    { 'exhibits.0.examinations.0.date': '2025-02-01' },
    ['exhibits.0.examinations.0.date: v.examination.beforeCollection'],
  ],
];

describe('CaseEntry: every rule accepts one example and refuses another', () => {
  describe.each(RULES)('%s (%s)', (_rule, team, valid, invalid, expected) => {
    it('accepts', () => expect(issues(CaseEntry, variant(team, valid))).toEqual([]));
    it('refuses', () => expect(issues(CaseEntry, variant(team, invalid))).toEqual(expected));
  });
});
