import { describe, expect, it } from 'vitest';
import { CaseInput, FieldChange } from '../schemas/case';
import { sampleSummary } from '../testing/samples';
import { diffSummaries } from './history';

const hit = sampleSummary('HIT');
const ova = sampleSummary('OVA');
const [hitSuspect] = hit.suspects;
if (!hitSuspect) throw new Error('the HIT sample has a suspect');

/** The changes of a removed victim row: each of its fields going, under its number before. */
const victimGone = (row: number, v: { age: number; sex: string; outcome: string }) => [
  { path: `victims.${row}.age`, from: v.age, to: null },
  { path: `victims.${row}.sex`, from: v.sex, to: null },
  { path: `victims.${row}.outcome`, from: v.outcome, to: null },
];

describe('diffSummaries', () => {
  it('lists every leaf of a new summary, from null', () => {
    const changes = diffSummaries(undefined, ova);
    expect(changes).toEqual([
      { path: 'investigationRef', from: null, to: 'CPU-2025-014' },
      { path: 'dateReported', from: null, to: '2025-03-14' },
      { path: 'offenceDate', from: null, to: '2025-03-10' },
      { path: 'province', from: null, to: '04' },
      { path: 'district', from: null, to: ova.district },
      { path: 'status', from: null, to: 'open' },
      { path: 'narrative', from: null, to: ova.narrative },
      { path: 'team', from: null, to: 'OVA' },
      { path: 'offences', from: null, to: ['rape-under-15'] },
      { path: 'victimsSupported', from: null, to: 1 },
      { path: 'familyMembersSupported', from: null, to: 2 },
      { path: 'services.0.service', from: null, to: 'medical' },
      { path: 'services.0.date', from: null, to: '2025-03-14' },
      { path: 'referrals', from: null, to: [] },
      { path: 'courtAccompaniments', from: null, to: 0 },
      { path: 'bereavedFamiliesSupported', from: null, to: 0 },
    ]);
  });

  it('goes into nested rows by index and keeps lists of codes whole', () => {
    const changes = diffSummaries(undefined, sampleSummary('FST')).map((c) => c.path);
    expect(changes).toContain('exhibits.0.custody.0.holder');
    expect(changes).toContain('exhibits.0.examinations.0.type');
    expect(changes).toContain('offences');
    expect(changes).not.toContain('offences.0');
  });

  it('finds nothing between equal summaries, also after a trip through JSON', () => {
    expect(diffSummaries(hit, structuredClone(hit))).toEqual([]);
    const parsed = CaseInput.parse({ ...hit, offenceDate: '', province: '' });
    expect(Object.hasOwn(parsed, 'offenceDate')).toBe(true);
    expect(diffSummaries(JSON.parse(JSON.stringify(parsed)) as CaseInput, parsed)).toEqual([]);
  });

  it('reports each changed leaf with its dotted path, old and new value', () => {
    const suspect = { ...hitSuspect, arrestDate: '2025-03-13', age: undefined };
    const after = { ...hit, offences: ['rape-under-15', 'physical-abuse'] as typeof hit.offences, suspects: [suspect] };
    expect(diffSummaries(hit, after)).toEqual([
      { path: 'offences', from: ['rape-under-15'], to: ['rape-under-15', 'physical-abuse'] },
      { path: 'suspects.0.arrestDate', from: '2025-03-12', to: '2025-03-13' },
      { path: 'suspects.0.age', from: 41, to: null },
    ]);
  });

  it('records a cleared optional field as to null', () => {
    expect(diffSummaries(hit, { ...hit, offenceDate: undefined })).toEqual([
      { path: 'offenceDate', from: '2025-03-10', to: null },
    ]);
  });

  it('lists the fields of an added or a removed row', () => {
    const victim = { age: 9, sex: 'male' as const, outcome: 'other' as const };
    const added = diffSummaries(hit, { ...hit, victims: [...hit.victims, victim] });
    expect(added).toEqual([
      { path: 'victims.1.age', from: null, to: 9 },
      { path: 'victims.1.sex', from: null, to: 'male' },
      { path: 'victims.1.outcome', from: null, to: 'other' },
    ]);
    const removed = diffSummaries({ ...hit, victims: [...hit.victims, victim] }, hit);
    expect(removed).toEqual(victimGone(1, victim));
  });

  it('tells a removed row by its own fields, not every later row shifting up', () => {
    const first = { age: 12, sex: 'female' as const, outcome: 'died' as const };
    const second = { age: 7, sex: 'male' as const, outcome: 'injured' as const };
    const third = { age: 14, sex: 'female' as const, outcome: 'other' as const };
    const three = { ...hit, victims: [first, second, third] };
    expect(diffSummaries(three, { ...three, victims: [second, third] })).toEqual(victimGone(0, first));
    // The middle one removed and the last one's age corrected: each told as what it was.
    expect(diffSummaries(three, { ...three, victims: [first, { ...third, age: 15 }] })).toEqual([
      { path: 'victims.2.age', from: 14, to: 15 },
      ...victimGone(1, second),
    ]);
  });

  it('pairs rows edited where they stand by position, however alike they become', () => {
    const a = { age: 12, sex: 'female' as const, outcome: 'died' as const };
    const b = { age: 7, sex: 'male' as const, outcome: 'injured' as const };
    const two = { ...hit, victims: [a, b] };
    const edited = {
      ...two,
      victims: [
        { ...a, age: 7, sex: 'male' as const },
        { ...b, outcome: 'other' as const },
      ],
    };
    expect(diffSummaries(two, edited)).toEqual([
      { path: 'victims.0.age', from: 12, to: 7 },
      { path: 'victims.0.sex', from: 'female', to: 'male' },
      { path: 'victims.1.outcome', from: 'injured', to: 'other' },
    ]);
  });

  it('an empty repeat group gaining or losing its first row is told by the row alone', () => {
    const referral = { agency: 'Legal aid NGO', date: undefined };
    expect(diffSummaries(ova, { ...ova, referrals: [referral] })).toEqual([
      { path: 'referrals.0.agency', from: null, to: 'Legal aid NGO' },
    ]);
    expect(diffSummaries({ ...ova, referrals: [referral] }, ova)).toEqual([
      { path: 'referrals.0.agency', from: 'Legal aid NGO', to: null },
    ]);
    const noSuspects = diffSummaries(hit, { ...hit, suspects: [] }).map((c) => c.path);
    expect(noSuspects).toContain('suspects.0.charges');
    expect(noSuspects).not.toContain('suspects');
  });

  it('gives changes that are valid FieldChange entries and survive JSON unchanged', () => {
    const changes = diffSummaries(undefined, sampleSummary('ICAC'));
    const roundTrip = JSON.parse(JSON.stringify(changes)) as unknown[];
    expect(roundTrip).toEqual(changes);
    for (const change of roundTrip) expect(FieldChange.parse(change)).toEqual(change);
  });
});
