import type { PcRef } from '../../shared/schemas/case';
import type { Vault } from '../storage/vault';

/** Written with an import, in the same transaction (see ImportService). */
export interface ImportLogEntry {
  at: string;
  by: string;
  from: PcRef;
  year: number;
  written: number;
  /** Summaries held here that the file's purge markers purged. */
  purged?: number;
}

/** Appends one sealed entry to the import log, inside the import's own transaction. */
export function appendImportLog(vault: Vault, log: ImportLogEntry): void {
  const next = vault.db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM import_log').get();
  const id = Number(next?.id);
  vault.db
    .prepare('INSERT INTO import_log (id, at, content) VALUES (?, ?, ?)')
    .run(id, log.at, vault.seal({ table: 'import_log', id: String(id), year: log.year, revision: 1 }, log));
}
