import { join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../shared/ipc/result';
import { YearSettings, type YearLogEntry } from '../../shared/schemas/year-settings';
import type { Spending } from '../../shared/domain/totals';
import { unreadable, type StoreFile, type StoreLocation } from '../storage/store-location';

const NAME = 'years';

const YearsFile = z.strictObject({ years: z.record(z.string().regex(/^\d{4}$/), YearSettings) });
type YearsFile = z.output<typeof YearsFile>;

/**
 * Each year's own settings (spending for the report, closed or open) in one store file.
 * Closing and reopening are logged; a closed year's summaries cannot be changed.
 */
export class YearSettingsRepository {
  readonly #location: StoreLocation;
  readonly #now: () => Date;
  #file: StoreFile | undefined;

  constructor(location: StoreLocation, now: () => Date = () => new Date()) {
    this.#location = location;
    this.#now = now;
  }

  get(year: number): YearSettings {
    return this.#read().years[String(year)] ?? { year, spending: {}, log: [] };
  }

  isClosed(year: number): boolean {
    return this.get(year).closed !== undefined;
  }

  /** Throws `year-closed` when any of the years is closed. */
  assertOpen(...years: number[]): void {
    const closed = years.find((y) => this.isClosed(y));
    if (closed !== undefined) {
      throw new AppFailure('year-closed', `The year ${closed} is closed.`, { year: String(closed) });
    }
  }

  setSpending(year: number, spending: Spending, officer: string): YearSettings {
    this.assertOpen(year);
    const current = this.get(year);
    return this.#put({ ...current, spending, log: [...current.log, this.#entry('spending', officer)] });
  }

  close(year: number, officer: string): YearSettings {
    const current = this.get(year);
    if (current.closed) throw new AppFailure('year-closed', `The year ${year} is already closed.`, { year: String(year) });
    const entry = this.#entry('closed', officer);
    return this.#put({ ...current, closed: { at: entry.at, by: officer }, log: [...current.log, entry] });
  }

  reopen(year: number, reason: string, officer: string): YearSettings {
    const current = this.get(year);
    if (!current.closed) throw new AppFailure('conflict', `The year ${year} is not closed.`);
    const next: YearSettings = { ...current, log: [...current.log, { ...this.#entry('reopened', officer), reason }] };
    delete next.closed;
    return this.#put(next);
  }

  #entry(action: YearLogEntry['action'], officer: string): YearLogEntry {
    return { at: this.#now().toISOString(), by: officer, action };
  }

  #put(settings: YearSettings): YearSettings {
    const data = this.#read();
    const next: YearsFile = { years: { ...data.years, [String(settings.year)]: YearSettings.parse(settings) } };
    this.#open().store = next;
    return settings;
  }

  #open(): StoreFile {
    this.#file ??= this.#location.open(NAME);
    return this.#file;
  }

  #read(): YearsFile {
    try {
      const raw = this.#open().store;
      return Object.keys(raw).length === 0 ? { years: {} } : YearsFile.parse(raw);
    } catch (error) {
      throw unreadable(join(this.#location.dir, `${NAME}.json`), error);
    }
  }
}
