import { AppFailure } from '../../shared/ipc/result';

/** Wait before the next attempt after `failures` wrong ones in a row: 1 s, 2 s, 4 s … 5 min. */
export function retryDelayMs(failures: number): number {
  return failures <= 0 ? 0 : Math.min(1000 * 2 ** (failures - 1), 5 * 60_000);
}

/**
 * Wrong attempts on this PC, whichever accounts they named, before the PC as a whole waits too:
 * one officer's typing mistakes hold up that officer alone, while someone trying account after
 * account soon waits as long as on one account (the PC's wait doubles from here on).
 */
export const PC_FREE_FAILURES = 5;

/** Who an attempt was for: an account's passphrase, or the PC's one recovery key. */
export type AttemptScope = { account: string } | 'recovery-key';

interface Tally {
  failures: number;
  until: number;
}

/** What a wait holds, as a refusal says it (the sign-in screen counts it down there): the PC, the recovery key, or the account. */
const heldBy = (scope: AttemptScope, pcLonger: boolean) =>
  pcLonger ? 'pc' : scope === 'recovery-key' ? 'recovery-key' : 'account';

const keyOf = (scope: AttemptScope) => (scope === 'recovery-key' ? 'recovery-key' : `account:${scope.account}`);

/**
 * Wrong sign-in secrets in a row, and the wait they impose: each one doubles the wait of the
 * account it named (or of the recovery key, which is the PC's), and past PC_FREE_FAILURES in a
 * row on the PC, the PC's own wait, which holds every account; so guessing through the app is
 * slow even before scrypt's own cost. Kept in memory only: a restart is slower than any wait it
 * would skip.
 */
export class Attempts {
  readonly #now: () => Date;
  readonly #scopes = new Map<string, Tally>();
  #pc: Tally = { failures: 0, until: 0 };

  constructor(now: () => Date) {
    this.#now = now;
  }

  #left(tally: Tally | undefined): number {
    return tally ? Math.max(0, Math.ceil((tally.until - this.#now().getTime()) / 1000)) : 0;
  }

  /** Seconds left before the next attempt is taken (0: now): the PC's wait, or with a scope, the longer of it and the scope's. */
  waitSeconds(scope?: AttemptScope): number {
    const own = scope === undefined ? 0 : this.#left(this.#scopes.get(keyOf(scope)));
    return Math.max(this.#left(this.#pc), own);
  }

  /** Each account still waiting, by id, with its seconds (the PC's wait aside). */
  accountWaits(): Map<string, number> {
    const waits = new Map<string, number>();
    for (const [key, tally] of this.#scopes) {
      const left = this.#left(tally);
      if (key.startsWith('account:') && left > 0) waits.set(key.slice('account:'.length), left);
    }
    return waits;
  }

  /** Refuses as `unlock-wait` while the wait runs. */
  assertOpen(scope: AttemptScope): void {
    const wait = this.waitSeconds(scope);
    if (wait > 0) {
      throw new AppFailure('unlock-wait', `Too many wrong attempts: wait ${wait} s.`, {
        seconds: String(wait),
        scope: heldBy(scope, this.#left(this.#pc) >= wait),
      });
    }
  }

  /** The right secret: its scope starts afresh, and so does the PC's run of wrong ones. */
  succeeded(scope: AttemptScope): void {
    this.#scopes.delete(keyOf(scope));
    this.#pc = { failures: 0, until: 0 };
  }

  /**
   * Counts a wrong secret and refuses as `unlock-failed`, saying which secret was wrong, how
   * long to wait, and what the wait holds (`scope`: the account, the recovery key, or the PC).
   */
  failed(secret: 'passphrase' | 'recovery-key', scope: AttemptScope): AppFailure {
    const now = this.#now().getTime();
    const key = keyOf(scope);
    const failures = (this.#scopes.get(key)?.failures ?? 0) + 1;
    const own = retryDelayMs(failures);
    this.#scopes.set(key, { failures, until: now + own });
    const pcFailures = this.#pc.failures + 1;
    const pc = retryDelayMs(pcFailures - PC_FREE_FAILURES);
    this.#pc = { failures: pcFailures, until: now + pc };
    const delay = Math.max(own, pc);
    return new AppFailure('unlock-failed', `Wrong account, passphrase or recovery key; wait ${delay / 1000} s.`, {
      seconds: String(Math.ceil(delay / 1000)),
      reason: secret,
      scope: heldBy(scope, pc >= own),
    });
  }
}
