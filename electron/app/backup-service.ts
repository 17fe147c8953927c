import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import type { BackupEntry, BackupFile } from '../../shared/schemas/session';
import { parseYearFile, yearFromFileName } from '../cases/year-file';
import type { Codec } from '../storage/codec';
import { writeFileAtomic } from '../storage/atomic-file';
import type { Backups } from '../storage/backups';
import { describeLoadError } from '../storage/store-location';

/** Year files are backed up; other stores are small and rebuilt or re-entered easily. */
export const isBackedUp = (name: string) => yearFromFileName(name) !== undefined;

/**
 * Lists and restores the backups of the year files. A backup is only ever restored after
 * it has been opened with this PC's key and checked against the year-file schema; the file
 * it replaces is kept: as a fresh backup when it opens, set aside as `damaged-…` when not.
 */
export class BackupService {
  readonly #dir: string;
  readonly #backups: Backups;
  readonly #codec: Codec;
  readonly #names: () => string[];

  constructor(dir: string, backups: Backups, codec: Codec, names: () => string[]) {
    this.#dir = dir;
    this.#backups = backups;
    this.#codec = codec;
    this.#names = names;
  }

  list(): BackupFile[] {
    const names = new Set([...this.#names(), ...this.#backups.names()].filter(isBackedUp));
    return [...names].sort().reverse().map((name) => ({
      name,
      year: yearFromFileName(name) ?? 0,
      problem: this.#problem(name),
      backups: this.#backups.list(name).map((b) => ({ id: b.id, at: b.at.toISOString(), summaries: this.#count(name, b.id) })),
    }));
  }

  /** The newest backup that opens and passes the schema, for the officer to restore. */
  newestGood(name: string): BackupEntry | undefined {
    for (const backup of this.#backups.list(name)) {
      const summaries = this.#check(this.#backups.read(name, backup.id).toString('utf8'));
      if (summaries !== undefined) return { id: backup.id, at: backup.at.toISOString(), summaries };
    }
    return undefined;
  }

  restore(name: string, id: string): { name: string; id: string; at: string; summaries: number } {
    const backup = this.#backups.list(name).find((b) => b.id === id);
    if (!backup) throw new AppFailure('not-found', 'This backup no longer exists.');
    const bytes = this.#backups.read(name, id);
    const summaries = this.#check(bytes.toString('utf8'));
    if (summaries === undefined) {
      throw new AppFailure('backup-unusable', 'This backup cannot be opened with this PC’s key. Choose another.', { id });
    }
    const path = join(this.#dir, `${name}.json`);
    if (existsSync(path)) {
      const current = readFileSync(path);
      if (this.#check(current.toString('utf8')) === undefined) this.#backups.setAside(name, current);
      else if (!current.equals(this.#newestBytes(name))) this.#backups.record(name, current);
    }
    writeFileAtomic(path, bytes);
    return { name, id, at: backup.at.toISOString(), summaries };
  }

  /** Adds the newest good backup to a `store-unreadable` failure, so the screen can offer it. */
  withOffer(error: unknown): unknown {
    if (!(error instanceof AppFailure) || error.code !== 'store-unreadable') return error;
    const name = (error.params.file ?? '').replace(/\.json$/, '');
    if (!isBackedUp(name)) return error;
    const good = this.newestGood(name);
    if (!good) return error;
    return new AppFailure(error.code, error.message, { ...error.params, name, backupId: good.id, backupAt: good.at });
  }

  #newestBytes(name: string): Buffer {
    const [newest] = this.#backups.list(name);
    return newest ? this.#backups.read(name, newest.id) : Buffer.alloc(0);
  }

  #problem(name: string): string | null {
    const path = join(this.#dir, `${name}.json`);
    if (!existsSync(path)) return null;
    try {
      parseYearFile(this.#codec.deserialize(readFileSync(path, 'utf8')));
      return null;
    } catch (error) {
      return describeLoadError(error);
    }
  }

  /** Summaries in a year file's text, or undefined when it does not open or breaks the schema. */
  #check(text: string): number | undefined {
    try {
      return parseYearFile(this.#codec.deserialize(text)).summaries.length;
    } catch {
      return undefined;
    }
  }

  #count(name: string, id: string): number | null {
    try {
      const raw = this.#codec.deserialize(this.#backups.read(name, id).toString('utf8'));
      return Array.isArray(raw.summaries) ? raw.summaries.length : null;
    } catch {
      return null;
    }
  }
}
