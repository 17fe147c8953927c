import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../schemas/case';
import { generateRecords } from '../testing/generate-records';
import { groupInvestigations, regroupOne } from './investigations';

const facts = (records: readonly CaseFacts[]) => records.map(({ ...r }) => r);
/** What the totals read of a grouping: each investigation's summaries, leads, principal and year. */
const shape = (groups: ReturnType<typeof groupInvestigations>) =>
  [...groups.values()].map((i) => ({
    ref: i.ref,
    records: i.records.map((r) => `${r.id}@${r.revision}`),
    leads: i.leads.map((r) => r.id),
    principal: i.principal?.id,
    year: i.year,
  }));

describe('investigations kept up to date one summary at a time', () => {
  it('gives what grouping all summaries again gives, after edits and additions', () => {
    const list = facts(generateRecords(300, 2025, 7));
    const groups = groupInvestigations(list);
    const change = (index: number, next: CaseFacts) => {
      const previous = list[index];
      list[index] = next;
      return regroupOne(groups, previous, next);
    };
    // A lead reported earlier becomes its investigation's principal (and moves it to 2024).
    const lead = list.findIndex((r) => r.summary.team === 'HIT' || r.summary.team === 'ICAC');
    const edited = list[lead] as CaseFacts;
    const earlier = { ...edited, revision: 2, summary: { ...edited.summary, dateReported: '2024-12-30' } };
    expect(change(lead, earlier as CaseFacts)).toBe(true);
    // A new summary joins an existing investigation, another opens a new one.
    const [joining, opening] = facts(generateRecords(2, 2025, 99));
    const join = { ...joining, summary: { ...joining?.summary, investigationRef: edited.summary.investigationRef } };
    list.push(join as CaseFacts);
    expect(regroupOne(groups, undefined, join as CaseFacts)).toBe(true);
    list.push(opening as CaseFacts);
    expect(regroupOne(groups, undefined, opening as CaseFacts)).toBe(true);
    expect(shape(groups)).toEqual(shape(groupInvestigations(list)));
  });

  it('asks to group again when a summary changes investigation or goes to the bin', () => {
    const list = facts(generateRecords(50, 2025, 3));
    const groups = groupInvestigations(list);
    const first = list[0] as CaseFacts;
    const moved = { ...first, summary: { ...first.summary, investigationRef: 'CPU-2025-999' } } as CaseFacts;
    expect(regroupOne(groups, first, moved)).toBe(false);
    expect(regroupOne(groupInvestigations(list), first, { ...first, deletedAt: '2025-05-01T00:00:00.000Z' })).toBe(
      false,
    );
  });
});
