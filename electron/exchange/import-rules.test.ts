import { describe, expect, it } from 'vitest';
import type { CaseInput, CaseRecord } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import { AT, failureOf, fileOf, pc, record } from './import-test-kit';

const dated = <T extends CaseInput>(summary: T, dateReported: string): T => {
  const copy = { ...summary, dateReported };
  delete copy.offenceDate;
  return 'suspects' in copy ? { ...copy, suspects: [] } : copy;
};

describe('case codes stay unique on import', () => {
  it('keeps a different summary arriving under a code used here apart, under the code with a letter added', () => {
    const here = pc('here');
    const ours = here.save(sampleSummary('FST'));
    const clash = record(ours.caseCode, { ...sampleSummary('FST'), district: 'Ta Khmau' });
    const again = record(ours.caseCode, { ...sampleSummary('FST'), district: 'Kien Svay' });
    const content = fileOf([clash, again]);

    const before = here.snapshot();
    const preview = here.imports.preview(content);
    // The preview alone writes nothing.
    expect(here.snapshot()).toEqual(before);
    expect(preview.items).toEqual([
      expect.objectContaining({ id: clash.id, caseCode: ours.caseCode, kind: 'new', codeInUse: true }),
      expect.objectContaining({ id: again.id, caseCode: ours.caseCode, kind: 'new', codeInUse: true }),
    ]);
    expect(preview.items.map((i) => i.keptAs)).toEqual([`${ours.caseCode}-B`, `${ours.caseCode}-C`]);

    here.apply(preview);
    const codes = here.cases.rows(2025).map((r) => [r.id, r.caseCode]);
    expect(Object.fromEntries(codes)).toEqual({
      [ours.id]: ours.caseCode,
      [clash.id]: `${ours.caseCode}-B`,
      [again.id]: `${ours.caseCode}-C`,
    });
    expect(new Set(codes.map(([, code]) => code)).size).toBe(3);
  });

  it('finds the same file identical the second time, and keeps the code given here', () => {
    const here = pc('here');
    const ours = here.save(sampleSummary('HIT'));
    const clash = record(ours.caseCode, { ...sampleSummary('HIT'), district: 'Ta Khmau' });
    here.apply(here.imports.preview(fileOf([clash])));

    const before = here.snapshot();
    const again = here.imports.preview(fileOf([clash]));
    expect(again.items).toEqual([expect.objectContaining({ id: clash.id, kind: 'identical' })]);
    expect(again.items[0]?.codeInUse).toBeUndefined();
    expect(here.apply(again).written).toBe(0);
    expect(here.snapshot()).toEqual(before);

    // A newer copy from the other PC (still under its own code) updates the summary, not its code here.
    const edited: CaseRecord = {
      ...clash,
      revision: 2,
      summary: { ...clash.summary, status: 'closed' },
      history: [
        ...clash.history,
        {
          revision: 2,
          at: AT,
          by: 'Sok Dara',
          action: 'edited',
          changes: [{ path: 'status', from: 'open', to: 'closed' }],
        },
      ],
    };
    const newer = here.imports.preview(fileOf([edited]));
    expect(newer.items[0]).toMatchObject({ kind: 'newer', caseCode: ours.caseCode });
    here.apply(newer);
    expect(here.cases.get(clash.id)).toMatchObject({ caseCode: `${ours.caseCode}-B`, summary: { status: 'closed' } });
  });
});

describe('a case code names its summary’s team and year', () => {
  it('refuses a code of another team or year, named in the preview, and imports the rest', () => {
    const here = pc('here');
    const fine = record('HIT-2025-0001', sampleSummary('HIT'));
    const otherTeam = record('HIT-2025-0002', sampleSummary('FST'));
    const otherYear = record('HIT-2024-0003', sampleSummary('HIT'));
    const preview = here.imports.preview(fileOf([fine, otherTeam, otherYear]));

    expect(preview.counts).toMatchObject({ new: 1, refused: 2 });
    expect(preview.items.filter((i) => i.kind === 'refused')).toEqual([
      expect.objectContaining({
        id: otherTeam.id,
        caseCode: 'HIT-2025-0002',
        team: 'FST',
        refusal: { path: 'caseCode', message: 'v.import.codeTeam' },
      }),
      expect.objectContaining({
        id: otherYear.id,
        caseCode: 'HIT-2024-0003',
        refusal: { path: 'caseCode', message: 'v.import.codeYear' },
      }),
    ]);

    expect(here.apply(preview)).toEqual({ written: 1, years: [2025] });
    expect(here.cases.rows(2025).map((r) => r.id)).toEqual([fine.id]);
    expect(here.cases.getMany([otherTeam.id, otherYear.id]).size).toBe(0);
  });

  it('accepts the code of a summary moved to another year since, as its history shows', () => {
    const there = pc('there');
    const here = pc('here');
    const saved = there.save(sampleSummary('OVA'));
    const moved = there.cases.save(
      { id: saved.id, expectedRevision: 1, summary: dated(sampleSummary('OVA'), '2024-12-30') },
      'Sok Dara',
    );
    expect(moved.caseCode).toMatch(/^OVA-2025-/);
    const preview = here.imports.preview(fileOf([moved], 2024));
    expect(preview.items).toEqual([expect.objectContaining({ id: saved.id, kind: 'new' })]);
    expect(preview.years).toEqual([2024]);
  });
});

