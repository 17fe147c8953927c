import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoreFile } from './store-location';

/**
 * conf's (and so electron-store's) `store` setter reads, decodes and parses the whole file
 * again before every write, only to carry over conf's `__internal__` key, which these files
 * never hold (the app uses no conf migrations). For a year of 30,000 summaries that re-read,
 * a decryption included, cost more than the write itself (`npm run bench`). Writes go
 * straight to conf's own atomic writer instead (temporary file, fsync, rename), after making
 * sure the folder exists as the setter does; reads stay conf's. If a conf upgrade drops that
 * writer, the setter is used as before: slower, never different.
 */
export function withoutRereadOnWrite(conf: StoreFile): StoreFile {
  const write: unknown = Reflect.get(conf, '_write');
  if (typeof write !== 'function') return conf;
  return {
    get path() {
      return conf.path;
    },
    get store() {
      return conf.store;
    },
    set store(value) {
      mkdirSync(dirname(conf.path), { recursive: true });
      Reflect.apply(write, conf, [value]);
    },
  };
}
