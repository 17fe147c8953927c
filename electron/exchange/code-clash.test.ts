import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { filterRows } from '../../shared/domain/case-filter';
import type { Output } from '../../shared/ipc/contract';
import type { CaseRecord } from '../../shared/schemas/case';
import type { ImportPreview } from '../../shared/schemas/exchange';
import { sampleSummary } from '../../shared/testing/samples';
import { callsOn } from '../testing/dispatch-calls';
import { tempDir } from '../testing/temp-dir';
import { unlockedDispatch } from '../testing/unlocked-app';
import { writeDataFile } from './data-file';

const AT = '2025-06-01T08:00:00.000Z';

/** A summary as an older PC numbered it, before case codes carried the PC. */
function legacySummary(caseCode: string, pcName: string, district: string): CaseRecord {
  const pc = { pcId: randomUUID(), pcName };
  return {
    id: randomUUID(),
    caseCode,
    revision: 1,
    createdAt: AT,
    createdBy: 'Sok Dara',
    updatedAt: AT,
    updatedBy: 'Sok Dara',
    origin: pc,
    summary: { ...sampleSummary('FST'), district },
    history: [{ revision: 1, at: AT, by: 'Sok Dara', action: 'created', changes: [] }],
  };
}

const fileOf = (record: CaseRecord) =>
  writeDataFile({
    format: 'cpu-case-register/year-data',
    formatVersion: 1,
    appVersion: '0.1.0',
    pc: record.origin ?? { pcId: randomUUID(), pcName: '' },
    exportedAt: AT,
    year: 2025,
    summaries: [record],
  });

describe('two PCs that gave the same case code to different summaries', () => {
  let dir = '';
  let call: ReturnType<typeof callsOn>['call'];
  let refusal: ReturnType<typeof callsOn>['refusal'];

  beforeEach(() => {
    dir = tempDir('clash');
    const { dispatch } = unlockedDispatch(dir, () => new Date('2025-12-20T08:00:00.000Z'));
    ({ call, refusal } = callsOn(dispatch));
  });

  it('shows the clash in the preview, keeps both summaries under distinct codes, and finds both by the code', async () => {
    const first = legacySummary('FST-2025-0089', 'Forensic office', 'Daun Penh');
    const second = legacySummary('FST-2025-0089', 'Takhmao office', 'Ta Khmau');
    const firstPreview = await call<ImportPreview>('imports:preview', { content: fileOf(first) });
    expect(firstPreview.items[0]?.codeInUse).toBeUndefined();
    await call('imports:apply', { token: firstPreview.token, resolutions: {} });

    const preview = await call<ImportPreview>('imports:preview', { content: fileOf(second) });
    expect(preview.counts.new).toBe(1);
    expect(preview.items).toEqual([
      expect.objectContaining({
        id: second.id,
        caseCode: 'FST-2025-0089',
        kind: 'new',
        codeInUse: true,
        keptAs: 'FST-2025-0089-B',
      }),
    ]);
    await call('imports:apply', { token: preview.token, resolutions: {} });

    const { rows } = await call<Output<'cases:list'>>('cases:list', { year: 2025 });
    const found = filterRows(rows, { search: 'FST-2025-0089' });
    expect(found.map((r) => [r.caseCode, r.district]).sort()).toEqual([
      ['FST-2025-0089', 'Daun Penh'],
      ['FST-2025-0089-B', 'Ta Khmau'],
    ]);
    // No code names two summaries any more: the totals have no duplicate code to report.
    const totals = await call<Output<'totals:get'>>('totals:get', { year: 2025 });
    expect(totals.quality.find((q) => q.check === 'duplicate-case-code')).toBeUndefined();
  });

  it('gives summaries entered here a code with this PC’s letters, so two PCs never number alike', async () => {
    const saved = await call<CaseRecord>('cases:save', { summary: sampleSummary('HIT') });
    expect(saved.caseCode).toMatch(/^HIT-2025-[A-HJKMNP-TV-Z]{4}-0001$/);
    const next = await call<CaseRecord>('cases:save', { summary: sampleSummary('HIT') });
    expect(next.caseCode).toBe(saved.caseCode.replace(/0001$/, '0002'));
  });

  it('a code far beyond this PC’s own cannot poison its numbering: seven digits are refused, and past the last code a save is refused in words', async () => {
    const ours = await call<CaseRecord>('cases:save', { summary: sampleSummary('FST') });
    const prefix = ours.caseCode.slice(0, -'-0001'.length);
    const tooLong = legacySummary(`${prefix}-9007199254740993`, 'Crafted', 'Daun Penh');
    const refused = await refusal('imports:preview', { content: fileOf(tooLong) });
    expect(refused).toMatchObject({ code: 'file-record-invalid' });

    // The last code a sequence can have comes back in a file: the next summary has none left.
    const last = legacySummary(`${prefix}-999999`, 'Crafted', 'Daun Penh');
    const preview = await call<ImportPreview>('imports:preview', { content: fileOf(last) });
    await call('imports:apply', { token: preview.token, resolutions: {} });
    const before = await call<Output<'cases:list'>>('cases:list', { year: 2025 });
    expect(await refusal('cases:save', { summary: sampleSummary('FST') })).toMatchObject({
      code: 'case-codes-used-up',
      params: { prefix, last: `${prefix}-999999` },
    });
    expect((await call<Output<'cases:list'>>('cases:list', { year: 2025 })).total).toBe(before.total);
    // Another team's codes are untouched.
    expect((await call<CaseRecord>('cases:save', { summary: sampleSummary('HIT') })).caseCode).toMatch(/-0001$/);
  });
});