describe('every summary is dated in a year the register lists (2000 to next year)', () => {
  it('refuses summaries dated 1999 or 9999 in a file for 2025, named in the preview, and names the years written', () => {
    const here = pc('here');
    const fine = record('OVA-2025-0001', sampleSummary('OVA'));
    const early = record('OVA-1999-0002', dated(sampleSummary('OVA'), '1999-06-01'));
    const late = record('HIT-9999-0003', dated(sampleSummary('HIT'), '9999-01-05'));
    const preview = here.imports.preview(fileOf([fine, early, late]));

    expect(preview.items.filter((i) => i.kind === 'refused')).toEqual([
      expect.objectContaining({
        id: early.id,
        caseCode: 'OVA-1999-0002',
        dateReported: '1999-06-01',
        refusal: { path: 'summary.dateReported', message: 'v.date.year' },
      }),
      expect.objectContaining({
        id: late.id,
        caseCode: 'HIT-9999-0003',
        dateReported: '9999-01-05',
        refusal: { path: 'summary.dateReported', message: 'v.date.year' },
      }),
    ]);
    expect(preview.years).toEqual([2025]);
    expect(here.apply(preview)).toEqual({ written: 1, years: [2025] });
    expect(here.cases.years()).toEqual([2025]);
  });

  it('refuses a summary of the year whose other dates lie after next year, naming the field', () => {
    const here = pc('here');
    const summary = sampleSummary('OVA');
    const far = record('OVA-2025-0001', { ...summary, services: [{ service: 'medical', date: '2999-01-01' }] });
    const preview = here.imports.preview(fileOf([far]));
    expect(preview.items).toEqual([
      expect.objectContaining({
        kind: 'refused',
        refusal: { path: 'summary.services.0.date', message: 'v.date.year' },
      }),
    ]);
    expect(preview.years).toEqual([]);
  });

  it('takes a summary dated next year (a clock running ahead) and names that year in the preview', () => {
    const here = pc('here');
    const ahead = record('HIT-2026-0001', dated(sampleSummary('HIT'), '2026-01-05'));
    const preview = here.imports.preview(fileOf([ahead]));
    expect(preview.items).toEqual([expect.objectContaining({ kind: 'new' })]);
    expect(preview.years).toEqual([2026]);
    expect(here.apply(preview)).toEqual({ written: 1, years: [2026] });
  });
});

describe('repeat groups and counts have upper bounds', () => {
  it('refuses a file whose summary has 50,000 victims, naming it and the rule, and writes nothing', () => {
    const here = pc('here');
    const summary = sampleSummary('HIT');
    const victims = Array.from({ length: 50_000 }, () => ({
      age: 9,
      sex: 'female' as const,
      outcome: 'injured' as const,
    }));
    const huge = record('HIT-2025-0007', { ...summary, victims });
    const before = here.snapshot();
    const failure = failureOf(() => here.imports.preview(fileOf([record('HIT-2025-0001', summary), huge])));
    expect(failure.code).toBe('file-record-invalid');
    expect(failure.params).toMatchObject({
      record: 'HIT-2025-0007',
      field: 'summary.victims',
      detail: 'v.victims.max',
    });
    expect(here.snapshot()).toEqual(before);
  });

  it('refuses a count of 50,000 children supported in one summary', () => {
    const here = pc('here');
    const huge = record('OVA-2025-0001', { ...sampleSummary('OVA'), victimsSupported: 50_000 });
    const failure = failureOf(() => here.imports.preview(fileOf([huge])));
    expect(failure.params).toMatchObject({ field: 'summary.victimsSupported', detail: 'v.count.max100' });
  });
});
