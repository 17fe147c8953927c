import { randomBytes } from 'node:crypto';
import { AppFailure } from '../../shared/ipc/result';
import { AUTO_LOCK_DEFAULT, type SessionStatus } from '../../shared/schemas/session';
import type { DataKey } from '../storage/sealed-codec';
import {
  DEFAULT_SCRYPT,
  newRecoveryKey,
  normalizeRecoveryKey,
  readKeyFile,
  unwrapKey,
  wrapKey,
  writeKeyFile,
  type KeyFile,
  type ScryptParams,
  type WrappedKey,
} from './keyring';

export interface SessionOptions {
  /** The data folder, where `keys.json` lives. */
  dir: string;
  now?: () => Date;
  /** scrypt cost for keys wrapped from now on; tests pass a cheap one. */
  kdf?: ScryptParams;
}

/** Wait before the next attempt after `failures` wrong ones in a row: 1 s, 2 s, 4 s … 5 min. */
export function retryDelayMs(failures: number): number {
  return failures <= 0 ? 0 : Math.min(1000 * 2 ** (failures - 1), 5 * 60_000);
}

const locked = () => new AppFailure('locked', 'The app is locked. Unlock it with your passphrase to continue.');

/**
 * The data key and who may use it. The key lives only here, in main-process memory, from
 * unlock to lock; the key file holds it only wrapped (by the passphrase, by the recovery
 * key). Unlock attempts run one at a time, and each wrong one doubles the wait before the
 * next, so guessing through the app is slow even before scrypt's own cost.
 */
export class Session {
  readonly #dir: string;
  readonly #now: () => Date;
  readonly #kdf: ScryptParams;
  #key: DataKey | undefined;
  #failures = 0;
  #waitUntil = 0;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<(state: 'locked' | 'unlocked') => void>();
  readonly #beforeLock = new Set<(key: DataKey) => void>();

  constructor(options: SessionOptions) {
    this.#dir = options.dir;
    this.#now = options.now ?? (() => new Date());
    this.#kdf = options.kdf ?? DEFAULT_SCRYPT;
  }

  get unlocked(): boolean {
    return this.#key !== undefined;
  }

  status(): SessionStatus {
    const file = readKeyFile(this.#dir);
    return {
      state: !file ? 'setup' : this.#key ? 'unlocked' : 'locked',
      autoLockMinutes: file?.autoLockMinutes ?? AUTO_LOCK_DEFAULT,
      waitSeconds: this.#waitSeconds(),
    };
  }

  /** The data key while unlocked; anything else is refused as `locked`. */
  dataKey(): DataKey {
    if (!this.#key) throw locked();
    return this.#key;
  }

  /** Called with the new state after every unlock and lock. */
  onChange(listener: (state: 'locked' | 'unlocked') => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** First run: a random data key, wrapped by the passphrase and by a new recovery key (returned once). */
  setup(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.#serial(async () => {
      if (readKeyFile(this.#dir))
        throw new AppFailure('already-set-up', 'This PC’s data is already protected; unlock it instead.');
      const key = randomBytes(32);
      const keyId = randomBytes(16).toString('hex');
      const recoveryKey = newRecoveryKey();
      const now = this.#now();
      const keys = [
        await wrapKey(key, passphrase, 'passphrase', keyId, this.#kdf, now),
        await wrapKey(key, recoveryKey, 'recovery', keyId, this.#kdf, now),
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

  unlock(passphrase: string): Promise<void> {
    return this.#attempt(async (file) => {
      for (const entry of file.keys.filter((k) => k.label !== 'recovery')) {
        const key = await unwrapKey(entry, passphrase, file.keyId);
        if (key) return this.#open({ key, keyId: file.keyId });
      }
      return false;
    });
  }

  /** For a forgotten passphrase: the printed recovery key opens the data, and a new passphrase replaces the old. */
  unlockWithRecovery(recoveryKey: string, newPassphrase: string): Promise<void> {
    return this.#attempt(async (file) => {
      const entry = file.keys.find((k) => k.label === 'recovery');
      const key = entry && (await unwrapKey(entry, normalizeRecoveryKey(recoveryKey), file.keyId));
      if (!key) return false;
      await this.#replace(
        file,
        'passphrase',
        await wrapKey(key, newPassphrase, 'passphrase', file.keyId, this.#kdf, this.#now()),
      );
      return this.#open({ key, keyId: file.keyId });
    });
  }

  /** Checks the current passphrase (a wrong one counts as a failed attempt), then wraps the key anew. */
  changePassphrase(current: string, next: string): Promise<void> {
    if (!this.#key) return Promise.reject(locked());
    return this.#attempt(async (file) => {
      const entry = file.keys.find((k) => k.label === 'passphrase');
      const key = entry && (await unwrapKey(entry, current, file.keyId));
      if (!key) return false;
      await this.#replace(
        file,
        'passphrase',
        await wrapKey(key, next, 'passphrase', file.keyId, this.#kdf, this.#now()),
      );
      key.fill(0);
      return true;
    });
  }

  setAutoLock(minutes: number): SessionStatus {
    const file = readKeyFile(this.#dir);
    if (!this.#key || !file) throw locked();
    writeKeyFile(this.#dir, { ...file, autoLockMinutes: minutes });
    return this.status();
  }

  /** Called with the key just before a lock forgets it (a listener that needs it later copies it). */
  onBeforeLock(listener: (key: DataKey) => void): () => void {
    this.#beforeLock.add(listener);
    return () => this.#beforeLock.delete(listener);
  }

  /** Forgets the data key (its bytes are overwritten) and tells the listeners. */
  lock(): void {
    const held = this.#key;
    if (held) for (const listener of this.#beforeLock) listener(held);
    this.#key = undefined;
    held?.key.fill(0);
    if (held) for (const listener of this.#listeners) listener('locked');
  }

  #open(key: DataKey): true {
    const previous = this.#key;
    this.#key = key;
    if (previous && previous.key !== key.key) previous.key.fill(0);
    for (const listener of this.#listeners) listener('unlocked');
    return true;
  }

  async #replace(file: KeyFile, label: WrappedKey['label'], entry: WrappedKey): Promise<void> {
    // Read again: a setting saved while scrypt ran (the auto-lock minutes) must not be undone.
    const current = readKeyFile(this.#dir) ?? file;
    const keys = [...current.keys.filter((k) => k.label !== label), entry];
    writeKeyFile(this.#dir, { ...current, keys });
  }

  #waitSeconds(): number {
    return Math.max(0, Math.ceil((this.#waitUntil - this.#now().getTime()) / 1000));
  }

  /** One attempt at a time; refused while the wait runs; a wrong secret doubles the wait. */
  #attempt(run: (file: KeyFile) => Promise<boolean>): Promise<void> {
    return this.#serial(async () => {
      const file = readKeyFile(this.#dir);
      if (!file) throw new AppFailure('not-set-up', 'This PC’s data has no passphrase yet; set one up first.');
      const wait = this.#waitSeconds();
      if (wait > 0) {
        throw new AppFailure('unlock-wait', `Too many wrong attempts: wait ${wait} s.`, { seconds: String(wait) });
      }
      if (await run(file)) {
        this.#failures = 0;
        this.#waitUntil = 0;
        return;
      }
      this.#failures += 1;
      const delay = retryDelayMs(this.#failures);
      this.#waitUntil = this.#now().getTime() + delay;
      throw new AppFailure('unlock-failed', `Wrong passphrase or recovery key; wait ${delay / 1000} s.`, {
        seconds: String(Math.ceil(delay / 1000)),
      });
    });
  }

  #serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
