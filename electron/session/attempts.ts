import { AppFailure } from '../../shared/ipc/result';

/** Wait before the next attempt after `failures` wrong ones in a row: 1 s, 2 s, 4 s … 5 min. */
export function retryDelayMs(failures: number): number {
  return failures <= 0 ? 0 : Math.min(1000 * 2 ** (failures - 1), 5 * 60_000);
}

/**
 * Wrong sign-in secrets in a row, and the wait they impose: each one doubles it, so guessing
 * through the app is slow even before scrypt's own cost. Kept in memory only: a restart is
 * slower than any wait it would skip.
 */
export class Attempts {
  readonly #now: () => Date;
  #failures = 0;
  #waitUntil = 0;

  constructor(now: () => Date) {
    this.#now = now;
  }

  /** Seconds left before the next attempt is taken (0: now). */
  waitSeconds(): number {
    return Math.max(0, Math.ceil((this.#waitUntil - this.#now().getTime()) / 1000));
  }

  /** Refuses as `unlock-wait` while the wait runs. */
  assertOpen(): void {
    const wait = this.waitSeconds();
    if (wait > 0) {
      throw new AppFailure('unlock-wait', `Too many wrong attempts: wait ${wait} s.`, { seconds: String(wait) });
    }
  }

  succeeded(): void {
    this.#failures = 0;
    this.#waitUntil = 0;
  }

  /** Counts a wrong secret and refuses as `unlock-failed`, saying which secret was wrong and how long to wait. */
  failed(secret: 'passphrase' | 'recovery-key'): AppFailure {
    this.#failures += 1;
    const delay = retryDelayMs(this.#failures);
    this.#waitUntil = this.#now().getTime() + delay;
    return new AppFailure('unlock-failed', `Wrong account, passphrase or recovery key; wait ${delay / 1000} s.`, {
      seconds: String(Math.ceil(delay / 1000)),
      reason: secret,
    });
  }
}
