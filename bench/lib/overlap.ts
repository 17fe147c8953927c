import { diffSummaries } from '../../shared/domain/history';
import { CASE_STATUSES } from '../../shared/domain/lists';
import type { CaseInput, CaseRecord } from '../../shared/schemas/case';
import { generateRecords } from '../../shared/testing/generate-records';

/** Shares of the other PC's file, by how each summary relates to ours (the rest is new to us). */
export const SHARES = { identical: 0.4, newer: 0.2, older: 0.05, conflict: 0.01 } as const;

/** The record after one more edit, recorded in its history as the app records it. */
function edited(record: CaseRecord, change: (s: CaseInput) => CaseInput, by: string, at: string): CaseRecord {
  const summary = change(record.summary);
  const revision = record.revision + 1;
  return {
    ...record,
    revision,
    updatedAt: at,
    updatedBy: by,
    summary,
    history: [
      ...record.history,
      { revision, at, by, action: 'edited', changes: diffSummaries(record.summary, summary) },
    ],
  };
}

const otherStatus = (s: CaseInput): CaseInput => ({
  ...s,
  status: CASE_STATUSES.find((x) => x !== s.status) ?? 'open',
});
const otherDistrict = (s: CaseInput): CaseInput => ({ ...s, district: 'District 99' });

/** Case codes of the other PC's own summaries continue after ours, as if its sequences were ahead. */
function renumbered(records: readonly CaseRecord[], offset: number): CaseRecord[] {
  return records.map((r) => {
    const cut = r.caseCode.lastIndexOf('-');
    return { ...r, caseCode: `${r.caseCode.slice(0, cut)}-${Number(r.caseCode.slice(cut + 1)) + offset}` };
  });
}

export interface Overlap {
  ours: CaseRecord[];
  theirs: CaseRecord[];
  expected: { identical: number; newer: number; older: number; conflict: number; new: number };
}

/**
 * Two PCs' copies of one year, each `size` summaries: of the other PC's file, 40% are
 * identical to ours, 20% newer (edited there since), 5% older (edited here since), 1% edited
 * on both PCs in different fields (a conflict), the rest new to us. Ours keeps 34% of its own.
 */
export function overlapping(size: number, year: number): Overlap {
  const base = generateRecords(size, year, 1);
  const count = (share: number) => Math.round(size * share);
  const [identical, newer, older, conflict] = [
    count(SHARES.identical),
    count(SHARES.newer),
    count(SHARES.older),
    count(SHARES.conflict),
  ];
  const shared = identical + newer + older + conflict;
  const fresh = renumbered(generateRecords(size - shared, year, 2), 20_000);
  const late = (hour: number) => `${year}-12-30T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const ours: CaseRecord[] = [];
  const theirs: CaseRecord[] = [];
  base.forEach((record, i) => {
    if (i < identical) {
      ours.push(record);
      theirs.push(record);
    } else if (i < identical + newer) {
      ours.push(record);
      theirs.push(edited(record, otherStatus, 'Other PC officer', late(9)));
    } else if (i < identical + newer + older) {
      ours.push(edited(record, otherStatus, 'This PC officer', late(9)));
      theirs.push(record);
    } else if (i < shared) {
      ours.push(edited(record, otherStatus, 'This PC officer', late(9)));
      theirs.push(edited(record, otherDistrict, 'Other PC officer', late(10)));
    } else {
      ours.push(record);
    }
  });
  theirs.push(...fresh);
  return { ours, theirs, expected: { identical, newer, older, conflict, new: fresh.length } };
}
