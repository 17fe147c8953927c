import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult, JobStatus, YearFileExport } from '../../shared/schemas/exchange';
import { generateSummaries } from '../../shared/testing/generate';
import { downloaded, finished, must, officePc, type OfficePc } from '../testing/office-pc';
import { rememberFile } from './transfers';

/** A plain v2 yearly data file of the year, as the app exports it. */
async function exported(from: OfficePc): Promise<string> {
  const started = await from.call<YearFileExport>('exports:yearFile', { year: 2025 });
  return (await downloaded(from, started)).bytes.toString('utf8');
}

/** The file's summary lines changed by `change`, with a trailer (count, SHA-256) that matches them. */
function rewritten(text: string, change: (lines: string[]) => string[]): string {
  const lines = text.trimEnd().split('\n');
  const body = [must(lines[0]), ...change(lines.slice(1, -1))];
  const bytes = `${body.join('\n')}\n`;
  const sha256 = createHash('sha256').update(bytes, 'utf8').digest('hex');
  const trailer = { end: 'cpu-case-register/year-data', count: body.length - 1, sha256 };
  return `${bytes}${JSON.stringify(trailer)}\n`;
}

let uploads = 0;
async function preview(on: OfficePc, text: string): Promise<JobStatus> {
  uploads += 1;
  const path = join(on.dir, `file-${uploads}.upload`);
  writeFileSync(path, text, 'utf8');
  const chosen = await rememberFile(path, `cpu-data-2025-${uploads}.jsonl`, true);
  const { job } = await on.call<{ job: string }>('imports:previewFile', { file: chosen.file });
  return finished(on, job);
}

/** PC b holds what PC a exported (imported once); returns both and a's file. */
async function sharedYear() {
  const a = officePc('a');
  const b = officePc('b');
  for (const summary of generateSummaries(12, 2025, 8)) await a.call('cases:save', { summary });
  const text = await exported(a);
  const first = await preview(b, text);
  expect(first.preview?.counts.new).toBe(12);
  await b.call<ImportResult>('imports:apply', { token: must(first.preview).token, resolutions: {} });
  return { a, b, text };
}

describe('a data file whose summaries this PC holds as they are', () => {
  it('finds them identical, whether their keys come in the same order or another, and writes nothing', async () => {
    const { b, text } = await sharedYear();
    const again = await preview(b, text);
    expect(again.preview?.counts).toMatchObject({ identical: 12, new: 0, conflict: 0, newer: 0 });
    const reordered = rewritten(text, (lines) =>
      lines.map((line) => {
        const record = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify(Object.fromEntries(Object.entries(record).reverse()));
      }),
    );
    const status = await preview(b, reordered);
    expect(status.preview?.counts).toMatchObject({ identical: 12, new: 0, conflict: 0, newer: 0 });
    const result = await b.call<ImportResult>('imports:apply', { token: must(status.preview).token, resolutions: {} });
    expect(result.written).toBe(0);
  });

  it('still checks a line that differs from our copy by one value, and catches a changed byte', async () => {
    const { b, text } = await sharedYear();
    const broken = rewritten(text, (lines) =>
      lines.map((line, i) => (i === 5 ? line.replace('"revision":1,', '"revision":0,') : line)),
    );
    expect((await preview(b, broken)).error).toMatchObject({
      code: 'file-record-invalid',
      params: { field: 'revision' },
    });
    // A byte changed without a trailer to match: the checksum no longer matches.
    const lines = text.split('\n');
    lines[3] = must(lines[3]).replace('"revision":1,', '"revision":2,');
    expect((await preview(b, lines.join('\n'))).error).toMatchObject({ code: 'file-checksum' });
  });

  it('refuses a file that holds one of our summaries twice, naming it by its case code', async () => {
    const { b, text } = await sharedYear();
    const twice = rewritten(text, (lines) => [...lines, must(lines[2])]);
    const caseCode = (JSON.parse(must(text.split('\n')[3])) as { caseCode: string }).caseCode;
    expect((await preview(b, twice)).error).toMatchObject({
      code: 'file-record-invalid',
      params: { record: caseCode, detail: 'v.import.duplicate' },
    });
  });
});
