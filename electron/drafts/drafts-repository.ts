import { join } from 'node:path';
import { z } from 'zod';
import { Draft } from '../../shared/schemas/draft';
import { unreadable, type StoreFile, type StoreLocation } from '../storage/store-location';

const NAME = 'drafts';
export const DRAFTS_FILE_VERSION = 1;

/** On-disk shape of `drafts.json`: a list, so no draft key ever becomes an object key. */
export const DraftsFile = z.strictObject({
  formatVersion: z.literal(DRAFTS_FILE_VERSION),
  drafts: z.array(Draft),
});
export type DraftsFile = z.output<typeof DraftsFile>;

interface Open {
  file: StoreFile;
  byKey: ReadonlyMap<string, Draft>;
}

/**
 * Unfinished forms, one per draft key (`new:HIT`, `edit:<id>`), in their own store file
 * beside the case files. Validated on load; a file that fails to load is reported and
 * never written. The changed copy is written first, memory follows.
 */
export class DraftsRepository {
  readonly #location: StoreLocation;
  readonly #now: () => Date;
  #open: Open | undefined;

  constructor(location: StoreLocation, now: () => Date = () => new Date()) {
    this.#location = location;
    this.#now = now;
  }

  get(key: string): Draft | null {
    return this.#load().byKey.get(key) ?? null;
  }

  save(key: string, values: Record<string, unknown>): Draft {
    const draft = Draft.parse({ key, values, savedAt: this.#now().toISOString() });
    const byKey = new Map(this.#load().byKey);
    byKey.set(key, draft);
    this.#write(byKey);
    return draft;
  }

  discard(key: string): null {
    const open = this.#load();
    if (!open.byKey.has(key)) return null;
    const byKey = new Map(open.byKey);
    byKey.delete(key);
    this.#write(byKey);
    return null;
  }

  #load(): Open {
    if (this.#open) return this.#open;
    try {
      const file = this.#location.open(NAME);
      const raw = file.store;
      const data = Object.keys(raw).length === 0 ? { formatVersion: DRAFTS_FILE_VERSION, drafts: [] } : DraftsFile.parse(raw);
      this.#open = { file, byKey: new Map(data.drafts.map((d) => [d.key, d])) };
      return this.#open;
    } catch (error) {
      throw unreadable(join(this.#location.dir, `${NAME}.json`), error);
    }
  }

  #write(byKey: Map<string, Draft>): void {
    const open = this.#load();
    const content: DraftsFile = { formatVersion: DRAFTS_FILE_VERSION, drafts: [...byKey.values()] };
    open.file.store = content;
    this.#open = { file: open.file, byKey };
  }
}
