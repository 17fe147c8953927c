import type { RowPlace } from '../storage/row-seal';
import type { Vault } from '../storage/vault';
import { fromColumns, orderOf, toColumns, type Columns } from './list-columns';

export type SnapshotKind = 'list' | 'facts';

const snapshotPlace = (kind: SnapshotKind, year: number, version: number): RowPlace => ({
  table: `year_caches.${kind}`,
  id: String(year),
  year,
  revision: version,
});

const num = (value: unknown) => Number(value);

/**
 * Sealed snapshots of a year's list rows or facts (`year_caches`), one blob to open instead of
 * one per summary, each current while `year_versions` (counted by triggers on every change of
 * the year's summaries) still holds the version it was stored at. Only a cache: one that is
 * stale, or does not open, leaves the rows to be read one by one.
 */
export class YearSnapshots {
  readonly #vault: Vault;

  constructor(vault: Vault) {
    this.#vault = vault;
  }

  /** Keeps a snapshot of the year's rows of this kind (list rows as columns, in `order`). */
  store(kind: SnapshotKind, year: number, value: readonly object[], order?: string): void {
    const version = this.#version(year);
    try {
      const content = kind === 'list' ? toColumns(value, order) : value;
      this.#vault.db
        .prepare('INSERT OR REPLACE INTO year_caches (kind, year, version, content) VALUES (?, ?, ?, ?)')
        .run(kind, year, version, this.#vault.seal(snapshotPlace(kind, year, version), content));
    } catch {
      // Only a cache: a full disk or a locked file leaves the rows to be read one by one next time.
    }
  }

  /** Whether the year's stored snapshot of this kind is current. */
  isCurrent(kind: SnapshotKind, year: number): boolean {
    const row = this.#vault.db.prepare('SELECT version FROM year_caches WHERE kind = ? AND year = ?').get(kind, year);
    return row !== undefined && num(row.version) === this.#version(year);
  }

  /** The year's snapshot of this kind while it is current and opens, with the order it was stored in. */
  current<T extends object>(kind: SnapshotKind, year: number): { rows: T[]; order: string | undefined } | undefined {
    const version = this.#version(year);
    const row = this.#vault.db
      .prepare('SELECT version, content FROM year_caches WHERE kind = ? AND year = ?')
      .get(kind, year);
    if (!row || num(row.version) !== version) return undefined;
    try {
      const stored = this.#vault.open<T[] | Columns>(snapshotPlace(kind, year, version), row.content);
      return { rows: fromColumns<T>(stored), order: orderOf(stored) };
    } catch {
      // A snapshot that does not open is only a cache: the rows are read one by one.
      return undefined;
    }
  }

  #version(year: number): number {
    return num(this.#vault.db.prepare('SELECT version FROM year_versions WHERE year = ?').get(year)?.version ?? 0);
  }
}
