import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../shared/domain/dates';
import type { CaseRecord } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import { callsOn } from '../testing/dispatch-calls';
import { tempDir } from '../testing/temp-dir';
import { unlockedDispatch } from '../testing/unlocked-app';

const tomorrow = toIsoDate(new Date(Date.now() + 36 * 3600 * 1000));

describe('cases:save', () => {
  it("saves and discards the form's draft in the one call, new and edited alike", async () => {
    const { call } = callsOn(unlockedDispatch(tempDir('save-draft')).dispatch);
    const summary = sampleSummary('OVA');
    await call('drafts:save', { key: 'new:OVA', values: { district: 'typed so far' } });

    const created = await call<CaseRecord>('cases:save', { summary, draftKey: 'new:OVA' });
    expect(await call('drafts:get', { key: 'new:OVA' })).toBeNull();

    const editKey = `edit:${created.id}`;
    await call('drafts:save', { key: editKey, values: { district: 'Kien Svay' } });
    const edited = await call<CaseRecord>('cases:save', {
      id: created.id,
      expectedRevision: created.revision,
      summary: { ...summary, district: 'Kien Svay' },
      draftKey: editKey,
    });
    expect(edited).toMatchObject({ revision: 2, summary: { district: 'Kien Svay' } });
    expect(await call('drafts:get', { key: editKey })).toBeNull();
    expect(await call('cases:get', { id: created.id })).toEqual(edited);
  });

  it('keeps the draft when the save is refused, and names every date after today with the other errors', async () => {
    const { call, refusal } = callsOn(unlockedDispatch(tempDir('save-refused')).dispatch);
    await call('drafts:save', { key: 'new:OVA', values: { district: 'typed so far' } });

    const summary = { ...sampleSummary('OVA'), dateReported: tomorrow, victimsSupported: -1 };
    const error = await refusal('cases:save', { summary, draftKey: 'new:OVA' });

    expect(error.code).toBe('invalid-input');
    expect(error.issues?.map((i) => `${i.path}: ${i.message}`)).toEqual(
      expect.arrayContaining([
        'summary.dateReported: v.date.future',
        expect.stringMatching(/^summary\.victimsSupported: /),
      ]),
    );
    expect(await call('drafts:get', { key: 'new:OVA' })).toMatchObject({ values: { district: 'typed so far' } });
  });
});
