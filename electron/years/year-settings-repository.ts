import { AppFailure } from '../../shared/ipc/result';
import { YearSettings, type YearLogEntry } from '../../shared/schemas/year-settings';
import { TEAMS } from '../../shared/domain/teams';
import type { Spending } from '../../shared/domain/totals';
import { guarded } from '../storage/case-db';
import type { Vault } from '../storage/vault';

interface Stored {
  revision: number;
  settings: YearSettings;
}

const place = (year: number, revision: number) => ({ table: 'years', id: String(year), year, revision });

const sameSpending = (a: Spending, b: Spending) => TEAMS.every((team) => (a[team] ?? null) === (b[team] ?? null));

/**
 * Each year's own settings (spending for the report, closed or open), one sealed row per
 * year in the case database, read once and kept. Closing and reopening are logged; a closed
 * year's summaries cannot be changed.
 */
export class YearSettingsRepository {
  readonly #vault: Vault;
  readonly #now: () => Date;
  readonly #cache = new Map<number, Stored>();
  #closed: readonly number[] | undefined;
  #version = 0;

  /** Raised by every change of any year's settings. */
  get version(): number {
    return this.#version;
  }

  constructor(vault: Vault, now: () => Date = () => new Date()) {
    this.#vault = vault;
    this.#now = now;
  }

  get(year: number): YearSettings {
    return this.#stored(year).settings;
  }

  isClosed(year: number): boolean {
    return this.get(year).closed !== undefined;
  }

  /** The years closed now, from the few rows of year settings, kept until a year's settings change. */
  closedYears(): readonly number[] {
    this.#closed ??= guarded(() => this.#vault.db.prepare('SELECT year FROM years').all())
      .map((r) => Number(r.year))
      .filter((year) => this.isClosed(year));
    return this.#closed;
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
    // Saved as it was: nothing changed, so nothing is logged.
    if (sameSpending(current.spending, spending)) return current;
    return this.#put({ ...current, spending, log: [...current.log, this.#entry('spending', officer)] });
  }

  close(year: number, officer: string): YearSettings {
    const current = this.get(year);
    if (current.closed)
      throw new AppFailure('year-closed', `The year ${year} is already closed.`, { year: String(year) });
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

  /** Inside the caller's transaction, or on its own: writes one year's settings as they are (migration). */
  write(settings: YearSettings): void {
    this.#put(settings);
  }

  #entry(action: YearLogEntry['action'], officer: string): YearLogEntry {
    return { at: this.#now().toISOString(), by: officer, action };
  }

  #stored(year: number): Stored {
    let stored = this.#cache.get(year);
    if (!stored) {
      const row = guarded(() => this.#vault.db.prepare('SELECT revision, content FROM years WHERE year = ?').get(year));
      stored = row
        ? {
            revision: Number(row.revision),
            settings: this.#vault.open<YearSettings>(
              place(year, Number(row.revision)),
              row.content,
              `settings of ${year}`,
            ),
          }
        : { revision: 0, settings: { year, spending: {}, log: [] } };
      this.#cache.set(year, stored);
    }
    return stored;
  }

  #put(settings: YearSettings): YearSettings {
    const checked = YearSettings.parse(settings);
    const revision = this.#stored(checked.year).revision + 1;
    guarded(() =>
      this.#vault.db
        .prepare(
          'INSERT INTO years (year, revision, content) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET revision = excluded.revision, content = excluded.content',
        )
        .run(checked.year, revision, this.#vault.seal(place(checked.year, revision), checked)),
    );
    this.#cache.set(checked.year, { revision, settings: checked });
    this.#closed = undefined;
    this.#version += 1;
    return settings;
  }
}
