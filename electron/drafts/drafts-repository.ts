import { Draft, type DraftBase } from '../../shared/schemas/draft';
import { guarded } from '../storage/case-db';
import type { Vault } from '../storage/vault';

/** Each account's drafts are its own: officers sharing a PC never see each other's unfinished forms. */
const rowKey = (owner: string, key: string) => `${owner}/${key}`;

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

  /** The account's draft; a draft kept before accounts existed (no owner) is anyone's until saved or discarded. */
  get(owner: string, key: string): Draft | null {
    return guarded(() => {
      for (const id of [rowKey(owner, key), key]) {
        const row = this.#vault.db.prepare('SELECT revision, content FROM drafts WHERE key = ?').get(id);
        if (row) return this.#vault.open<Draft>(place(id, Number(row.revision)), row.content, `draft ${key}`);
      }
      return null;
    });
  }

  /** Keeps the form's values; `base`: what a draft of an open summary was started from. */
  save(owner: string, key: string, values: Record<string, unknown>, base?: DraftBase): Draft {
    const draft = Draft.parse({ key, values, ...(base ? { base } : {}), savedAt: this.#now().toISOString() });
    const id = rowKey(owner, key);
    guarded(() => {
      const row = this.#vault.db.prepare('SELECT revision FROM drafts WHERE key = ?').get(id);
      const revision = (row ? Number(row.revision) : 0) + 1;
      this.#vault.db
        .prepare(
          'INSERT INTO drafts (key, saved_at, revision, content) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET saved_at = excluded.saved_at, revision = excluded.revision, content = excluded.content',
        )
        .run(id, draft.savedAt, revision, this.#vault.seal(place(id, revision), draft));
    });
    return draft;
  }

  discard(owner: string, key: string): null {
    guarded(() => this.#vault.db.prepare('DELETE FROM drafts WHERE key IN (?, ?)').run(rowKey(owner, key), key));
    return null;
  }
}
