import { AppFailure } from '../../shared/ipc/result';
import type { SignedIn, SignInChoice } from '../../shared/schemas/accounts';
import { AUTO_LOCK_DEFAULT, type SessionStatus } from '../../shared/schemas/session';
import type { DataKey } from '../storage/sealed-codec';
import {
  adoptPcPassphrase,
  firstKeyFile,
  giveAccountSlot,
  markRecoveryKeyKept,
  recoveryKeyUnconfirmed,
  removeAccountSlot,
  renameAccountSlot,
  replaceRecoveryKey,
  signInChoices,
  type KeyContext,
} from './account-slots';
import { Attempts, type AttemptScope } from './attempts';
import { readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { databaseKeyId, prepareRotation, runRotation } from './key-rotation';
import { DEFAULT_SCRYPT, type ScryptParams } from './keyring';
import { SignIn } from './sign-in';

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
export { LEGACY_ACCOUNT } from './account-slots';

const locked = () => new AppFailure('locked', 'The app is locked. Sign in to continue.');

export type LockReason = 'lock' | 'sign-out';

/**
 * The data key and who may use it. The key lives only here, in main-process memory, from
 * sign-in to sign-out; the key file holds it only wrapped, once per account (by that
 * account's passphrase) and once by the recovery key. Sign-in attempts run one at a time,
 * and each wrong one doubles the wait before the next (see `Attempts`). Who is signed in, with their role and teams, is set by the
 * accounts feature once it has read the account from the database.
 */
export class Session {
  readonly #keys: KeyContext;
  readonly #signIn: SignIn;
  #key: DataKey | undefined;
  #user: SignedIn | undefined;
  readonly #attempts: Attempts;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<(state: 'locked' | 'unlocked') => void>();
  readonly #beforeLock = new Set<(key: DataKey, reason: LockReason) => void>();

  constructor(options: SessionOptions) {
    const now = options.now ?? (() => new Date());
    const kdf = options.kdf ?? DEFAULT_SCRYPT;
    const currentKeyId = options.currentKeyId ?? (() => databaseKeyId(options.dir));
    this.#keys = { dir: options.dir, now, kdf, currentKeyId, dataKey: () => this.dataKey() };
    this.#signIn = new SignIn(this.#keys);
    this.#attempts = new Attempts(now);
  }

  get unlocked(): boolean {
    return this.#key !== undefined;
  }

  status(): SessionStatus {
    const file = readKeyFile(this.#keys.dir);
    return {
      // The key without an account (the database did not open to say who) is not a signed-in session.
      state: !file ? 'setup' : this.#key && this.#user ? 'unlocked' : 'locked',
      accounts: file ? this.#withWaits(signInChoices(file)) : [],
      user: this.#key ? (this.#user ?? null) : null,
      autoLockMinutes: file?.autoLockMinutes ?? AUTO_LOCK_DEFAULT,
      waitSeconds: this.#attempts.waitSeconds(),
      // Said only to someone signed in: the sign-in screen has no use for it.
      recoveryKeyUnconfirmed: this.#key && this.#user && file ? recoveryKeyUnconfirmed(file) : null,
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
      const { file, key, recoveryKey } = await firstKeyFile(this.#keys, accountId, name, passphrase);
      writeKeyFile(this.#keys.dir, file);
      this.#open(key);
      return { recoveryKey };
    });
  }

  /** Signs in to one account's slot (or the PC passphrase of a folder from before accounts). */
  unlock(accountId: string, passphrase: string): Promise<void> {
    return this.#attempt({ account: accountId }, async (file) => {
      const key = await this.#signIn.withPassphrase(file, accountId, passphrase);
      return key !== undefined && this.#open(key);
    });
  }

  /** For a forgotten passphrase: the printed recovery key opens the data, and the account gets a new passphrase. */
  unlockWithRecovery(accountId: string, recoveryKey: string, newPassphrase: string): Promise<void> {
    return this.#attempt(
      'recovery-key',
      async (file) => {
        const key = await this.#signIn.withRecoveryKey(file, accountId, recoveryKey, newPassphrase);
        return key !== undefined && this.#open(key);
      },
      'recovery-key',
    );
  }

  /** Checks the signed-in account's current passphrase (a wrong one counts as a failed attempt), then wraps the key anew. */
  changePassphrase(accountId: string, current: string, next: string): Promise<void> {
    if (!this.#key) return Promise.reject(locked());
    return this.#attempt({ account: accountId }, (file) =>
      this.#signIn.changePassphrase(file, accountId, current, next),
    );
  }

  /**
   * Gives an account a key slot of its own with this passphrase (a new account, one enabled
   * again, or a forgotten passphrase); a slot it had is replaced. Needs the key: signed in.
   */
  setSlot(accountId: string, name: string, passphrase: string): Promise<void> {
    return this.#serial(() => giveAccountSlot(this.#keys, accountId, name, passphrase));
  }

  /** Removes an account's slot: its passphrase no longer opens anything. */
  removeSlot(accountId: string): Promise<void> {
    return this.#serial(async () => removeAccountSlot(this.#keys, accountId));
  }

  /** The name the sign-in screen offers for an account. */
  renameSlot(accountId: string, name: string): Promise<void> {
    return this.#serial(async () => renameAccountSlot(this.#keys, accountId, name));
  }

  /**
   * The PC passphrase of a folder from before accounts becomes the given account's slot, with
   * the same passphrase (checked again here).
   */
  adoptLegacySlot(accountId: string, name: string, passphrase: string): Promise<void> {
    return this.#serial(() => adoptPcPassphrase(this.#keys, accountId, name, passphrase));
  }

  /** A new recovery key (returned once); the old one stops opening the data. */
  reissueRecoveryKey(): Promise<{ recoveryKey: string }> {
    return this.#serial(() => replaceRecoveryKey(this.#keys));
  }

  /** Whoever saw the recovery key (after set-up, a reissue or a rotation) says it is kept. */
  confirmRecoveryKey(): Promise<void> {
    if (!this.#key) return Promise.reject(locked());
    return this.#serial(async () => markRecoveryKeyKept(this.#keys));
  }

  setAutoLock(minutes: number): SessionStatus {
    const file = readKeyFile(this.#keys.dir);
    if (!this.#key || !file) throw locked();
    writeKeyFile(this.#keys.dir, { ...file, autoLockMinutes: minutes });
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
      const rotation = await prepareRotation(this.#keys);
      runRotation(this.#keys.dir, rotation, reseal);
      this.#key = rotation.next;
      rotation.old.key.fill(0);
      return { recoveryKey: rotation.recoveryKey };
    });
  }

  /** The sign-in choices, each account still waiting after wrong passphrases with its seconds. */
  #withWaits(choices: SignInChoice[]): SignInChoice[] {
    const waits = this.#attempts.accountWaits();
    return choices.map((c) => {
      const seconds = waits.get(c.id);
      return seconds ? { ...c, waitSeconds: seconds } : c;
    });
  }

  /** One attempt at a time; refused while its wait runs; a wrong secret doubles it (see `Attempts`). */
  #attempt(
    scope: AttemptScope,
    run: (file: KeyFile) => Promise<boolean>,
    secret: 'passphrase' | 'recovery-key' = 'passphrase',
  ): Promise<void> {
    return this.#serial(async () => {
      const file = readKeyFile(this.#keys.dir);
      if (!file) throw new AppFailure('not-set-up', 'This PC’s data has no passphrase yet; set one up first.');
      this.#attempts.assertOpen(scope);
      if (!(await run(file))) throw this.#attempts.failed(secret, scope);
      this.#attempts.succeeded(scope);
    });
  }

  #serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
