import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../electron/app/handlers';
import { createDispatcher } from '../electron/ipc/dispatcher';
import { confStorage } from '../electron/storage/conf-location';
import { TEAMS } from '../shared/domain/teams';
import type { Channel, Input, Output } from '../shared/ipc/contract';

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
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
