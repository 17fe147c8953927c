import { AppFailure } from '../../shared/ipc/result';
import type { DataKey } from '../storage/sealed-codec';
import type { KeyFile } from './key-file';
import { isSealed, sealToSlot, type SealedSlot, type Slot } from './keyring';

/**
 * The key file's side of a key rotation (see `Session.rotate`), as pure steps on the file: a
 * rotation starts with both keys in every sealed slot and a pending recovery slot, and ends on
 * the new key once the database holds it, or back on the old one.
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
