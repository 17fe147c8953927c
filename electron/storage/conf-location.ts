import Conf from 'conf';
import { join } from 'node:path';
import type { Codec } from './codec';
import { withoutRereadOnWrite } from './direct-write';
import { listStoreNames, storeOptions, type HostStorage, type StoreLocation } from './store-location';

/**
 * Stores as plain conf files in an explicit folder: the browser shell, the benchmark and
 * the tests. Electron uses electron-store with the same options (see `electron/main`).
 */
export function confLocation(dir: string, codec: Codec): StoreLocation {
  return {
    dir,
    open: (name) =>
      withoutRereadOnWrite(
        new Conf<Record<string, unknown>>({
          ...storeOptions(codec),
          cwd: dir,
          configName: name,
          projectName: 'cpu-case-register',
        }),
      ),
    names: () => listStoreNames(dir),
  };
}

/** The browser shell's and the tests' data folder, opened through conf. */
export function confStorage(dir: string): HostStorage {
  return { dir, location: (codec) => confLocation(dir, codec) };
}

export const storePath = (dir: string, name: string) => join(dir, `${name}.json`);
