import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../schemas/case';
import { recordOf, summaryOf } from '../testing/records';
import { checkDataQuality } from './data-quality';
import type { Relationship } from './lists';
import { arrestRate, compareYears, computeTotals, percentChange } from './totals';

const ref = (year: number, n: number) => `CPU-${year}-${String(n).padStart(4, '0')}`;
const suspect = (arrested: boolean, relationship: Relationship = 'neighbour') => ({
  age: 40,
  sex: 'male' as const,
  relationship,
  arrested,
  ...(arrested ? { arrestDate: '2021-03-12' } : {}),
  charges: '',
  courtStage: arrested ? ('charged' as const) : ('not-charged' as const),
  courtOutcome: '',
});

/** A HIT lead summary reported in `year`, with its own investigation reference. */
function hit(year: number, n: number, changes: Parameters<typeof summaryOf<'HIT'>>[1] = {}): CaseRecord {
  const date = `${year}-03-14`;
  return recordOf(
    summaryOf('HIT', { investigationRef: ref(year, n), dateReported: date, offenceDate: `${year}-03-10`, ...changes }),
  );
}

describe('annual totals, from the figures the unit published', () => {
  it('2021: 313 investigations and 268 suspects arrested give an arrest rate of 85.6%', () => {
    const leads = Array.from({ length: 313 }, (_, i) =>
      hit(2021, i + 1, { suspects: i < 268 ? [suspect(true)] : [suspect(false)] }),
    );
    // Every investigation also has forensic and victim-support summaries: still counted once.
    const support = leads.flatMap((l) => [
      recordOf({
        ...summaryOf('FST'),
        investigationRef: l.summary.investigationRef,
        dateReported: '2021-03-20',
        offenceDate: '2021-03-10',
        exhibits: summaryOf('FST').exhibits.map((e) => ({
          ...e,
          dateCollected: '2021-03-11',
          custody: e.custody.map((c) => ({ ...c, date: '2021-03-11' })),
        })),
      }),
      recordOf({
        ...summaryOf('OVA'),
        investigationRef: l.summary.investigationRef,
        dateReported: '2021-04-01',
        offenceDate: '2021-03-10',
      }),
    ]);
    const totals = computeTotals([...leads, ...support], 2021);
    expect(totals.investigations.value).toBe(313);
    expect(totals.suspectsArrested.value).toBe(268);
    expect(totals.arrestRate).toBe(85.6);
    expect(totals.investigationsWithArrest.value).toBe(268);
    expect(totals.arrestShare).toBe(85.6);
    expect(totals.summariesByTeam.rows.find((r) => r.key === 'OVA')?.value).toBe(313);
    expect(totals.services.rows.find((r) => r.key === 'medical')?.value).toBe(313);
    expect(totals.exhibits.value).toBe(313);
  });

  it('one investigation with three suspects arrested: 300 per 100 investigations, yet 100% of investigations with an arrest', () => {
    const totals = computeTotals([hit(2021, 1, { suspects: [suspect(true), suspect(true), suspect(true)] })], 2021);
    expect(totals.suspectsArrested.value).toBe(3);
    expect(totals.arrestRate).toBe(300);
    expect(totals.arrestShare).toBe(100);
  });

  it('2019: 274 investigations with 238 arrests is the published 87% (86.9 to one decimal)', () => {
    expect(arrestRate(238, 274)).toBe(86.9);
    expect(Math.round(arrestRate(238, 274) ?? 0)).toBe(87);
    expect(arrestRate(0, 0)).toBeNull();
  });

  it('child homicides 33 in 2018 then 24 in 2019 is a change of -27.3%', () => {
    const died = {
      victims: [{ age: 9, sex: 'female' as const, outcome: 'died' as const }],
      homicide: true,
      offences: ['child-homicide' as const],
    };
    const records = [
      ...Array.from({ length: 33 }, (_, i) => hit(2018, i + 1, died)),
      ...Array.from({ length: 24 }, (_, i) => hit(2019, i + 1, died)),
      hit(2019, 99),
    ];
    const comparison = compareYears(records, 2019, {}, {});
    expect(comparison.previous.childHomicides.value).toBe(33);
    expect(comparison.current.childHomicides.value).toBe(24);
    expect(comparison.change.childHomicides).toBe(-27.3);
    expect(percentChange(0, 5)).toBeNull();
  });

  it('offences in the capital and 20 provinces, Phnom Penh and Kampong Chhnang at five each, zeros shown', () => {
    const others = [
      '01',
      '02',
      '03',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
      '21',
    ];
    const provinces = [...Array<string>(5).fill('12'), ...Array<string>(5).fill('04'), ...others];
    const totals = computeTotals(
      provinces.map((p, i) => hit(2021, i + 1, { province: p })),
      2021,
    );
    expect(totals.provincesWithInvestigations).toBe(21);
    const value = (code: string) => totals.byProvince.rows.find((r) => r.key === code)?.value;
    expect(value('12')).toBe(5);
    expect(value('04')).toBe(5);
    expect(value('25')).toBe(0);
    expect(totals.byProvince.rows).toHaveLength(26);
    expect(totals.byProvince.total).toBe(29);
  });

  it('ranks offenders: neighbours first, fathers second', () => {
    const plan: Relationship[][] = [
      ['neighbour', 'neighbour'],
      ['father'],
      ['neighbour', 'father'],
      ['stranger'],
      ['neighbour'],
    ];
    const totals = computeTotals(
      plan.map((rels, i) => hit(2021, i + 1, { suspects: rels.map((r) => suspect(false, r)) })),
      2021,
    );
    expect(totals.relationships.rows.slice(0, 3).map((r) => [r.key, r.value])).toEqual([
      ['neighbour', 4],
      ['father', 2],
      ['stranger', 1],
    ]);
  });

  it('counts an investigation once in the year of its HIT summary, takes its figures from that summary, and ignores the bin', () => {
    const lead = hit(2021, 1, { suspects: [suspect(true)] });
    const icac = recordOf({
      ...summaryOf('ICAC'),
      investigationRef: lead.summary.investigationRef,
      dateReported: '2022-01-05',
      offenceDate: '2021-03-10',
    });
    const binned = hit(2021, 2, {});
    const totals = computeTotals([lead, icac, { ...binned, deletedAt: '2021-12-31T00:00:00.000Z' }], 2021);
    expect(totals.investigations).toEqual({ value: 1, ids: [lead.id] });
    expect(computeTotals([lead, icac], 2022).investigations.value).toBe(0);
    // ICAC's own activity counts in its report year.
    expect(computeTotals([lead, icac], 2022).devicesSeized.value).toBe(3);
  });

  it("takes an investigation's province from its principal, else from its own year's summaries in a fixed order", () => {
    const lead = hit(2025, 1, { province: undefined });
    const ref2025 = lead.summary.investigationRef;
    const support = (team: 'FST' | 'OVA', date: string, province: string) =>
      recordOf({
        ...summaryOf(team),
        investigationRef: ref2025,
        dateReported: date,
        offenceDate: '2025-03-10',
        province,
      });
    const nextYear = support('OVA', '2026-01-10', '12');
    const forensic = support('FST', '2025-05-01', '04');
    const victim = support('OVA', '2025-04-01', '08');
    const province = (records: CaseRecord[]) =>
      computeTotals(records, 2025)
        .byProvince.rows.filter((r) => r.value > 0)
        .map((r) => r.key);
    // A summary of 2026 never gives 2025 its province, whatever order the summaries are stored in.
    expect(province([lead, nextYear])).toEqual(['unknown']);
    // Of 2025's summaries the one reported first, in any storage order (two PCs count alike).
    expect(province([nextYear, forensic, victim, lead])).toEqual(['08']);
    expect(province([lead, victim, forensic, nextYear])).toEqual(['08']);
    // The principal's own province comes first.
    expect(province([nextYear, forensic, hit(2025, 1, { province: '21' }), victim])).toEqual(['21']);
  });

  it('puts victims in the age bands the law uses, by sex', () => {
    const victims = [0, 5, 6, 12, 13, 14, 15, 17].map((age) => ({
      age,
      sex: age % 2 ? ('male' as const) : ('female' as const),
      outcome: 'injured' as const,
    }));
    const totals = computeTotals([hit(2021, 1, { victims })], 2021);
    expect(totals.victimsByAgeSex.map((r) => [r.band, r.value, r.bySex.female.value, r.bySex.male.value])).toEqual([
      ['0-5', 2, 1, 1],
      ['6-12', 2, 2, 0],
      ['13-14', 2, 1, 1],
      ['15-17', 2, 0, 2],
    ]);
  });
});

