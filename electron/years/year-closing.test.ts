import { beforeEach, describe, expect, it } from 'vitest';
import type { TotalsReport } from '../../shared/schemas/exchange';
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

  it('keeps a closed year’s investigations in it: a summary of an open year that would take or give up their lead is refused', async () => {
    const in2026 = { dateReported: '2026-01-20' };
    // CPU-2025-012 is counted in 2025 from its ICAC summary; CPU-2026-004 in 2026 from its HIT summary.
    await a.call('cases:save', { summary: sampleSummary('ICAC', 'CPU-2025-012') });
    await a.call('cases:save', { summary: { ...sampleSummary('HIT', 'CPU-2026-004'), ...in2026 } });
    await a.call('years:close', { year: 2025 });
    const before = snapshot(a.dir);
    // A HIT summary would lead CPU-2025-012 instead (HIT before ICAC), moving it out of closed 2025.
    const taken = await refusal(a.dispatch, 'cases:save', {
      summary: { ...sampleSummary('HIT', 'CPU-2025-012'), ...in2026 },
    });
    expect([taken.code, taken.params]).toEqual(['year-closed-lead', { ref: 'CPU-2025-012', year: '2025' }]);
    expect(snapshot(a.dir)).toEqual(before);
    // Summaries that leave the lead where it is are saved: support, a later ICAC one, another investigation.
    await a.call('cases:save', { summary: { ...sampleSummary('OVA', 'CPU-2025-012'), ...in2026 } });
    await a.call('cases:save', { summary: { ...sampleSummary('ICAC', 'CPU-2025-012'), ...in2026 } });
    const other = await a.call<{ id: string }>('cases:save', {
      summary: { ...sampleSummary('HIT', 'CPU-2026-005'), ...in2026 },
    });
    // Nor may an edit in the open year move its HIT summary into a closed year's investigation.
    const moved = await refusal(a.dispatch, 'cases:save', {
      id: other.id,
      expectedRevision: 1,
      summary: { ...sampleSummary('HIT', 'CPU-2025-012'), ...in2026 },
    });
    expect(moved.code).toBe('year-closed-lead');

    // The other way: with 2026 closed, a HIT summary reported in 2025 would lead CPU-2026-004 from 2025.
    await a.call('years:reopen', { year: 2025, reason: 'Late summaries' });
    await a.call('years:close', { year: 2026 });
    const earlier = await refusal(a.dispatch, 'cases:save', { summary: sampleSummary('HIT', 'CPU-2026-004') });
    expect([earlier.code, earlier.params]).toEqual(['year-closed-lead', { ref: 'CPU-2026-004', year: '2026' }]);
    await a.call('cases:save', { summary: sampleSummary('ICAC', 'CPU-2026-004') });
  });

  it('refuses an import whose summary would take the lead of a closed year’s investigation, writing nothing', async () => {
    await a.call('cases:save', { summary: sampleSummary('ICAC', 'CPU-2025-012') });
    await a.call('years:close', { year: 2025 });
    // Another PC entered a HIT summary for the same investigation in 2026.
    const b = pc('close-b', clock);
    await b.call('cases:save', { summary: { ...sampleSummary('HIT', 'CPU-2025-012'), dateReported: '2026-01-20' } });
    const file = await b.call<{ base64: string }>('exports:create', { year: 2026, format: 'year-json' });
    const content = Buffer.from(file.base64, 'base64').toString('utf8');
    const preview = await a.call<{ token: string }>('imports:preview', { content });
    // Something else saved meanwhile (another window): what the check reads is not what the preview left in memory.
    await a.call('cases:save', { summary: { ...sampleSummary('OVA', 'CPU-2026-900'), dateReported: '2026-01-21' } });
    const before = snapshot(a.dir, { log: false });
    const refused = await refusal(a.dispatch, 'imports:apply', { token: preview.token, resolutions: {} });
    expect([refused.code, refused.params]).toEqual(['year-closed-lead', { ref: 'CPU-2025-012', year: '2025' }]);
    expect(snapshot(a.dir, { log: false })).toEqual(before);
  });

  it("keeps a closed year's province table when a summary of an open year gets a province", async () => {
    await a.call('cases:save', { summary: { ...sampleSummary('ICAC', 'CPU-2025-012'), province: undefined } });
    const late = await a.call<{ id: string }>('cases:save', {
      summary: { ...sampleSummary('OVA', 'CPU-2025-012'), dateReported: '2026-01-20', province: '12' },
    });
    await a.call('years:close', { year: 2025 });
    const provinces = async () =>
      (await a.call<TotalsReport>('totals:get', { year: 2025 })).comparison.current.byProvince.rows
        .filter((r) => r.value > 0)
        .map((r) => r.key);
    expect(await provinces()).toEqual(['unknown']);
    await a.call('cases:save', {
      id: late.id,
      expectedRevision: 1,
      summary: { ...sampleSummary('OVA', 'CPU-2025-012'), dateReported: '2026-01-20', province: '04' },
    });
    expect(await provinces()).toEqual(['unknown']);
  });

  it('logs spending once when it is saved again unchanged', async () => {
    await a.call('years:setSpending', { year: 2025, spending: { HIT: 100, OVA: 0 } });
    const again = await a.call<{ log: { action: string }[] }>('years:setSpending', {
      year: 2025,
      spending: { OVA: 0, HIT: 100 },
    });
    expect(again.log.map((l) => l.action)).toEqual(['spending']);
    const changed = await a.call<{ log: { action: string }[] }>('years:setSpending', {
      year: 2025,
      spending: { HIT: 100 },
    });
    expect(changed.log.map((l) => l.action)).toEqual(['spending', 'spending']);
  });
});
