import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/schemas/draft';
import { draftOnTop } from './draft-on-top';

const base = { revision: 1, values: { district: 'Daun Penh', narrative: 'First', status: 'open' } };
const draft: Draft = {
  key: 'edit:00000000-0000-4000-8000-000000000001',
  savedAt: '2025-05-02T03:00:00.000Z',
  values: { district: 'Mine', narrative: 'First', status: 'closed' },
  base,
};

describe('draftOnTop', () => {
  it('puts a draft of the revision saved now back whole', () => {
    expect(draftOnTop(draft, { revision: 1, values: base.values })).toEqual({ values: draft.values, bothChanged: [] });
  });

  it('over a later revision, keeps the saves since where the officer changed nothing, and names what both changed', () => {
    const now = { revision: 3, values: { district: 'Theirs', narrative: 'Second', status: 'open' } };
    expect(draftOnTop(draft, now)).toEqual({
      values: { district: 'Mine', narrative: 'Second', status: 'closed' },
      startedOn: 1,
      bothChanged: ['district'],
    });
  });

  it('reads values the same whatever the digits: a draft kept with Khmer digits over a save shown in Latin ones', () => {
    const khmer: Draft = {
      ...draft,
      values: { district: 'Mine', age: '១២', dateReported: '១៤/០៣/២០២៥' },
      base: { revision: 1, values: { district: 'Daun Penh', age: '១២', dateReported: '១៤/០៣/២០២៥' } },
    };
    const now = { revision: 2, values: { district: 'Daun Penh', age: 13, dateReported: '14/03/2025' } };
    // Only the district was the officer's change; the age changed in the save since, and stays.
    expect(draftOnTop(khmer, now)).toEqual({
      values: { district: 'Mine', age: 13, dateReported: '14/03/2025' },
      startedOn: 1,
      bothChanged: [],
    });
  });

  it('a draft kept before drafts said where they started (or of a new summary) comes back whole', () => {
    const { base: _, ...older } = draft;
    void _;
    expect(draftOnTop(older, { revision: 2, values: base.values }).values).toEqual(draft.values);
    expect(draftOnTop(draft, undefined).values).toEqual(draft.values);
  });
});
