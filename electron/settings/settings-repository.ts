import { join } from 'node:path';
import { DEFAULT_SETTINGS, Settings } from '../../shared/schemas/settings';
import { unreadable, type StoreFile, type StoreLocation } from '../storage/store-location';

const NAME = 'settings';

/** This PC's settings in their own store file, validated on every read. */
export class SettingsRepository {
  readonly #location: StoreLocation;
  #file: StoreFile | undefined;

  constructor(location: StoreLocation) {
    this.#location = location;
  }

  get(): Settings {
    return this.#read().settings;
  }

  update(patch: Partial<Settings>): Settings {
    const { file, settings } = this.#read();
    const next = Settings.parse({ ...settings, ...patch });
    file.store = next;
    return next;
  }

  #read(): { file: StoreFile; settings: Settings } {
    try {
      this.#file ??= this.#location.open(NAME);
      const raw = this.#file.store;
      const settings = Settings.parse({ ...DEFAULT_SETTINGS, ...raw });
      return { file: this.#file, settings };
    } catch (error) {
      throw unreadable(join(this.#location.dir, `${NAME}.json`), error);
    }
  }
}
