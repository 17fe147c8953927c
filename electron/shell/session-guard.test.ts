import { afterEach, describe, expect, it, vi } from 'vitest';
import { GUARD_TIMINGS, SessionGuard, type GuardedSession } from './session-guard';

const MINUTE = 60_000;

/** A session that is unlocked until locked, with `minutes` of idle time. */
function fakeSession(minutes = 10) {
  const session = {
    unlocked: true,
    locks: 0,
    lock() {
      if (session.unlocked) session.locks += 1;
      session.unlocked = false;
    },
    status: () => ({ autoLockMinutes: minutes }),
  };
  return session satisfies GuardedSession;
}

/** A guard on a hand-driven clock; `at(ms)` moves the clock there and checks. */
function guarded(minutes = 10) {
  let now = 0;
  const session = fakeSession(minutes);
  const guard = new SessionGuard(session, { now: () => now });
  const at = (ms: number) => {
    now = ms;
    guard.check();
  };
  return { session, guard, at };
}

describe('the browser shell’s session guard', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks after the idle minutes without activity, counted from the last activity', () => {
    const { session, guard, at } = guarded(10);
    at(9 * MINUTE);
    guard.activity();
    at(18 * MINUTE);
    expect(session.unlocked).toBe(true);
    at(19 * MINUTE - 1);
    expect(session.unlocked).toBe(true);
    at(19 * MINUTE);
    expect(session.locks).toBe(1);
  });

  it('reads the idle minutes when it checks, so a new setting applies at once', () => {
    let minutes = 10;
    let now = 0;
    const session = { ...fakeSession(), status: () => ({ autoLockMinutes: minutes }) };
    session.lock = () => void (session.unlocked = false);
    const guard = new SessionGuard(session, { now: () => now });
    minutes = 1;
    now = MINUTE;
    guard.check();
    expect(session.unlocked).toBe(false);
  });

  it('a plain beat is not activity; a beat saying the officer touched the page is', () => {
    const { session, guard, at } = guarded(10);
    at(8 * MINUTE);
    guard.beat('page-1', true);
    // The page keeps beating every 15 s, the officer touching nothing.
    for (let t = 8 * MINUTE; t < 18 * MINUTE; t += 15_000) {
      at(t);
      guard.beat('page-1', false);
    }
    at(18 * MINUTE - 1);
    expect(session.unlocked).toBe(true);
    at(18 * MINUTE);
    expect(session.unlocked).toBe(false);
  });

  it('a page’s goodbye locks once no page comes back within the grace time', () => {
    const { session, guard, at } = guarded();
    guard.beat('page-1', false);
    at(1000);
    guard.leave('page-1');
    at(1000 + GUARD_TIMINGS.leaveGraceMs - 1);
    expect(session.unlocked).toBe(true);
    at(1000 + GUARD_TIMINGS.leaveGraceMs);
    expect(session.locks).toBe(1);
  });

  it('a reload (goodbye, then a new page) does not lock, nor does one of two pages leaving', () => {
    const { session, guard, at } = guarded();
    guard.beat('page-1', false);
    guard.leave('page-1');
    at(500);
    guard.beat('page-2', false);
    at(GUARD_TIMINGS.leaveGraceMs * 3);
    expect(session.unlocked).toBe(true);

    guard.beat('page-3', false);
    guard.leave('page-2');
    at(GUARD_TIMINGS.leaveGraceMs * 6);
    expect(session.unlocked).toBe(true);
    // A goodbye from a page it does not know changes nothing.
    guard.leave('page-9');
    at(GUARD_TIMINGS.leaveGraceMs * 9);
    expect(session.unlocked).toBe(true);
  });

  it('locks when the last page falls silent (crashed, or its browser killed)', () => {
    const { session, guard, at } = guarded(60);
    guard.beat('page-1', false);
    at(GUARD_TIMINGS.pageTimeoutMs);
    expect(session.unlocked).toBe(true);
    at(GUARD_TIMINGS.pageTimeoutMs + 1);
    expect(session.locks).toBe(1);
  });

  it('with no page ever opened, only the idle time locks', () => {
    const { session, at } = guarded(10);
    at(10 * MINUTE - 1);
    expect(session.unlocked).toBe(true);
    at(10 * MINUTE);
    expect(session.unlocked).toBe(false);
  });

  it('tells each open page once, on its next beat, that it locked the app', () => {
    const { session, guard, at } = guarded(1);
    guard.beat('page-1', false);
    guard.beat('page-2', false);
    at(50_000);
    guard.beat('page-1', false);
    guard.beat('page-2', false);
    at(MINUTE);
    expect(session.locks).toBe(1);
    expect(guard.beat('page-1', false)).toEqual({ locked: true });
    expect(guard.beat('page-1', false)).toEqual({ locked: false });
    expect(guard.beat('page-2', false)).toEqual({ locked: true });
    // A page opened after the lock is on the lock screen already.
    expect(guard.beat('page-new', false)).toEqual({ locked: false });
  });

  it('a page back from the back-forward cache learns the app is locked', () => {
    const { session, guard, at } = guarded();
    guard.beat('page-1', false);
    guard.leave('page-1');
    at(GUARD_TIMINGS.leaveGraceMs);
    expect(session.unlocked).toBe(false);
    expect(guard.beat('page-1', false, true)).toEqual({ locked: true });
  });

  it('ignores beats with a malformed page id', () => {
    const { guard } = guarded();
    expect(guard.beat('<script>', true)).toEqual({ locked: false });
    expect(guard.beat('x'.repeat(65), true)).toEqual({ locked: false });
  });

  it('runs on its own interval once started, and stops', () => {
    vi.useFakeTimers();
    const session = fakeSession(1);
    const guard = new SessionGuard(session);
    guard.start();
    vi.advanceTimersByTime(MINUTE - GUARD_TIMINGS.checkEveryMs);
    expect(session.unlocked).toBe(true);
    vi.advanceTimersByTime(GUARD_TIMINGS.checkEveryMs);
    expect(session.unlocked).toBe(false);
    session.unlocked = true;
    guard.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(session.unlocked).toBe(true);
  });

  it('a lock that throws is reported, not thrown into the timer', () => {
    const logError = vi.fn();
    let now = 0;
    const session = {
      ...fakeSession(1),
      lock: () => {
        throw new Error('boom');
      },
    };
    const guard = new SessionGuard(session, { now: () => now, logError });
    now = MINUTE;
    expect(() => guard.check()).not.toThrow();
    expect(logError).toHaveBeenCalledWith('locking the session', expect.any(Error));
  });
});
