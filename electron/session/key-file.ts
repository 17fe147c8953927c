import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../shared/ipc/result';
import { AutoLockMinutes } from '../../shared/schemas/session';
import { writeFileAtomic } from '../storage/atomic-file';
import { describeLoadError } from '../storage/store-location';
import { FORMAT, SealedSlot, WrappedKey, type Slot } from './keyring';

/** The data folder's key file: the data key wrapped once per account and once by the recovery key. */
export const KEYS_FILE = 'keys.json';

export const KeyFile = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  /** Random id of the data key; every encrypted store names it, so a wrong key is told apart from damage. */
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  autoLockMinutes: AutoLockMinutes,
  keys: z.array(z.union([SealedSlot, WrappedKey])).min(1),
  /** The new data key's id while a rotation re-seals the database (see Session.rotate). */
  pendingKeyId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
  /**
   * The case database's generation when this PC last opened it (also kept inside the
   * database): a database whose own number is lower was replaced by an older copy.
   */
  generation: z.number().int().min(0).optional(),
});
export type KeyFile = z.output<typeof KeyFile>;

export const keysPath = (dir: string) => join(dir, KEYS_FILE);

/** The key file, or undefined before the first set-up. A damaged one is reported, never replaced. */
export function readKeyFile(dir: string): KeyFile | undefined {
  const path = keysPath(dir);
  if (!existsSync(path)) return undefined;
  try {
    return KeyFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const reason = describeLoadError(error);
    throw new AppFailure(
      'keys-unreadable',
      `The key file ${KEYS_FILE} could not be read: ${reason}. It has not been changed.`,
      {
        file: KEYS_FILE,
        reason,
      },
    );
  }
}

/**
 * Writes the key file and one copy of it under backups/keys (without it no data file opens).
 * Only the latest copy is kept, and older ones are removed: a copy still holding the key
 * wrapped by an old passphrase would let that passphrase open the data after a change.
 */
export function writeKeyFile(dir: string, file: KeyFile): void {
  const text = `${JSON.stringify(KeyFile.parse(file), null, 2)}\n`;
  writeFileAtomic(keysPath(dir), text);
  const copies = join(dir, 'backups', 'keys');
  writeFileAtomic(join(copies, KEYS_FILE), text);
  for (const name of readdirSync(copies)) {
    if (name !== KEYS_FILE && name.endsWith('.json')) rmSync(join(copies, name), { force: true });
  }
}

/** The key file; refused as `not-set-up` before the first set-up. */
export function requireKeyFile(dir: string): KeyFile {
  const file = readKeyFile(dir);
  if (!file) throw new AppFailure('not-set-up', 'This PC’s data has no accounts yet; set it up first.');
  return file;
}

/** Writes the key file with `entry` in place of the slot labelled `label`. */
export async function replaceSlot(dir: string, file: KeyFile, label: Slot['label'], entry: Slot): Promise<void> {
  // Read again: a setting saved while scrypt ran (the auto-lock minutes) must not be undone.
  const current = readKeyFile(dir) ?? file;
  const keys = [...current.keys.filter((k) => k.label !== label), entry];
  writeKeyFile(dir, { ...current, keys });
}
