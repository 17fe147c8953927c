import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import type { SignedIn, SignInChoice } from '../../shared/schemas/accounts';
import { AUTO_LOCK_DEFAULT, type SessionStatus } from '../../shared/schemas/session';
import { acquireCaseDb, DB_FILE, readMeta } from '../storage/case-db';
import type { DataKey } from '../storage/sealed-codec';
import { Attempts } from './attempts';
import { newRecoveryKey, normalizeRecoveryKey } from './recovery-key';
import { readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { assertRotatable, rotationEnded, rotationStarted } from './key-rotation';
import {
  accountLabel,
  createSlot,
  DEFAULT_SCRYPT,
  isSealed,
  openSlot,
  type KeyLabel,
  type SealedSlot,
  type ScryptParams,
  type Slot,
} from './keyring';

export interface SessionOptions {
  /** The data folder, where `keys.json` lives. */
  dir: string;
  now?: () => Date;
  /** scrypt cost for keys wrapped from now on; tests pass a cheap one. */
  kdf?: ScryptParams;
  /** The key id the case database says it is sealed with (undefined before it exists): settles a rotation a crash cut short. */
  currentKeyId?: () => string | undefined;
}

export { retryDelayMs } from './attempts';

const locked = () => new AppFailure('locked', 'The app is locked. Sign in to continue.');

export type LockReason = 'lock' | 'sign-out';

/** The sign-in choice of a folder set up before accounts: its one PC passphrase. */
export const LEGACY_ACCOUNT = 'pc-passphrase';

/**
 * The data key and who may use it. The key lives only here, in main-process memory, from
 * sign-in to sign-out; the key file holds it only wrapped, once per account (by that
 * account's passphrase) and once by the recovery key. Sign-in attempts run one at a time,
 * and each wrong one doubles the wait before the next (see `Attempts`). Who is signed in, with their role and teams, is set by the
 * accounts feature once it has read the account from the database.
 */
export class Session {
  readonly #dir: string;
  readonly #now: () => Date;
  readonly #kdf: ScryptParams;
  readonly #currentKeyId: () => string | undefined;
  #key: DataKey | undefined;
  #user: SignedIn | undefined;
  readonly #attempts: Attempts;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<(state: 'locked' | 'unlocked') => void>();
  readonly #beforeLock = new Set<(key: DataKey, reason: LockReason) => void>();

  constructor(options: SessionOptions) {
    this.#dir = options.dir;
    this.#now = options.now ?? (() => new Date());
    this.#kdf = options.kdf ?? DEFAULT_SCRYPT;
    this.#currentKeyId = options.currentKeyId ?? (() => databaseKeyId(options.dir));
    this.#attempts = new Attempts(this.#now);
  }

  get unlocked(): boolean {
    return this.#key !== undefined;
  }

  status(): SessionStatus {
    const file = readKeyFile(this.#dir);
    return {
      // The key without an account (the database did not open to say who) is not a signed-in session.
      state: !file ? 'setup' : this.#key && this.#user ? 'unlocked' : 'locked',
      accounts: file ? signInChoices(file) : [],
      user: this.#key ? (this.#user ?? null) : null,
      autoLockMinutes: file?.autoLockMinutes ?? AUTO_LOCK_DEFAULT,
      waitSeconds: this.#attempts.waitSeconds(),
    };
  }

  /** The data key while unlocked; anything else is refused as `locked`. */
  dataKey(): DataKey {
    if (!this.#key) throw locked();
    return this.#key;
  }

  /** Who is signed in, if anyone. */
  get signedIn(): SignedIn | undefined {
    return this.#key ? this.#user : undefined;
  }

  /** Who is signed in; refused as `locked` when no one is. */
  user(): SignedIn {
    if (!this.#key || !this.#user) throw locked();
    return this.#user;
  }

  /** Set by the accounts feature after sign-in (and after an administrator changes the account). */
  setUser(user: SignedIn): void {
    if (!this.#key) throw locked();
    this.#user = user;
  }

  /** Called with the new state after every unlock and lock. */
  onChange(listener: (state: 'locked' | 'unlocked') => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * First run: a random data key, wrapped by the first account's passphrase and by a new
   * recovery key (returned once).
   */
  setup(accountId: string, name: string, passphrase: string): Promise<{ recoveryKey: string }> {
    return this.#serial(async () => {
      if (readKeyFile(this.#dir))
        throw new AppFailure('already-set-up', 'This PC’s data is already protected; sign in instead.');
      const key = randomBytes(32);
      const keyId = randomBytes(16).toString('hex');
      const recoveryKey = newRecoveryKey();
      const now = this.#now();
      const dataKey = { key, keyId };
      const keys = [
        await createSlot(passphrase, accountLabel(accountId), [dataKey], this.#kdf, now, { name }),
        await createSlot(recoveryKey, 'recovery', [dataKey], this.#kdf, now),
      ];
      writeKeyFile(this.#dir, {
        format: 'cpu-case-register/keys',
        formatVersion: 1,
        keyId,
        autoLockMinutes: AUTO_LOCK_DEFAULT,
        keys,
      });
      this.#open({ key, keyId });
      return { recoveryKey };
    });
  }

  /** Signs in to one account's slot (or the PC passphrase of a folder from before accounts). */
  unlock(accountId: string, passphrase: string): Promise<void> {
    return this.#attempt(async (file) => {
      const slot = file.keys.find((k) => k.label === slotOf(accountId));
      const keys = slot && (await openSlot(slot, passphrase, file.keyId));
      if (!slot || !keys) return false;
      const key = await this.#settle(file, keys);
      // A slot of the first format becomes a sealed one now that its passphrase is here.
      if (!isSealed(slot) && slot.label !== 'passphrase')
        await this.#replace(this.#file(), slot.label, await this.#slot(slot, passphrase, key));
      return this.#open(key);
    });
  }

  /** For a forgotten passphrase: the printed recovery key opens the data, and the account gets a new passphrase. */
  unlockWithRecovery(accountId: string, recoveryKey: string, newPassphrase: string): Promise<void> {
    return this.#attempt(async (file) => {
      const slot = file.keys.find((k) => k.label === slotOf(accountId));
      let keys: DataKey[] | undefined;
      // During a rotation there are two recovery slots, the old key's and the new one's.
      for (const entry of file.keys.filter((k) => k.label === 'recovery')) {
        keys ??= await openSlot(entry, normalizeRecoveryKey(recoveryKey), file.keyId);
      }
      if (!slot || !keys) return false;
      const key = await this.#settle(file, keys);
      const label = slot.label === 'passphrase' ? 'passphrase' : slot.label;
      await this.#replace(this.#file(), label, await this.#slot(slot, newPassphrase, key));
      return this.#open(key);
    });
  }

  /** Checks the signed-in account's current passphrase (a wrong one counts as a failed attempt), then wraps the key anew. */
  changePassphrase(accountId: string, current: string, next: string): Promise<void> {
    if (!this.#key) return Promise.reject(locked());
    return this.#attempt(async (file) => {
      const slot = file.keys.find((k) => k.label === slotOf(accountId));
      const keys = slot && (await openSlot(slot, current, file.keyId));
      if (!slot || !keys) return false;
      for (const k of keys) k.key.fill(0);
      // A new key pair: an old copy of the file, with the old passphrase, opens nothing sealed after this.
      await this.#replace(file, slot.label, await this.#slot(slot, next, this.dataKey()));
      return true;
    });
  }

  /**
   * Gives an account a key slot of its own with this passphrase (a new account, one enabled
   * again, or a forgotten passphrase); a slot it had is replaced. Needs the key: signed in.
   */
  setSlot(accountId: string, name: string, passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const label = accountLabel(accountId);
      await this.#replace(this.#file(), label, await this.#slot({ label, name }, passphrase, this.dataKey()));
    });
  }

  /** Removes an account's slot: its passphrase no longer opens anything. */
  removeSlot(accountId: string): Promise<void> {
    return this.#serial(async () => {
      this.dataKey();
      const file = this.#file();
      writeKeyFile(this.#dir, { ...file, keys: file.keys.filter((k) => k.label !== slotOf(accountId)) });
    });
  }

  /** The name the sign-in screen offers for an account. */
  renameSlot(accountId: string, name: string): Promise<void> {
    return this.#serial(async () => {
      this.dataKey();
      const file = this.#file();
      writeKeyFile(this.#dir, {
        ...file,
        keys: file.keys.map((k) => (k.label === slotOf(accountId) ? { ...k, name } : k)),
      });
    });
  }

  /**
   * The PC passphrase of a folder from before accounts becomes the given account's slot, with
   * the same passphrase (checked again here).
   */
  adoptLegacySlot(accountId: string, name: string, passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const file = this.#file();
      const legacy = file.keys.find((k) => k.label === 'passphrase');
      const opened = legacy && (await openSlot(legacy, passphrase, file.keyId));
      if (!opened) throw new AppFailure('unlock-failed', 'The PC passphrase did not open the data.');
      for (const k of opened) k.key.fill(0);
      const label = accountLabel(accountId);
      const slot = await this.#slot({ label, name }, passphrase, this.dataKey());
      writeKeyFile(this.#dir, { ...file, keys: [...file.keys.filter((k) => k.label !== 'passphrase'), slot] });
    });
  }

  /** A new recovery key (returned once); the old one stops opening the data. */
  reissueRecoveryKey(): Promise<{ recoveryKey: string }> {
    return this.#serial(async () => {
      const recoveryKey = newRecoveryKey();
      await this.#replace(
        this.#file(),
        'recovery',
        await this.#slot({ label: 'recovery' }, recoveryKey, this.dataKey()),
      );
      return { recoveryKey };
    });
  }

  setAutoLock(minutes: number): SessionStatus {
    const file = readKeyFile(this.#dir);
    if (!this.#key || !file) throw locked();
    writeKeyFile(this.#dir, { ...file, autoLockMinutes: minutes });
    return this.status();
  }

  /** Called with the key just before a lock forgets it (a listener that needs it later copies it). */
  onBeforeLock(listener: (key: DataKey, reason: LockReason) => void): () => void {
    this.#beforeLock.add(listener);
    return () => this.#beforeLock.delete(listener);
  }

  /**
   * Forgets the data key (its bytes are overwritten) and who was signed in, and tells the
   * listeners: the officer signed out, or the app locked itself (idle, the OS locked).
   */
  lock(reason: LockReason = 'lock'): void {
    const held = this.#key;
    if (held) for (const listener of this.#beforeLock) listener(held, reason);
    this.#key = undefined;
    this.#user = undefined;
    held?.key.fill(0);
    if (held) for (const listener of this.#listeners) listener('locked');
  }

  #open(key: DataKey): true {
    const previous = this.#key;
    this.#key = key;
    this.#user = undefined;
    if (previous && previous.key !== key.key) previous.key.fill(0);
    for (const listener of this.#listeners) listener('unlocked');
    return true;
  }

  /**
   * Replaces the data key by a new random one: every slot gets the new key sealed to it (no
   * passphrase needed), `reseal` re-seals every row of the database from the old key to the
   * new in one transaction, and then the old key leaves the file. The recovery key is replaced
   * too (returned once): the old one may have been written down anywhere. A kill at any point
   * leaves every passphrase opening the data: until `reseal` commits, the old key is current;
   * after, the new one; the first sign-in after a crash finishes or undoes the file's part.
   */
  rotate(reseal: (from: DataKey, to: DataKey) => void): Promise<{ recoveryKey: string }> {
    return this.#serial(async () => {
      const old = this.dataKey();
      const file = this.#file();
      assertRotatable(file);
      const next: DataKey = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
      const recoveryKey = newRecoveryKey();
      const recovery = await createSlot(recoveryKey, 'recovery', [old, next], this.#kdf, this.#now(), {
        pending: true,
      });
      writeKeyFile(this.#dir, rotationStarted(file, next, recovery));
      reseal(old, next);
      this.#finishRotation(this.#file(), next.keyId);
      this.#key = next;
      old.key.fill(0);
      return { recoveryKey };
    });
  }

  /** The key the database is sealed with, after a rotation that may not have finished. */
  async #settle(file: KeyFile, keys: DataKey[]): Promise<DataKey> {
    let wanted = file.keyId;
    if (file.pendingKeyId) {
      const current = this.#currentKeyId();
      wanted = current === file.pendingKeyId ? file.pendingKeyId : file.keyId;
      this.#finishRotation(file, wanted);
    }
    const key = keys.find((k) => k.keyId === wanted);
    for (const k of keys) if (k !== key) k.key.fill(0);
    if (!key)
      throw new AppFailure('keys-unreadable', 'The key file does not hold the key the case database is sealed with.');
    return key;
  }

  /** Ends a rotation in the key file: onto the new key once the database holds it, or back to the old. */
  #finishRotation(file: KeyFile, current: string): void {
    if (file.pendingKeyId) writeKeyFile(this.#dir, rotationEnded(file, current));
  }

  /** A sealed slot for this label (and name) opened by `secret`, holding the current data key. */
  #slot(like: { label: KeyLabel; name?: string | undefined }, secret: string, key: DataKey): Promise<SealedSlot> {
    return createSlot(
      secret,
      like.label,
      [key],
      this.#kdf,
      this.#now(),
      like.name === undefined ? {} : { name: like.name },
    );
  }

  #file(): KeyFile {
    const file = readKeyFile(this.#dir);
    if (!file) throw new AppFailure('not-set-up', 'This PC’s data has no accounts yet; set it up first.');
    return file;
  }

  async #replace(file: KeyFile, label: Slot['label'], entry: Slot): Promise<void> {
    // Read again: a setting saved while scrypt ran (the auto-lock minutes) must not be undone.
    const current = readKeyFile(this.#dir) ?? file;
    const keys = [...current.keys.filter((k) => k.label !== label), entry];
    writeKeyFile(this.#dir, { ...current, keys });
  }

  /** One attempt at a time; refused while the wait runs; a wrong secret doubles the wait. */
  #attempt(run: (file: KeyFile) => Promise<boolean>): Promise<void> {
    return this.#serial(async () => {
      const file = readKeyFile(this.#dir);
      if (!file) throw new AppFailure('not-set-up', 'This PC’s data has no passphrase yet; set one up first.');
      this.#attempts.assertOpen();
      if (!(await run(file))) throw this.#attempts.failed();
      this.#attempts.succeeded();
    });
  }

  #serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}

/** The key id the folder's case database names, or undefined when there is none yet. */
function databaseKeyId(dir: string): string | undefined {
  return existsSync(join(dir, DB_FILE)) ? readMeta(acquireCaseDb(dir), 'keyId') : undefined;
}

/** The key slot an account signs in with. */
const slotOf = (accountId: string): string => (accountId === LEGACY_ACCOUNT ? 'passphrase' : `account:${accountId}`);

/** The accounts the sign-in screen offers: one per slot, the PC passphrase of an older folder too. */
function signInChoices(file: KeyFile): SignInChoice[] {
  return file.keys.flatMap((k): SignInChoice[] => {
    if (k.label === 'passphrase') return [{ id: LEGACY_ACCOUNT, displayName: k.name ?? '' }];
    if (k.label.startsWith('account:')) return [{ id: k.label.slice('account:'.length), displayName: k.name ?? '' }];
    return [];
  });
}
