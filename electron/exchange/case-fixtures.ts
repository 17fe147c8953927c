import type { CaseRecord } from '../../shared/schemas/case';
import { generateSummaries } from '../../shared/testing/generate';
import { recordOf, summaryOf } from '../../shared/testing/records';

/** Test data of the case-level files: a realistic year plus summaries a careless writer gets wrong. */
export const KHMER_NARRATIVE = 'កុមារី អាយុ ១២ ឆ្នាំ, បានរាយការណ៍ដោយ "មេភូមិ"។\nបន្ទាត់ទីពីរ, with a comma';
export const FORMULA = '=HYPERLINK("http://example.com","open")';
/** Saved at 20:30 UTC on New Year's Eve: 03:30 on 1 January in Phnom Penh. */
export const LATE_SAVE = '2025-12-31T20:30:00.000Z';

export function yearRecords(): { records: CaseRecord[]; tricky: CaseRecord } {
  const generated = generateSummaries(120, 2025, 11).map((s) => recordOf(s));
  const suspect = { age: 41, sex: 'male' as const, relationship: 'neighbour' as const, charges: '', courtOutcome: '' };
  const tricky = recordOf(
    summaryOf('HIT', {
      investigationRef: 'CPU-2025-9001',
      narrative: KHMER_NARRATIVE,
      district: '-',
      province: '09',
      suspects: [
        { ...suspect, arrested: true, arrestDate: '2025-03-12', charges: FORMULA, courtStage: 'charged' },
        { ...suspect, arrested: false, courtStage: 'not-charged' },
      ],
    }),
    { createdAt: LATE_SAVE, updatedAt: LATE_SAVE },
  );
  const icac = recordOf(
    summaryOf('ICAC', {
      investigationRef: 'CPU-2025-9002',
      referralSource: 'ncmec',
      referralIds: [{ value: '00123456789012345678' }],
      partnerAgencies: [{ value: '@AFP' }, { value: 'FBI' }],
    }),
  );
  const ova = recordOf(summaryOf('OVA', { referrals: [{ agency: 'Hagar, Phnom Penh', date: '2025-03-20' }] }));
  return { records: [...generated, tricky, icac, ova], tricky };
}

/** How many rows each repeat group should have, counted straight from the summaries. */
export function expectedCounts(records: readonly CaseRecord[]): Record<string, number> {
  const sum = (f: (r: CaseRecord) => number) => records.reduce((n, r) => n + f(r), 0);
  const exhibits = (r: CaseRecord) => (r.summary.team === 'FST' ? r.summary.exhibits : []);
  return {
    'summaries.csv': records.length,
    'victims.csv': sum((r) => (r.summary.team === 'HIT' ? r.summary.victims.length : 0)),
    'suspects.csv': sum((r) => (r.summary.team === 'HIT' || r.summary.team === 'ICAC' ? r.summary.suspects.length : 0)),
    'exhibits.csv': sum((r) => exhibits(r).length),
    'examinations.csv': sum((r) => exhibits(r).reduce((n, e) => n + e.examinations.length, 0)),
    'custody.csv': sum((r) => exhibits(r).reduce((n, e) => n + e.custody.length, 0)),
    'services.csv': sum((r) => (r.summary.team === 'OVA' ? r.summary.services.length : 0)),
    'referrals.csv': sum((r) => (r.summary.team === 'OVA' ? r.summary.referrals.length : 0)),
    'referral-ids.csv': sum((r) => (r.summary.team === 'ICAC' ? r.summary.referralIds.length : 0)),
    'partner-agencies.csv': sum((r) => (r.summary.team === 'ICAC' ? r.summary.partnerAgencies.length : 0)),
  };
}