describe('data quality before export', () => {
  it('finds support summaries without a lead, missing provinces, several leads and mismatched offences', () => {
    const lead = hit(2021, 1);
    const orphan = recordOf({
      ...summaryOf('OVA'),
      investigationRef: 'CPU-2021-0500',
      dateReported: '2021-05-01',
      offenceDate: '2021-03-10',
    });
    const noProvince = hit(2021, 2, { province: undefined });
    const second = recordOf({
      ...summaryOf('ICAC'),
      investigationRef: lead.summary.investigationRef,
      dateReported: '2021-06-01',
      offenceDate: '2021-03-10',
    });
    const checks = checkDataQuality([lead, orphan, noProvince, second], 2021).map((f) => [f.check, f.refs]);
    expect(checks).toEqual([
      ['no-province', [noProvince.caseCode]],
      ['support-without-lead', ['CPU-2021-0500']],
      ['several-leads', [lead.summary.investigationRef]],
      ['offence-mismatch', [lead.summary.investigationRef]],
      ['spending-missing', []],
    ]);
    // Some teams' spending alone: the total is of those teams, and the teams left are named.
    expect(checkDataQuality([lead], 2021, { HIT: 1000 })).toEqual([
      { check: 'spending-incomplete', ids: [], refs: ['OVA', 'FST', 'ICAC'] },
    ]);
    expect(checkDataQuality([lead], 2021, { OVA: 0, HIT: 1000, FST: 500, ICAC: 250 })).toEqual([]);
  });

  it('a child homicide whose every victim who died is 15 to 17 is named for review (the unit counts victims under 15)', () => {
    const homicide = (n: number, ages: number[]) =>
      hit(2021, n, {
        homicide: true,
        offences: ['child-homicide'],
        victims: ages.map((age, i) => ({
          age,
          sex: 'male' as const,
          outcome: i === 0 ? ('died' as const) : ('injured' as const),
        })),
      });
    const sixteen = homicide(1, [16]);
    const fourteen = homicide(2, [14]);
    const olderDiedYoungerHurt = homicide(3, [17, 9]);
    const spending = { OVA: 0, HIT: 1000, FST: 500, ICAC: 250 };
    const checks = checkDataQuality([sixteen, fourteen, olderDiedYoungerHurt], 2021, spending);
    expect(checks.map((f) => [f.check, f.refs])).toEqual([
      ['homicide-victim-age', [sixteen.caseCode, olderDiedYoungerHurt.caseCode]],
    ]);
  });
});
