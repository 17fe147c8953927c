import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { yearOf } from '../../shared/domain/dates';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord, SaveCaseCommand } from '../../shared/schemas/case';
import { unreadable, type StoreFile, type StoreLocation } from '../storage/store-location';
import { YearFile, yearFileName, yearFromFileName, YEAR_FILE_VERSION } from './year-file';

interface OpenYear {
  file: StoreFile;
  byId: Map<string, CaseRecord>;
}

/**
 * Case summaries, one store file per calendar year of the report date. A year file is read
 * once and kept in memory; every save rewrites that year's file through conf. A file that
 * fails to load is reported and never written to.
 */
export class CaseRepository {
  readonly #location: StoreLocation;
  readonly #now: () => Date;
  readonly #open = new Map<number, OpenYear>();

  constructor(location: StoreLocation, now: () => Date = () => new Date()) {
    this.#location = location;
    this.#now = now;
  }

  /** Years that have a file, newest first. */
  years(): number[] {
    return this.#location
      .names()
      .map(yearFromFileName)
      .filter((y): y is number => y !== undefined)
      .sort((a, b) => b - a);
  }

  list(year: number): CaseRecord[] {
    return [...this.#year(year).byId.values()];
  }

  save(request: SaveCaseCommand, officer: string): CaseRecord {
    const at = this.#now().toISOString();
    const targetYear = yearOf(request.summary.dateReported);
    const target = this.#year(targetYear);
    if (request.id === undefined) {
      const record: CaseRecord = {
        ...request.summary,
        id: randomUUID(),
        revision: 1,
        createdAt: at,
        createdBy: officer,
        updatedAt: at,
        updatedBy: officer,
      };
      this.#write(target, [[record.id, record]], []);
      return record;
    }
    const found = this.#find(request.id);
    if (!found) {
      throw new AppFailure('not-found', 'This summary no longer exists; it may have been deleted.');
    }
    const { year: source, record: previous } = found;
    if (request.expectedRevision !== undefined && request.expectedRevision !== previous.revision) {
      throw new AppFailure(
        'conflict',
        'Someone saved this summary after you opened it. Reopen it to see their changes.',
      );
    }
    const record: CaseRecord = {
      ...previous,
      ...request.summary,
      revision: previous.revision + 1,
      updatedAt: at,
      updatedBy: officer,
    };
    this.#write(target, [[record.id, record]], []);
    // A changed report date moves the summary to another year's file: write the new home
    // first, so a crash in between leaves a duplicate (resolved by revision), never a loss.
    if (source !== target) this.#write(source, [], [record.id]);
    return record;
  }

  #find(id: string): { year: OpenYear; record: CaseRecord } | undefined {
    for (const y of this.years()) {
      const year = this.#year(y);
      const record = year.byId.get(id);
      if (record) return { year, record };
    }
    return undefined;
  }

  #year(year: number): OpenYear {
    const cached = this.#open.get(year);
    if (cached) return cached;
    const name = yearFileName(year);
    let file: StoreFile;
    let data: YearFile;
    try {
      file = this.#location.open(name);
      const raw = file.store;
      data = Object.keys(raw).length === 0
        ? { formatVersion: YEAR_FILE_VERSION, summaries: [] }
        : YearFile.parse(raw);
    } catch (error) {
      throw unreadable(join(this.#location.dir, `${name}.json`), error);
    }
    const opened: OpenYear = { file, byId: new Map(data.summaries.map((r) => [r.id, r])) };
    this.#open.set(year, opened);
    return opened;
  }

  /** Applies the change to a copy, writes it, and only then updates memory. */
  #write(year: OpenYear, upserts: [string, CaseRecord][], removals: string[]): void {
    const next = new Map(year.byId);
    for (const [id, record] of upserts) next.set(id, record);
    for (const id of removals) next.delete(id);
    const content: YearFile = { formatVersion: YEAR_FILE_VERSION, summaries: [...next.values()] };
    year.file.store = content;
    year.byId = next;
  }
}
