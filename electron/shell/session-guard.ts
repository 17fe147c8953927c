import { AUTO_LOCK_DEFAULT } from '../../shared/schemas/session';

/** What the guard needs of the Session: whether it is open, its idle minutes, and its lock. */
export interface GuardedSession {
  readonly unlocked: boolean;
  lock(): void;
  status(): { autoLockMinutes: number };
}

export interface GuardTimings {
  /** How often the guard looks at the clock. */
  checkEveryMs: number;
  /** A page not heard from for this long is gone (crashed, killed, or its browser closed). */
  pageTimeoutMs: number;
  /** After the last page said goodbye: time for a reload to come back before the app locks. */
  leaveGraceMs: number;
}

/**
 * A page beats every 15 s (page-api.ts); a hidden tab's timers may run only once a minute
 * (Chrome's intensive throttling), so a page is gone after 90 s of silence.
 */
export const GUARD_TIMINGS: GuardTimings = { checkEveryMs: 5_000, pageTimeoutMs: 90_000, leaveGraceMs: 10_000 };

/** More pages than an officer opens; beyond it the longest silent one is forgotten. */
const MAX_PAGES = 64;
const PAGE_ID = /^[A-Za-z0-9-]{1,64}$/;

export interface GuardOptions {
  now?: () => number;
  timings?: Partial<GuardTimings>;
  /** Where a failed lock is reported (never case data). */
  logError?: (what: string, error: unknown) => void;
}

/**
 * The browser shell's own lock, in the server, for when no page can lock: the page runs an
 * idle timer too, but a closed, crashed or throttled page runs nothing. The session locks
 * after its idle minutes without the officer's activity (an API request, or a page's beat
 * saying they touched keyboard or mouse; the beat itself is not activity), and when the last
 * page is gone (its goodbye on `pagehide`, or silence). A page that was open when the guard
 * locked is told on its next beat, as Electron tells its window when the PC locks.
 */
export class SessionGuard {
  readonly #session: GuardedSession;
  readonly #now: () => number;
  readonly #timings: GuardTimings;
  readonly #logError: (what: string, error: unknown) => void;
  /** Open pages: last heard from, and whether the guard locked since (to tell them). */
  readonly #pages = new Map<string, { seen: number; lockedSince: boolean }>();
  #lastActivity: number;
  /** When the last page said goodbye, while no page is open. */
  #leftAt: number | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(session: GuardedSession, options: GuardOptions = {}) {
    this.#session = session;
    this.#now = options.now ?? (() => Date.now());
    this.#timings = { ...GUARD_TIMINGS, ...options.timings };
    this.#logError = options.logError ?? (() => undefined);
    this.#lastActivity = this.#now();
  }

  start(): void {
    this.stop();
    this.#timer = setInterval(() => this.check(), this.#timings.checkEveryMs);
    this.#timer.unref?.();
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** The officer did something: the idle time starts again. */
  activity(): void {
    this.#lastActivity = this.#now();
  }

  /**
   * A page is open (`active`: the officer used it since its last beat; `back`: it returned from
   * the back-forward cache). `locked`: the guard locked the app since, so the page drops what it shows.
   */
  beat(page: string, active: boolean, back = false): { locked: boolean } {
    if (!PAGE_ID.test(page)) return { locked: false };
    if (active) this.activity();
    const known = this.#pages.get(page);
    if (!known && this.#pages.size >= MAX_PAGES) this.#forgetSilentest();
    this.#pages.set(page, { seen: this.#now(), lockedSince: false });
    this.#leftAt = undefined;
    // A page back from the browser's back-forward cache missed what happened meanwhile.
    return { locked: (known?.lockedSince ?? false) || (back && !this.#session.unlocked) };
  }

  /** A page's goodbye (`pagehide`); with none left, the app locks unless one comes back soon (a reload). */
  leave(page: string): void {
    if (!this.#pages.delete(page) || this.#pages.size > 0) return;
    this.#leftAt = this.#now();
  }

  /** Locks when idle too long or no page is left; the interval calls it, tests may too. */
  check(): void {
    const now = this.#now();
    let lost = false;
    for (const [page, { seen }] of this.#pages) {
      if (now - seen > this.#timings.pageTimeoutMs) {
        this.#pages.delete(page);
        lost = true;
      }
    }
    if (lost && this.#pages.size === 0) return this.#lock();
    if (this.#leftAt !== undefined && now - this.#leftAt >= this.#timings.leaveGraceMs) return this.#lock();
    if (this.#session.unlocked && now - this.#lastActivity >= this.#idleMs()) this.#lock();
  }

  #idleMs(): number {
    let minutes = AUTO_LOCK_DEFAULT;
    try {
      minutes = this.#session.status().autoLockMinutes;
    } catch (error) {
      this.#logError('reading the idle minutes', error);
    }
    return minutes * 60_000;
  }

  #lock(): void {
    this.#leftAt = undefined;
    if (!this.#session.unlocked) return;
    try {
      this.#session.lock();
    } catch (error) {
      this.#logError('locking the session', error);
    }
    for (const page of this.#pages.values()) page.lockedSince = true;
  }

  #forgetSilentest(): void {
    let silentest: string | undefined;
    let oldest = Infinity;
    for (const [page, { seen }] of this.#pages) {
      if (seen < oldest) [silentest, oldest] = [page, seen];
    }
    if (silentest !== undefined) this.#pages.delete(silentest);
  }
}
