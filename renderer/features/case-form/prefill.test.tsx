import { describe, expect, it } from 'vitest';
import type { Team } from '../../../shared/domain/teams';
import { applyPrefill, isSecondLead, prefillFromInvestigation } from './prefill';
import { emptyValues } from './team-defaults';

const row = (team: Team, patch: Record<string, unknown> = {}) => ({
  team,
  investigationRef: 'INV-2025-0042',
  dateReported: '2025-03-14',
  offenceDate: '2025-03-10',
  province: '12',
  district: 'Chamkar Mon',
  offences: ['rape-under-15' as const],
  ...patch,
});

describe('prefillFromInvestigation', () => {
  it('carries the lead summary’s reference, dates, province and district, and every offence recorded', () => {
    const prefill = prefillFromInvestigation('INV-2025-0042', [
      row('FST', { dateReported: '2025-01-02', province: '08', offences: ['physical-abuse'] }),
      row('HIT'),
      row('OVA', { offences: ['other'] }),
    ]);
    expect(prefill).toEqual({
      investigationRef: 'INV-2025-0042',
      dateReported: '2025-03-14',
      offenceDate: '2025-03-10',
      province: '12',
      district: 'Chamkar Mon',
      // In the list's order, each once.
      offences: ['rape-under-15', 'physical-abuse', 'other'],
    });
  });

  it('without a lead summary, starts from the support summary reported first; the bin is left out', () => {
    const prefill = prefillFromInvestigation('INV-2025-0042', [
      row('OVA', { dateReported: '2025-05-01', province: '01' }),
      row('FST', { dateReported: '2025-04-01', province: '08', offenceDate: undefined }),
      row('HIT', { deletedAt: '2025-06-01T00:00:00.000Z', province: '12' }),
    ]);
    expect(prefill.province).toBe('08');
    expect(prefill.dateReported).toBe('2025-04-01');
    expect(prefill).not.toHaveProperty('offenceDate');
  });

  it('with no summary it can read, carries the reference alone', () => {
    expect(prefillFromInvestigation('INV-2025-0042', [])).toEqual({ investigationRef: 'INV-2025-0042' });
  });
});

describe('applyPrefill', () => {
  it('fills a blank form as the officer would have typed it (day/month/year), and nothing of the team’s own', () => {
    const blank = emptyValues('FST');
    const values = applyPrefill(blank, {
      investigationRef: 'INV-2025-0042',
      dateReported: '2025-03-14',
      offenceDate: '2025-03-10',
      province: '12',
      offences: ['rape-under-15', 'not-an-offence'],
    });
    expect(values).toMatchObject({
      team: 'FST',
      investigationRef: 'INV-2025-0042',
      dateReported: '14/03/2025',
      offenceDate: '10/03/2025',
      province: '12',
      district: '',
      offences: ['rape-under-15'],
      status: 'open',
      narrative: '',
    });
    expect(values.exhibits).toEqual(blank.exhibits);
  });

  it('writes the carried dates in Khmer digits when they are chosen, and keeps codes as stored', () => {
    const values = applyPrefill(
      emptyValues('OVA', 'khmer'),
      { investigationRef: 'INV-2025-0042', dateReported: '2025-03-14', province: '12' },
      'khmer',
    );
    expect(values).toMatchObject({
      investigationRef: 'INV-2025-0042',
      dateReported: '១៤/០៣/២០២៥',
      province: '12',
      victimsSupported: '០',
    });
  });

  it('leaves blank what was not carried', () => {
    const values = applyPrefill(emptyValues('OVA'), { investigationRef: 'INV-2025-0042' });
    expect(values).toMatchObject({ investigationRef: 'INV-2025-0042', dateReported: '', province: '', offences: [] });
  });
});

describe('isSecondLead', () => {
  it('warns for a HIT or ICAC summary when the investigation already has a lead summary', () => {
    expect(isSecondLead('ICAC', [{ team: 'HIT' }])).toBe(true);
    expect(isSecondLead('HIT', [{ team: 'HIT' }, { team: 'OVA' }])).toBe(true);
  });

  it('does not warn for a support summary, for a first lead, or when the lead is in the bin', () => {
    expect(isSecondLead('FST', [{ team: 'HIT' }])).toBe(false);
    expect(isSecondLead('HIT', [{ team: 'FST' }, { team: 'OVA' }])).toBe(false);
    expect(isSecondLead('HIT', [{ team: 'ICAC', deletedAt: '2025-06-01T00:00:00.000Z' }])).toBe(false);
  });
});
