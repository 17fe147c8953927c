import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, Settings } from '../../shared/schemas/settings';
import { unreadable, type StoreFile, type StoreLocation } from '../storage/store-location';

const NAME = 'settings';

/** What identifies one version of the file on disk: read again only when it changed. */
function fileStamp(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false, bigint: true });
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}` : 'absent';
}

/**
 * This PC's settings in their own store file, validated whenever the file is read. conf reads
 * and parses the whole file on every access, and a save asks for the PC's name, so the parsed
 * settings are kept while the file's size, time and inode stay the same (one `stat` per call):
 * a file changed or damaged outside the app is still read, and refused, at the next call.
 */
export class SettingsRepository {
  readonly #location: StoreLocation;
  #file: StoreFile | undefined;
  #cached: { stamp: string; settings: Settings } | undefined;

  constructor(location: StoreLocation) {
    this.#location = location;
  }

  get(): Settings {
    return this.#read().settings;
  }

  update(patch: Partial<Settings>): Settings {
    const { file, settings } = this.#read();
    const next = Settings.parse({ ...settings, ...patch });
    this.#cached = undefined;
    file.store = next;
    return next;
  }

  #read(): { file: StoreFile; settings: Settings } {
    try {
      this.#file ??= this.#location.open(NAME);
      const stamp = fileStamp(this.#file.path);
      // A copy: a caller changing what it got cannot change what the next call answers.
      if (this.#cached?.stamp === stamp) return { file: this.#file, settings: { ...this.#cached.settings } };
      const raw = this.#file.store;
      const settings = Settings.parse({ ...DEFAULT_SETTINGS, ...raw });
      this.#cached = { stamp, settings: { ...settings } };
      return { file: this.#file, settings };
    } catch (error) {
      this.#cached = undefined;
      throw unreadable(join(this.#location.dir, `${NAME}.json`), error);
    }
  }
}
