import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file';

/** How many versions are kept: the newest 20, and the newest of each day for 30 days. */
export interface BackupPolicy {
  keepLast: number;
  dailyDays: number;
}
export const BACKUP_POLICY: BackupPolicy = { keepLast: 20, dailyDays: 30 };

const DAY_MS = 86_400_000;
const ID = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(\d{4})$/;

export interface StoredBackup {
  /** `20250401T080000123Z-0000`: when it was taken, and a counter for the same millisecond. */
  id: string;
  at: Date;
}

export function parseBackupId(id: string): StoredBackup | undefined {
  const m = ID.exec(id);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number);
  return { id, at: new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s, ms)) };
}

const stampOf = (at: Date) => at.toISOString().replace(/[-:.]/g, '');

/**
 * Which backups survive pruning: the `keepLast` newest, plus the newest of each calendar
 * day (UTC) among those younger than `dailyDays` days. Everything else goes.
 */
export function backupsToKeep(backups: readonly StoredBackup[], now: Date, policy: BackupPolicy = BACKUP_POLICY): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.id.localeCompare(a.id));
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((b) => b.id));
  const days = new Set<string>();
  for (const backup of newestFirst) {
    if (now.getTime() - backup.at.getTime() >= policy.dailyDays * DAY_MS) continue;
    const day = backup.at.toISOString().slice(0, 10);
    if (days.has(day)) continue;
    days.add(day);
    keep.add(backup.id);
  }
  return keep;
}

/**
 * Rolling copies of store files under `backups/<name>/`, taken after each successful save.
 * The copies are the file's bytes as written, so they are encrypted like the file itself.
 */
export class Backups {
  readonly #root: string;
  readonly #now: () => Date;
  readonly #policy: BackupPolicy;

  constructor(dataDir: string, now: () => Date = () => new Date(), policy: BackupPolicy = BACKUP_POLICY) {
    this.#root = join(dataDir, 'backups');
    this.#now = now;
    this.#policy = policy;
  }

  folder(name: string): string {
    return join(this.#root, name);
  }

  /** Names that have a backup folder (a year file may be gone and still have backups). */
  names(): string[] {
    if (!existsSync(this.#root)) return [];
    return readdirSync(this.#root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  }

  /** Copies the bytes as a new backup, then prunes; returns the new backup's id. */
  record(name: string, bytes: Uint8Array): string {
    const at = this.#now();
    const taken = new Set(this.list(name).map((b) => b.id));
    let counter = 0;
    const id = () => `${stampOf(at)}-${String(counter).padStart(4, '0')}`;
    while (taken.has(id())) counter += 1;
    const chosen = id();
    writeFileAtomic(join(this.folder(name), `${chosen}.json`), bytes);
    this.prune(name);
    return chosen;
  }

  /** Backups of one store, newest first. */
  list(name: string): StoredBackup[] {
    const dir = this.folder(name);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => parseBackupId(f.slice(0, -'.json'.length)))
      .filter((b): b is StoredBackup => b !== undefined)
      .sort((a, b) => b.id.localeCompare(a.id));
  }

  read(name: string, id: string): Buffer {
    return readFileSync(join(this.folder(name), `${id}.json`));
  }

  /** Keeps a damaged file's bytes beside the backups (never listed or pruned) before it is replaced. */
  setAside(name: string, bytes: Uint8Array): string {
    const file = `damaged-${stampOf(this.#now())}.bin`;
    writeFileAtomic(join(this.folder(name), file), bytes);
    return file;
  }

  prune(name: string): void {
    const all = this.list(name);
    const keep = backupsToKeep(all, this.#now(), this.#policy);
    for (const backup of all) {
      if (!keep.has(backup.id)) rmSync(join(this.folder(name), `${backup.id}.json`), { force: true });
    }
  }
}
