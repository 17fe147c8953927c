import { PurgeMarker } from '../../shared/schemas/case';
import type { RowPlace } from '../storage/row-seal';
import type { Vault } from '../storage/vault';

const place = (id: string): RowPlace => ({ table: 'purged', id, year: 0, revision: 1 });

/**
 * What is left of summaries purged from the bin, one row each, kept for good (triggers refuse
 * updates and deletes). The id and the time are plain, as every table's are; the case code and
 * the name of who purged it are sealed like the rest of the case data (a name and a code are
 * what the plain columns of this database never hold).
 */
export class PurgeMarkers {
  readonly #vault: Vault;

  constructor(vault: Vault) {
    this.#vault = vault;
  }

  /** Every marker, oldest purge first. */
  all(): PurgeMarker[] {
    return this.#vault.db
      .prepare('SELECT id, content FROM purged ORDER BY purged_at, id')
      .all()
      .map((r) => this.#vault.open<PurgeMarker>(place(String(r.id)), r.content, `purge marker ${String(r.id)}`));
  }

  /** The ids of every purged summary (plain: nothing is opened). */
  ids(): Set<string> {
    return new Set(
      this.#vault.db
        .prepare('SELECT id FROM purged')
        .all()
        .map((r) => String(r.id)),
    );
  }

  /** Stores a marker, checked, unless one for the same summary is already here (the first one stays). */
  add(marker: PurgeMarker): PurgeMarker {
    const checked = PurgeMarker.parse(marker);
    this.#vault.db
      .prepare('INSERT INTO purged (id, purged_at, content) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING')
      .run(checked.id, checked.purgedAt, this.#vault.seal(place(checked.id), checked));
    return checked;
  }
}

/** Removes the drafts of a purged summary's form, every account's (`<account>/edit:<id>`). */
export function discardEditDrafts(vault: Vault, id: string): void {
  vault.db.prepare('DELETE FROM drafts WHERE key = ? OR key LIKE ?').run(`edit:${id}`, `%/edit:${id}`);
}
