import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createHandlers } from '../electron/app/handlers';
import { createDispatcher } from '../electron/ipc/dispatcher';
import { rememberFile, takeDownload } from '../electron/exchange/transfers';
import { confStorage } from '../electron/storage/conf-location';
import { TEAMS } from '../shared/domain/teams';
import type { Channel, Input, Output } from '../shared/ipc/contract';
import type { JobStatus } from '../shared/schemas/exchange';

/**
 * A second PC of the unit for tests that exchange data files: the same handlers behind the
 * same dispatcher on its own data folder, driven directly rather than through a window.
 */
export async function otherPc(pcName: string, officerName: string) {
  const dir = await mkdtemp(join(tmpdir(), 'cpu-other-pc-'));
  const kdf = { N: 16_384, r: 8, p: 1 };
  const dispatch = createDispatcher(
    createHandlers(confStorage(dir), { version: '0.1.0', host: 'browser-shell' }, undefined, { kdf }),
  );
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as Output<C>;
  };
  // The officer there is that PC's first account: their name is stamped on what they save.
  await call('session:setup', { displayName: officerName, teams: [...TEAMS], passphrase: 'other pc test passphrase' });
  await call('settings:update', { pcName });
  /** Follows a job as the page does, until it is no longer running. */
  const ended = async (job: string): Promise<JobStatus> => {
    for (;;) {
      const status = await call('jobs:progress', { job });
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return {
    call,
    /** Imports a data file's text, taking every new and newer summary. */
    async importText(content: string) {
      const preview = await call('imports:preview', { content });
      return call('imports:apply', { token: preview.token, resolutions: {} });
    },
    async exportText(year: number): Promise<string> {
      const file = await call('exports:create', { year, format: 'year-json' });
      return Buffer.from(file.base64, 'base64').toString('utf8');
    },
    /** Imports a yearly data file (either version) from a path as the app does: a job, then apply. */
    async importFile(path: string, passphrase?: string) {
      const chosen = await rememberFile(path, basename(path), false);
      const { job } = await call('imports:previewFile', { file: chosen.file, ...(passphrase ? { passphrase } : {}) });
      const status = await ended(job);
      if (!status.preview) throw new Error(`import of ${basename(path)}: ${status.error?.message ?? status.state}`);
      return call('imports:apply', { token: status.preview.token, resolutions: {} });
    },
    /** Exports the yearly data file (version 2) into `folder` under the name main gave it. */
    async exportFile(year: number, folder: string, passphrase?: string): Promise<string> {
      const started = await call('exports:yearFile', { year, ...(passphrase ? { passphrase } : {}) });
      const download = takeDownload(started.download?.split('/').at(-1) ?? '');
      if (!download || started.job === null) throw new Error('exports:yearFile offered no download');
      const pieces: Buffer[] = [];
      for await (const piece of download.bytes(download.signal)) pieces.push(piece);
      download.done();
      const status = await ended(started.job);
      if (status.state !== 'done') throw new Error(`export: ${status.error?.message ?? status.state}`);
      const path = join(folder, started.fileName);
      await writeFile(path, Buffer.concat(pieces));
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
