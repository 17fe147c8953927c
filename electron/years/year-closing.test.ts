import { beforeEach, describe, expect, it } from 'vitest';
import { sampleSummary } from '../../shared/testing/samples';
import { pc, refusal, snapshot, type Pc } from '../testing/pc-folder';

describe('closing a year', () => {
  const clock = { t: Date.parse('2026-02-01T08:00:00.000Z') };
  let a: Pc;
  beforeEach(() => {
    a = pc('close', clock);
  });

  it('stops every change to the year until it is reopened with a reason, and logs both', async () => {
    const saved = await a.call<{ id: string }>('cases:save', { summary: sampleSummary('HIT') });
    // A coordinator signs in to close the year: the year's log names them.
    const lim = await a.call<{ id: string }>('accounts:add', {
      displayName: 'Coordinator Lim',
      teams: ['HIT', 'OVA'],
      role: 'coordinator',
      passphrase: 'a lantern floats down the Mekong at dusk',
    });
    await a.call('session:lock', {});
    await a.call('session:unlock', { accountId: lim.id, passphrase: 'a lantern floats down the Mekong at dusk' });
    await a.call('years:close', { year: 2025 });
    const before = snapshot(a.dir);
    const refusals = [
      await refusal(a.dispatch, 'cases:save', {
        id: saved.id,
        expectedRevision: 1,
        summary: { ...sampleSummary('HIT'), status: 'closed' },
      }),
      await refusal(a.dispatch, 'cases:save', { summary: sampleSummary('OVA') }),
      await refusal(a.dispatch, 'cases:delete', { id: saved.id }),
      await refusal(a.dispatch, 'years:setSpending', { year: 2025, spending: { HIT: 100 } }),
    ];
    expect(refusals.map((e) => [e.code, e.params?.year])).toEqual(Array(4).fill(['year-closed', '2025']));
    expect(snapshot(a.dir)).toEqual(before);
    // A summary moved into the closed year from an open one is refused too.
    const next = await a.call<{ id: string }>('cases:save', {
      summary: { ...sampleSummary('OVA'), dateReported: '2026-01-10' },
    });
    expect(
      (await refusal(a.dispatch, 'cases:save', { id: next.id, expectedRevision: 1, summary: sampleSummary('OVA') }))
        .code,
    ).toBe('year-closed');

    expect((await refusal(a.dispatch, 'years:reopen', { year: 2025, reason: '' })).code).toBe('invalid-input');
    const reopened = await a.call<{ closed?: unknown; log: { action: string; by: string; reason?: string }[] }>(
      'years:reopen',
      { year: 2025, reason: 'Late OVA summaries' },
    );
    expect(reopened.closed).toBeUndefined();
    expect(reopened.log.map((l) => [l.action, l.by, l.reason])).toEqual([
      ['closed', 'Coordinator Lim', undefined],
      ['reopened', 'Coordinator Lim', 'Late OVA summaries'],
    ]);
    await a.call('cases:save', {
      id: saved.id,
      expectedRevision: 1,
      summary: { ...sampleSummary('HIT'), status: 'closed' },
    });
  });
});
