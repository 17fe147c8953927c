/**
 * Who may open the data key: the key file's slots, one per account and one for the recovery
 * key, as they are set up, given, renamed and taken away. Kept apart from `Session`, which
 * holds the key in memory and decides when these steps run (one at a time).
 */
import { randomBytes } from 'node:crypto';
import { AppFailure } from '../../shared/ipc/result';
import type { SignInChoice } from '../../shared/schemas/accounts';
import { AUTO_LOCK_DEFAULT } from '../../shared/schemas/session';
import type { DataKey } from '../storage/sealed-codec';
import { readKeyFile, replaceSlot, requireKeyFile, writeKeyFile, type KeyFile } from './key-file';
import {
  accountLabel,
  createSlot,
  isSealed,
  openSlot,
  type KeyLabel,
  type SealedSlot,
  type ScryptParams,
} from './keyring';
import { newRecoveryKey } from './recovery-key';

/** The sign-in choice of a folder set up before accounts: its one PC passphrase. */
export const LEGACY_ACCOUNT = 'pc-passphrase';

/** What the steps on the key file need from the session. */
export interface KeyContext {
  /** The data folder, where `keys.json` lives. */
  dir: string;
  now: () => Date;
  /** scrypt cost for keys wrapped from now on. */
  kdf: ScryptParams;
  /** The data key held, read at the moment a step needs it: refused as `locked` while no one is signed in. */
  dataKey: () => DataKey;
  /** The key id the case database says it is sealed with (undefined before it exists). */
  currentKeyId: () => string | undefined;
}

/** The key slot an account signs in with. */
export const slotOf = (accountId: string): string =>
  accountId === LEGACY_ACCOUNT ? 'passphrase' : `account:${accountId}`;

/** The accounts the sign-in screen offers: one per slot, the PC passphrase of an older folder too. */
export function signInChoices(file: KeyFile): SignInChoice[] {
  return file.keys
    .flatMap((k): SignInChoice[] => {
      if (k.label === 'passphrase') return [{ id: LEGACY_ACCOUNT, displayName: k.name ?? '' }];
      if (k.label.startsWith('account:')) return [{ id: k.label.slice('account:'.length), displayName: k.name ?? '' }];
      return [];
    })
    .sort((a, b) => BY_NAME.compare(a.displayName, b.displayName) || a.id.localeCompare(b.id));
}

/**
 * Names in the order officers look for theirs (Latin, then Khmer, each alphabetical), not the
 * key file's, which changes when a passphrase is reset: on a shared PC the list must stay put.
 */
const BY_NAME = new Intl.Collator(['en', 'km'], { sensitivity: 'base', numeric: true });

/** A sealed slot for this label (and name) opened by `secret`, holding the current data key. */
export function sealSlot(
  ctx: KeyContext,
  like: { label: KeyLabel; name?: string | undefined },
  secret: string,
  key: DataKey,
): Promise<SealedSlot> {
  return createSlot(secret, like.label, [key], ctx.kdf, ctx.now(), like.name === undefined ? {} : { name: like.name });
}

/**
 * First run: a random data key, wrapped by the first account's passphrase and by a new
 * recovery key. Returns the file to write, the key to hold and the recovery key (shown once).
 */
export async function firstKeyFile(
  ctx: KeyContext,
  accountId: string,
  name: string,
  passphrase: string,
): Promise<{ file: KeyFile; key: DataKey; recoveryKey: string }> {
  if (readKeyFile(ctx.dir))
    throw new AppFailure('already-set-up', 'This PC’s data is already protected; sign in instead.');
  const key = randomBytes(32);
  const keyId = randomBytes(16).toString('hex');
  const recoveryKey = newRecoveryKey();
  const now = ctx.now();
  const dataKey = { key, keyId };
  const keys = [
    await createSlot(passphrase, accountLabel(accountId), [dataKey], ctx.kdf, now, { name }),
    await createSlot(recoveryKey, 'recovery', [dataKey], ctx.kdf, now, { unconfirmed: true }),
  ];
  const file: KeyFile = {
    format: 'cpu-case-register/keys',
    formatVersion: 1,
    keyId,
    autoLockMinutes: AUTO_LOCK_DEFAULT,
    keys,
  };
  return { file, key: { key, keyId }, recoveryKey };
}

/** The account's own slot with this passphrase; a slot it had is replaced. */
export async function giveAccountSlot(
  ctx: KeyContext,
  accountId: string,
  name: string,
  passphrase: string,
): Promise<void> {
  const label = accountLabel(accountId);
  await replaceSlot(
    ctx.dir,
    requireKeyFile(ctx.dir),
    label,
    await sealSlot(ctx, { label, name }, passphrase, ctx.dataKey()),
  );
}

/** Takes the account's slot out of the key file. */
export function removeAccountSlot(ctx: KeyContext, accountId: string): void {
  ctx.dataKey();
  const file = requireKeyFile(ctx.dir);
  writeKeyFile(ctx.dir, { ...file, keys: file.keys.filter((k) => k.label !== slotOf(accountId)) });
}

/** The name the account's slot carries. */
export function renameAccountSlot(ctx: KeyContext, accountId: string, name: string): void {
  ctx.dataKey();
  const file = requireKeyFile(ctx.dir);
  writeKeyFile(ctx.dir, {
    ...file,
    keys: file.keys.map((k) => (k.label === slotOf(accountId) ? { ...k, name } : k)),
  });
}

/** The PC passphrase's slot becomes the account's, once the passphrase has opened it again. */
export async function adoptPcPassphrase(
  ctx: KeyContext,
  accountId: string,
  name: string,
  passphrase: string,
): Promise<void> {
  const file = requireKeyFile(ctx.dir);
  const legacy = file.keys.find((k) => k.label === 'passphrase');
  const opened = legacy && (await openSlot(legacy, passphrase, file.keyId));
  if (!opened) throw new AppFailure('unlock-failed', 'The PC passphrase did not open the data.');
  for (const k of opened) k.key.fill(0);
  const label = accountLabel(accountId);
  const slot = await sealSlot(ctx, { label, name }, passphrase, ctx.dataKey());
  writeKeyFile(ctx.dir, { ...file, keys: [...file.keys.filter((k) => k.label !== 'passphrase'), slot] });
}

/** A new recovery key in place of the old one. */
export async function replaceRecoveryKey(ctx: KeyContext): Promise<{ recoveryKey: string }> {
  const recoveryKey = newRecoveryKey();
  await replaceSlot(
    ctx.dir,
    requireKeyFile(ctx.dir),
    'recovery',
    await createSlot(recoveryKey, 'recovery', [ctx.dataKey()], ctx.kdf, ctx.now(), { unconfirmed: true }),
  );
  return { recoveryKey };
}

/** When the recovery key in use was issued, if it was shown and never confirmed as kept; else null. */
export function recoveryKeyUnconfirmed(file: KeyFile): string | null {
  const slot = file.keys.find(
    (k) => k.label === 'recovery' && isSealed(k) && k.unconfirmed === true && k.pending !== true,
  );
  return slot?.createdAt ?? null;
}

/** Whoever saw the recovery key says it is kept (written down or printed): the reminder ends. */
export function markRecoveryKeyKept(ctx: KeyContext): void {
  const file = requireKeyFile(ctx.dir);
  if (!recoveryKeyUnconfirmed(file)) return;
  writeKeyFile(ctx.dir, {
    ...file,
    keys: file.keys.map((k) => {
      if (k.label !== 'recovery' || !isSealed(k) || k.pending === true) return k;
      const kept: SealedSlot = { ...k };
      delete kept.unconfirmed;
      return kept;
    }),
  });
}
