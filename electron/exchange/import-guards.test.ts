import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseInput } from '../../shared/schemas/case';
import type { ExportFile } from '../../shared/schemas/exchange';
import { sampleSummary } from '../../shared/testing/samples';
import { acquireCaseDb } from '../storage/case-db';
import { dbSnapshot } from '../testing/db-snapshot';
import { tempDir } from '../testing/temp-dir';
import { unlockedDispatch } from '../testing/unlocked-app';
import { checksumOf, type DataFileBody } from './data-file';

function pc(name: string, clock: { t: number }) {
  const dir = tempDir(name);
  const { dispatch } = unlockedDispatch(dir, () => new Date(clock.t));
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.params ?? {});
    return result.value as T;
  };
  const refusal = async (channel: string, input: unknown) => {
    const result = await dispatch(channel, input);
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  };
  return { dir, call, refusal };
}
type Pc = ReturnType<typeof pc>;

/** The folder's store files and every row of its case database: what a refused or empty import must leave as they were. */
const snapshot = (dir: string) => ({
  files: Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  ),
  db: dbSnapshot(acquireCaseDb(dir)),
});
const exportYear = async (from: Pc, year: number) =>
  Buffer.from((await from.call<ExportFile>('exports:create', { year, format: 'year-json' })).base64, 'base64').toString(
    'utf8',
  );

describe('import guards', () => {
  const clock = { t: Date.parse('2025-12-20T08:00:00.000Z') };
  let a: Pc;
  let b: Pc;
  beforeEach(() => {
    a = pc('a', clock);
    b = pc('b', clock);
  });

  it('refuses to take a summary out of a year closed between preview and apply', async () => {
    const summary: CaseInput = { ...sampleSummary('OVA'), dateReported: '2024-06-01', offenceDate: '2024-05-30' };
    const saved = await a.call<{ id: string }>('cases:save', { summary });
    const first = await b.call<{ token: string }>('imports:preview', { content: await exportYear(a, 2024) });
    await b.call('imports:apply', { token: first.token, resolutions: {} });
    // A moves the summary to 2025; B previews that, then closes 2024 before applying.
    await a.call('cases:save', {
      id: saved.id,
      expectedRevision: 1,
      summary: { ...summary, dateReported: '2025-01-05' },
    });
    const preview = await b.call<{ token: string; counts: Record<string, number> }>('imports:preview', {
      content: await exportYear(a, 2025),
    });
    expect(preview.counts.newer).toBe(1);
    await b.call('years:close', { year: 2024 });
    const before = snapshot(b.dir);
    const error = await b.refusal('imports:apply', { token: preview.token, resolutions: {} });
    expect([error.code, error.params?.year]).toEqual(['year-closed', '2024']);
    expect(snapshot(b.dir)).toEqual(before);
    const rows = await b.call<{ rows: unknown[] }>('cases:list', { year: 2024 });
    expect(rows.rows).toHaveLength(1);
  });

  it('applies a file from a PC whose clock runs ahead, as the preview promised', async () => {
    await a.call('cases:save', { summary: sampleSummary('HIT') });
    const file = JSON.parse(await exportYear(a, 2025)) as DataFileBody & { checksum: string };
    // The other PC's clock runs ahead into next year (the last year the register lists): its
    // summary is reported "in the future" here.
    const record = file.summaries[0] as { summary: { dateReported: string }; id: string };
    record.summary.dateReported = '2026-01-05';
    const { checksum: _drop, ...body } = file;
    void _drop;
    const content = JSON.stringify({ ...body, checksum: checksumOf(body) });
    const preview = await b.call<{ token: string; counts: Record<string, number> }>('imports:preview', { content });
    expect(preview.counts.new).toBe(1);
    const result = await b.call<{ written: number; years: number[] }>('imports:apply', {
      token: preview.token,
      resolutions: {},
    });
    expect(result).toEqual({ written: 1, years: [2026] });
    const copied = await b.call<{ summary: { dateReported: string } }>('cases:get', { id: record.id });
    expect(copied.summary.dateReported).toBe('2026-01-05');
  });
});
