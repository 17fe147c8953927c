/**
 * What each way of signing in does with the key file: the account's passphrase or the recovery
 * key opens a slot, a rotation a crash cut short is settled, and a slot is wrapped anew where
 * the sign-in asks for it. `Session` runs these as attempts (one at a time, a wrong secret
 * doubling the wait) and holds the key they return; undefined or false means a wrong secret.
 */
import type { DataKey } from '../storage/sealed-codec';
import { sealSlot, slotOf, type KeyContext } from './account-slots';
import { replaceSlot, requireKeyFile, type KeyFile } from './key-file';
import { settleRotation } from './key-rotation';
import { isSealed, openSlot } from './keyring';
import { normalizeRecoveryKey } from './recovery-key';

/** The sign-in steps on one session's key file. */
export class SignIn {
  readonly #ctx: KeyContext;

  constructor(ctx: KeyContext) {
    this.#ctx = ctx;
  }

  /** The data key the account's passphrase opens; a slot of the first format is sealed anew on the way. */
  async withPassphrase(file: KeyFile, accountId: string, passphrase: string): Promise<DataKey | undefined> {
    const ctx = this.#ctx;
    const slot = file.keys.find((k) => k.label === slotOf(accountId));
    const keys = slot && (await openSlot(slot, passphrase, file.keyId));
    if (!slot || !keys) return undefined;
    const key = await settleRotation(ctx, file, keys);
    // A slot of the first format becomes a sealed one now that its passphrase is here.
    if (!isSealed(slot) && slot.label !== 'passphrase')
      await replaceSlot(ctx.dir, requireKeyFile(ctx.dir), slot.label, await sealSlot(ctx, slot, passphrase, key));
    return key;
  }

  /** The data key the recovery key opens, once the account's slot has the new passphrase. */
  async withRecoveryKey(
    file: KeyFile,
    accountId: string,
    recoveryKey: string,
    newPassphrase: string,
  ): Promise<DataKey | undefined> {
    const ctx = this.#ctx;
    const slot = file.keys.find((k) => k.label === slotOf(accountId));
    let keys: DataKey[] | undefined;
    // During a rotation there are two recovery slots, the old key's and the new one's.
    for (const entry of file.keys.filter((k) => k.label === 'recovery')) {
      keys ??= await openSlot(entry, normalizeRecoveryKey(recoveryKey), file.keyId);
    }
    if (!slot || !keys) return undefined;
    const key = await settleRotation(ctx, file, keys);
    const label = slot.label === 'passphrase' ? 'passphrase' : slot.label;
    await replaceSlot(ctx.dir, requireKeyFile(ctx.dir), label, await sealSlot(ctx, slot, newPassphrase, key));
    return key;
  }

  /** Wraps the held key anew for the account's `next` passphrase, once `current` has opened its slot. */
  async changePassphrase(file: KeyFile, accountId: string, current: string, next: string): Promise<boolean> {
    const ctx = this.#ctx;
    const slot = file.keys.find((k) => k.label === slotOf(accountId));
    const keys = slot && (await openSlot(slot, current, file.keyId));
    if (!slot || !keys) return false;
    for (const k of keys) k.key.fill(0);
    // A new key pair: an old copy of the file, with the old passphrase, opens nothing sealed after this.
    await replaceSlot(ctx.dir, file, slot.label, await sealSlot(ctx, slot, next, ctx.dataKey()));
    return true;
  }
}
