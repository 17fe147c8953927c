import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

/** Backups of the case database live here, named by sequence: `cases-000012.db`. */
export const backupDir = (dir: string) => join(dir, 'backups', 'db');
export const backupName = (sequence: number) => `cases-${String(sequence).padStart(6, '0')}.db`;
export const backupPath = (dir: string, sequence: number) => join(backupDir(dir), backupName(sequence));
export const partialPath = (dir: string, sequence: number) => join(backupDir(dir), `${backupName(sequence)}.partial`);

/** Sequences of the finished backups, newest first. */
export function backupSequences(dir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(backupDir(dir));
  } catch {
    return [];
  }
  return names
    .map((n) => /^cases-(\d{6})\.db$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => b - a);
}

/** The next sequence: one past the highest ever used (finished or left partial by a crash). */
export function nextSequence(dir: string): number {
  let names: string[] = [];
  try {
    names = readdirSync(backupDir(dir));
  } catch {
    // No backups yet.
  }
  const used = names
    .map((n) => /^cases-(\d{6})\.db/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  return Math.max(0, ...used) + 1;
}

/** Removes backups a crash left unfinished. */
export function removePartials(dir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(backupDir(dir));
  } catch {
    return;
  }
  for (const name of names) if (/\.partial(-journal)?$/.test(name)) rmSync(join(backupDir(dir), name), { force: true });
}

export function ensureBackupDir(dir: string): void {
  mkdirSync(backupDir(dir), { recursive: true });
}

/** Renames into place and makes the rename durable (the folder's entry is synced where the OS allows). */
export function durableRename(from: string, to: string, folder: string): void {
  renameSync(from, to);
  syncFolder(folder);
}

export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for syncing; its renames are durable through NTFS's journal.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** `syncFile` off the main thread (a full-size copy can take a while to reach the disk). */
export async function syncFileAsync(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
