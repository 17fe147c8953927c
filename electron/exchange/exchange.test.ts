import { beforeEach, describe, expect, it } from 'vitest';
import { computeTotals } from '../../shared/domain/totals';
import type { AuditPage } from '../../shared/schemas/accounts';
import type { CaseInput } from '../../shared/schemas/case';
import type { ExportFile } from '../../shared/schemas/exchange';
import { generateSummaries } from '../../shared/testing/generate';
import { sampleSummary } from '../../shared/testing/samples';
import { pc, refusal, snapshot, type Pc } from '../testing/pc-folder';

const textOf = (file: ExportFile) => Buffer.from(file.base64, 'base64').toString('utf8');

async function exportYear(from: Pc, year: number, passphrase?: string): Promise<string> {
  return textOf(
    await from.call<ExportFile>('exports:create', { year, format: 'year-json', ...(passphrase ? { passphrase } : {}) }),
  );
}

describe('yearly data files between PCs', () => {
  const clock = { t: Date.parse('2025-12-20T08:00:00.000Z') };
  let a: Pc;
  let b: Pc;

  beforeEach(async () => {
    // Each PC's officer has their own name: it tells their changes apart in a summary's history.
    a = pc('a', clock, 'Sok Dara');
    b = pc('b', clock, 'Chan Vanna');
    await a.call('settings:update', { pcName: 'HIT office' });
    await b.call('settings:update', { pcName: 'OVA office' });
  });

  const save = (on: Pc, summary: CaseInput) => on.call<{ id: string; revision: number }>('cases:save', { summary });

  it('exports a checked file naming the PC, and importing it twice changes nothing the second time', async () => {
    const saved = await save(a, sampleSummary('HIT'));
    const text = await exportYear(a, 2025);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'cpu-case-register/year-data',
      formatVersion: 1,
      appVersion: '0.1.0',
      year: 2025,
      pc: { pcName: 'HIT office' },
    });
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);

    const first = await b.call<{ token: string; counts: Record<string, number> }>('imports:preview', { content: text });
    expect(first.counts).toEqual({
      new: 1,
      identical: 0,
      newer: 0,
      older: 0,
      conflict: 0,
      purge: 0,
      purged: 0,
      refused: 0,
    });
    await b.call('imports:apply', { token: first.token, resolutions: {} });
    const copied = await b.call<{ origin: unknown; history: unknown[] }>('cases:get', { id: saved.id });
    expect(copied.origin).toMatchObject({ pcName: 'HIT office' });
    expect(copied.history).toHaveLength(1);

    const before = snapshot(b.dir, { log: false });
    const again = await b.call<{ token: string; counts: Record<string, number> }>('imports:preview', { content: text });
    expect(again.counts).toEqual({
      new: 0,
      identical: 1,
      newer: 0,
      older: 0,
      conflict: 0,
      purge: 0,
      purged: 0,
      refused: 0,
    });
    await b.call('imports:apply', { token: again.token, resolutions: {} });
    expect(snapshot(b.dir, { log: false })).toEqual(before);
    // Only the access log says it happened: an import that wrote nothing.
    const log = await b.call<AuditPage>('audit:list', { filter: {}, offset: 0, limit: 1 });
    expect(log.entries[0]).toMatchObject({ actor: 'Chan Vanna', action: 'import', count: 0 });
  });

  it('merges two PCs whose files overlap into totals equal to their union, each investigation once', async () => {
    const summaries = generateSummaries(120, 2025, 7);
    const onlyA = summaries.slice(0, 50);
    const both = summaries.slice(50, 80);
    const onlyB = summaries.slice(80);
    for (const s of [...onlyA, ...both]) await save(a, s);
    // The overlap reaches B through a file first, as it would on a USB stick.
    const shared = await b.call<{ token: string }>('imports:preview', { content: await exportYear(a, 2025) });
    await b.call('imports:apply', { token: shared.token, resolutions: {} });
    for (const s of onlyB) await save(b, s);

    const preview = await a.call<{ token: string; counts: Record<string, number> }>('imports:preview', {
      content: await exportYear(b, 2025),
    });
    expect(preview.counts).toMatchObject({ new: onlyB.length, identical: onlyA.length + both.length });
    await a.call('imports:apply', { token: preview.token, resolutions: {} });

    const totals = (
      await a.call<{ comparison: { current: ReturnType<typeof computeTotals> } }>('totals:get', { year: 2025 })
    ).comparison.current;
    const expected = computeTotals(
      summaries.map((summary, i) => ({
        id: String(i),
        caseCode: `X-${i}`,
        revision: 1,
        createdAt: '',
        createdBy: '',
        updatedAt: '',
        updatedBy: '',
        summary,
        history: [],
      })),
      2025,
    );
    expect(totals.investigations.value).toBe(expected.investigations.value);
    expect(totals.suspectsArrested.value).toBe(expected.suspectsArrested.value);
    expect(totals.summariesByTeam.total).toBe(120);
    expect(totals.byProvince.rows.map((r) => r.value)).toEqual(expected.byProvince.rows.map((r) => r.value));
  });

  it('takes a newer copy, keeps ours over an older one, and resolves a conflict field by field', async () => {
    const hit = sampleSummary('HIT');
    const saved = await save(a, hit);
    const toB = await b.call<{ token: string }>('imports:preview', { content: await exportYear(a, 2025) });
    await b.call('imports:apply', { token: toB.token, resolutions: {} });

    // Both PCs change the same summary: A the status, B the narrative and the status.
    await a.call('cases:save', { id: saved.id, expectedRevision: 1, summary: { ...hit, status: 'closed' } });
    await b.call('cases:save', {
      id: saved.id,
      expectedRevision: 1,
      summary: { ...hit, status: 'awaiting-court', narrative: 'Updated by OVA' },
    });
    const preview = await a.call<{
      token: string;
      items: {
        id: string;
        kind: string;
        conflicts: { path: string; ours: unknown; theirs: unknown; changedBy: string }[];
      }[];
    }>('imports:preview', { content: await exportYear(b, 2025) });
    const item = preview.items[0];
    expect(item?.kind).toBe('conflict');
    expect(item?.conflicts).toEqual([
      { path: 'status', ours: 'closed', theirs: 'awaiting-court', changedBy: 'both' },
      { path: 'narrative', ours: hit.narrative, theirs: 'Updated by OVA', changedBy: 'theirs' },
    ]);
    // Every conflicting field needs a choice; without one nothing is written.
    const before = snapshot(a.dir);
    expect(
      (
        await refusal(a.dispatch, 'imports:apply', {
          token: preview.token,
          resolutions: { [saved.id]: { status: 'ours' } },
        })
      ).code,
    ).toBe('invalid-input');
    expect(snapshot(a.dir)).toEqual(before);
    await a.call('imports:apply', {
      token: preview.token,
      resolutions: { [saved.id]: { status: 'ours', narrative: 'theirs' } },
    });
    const merged = await a.call<{
      revision: number;
      summary: CaseInput;
      history: { action: string; from?: { pcName: string } }[];
    }>('cases:get', { id: saved.id });
    expect(merged.summary.status).toBe('closed');
    expect(merged.summary.narrative).toBe('Updated by OVA');
    expect(merged.revision).toBe(3);
    expect(merged.history.map((h) => h.action)).toEqual(['created', 'edited', 'edited', 'imported']);
    expect(merged.history.at(-1)?.from?.pcName).toBe('OVA office');

    // B takes the merged copy as newer; A then sees B's old copy as older and keeps its own.
    const back = await b.call<{ token: string; counts: Record<string, number> }>('imports:preview', {
      content: await exportYear(a, 2025),
    });
    expect(back.counts.newer).toBe(1);
    const stale = await a.call<{ counts: Record<string, number> }>('imports:preview', {
      content: await exportYear(b, 2025),
    });
    expect(stale.counts.older).toBe(1);

    // Once B has taken it, both hold the same changes (their histories in another order): each
    // PC's file is then identical on the other, and importing it again writes nothing.
    await b.call('imports:apply', { token: back.token, resolutions: {} });
    const onB = await b.call<{ history: { action: string; by: string }[] }>('cases:get', { id: saved.id });
    expect(onB.history.map((h) => `${h.action} ${h.by}`)).not.toEqual(
      merged.history.map((h) => `${h.action} ${(h as { by?: string }).by}`),
    );
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const again = await to.call<{ token: string; counts: Record<string, number> }>('imports:preview', {
        content: await exportYear(from, 2025),
      });
      expect(again.counts).toMatchObject({ identical: 1, newer: 0, older: 0, conflict: 0 });
    }
  });

  it('says in the preview which updated summaries move into or out of this PC’s bin', async () => {
    const saved = await save(a, sampleSummary('OVA'));
    const first = await b.call<{ token: string }>('imports:preview', { content: await exportYear(a, 2025) });
    await b.call('imports:apply', { token: first.token, resolutions: {} });
    await a.call('cases:delete', { id: saved.id, expectedRevision: 1 });
    const binned = await b.call<{ items: { caseCode: string; kind: string; bin?: string }[] }>('imports:preview', {
      content: await exportYear(a, 2025),
    });
    expect(binned.items.map(({ kind, bin }) => ({ kind, bin }))).toEqual([{ kind: 'newer', bin: 'into' }]);
    await a.call('cases:restore', { id: saved.id, expectedRevision: 2 });
    const back = await b.call<{ items: { kind: string; bin?: string }[] }>('imports:preview', {
      content: await exportYear(a, 2025),
    });
    // B never binned it: the newer copy, out of the bin again, moves nothing.
    expect(back.items.map(({ kind, bin }) => ({ kind, bin }))).toEqual([{ kind: 'newer', bin: undefined }]);
  });

  it('protects a file with a passphrase and refuses a wrong one', async () => {
    await save(a, sampleSummary('OVA'));
    const text = await exportYear(a, 2025, 'correct horse battery');
    expect(text).not.toContain('Summary of the facts');
    expect((await refusal(b.dispatch, 'imports:preview', { content: text })).code).toBe('passphrase-required');
    expect(
      (await refusal(b.dispatch, 'imports:preview', { content: text, passphrase: 'wrong passphrase!' })).code,
    ).toBe('wrong-passphrase');
    const ok = await b.call<{ counts: Record<string, number> }>('imports:preview', {
      content: text,
      passphrase: 'correct horse battery',
    });
    expect(ok.counts.new).toBe(1);
  });

  it('refuses bad files with a clear reason and changes nothing', async () => {
    await save(a, sampleSummary('HIT'));
    await save(b, sampleSummary('FST'));
    const good = await exportYear(a, 2025);
    const file = JSON.parse(good) as { summaries: Record<string, unknown>[]; formatVersion: number; checksum: string };
    const before = snapshot(b.dir);
    const tampered = good.replace('Summary of the facts', 'Summary of the fakes');
    const wrongVersion = JSON.stringify({ ...file, formatVersion: 9 });
    const record = file.summaries[0] as { summary: Record<string, unknown> };
    record.summary.province = '99';
    const { checksumOf } = await import('./data-file');
    const { checksum: _drop, ...body } = file;
    void _drop;
    const badRecord = JSON.stringify({ ...body, checksum: checksumOf(body as never) });
    const cases: [string, string, Record<string, string>?][] = [
      ['not json at all', 'file-not-json'],
      [good.slice(0, good.length / 2), 'file-not-json'],
      ['{"hello": "world"}', 'file-wrong-format'],
      [wrongVersion, 'file-wrong-version', { version: '9' }],
      [tampered, 'file-checksum'],
      [badRecord, 'file-record-invalid', { field: 'summary.province' }],
    ];
    for (const [content, code, params] of cases) {
      const error = await refusal(b.dispatch, 'imports:preview', { content });
      expect(error.code, content.slice(0, 30)).toBe(code);
      if (params) expect(error.params).toMatchObject(params);
    }
    const huge = await refusal(b.dispatch, 'imports:preview', { content: 'x'.repeat(200_000_001) });
    expect(huge.issues?.[0]?.message).toBe('v.import.tooLarge');
    expect(snapshot(b.dir)).toEqual(before);
  });
});
