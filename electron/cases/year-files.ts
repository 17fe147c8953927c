import { join } from 'node:path';
import type { Team } from '../../shared/domain/teams';
import type { CaseRecord } from '../../shared/schemas/case';
import { unreadable, type StoreFile, type StoreLocation } from '../storage/store-location';
import { parseYearFile, type YearFile, yearFileName, yearFromFileName, YEAR_FILE_VERSION } from './year-file';

/** One year file as held in memory after its first load. */
export interface OpenYear {
  readonly year: number;
  readonly file: StoreFile;
  byId: ReadonlyMap<string, CaseRecord>;
  lastSequence: Partial<Record<Team, number>>;
}

export interface YearChange {
  upsert?: CaseRecord;
  remove?: string;
  /** Many records at once (an import): one write for the whole year file. */
  upserts?: readonly CaseRecord[];
  removes?: readonly string[];
  issued?: { team: Team; sequence: number };
}

/**
 * The `cases-YYYY.json` files of one store location. Each is read once through conf and
 * kept in memory. A file that fails to load is reported by name and reason, is not cached
 * (so it is never written), and nothing ever passes conf `defaults`.
 */
export class YearFiles {
  readonly #location: StoreLocation;
  readonly #open = new Map<number, OpenYear>();

  constructor(location: StoreLocation) {
    this.#location = location;
  }

  /** Years that have a file, newest first. */
  years(): number[] {
    return this.#location
      .names()
      .map(yearFromFileName)
      .filter((y): y is number => y !== undefined)
      .sort((a, b) => b - a);
  }

  load(year: number): OpenYear {
    const cached = this.#open.get(year);
    if (cached) return cached;
    const name = yearFileName(year);
    let file: StoreFile;
    let data: YearFile;
    try {
      file = this.#location.open(name);
      const raw = file.store;
      data = Object.keys(raw).length === 0 ? { formatVersion: YEAR_FILE_VERSION, summaries: [] } : parseYearFile(raw);
    } catch (error) {
      throw unreadable(join(this.#location.dir, `${name}.json`), error);
    }
    const opened: OpenYear = {
      year,
      file,
      byId: new Map(data.summaries.map((r) => [r.id, r])),
      lastSequence: { ...data.lastSequence },
    };
    this.#open.set(year, opened);
    return opened;
  }

  /** Applies the change to a copy, writes the copy, and only then updates memory. */
  write(year: OpenYear, change: YearChange): void {
    const byId = new Map(year.byId);
    if (change.remove !== undefined) byId.delete(change.remove);
    if (change.upsert) byId.set(change.upsert.id, change.upsert);
    for (const id of change.removes ?? []) byId.delete(id);
    for (const record of change.upserts ?? []) byId.set(record.id, record);
    const lastSequence = { ...year.lastSequence };
    if (change.issued) {
      const { team, sequence } = change.issued;
      lastSequence[team] = Math.max(lastSequence[team] ?? 0, sequence);
    }
    const content: YearFile = {
      formatVersion: YEAR_FILE_VERSION,
      summaries: [...byId.values()],
      ...(Object.keys(lastSequence).length > 0 ? { lastSequence } : {}),
    };
    year.file.store = content;
    year.byId = byId;
    year.lastSequence = lastSequence;
  }
}
