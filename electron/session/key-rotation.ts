import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import { acquireCaseDb, DB_FILE, readMeta } from '../storage/case-db';
import type { DataKey } from '../storage/sealed-codec';
import type { KeyContext } from './account-slots';
import { requireKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { createSlot, isSealed, sealToSlot, type SealedSlot, type Slot } from './keyring';
import { newRecoveryKey } from './recovery-key';

/**
 * The key file's side of a key rotation (see `Session.rotate`): a rotation starts with both
 * keys in every sealed slot and a pending recovery slot, and ends on the new key once the
 * database holds it, or back on the old one, at the latest at the next sign-in after a crash.
 * The steps on the file are pure; the functions at the end run them against the folder.
 */

/** Refuses a rotation while an account still has a slot of the first format (it has no key sealed to it). */
export function assertRotatable(file: KeyFile): void {
  const unsealed = file.keys.filter((k) => !isSealed(k) && k.label !== 'recovery');
  if (unsealed.length === 0) return;
  const names = unsealed.map((k) => k.name ?? k.label).join(', ');
  throw new AppFailure('conflict', `These accounts must sign in once before the key can be rotated: ${names}.`, {
    accounts: names,
  });
}

/** The file during a rotation to `next`: every account's slot holds both keys; `recovery` is the new recovery slot, pending. */
export function rotationStarted(file: KeyFile, next: DataKey, recovery: Slot): KeyFile {
  const slots = file.keys.filter(isSealed).filter((k) => k.label !== 'recovery');
  return {
    ...file,
    pendingKeyId: next.keyId,
    keys: [
      ...file.keys.filter((k) => !slots.includes(k as SealedSlot)),
      ...slots.map((k) => ({
        ...k,
        dataKeys: [...k.dataKeys.filter((d) => d.keyId === file.keyId), sealToSlot(k, next)],
      })),
      recovery,
    ],
  };
}

/** The file once a rotation ends on `current` (the new key id when the database holds it, else the old one). */
export function rotationEnded(file: KeyFile, current: string): KeyFile {
  const done = current === file.pendingKeyId;
  const keys = file.keys
    .filter((k) => (done ? !(k.label === 'recovery' && !(isSealed(k) && k.pending)) : !(isSealed(k) && k.pending)))
    .map((k) => {
      if (!isSealed(k)) return k;
      const slot: SealedSlot = { ...k, dataKeys: k.dataKeys.filter((d) => d.keyId === current) };
      delete slot.pending;
      return slot;
    });
  const next: KeyFile = { ...file, keyId: current, keys };
  delete next.pendingKeyId;
  return next;
}

/** The key id the folder's case database names, or undefined when there is none yet. */
export function databaseKeyId(dir: string): string | undefined {
  return existsSync(join(dir, DB_FILE)) ? readMeta(acquireCaseDb(dir), 'keyId') : undefined;
}

/** Ends a rotation in the key file: onto the new key once the database holds it, or back to the old. */
function finishRotation(dir: string, file: KeyFile, current: string): void {
  if (file.pendingKeyId) writeKeyFile(dir, rotationEnded(file, current));
}

/** The key the database is sealed with, after a rotation that may not have finished (the other keys are wiped). */
export async function settleRotation(ctx: KeyContext, file: KeyFile, keys: DataKey[]): Promise<DataKey> {
  let wanted = file.keyId;
  if (file.pendingKeyId) {
    const current = ctx.currentKeyId();
    wanted = current === file.pendingKeyId ? file.pendingKeyId : file.keyId;
    finishRotation(ctx.dir, file, wanted);
  }
  const key = keys.find((k) => k.keyId === wanted);
  for (const k of keys) if (k !== key) k.key.fill(0);
  if (!key)
    throw new AppFailure('keys-unreadable', 'The key file does not hold the key the case database is sealed with.');
  return key;
}

/** A rotation from the held key to a new random one, with its new recovery key, ready to run. */
export interface Rotation {
  old: DataKey;
  next: DataKey;
  recoveryKey: string;
  /** The key file while the database is re-sealed. */
  started: KeyFile;
}

/** Seals the new recovery slot (the slow part), before anything is written. */
export async function prepareRotation(ctx: KeyContext): Promise<Rotation> {
  const old = ctx.dataKey();
  const file = requireKeyFile(ctx.dir);
  assertRotatable(file);
  const next: DataKey = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
  const recoveryKey = newRecoveryKey();
  const recovery = await createSlot(recoveryKey, 'recovery', [old, next], ctx.kdf, ctx.now(), {
    pending: true,
    unconfirmed: true,
  });
  return { old, next, recoveryKey, started: rotationStarted(file, next, recovery) };
}

/**
 * Writes the file with both keys, lets `reseal` move the database onto the new key, then ends
 * the file on it. Synchronous, so that the session holds the new key the moment the database does.
 */
export function runRotation(dir: string, rotation: Rotation, reseal: (from: DataKey, to: DataKey) => void): void {
  writeKeyFile(dir, rotation.started);
  reseal(rotation.old, rotation.next);
  finishRotation(dir, requireKeyFile(dir), rotation.next.keyId);
}
