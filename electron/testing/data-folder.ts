import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { backupDir, backupSequences } from '../backups/backup-files';

/** Waits until the folder holds `count` finished backups (they are taken in the background on unlock and lock). */
export async function backupsTaken(dir: string, count: number): Promise<number[]> {
  return vi.waitFor(
    () => {
      const sequences = backupSequences(dir);
      const partial = existsSync(backupDir(dir)) && readdirSync(backupDir(dir)).some((f) => f.endsWith('.partial'));
      if (sequences.length < count || partial) throw new Error(`${sequences.length} of ${count} backups taken`);
      return sequences;
    },
    { timeout: 20_000, interval: 50 },
  );
}

/** Every file under the folder, recursively, with its bytes. */
export function filesUnder(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) found.set(entry, readFileSync(path));
  }
  return found;
}
