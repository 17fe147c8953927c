import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { sampleSummary } from '../../shared/testing/samples';
import { failureOf, fileOf, pc, record } from './import-test-kit';

describe('a copy is newer only when its history says what changed', () => {
  it('takes another content under the same revision and history as a conflict to choose, never as newer', () => {
    const here = pc('here');
    const theirs = record('HIT-2025-0042', { ...sampleSummary('HIT'), district: 'Ta Khmau' });
    here.apply(here.imports.preview(fileOf([theirs])));
    // The same summary, revision and history, another district: changed outside the app.
    const changed = { ...theirs, summary: { ...theirs.summary, district: 'Kien Svay' } };

    const before = here.snapshot();
    const preview = here.imports.preview(fileOf([changed]));
    expect(preview.counts).toMatchObject({ newer: 0, conflict: 1 });
    expect(preview.items[0]).toMatchObject({
      kind: 'conflict',
      conflicts: [{ path: 'district', ours: 'Ta Khmau', theirs: 'Kien Svay' }],
    });
    // Not chosen, not written.
    expect(failureOf(() => here.apply(preview)).code).toBe('invalid-input');
    expect(here.snapshot()).toEqual(before);
    expect(here.cases.get(theirs.id).summary).toMatchObject({ district: 'Ta Khmau' });
  });
});

describe('a refused import says what is wrong in the officer’s words', () => {
  it('names a break of zod’s own checks by what it means, never by its pattern or numbers', () => {
    const here = pc('here');
    const hidden = record('HIT-2025-\u200b0001', sampleSummary('HIT'));
    const failure = failureOf(() => here.imports.preview(fileOf([hidden])));
    expect(failure.params).toMatchObject({ field: 'caseCode', detail: 'v.import.format' });
    expect(translate('en', failure.params.detail ?? '')).toBe(
      'The value is not in the form the app writes (a character that does not belong, or a wrong pattern)',
    );
    const extra = { ...record('HIT-2025-0002', sampleSummary('HIT')), __proto__x: 1 };
    expect(failureOf(() => here.imports.preview(fileOf([extra]))).params.detail).toBe('v.import.unknownField');
    const huge = { ...record('HIT-2025-0003', sampleSummary('HIT')), revision: Number.MAX_SAFE_INTEGER + 2 };
    expect(failureOf(() => here.imports.preview(fileOf([huge]))).params.detail).toBe('v.import.range');
  });

  it('a preview gone stale names a summary saved here since, and imports nothing', () => {
    const here = pc('here');
    const ours = here.save(sampleSummary('FST'));
    // The file holds this PC's summary as it was, and one new one.
    const preview = here.imports.preview(
      fileOf([here.cases.get(ours.id), record('FST-2025-0042', sampleSummary('FST'))]),
    );
    here.cases.save(
      { id: ours.id, expectedRevision: ours.revision, summary: { ...ours.summary, district: 'Ta Khmau' } },
      'A',
    );
    const before = here.snapshot();
    const failure = failureOf(() => here.apply(preview));
    expect(failure).toMatchObject({ code: 'conflict', params: { reason: 'import-changed', caseCode: ours.caseCode } });
    expect(here.snapshot()).toEqual(before);
  });
});
