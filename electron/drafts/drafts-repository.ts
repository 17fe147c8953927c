import { Draft } from '../../shared/schemas/draft';
import { guarded } from '../storage/case-db';
import type { Vault } from '../storage/vault';

const place = (key: string, revision: number) => ({ table: 'drafts', id: key, year: 0, revision });

/**
 * Unfinished forms, one sealed row per draft key (`new:HIT`, `edit:<id>`) in the case
 * database. Each save replaces its row in one statement; the revision in the sealed row's
 * associated data keeps an older copy of a draft from being put back unnoticed.
 */
export class DraftsRepository {
  readonly #vault: Vault;
  readonly #now: () => Date;

  constructor(vault: Vault, now: () => Date = () => new Date()) {
    this.#vault = vault;
    this.#now = now;
  }

  get(key: string): Draft | null {
    return guarded(() => {
      const row = this.#vault.db.prepare('SELECT revision, content FROM drafts WHERE key = ?').get(key);
      return row ? this.#vault.open<Draft>(place(key, Number(row.revision)), row.content, `draft ${key}`) : null;
    });
  }

  save(key: string, values: Record<string, unknown>): Draft {
    const draft = Draft.parse({ key, values, savedAt: this.#now().toISOString() });
    guarded(() => {
      const row = this.#vault.db.prepare('SELECT revision FROM drafts WHERE key = ?').get(key);
      const revision = (row ? Number(row.revision) : 0) + 1;
      this.#vault.db
        .prepare(
          'INSERT INTO drafts (key, saved_at, revision, content) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET saved_at = excluded.saved_at, revision = excluded.revision, content = excluded.content',
        )
        .run(key, draft.savedAt, revision, this.#vault.seal(place(key, revision), draft));
    });
    return draft;
  }

  discard(key: string): null {
    guarded(() => this.#vault.db.prepare('DELETE FROM drafts WHERE key = ?').run(key));
    return null;
  }
}
