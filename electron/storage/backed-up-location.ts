import { readFileSync } from 'node:fs';
import type { Backups } from './backups';
import type { StoreFile, StoreLocation } from './store-location';

/**
 * The same stores, with a backup of a file taken after each successful write of it (for
 * the names `wanted` picks). A backup that cannot be written does not undo the save; it is
 * reported through `onError`, which never receives case data.
 */
export function withBackups(
  location: StoreLocation,
  backups: Backups,
  wanted: (name: string) => boolean,
  onError: (name: string, error: unknown) => void = () => undefined,
): StoreLocation {
  return {
    dir: location.dir,
    names: () => location.names(),
    open: (name) => {
      const file = location.open(name);
      if (!wanted(name)) return file;
      const backedUp: StoreFile = {
        get path() {
          return file.path;
        },
        get store() {
          return file.store;
        },
        set store(value) {
          file.store = value;
          try {
            backups.record(name, readFileSync(file.path));
          } catch (error) {
            onError(name, error);
          }
        },
      };
      return backedUp;
    },
  };
}
