import { useEffect, useState } from 'react';
import type { SessionStatus } from '../../../shared/schemas/session';

/** What a wait holds: the whole PC, one account (by id), or the PC's recovery key. */
export type WaitScope = 'pc' | 'recovery-key' | { account: string };

const keyOf = (scope: WaitScope) => (typeof scope === 'string' ? scope : `account:${scope.account}`);

/** The waits main holds, from its status: the PC's, and each account's still running. */
function fromStatus(status: Pick<SessionStatus, 'waitSeconds' | 'accounts'>, at: number): Record<string, number> {
  const until: Record<string, number> = { pc: at + status.waitSeconds * 1000 };
  for (const a of status.accounts) if (a.waitSeconds) until[keyOf({ account: a.id })] = at + a.waitSeconds * 1000;
  return until;
}

/**
 * Seconds left before main takes another attempt, counted down on screen: for an account (or
 * the recovery key), the longer of its own wait and the PC's. Started from main's status (a
 * wait survives a reload), and again from each refusal, which says what it holds.
 */
export function useWaits(
  status: Pick<SessionStatus, 'waitSeconds' | 'accounts'>,
): [(scope: WaitScope) => number, (scope: WaitScope, seconds: number) => void] {
  const [until, setUntil] = useState(() => fromStatus(status, Date.now()));
  const [now, setNow] = useState(() => Date.now());
  const left = (scope: WaitScope) =>
    Math.max(0, Math.ceil((Math.max(until.pc ?? 0, until[keyOf(scope)] ?? 0) - now) / 1000));
  const running = Object.values(until).some((at) => at > now);
  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [running]);
  const start = (scope: WaitScope, seconds: number) => {
    // One clock reading for both: two could differ by a millisecond and show one second too many.
    const at = Date.now();
    setNow(at);
    setUntil((current) => ({ ...current, [keyOf(scope)]: at + seconds * 1000 }));
  };
  return [left, start];
}
