import { app } from 'electron';
import ElectronStore from 'electron-store';
import type { Codec } from '../storage/codec';
import { withoutRereadOnWrite } from '../storage/direct-write';
import { listStoreNames, storeOptions, type HostStorage, type StoreLocation } from '../storage/store-location';

/** Store files in Electron's user-data folder, through electron-store. */
export function electronStoreLocation(codec: Codec): StoreLocation {
  const dir = app.getPath('userData');
  return {
    dir,
    open: (name) =>
      withoutRereadOnWrite(new ElectronStore<Record<string, unknown>>({ ...storeOptions(codec), name, cwd: dir })),
    names: () => listStoreNames(dir),
  };
}

/** Electron's user-data folder as the app's data folder. */
export function electronStoreStorage(): HostStorage {
  return { dir: app.getPath('userData'), location: electronStoreLocation };
}
