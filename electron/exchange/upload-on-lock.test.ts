import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { YearFileExport } from '../../shared/schemas/exchange';
import { generateSummaries } from '../../shared/testing/generate';
import { downloaded, finished, officePc } from '../testing/office-pc';
import { rememberFile } from './transfers';

describe('an uploaded data file waiting for its preview to be applied', () => {
  it('is removed when the app locks, so a plain file does not stay in the data folder', async () => {
    const a = officePc('a');
    const b = officePc('b');
    for (const summary of generateSummaries(3, 2025, 5)) await a.call('cases:save', { summary });
    const started = await a.call<YearFileExport>('exports:yearFile', { year: 2025 });
    const { bytes } = await downloaded(a, started);

    // As the browser shell keeps an upload: a copy in the data folder, removed when done with.
    const path = join(b.dir, 'upload-1');
    writeFileSync(path, bytes);
    const chosen = await rememberFile(path, started.fileName, true);
    const { job } = await b.call<{ job: string }>('imports:previewFile', { file: chosen.file });
    expect((await finished(b, job)).preview?.counts.new).toBe(3);
    // Kept while the preview waits: applying reads the file's lines again.
    expect(existsSync(path)).toBe(true);

    await b.call('session:lock', {});
    // Removed in the background, beside the lock's backup: vi.waitFor's own 1 s is short on a busy machine.
    await vi.waitFor(() => expect(existsSync(path)).toBe(false), { timeout: 10_000 });
  });
});
