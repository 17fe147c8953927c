import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditPage } from '../../shared/schemas/accounts';
import type { ImportResult, JobStatus, YearFileExport } from '../../shared/schemas/exchange';
import { toIsoDate } from '../../shared/domain/dates';
import { generateSummaries } from '../../shared/testing/generate';
import { downloaded, finished, must, officePc } from '../testing/office-pc';
import { rememberFile, takeDownload } from './transfers';

/** Each protected file read derives its key with scrypt at N = 2^17 (by design slow), several per test. */
const SCRYPT_TIMEOUT = 180_000;

const PASS = 'a long export passphrase';
const tokenOf = (started: YearFileExport) => must(must(started.download).split('/').at(-1));

describe('the yearly data file through a path, as a job', () => {
  it(
    'exports a protected v2 file as a download and imports it on another PC with its progress',
    async () => {
      const a = officePc('a');
      const b = officePc('b');
      for (const summary of generateSummaries(30, 2025, 3)) await a.call('cases:save', { summary });
      const started = await a.call<YearFileExport>('exports:yearFile', { year: 2025, passphrase: PASS });
      expect(started.fileName).toMatch(/^cpu-data-2025-protected-.*\.cpudata$/);
      const exported = await downloaded(a, started);
      expect(exported.status).toMatchObject({ state: 'done', done: 30, total: 30 });

      const path = join(b.dir, started.fileName);
      writeFileSync(path, exported.bytes);
      const chosen = await rememberFile(path, started.fileName, true);
      expect(chosen.protected).toBe(true);
      const wrong = await b.call<{ job: string }>('imports:previewFile', {
        file: chosen.file,
        passphrase: 'not the one at all',
      });
      expect(await finished(b, wrong.job)).toMatchObject({ state: 'failed', error: { code: 'wrong-passphrase' } });
      const { job } = await b.call<{ job: string }>('imports:previewFile', { file: chosen.file, passphrase: PASS });
      const status = await finished(b, job);
      expect(status).toMatchObject({ state: 'done', done: 30, total: 30 });
      expect(status.preview?.counts.new).toBe(30);
      // Applying reads the file's lines again: the upload's copy is kept until then, and goes after.
      expect(existsSync(path)).toBe(true);
      const result = await b.call<ImportResult>('imports:apply', {
        token: must(status.preview).token,
        resolutions: {},
      });
      expect(result).toMatchObject({ written: 30, years: [2025] });
      // Removed in the background once applied: expect.poll's own 1 s is short on a busy machine.
      await expect.poll(() => existsSync(path), { timeout: 10_000 }).toBe(false);
    },
    SCRYPT_TIMEOUT,
  );

  it('stops an export when the app is locked: the rest of the file is not read', async () => {
    const a = officePc('a');
    for (const summary of generateSummaries(1_200, 2025, 6)) await a.call('cases:save', { summary });
    const started = await a.call<YearFileExport>('exports:yearFile', { year: 2025 });
    const download = must(takeDownload(tokenOf(started)));
    const pieces = download.bytes(download.signal)[Symbol.asyncIterator]();
    expect((await pieces.next()).done).toBe(false);
    await a.call('session:lock', {});
    const rest = async () => {
      for (let piece = await pieces.next(); !piece.done; piece = await pieces.next()) void piece;
    };
    await expect(rest()).rejects.toMatchObject({ code: 'locked' });
  }, 60_000);

  it(
    'cancels an export and an import preview: no file, no preview kept',
    async () => {
      const a = officePc('a');
      for (const summary of generateSummaries(5, 2025, 4)) await a.call('cases:save', { summary });
      const started = await a.call<YearFileExport>('exports:yearFile', { year: 2025 });
      expect(await a.call<JobStatus>('jobs:cancel', { job: started.job })).toMatchObject({ kind: 'export' });
      expect(await finished(a, must(started.job))).toMatchObject({ state: 'cancelled' });
      expect(takeDownload(tokenOf(started))).toBeUndefined();
      expect(readdirSync(a.dir).filter((f) => f.includes('cpu-data'))).toEqual([]);
      // The access log says who exported which year, plain or protected, like every export.
      const log = await a.call<AuditPage>('audit:list', { filter: {}, offset: 0, limit: 50 });
      expect(log.entries.filter((e) => e.action === 'export').map((e) => e.target)).toEqual([
        `year-file-plain 2025 ${started.fileName}`,
      ]);
    },
    SCRYPT_TIMEOUT,
  );

  it(
    'refuses to apply a preview whose file changed since, plain or protected, and writes nothing',
    async () => {
      const a = officePc('a');
      const b = officePc('b');
      for (const summary of generateSummaries(12, 2025, 6)) await a.call('cases:save', { summary });
      for (const passphrase of [undefined, PASS]) {
        const started = await a.call<YearFileExport>('exports:yearFile', {
          year: 2025,
          ...(passphrase ? { passphrase } : {}),
        });
        const download = must(takeDownload(tokenOf(started)));
        const pieces: Buffer[] = [];
        for await (const piece of download.bytes(download.signal)) pieces.push(piece);
        download.done();
        const bytes = Buffer.concat(pieces);
        const path = join(b.dir, started.fileName);
        writeFileSync(path, bytes);
        const chosen = await rememberFile(path, started.fileName, false);
        const { job } = await b.call<{ job: string }>('imports:previewFile', {
          file: chosen.file,
          ...(passphrase ? { passphrase } : {}),
        });
        const preview = must((await finished(b, job)).preview);
        expect(preview.counts.new).toBe(12);
        // One byte of a summary's narrative changed after the preview (the file's size the same).
        const changed = Buffer.from(bytes);
        const at = passphrase ? changed.length - 100 : changed.indexOf('"narrative":"') + 20;
        changed[at] = (changed[at] as number) ^ 1;
        writeFileSync(path, changed);
        await expect(b.call('imports:apply', { token: preview.token, resolutions: {} })).rejects.toMatchObject({
          code: 'file-changed',
        });
        expect((await b.call<{ total: number }>('cases:list', { year: 2025 })).total).toBe(0);
        // The preview is gone: the file must be chosen again.
        await expect(b.call('imports:apply', { token: preview.token, resolutions: {} })).rejects.toMatchObject({
          code: 'import-expired',
        });
        // Moved away after its preview: the same.
        writeFileSync(path, bytes);
        const again = await rememberFile(path, started.fileName, false);
        const second = await b.call<{ job: string }>('imports:previewFile', {
          file: again.file,
          ...(passphrase ? { passphrase } : {}),
        });
        const token = must((await finished(b, second.job)).preview).token;
        rmSync(path);
        await expect(b.call('imports:apply', { token, resolutions: {} })).rejects.toMatchObject({
          code: 'file-changed',
        });
        expect((await b.call<{ total: number }>('cases:list', { year: 2025 })).total).toBe(0);
      }
    },
    SCRYPT_TIMEOUT,
  );

  // (A wrong passphrase keeps it, to be typed again: the first test above.)
  it('names the file with the day its header says it was exported, even when the day turns meanwhile', async () => {
    // A clock a day later at every reading: a name and a header read apart would differ by a day.
    let day = Date.parse('2025-12-20T08:00:00.000Z');
    const a = officePc('a', () => new Date((day += 86_400_000)));
    for (const summary of generateSummaries(3, 2025, 8)) await a.call('cases:save', { summary });
    const started = await a.call<YearFileExport>('exports:yearFile', { year: 2025 });
    const { bytes } = await downloaded(a, started);
    const header = JSON.parse(must(bytes.toString('utf8').split('\n')[0])) as { exportedAt: string };
    expect(started.fileName).toContain(`-${toIsoDate(new Date(header.exportedAt))}.`);
  });

  it('removes an upload whose preview failed or was cancelled', async () => {
    const a = officePc('a');
    const b = officePc('b');
    for (const summary of generateSummaries(40, 2025, 5)) await a.call('cases:save', { summary });
    const started = await a.call<YearFileExport>('exports:yearFile', { year: 2025 });
    const download = must(takeDownload(tokenOf(started)));
    const pieces: Buffer[] = [];
    for await (const piece of download.bytes(download.signal)) pieces.push(piece);
    download.done();
    const whole = Buffer.concat(pieces);
    const upload = async (name: string, bytes: Buffer) => {
      const path = join(b.dir, name);
      writeFileSync(path, bytes);
      return { path, chosen: await rememberFile(path, started.fileName, true) };
    };

    // Cut short (its trailer line lost): the preview fails, the copy goes, the file must be chosen again.
    const cut = await upload('cut.upload', whole.subarray(0, whole.lastIndexOf(0x0a, whole.length - 2) + 1));
    const failed = await b.call<{ job: string }>('imports:previewFile', { file: cut.chosen.file });
    expect(await finished(b, failed.job)).toMatchObject({ state: 'failed', error: { code: 'file-truncated' } });
    expect(existsSync(cut.path)).toBe(false);
    await expect(b.call('imports:previewFile', { file: cut.chosen.file })).rejects.toMatchObject({
      code: 'import-expired',
    });

    // Cancelled as soon as it started: no preview, and the copy goes too.
    const whole2 = await upload('whole.upload', whole);
    const cancelled = await b.call<{ job: string }>('imports:previewFile', { file: whole2.chosen.file });
    await b.call('jobs:cancel', { job: cancelled.job });
    expect(await finished(b, cancelled.job)).toMatchObject({ state: 'cancelled' });
    expect(existsSync(whole2.path)).toBe(false);
  });
});
