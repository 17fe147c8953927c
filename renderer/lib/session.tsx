import { createContext, useContext } from 'react';
import { CHANNEL_ACCESS, SETTING_ACCESS } from '../../shared/domain/access';
import type { Channel } from '../../shared/ipc/contract';
import { hasRole, type SignedIn } from '../../shared/schemas/accounts';
import type { SessionStatus } from '../../shared/schemas/session';

export interface SessionControls {
  status: SessionStatus;
  /** Signs out now: main forgets the key, and everything shown is dropped. */
  lock(): Promise<void>;
  /** Starts every screen afresh (after a backup was restored). */
  refresh(): void;
  /**
   * How many times `refresh` has run: the screen shown is keyed by it, so it reads everything
   * again, while what the officer chose (the list's year, filters and sort, the route) is kept.
   */
  generation: number;
  setStatus(status: SessionStatus): void;
}

export const SessionContext = createContext<SessionControls | undefined>(undefined);

/** The session controls inside the signed-in app; undefined outside it (and in component tests). */
export function useSession(): SessionControls | undefined {
  return useContext(SessionContext);
}

/**
 * Whether `user` may call `channel`, by the same table main enforces. The page uses it to hide
 * what a role cannot reach; main refuses it anyway ('forbidden') if it is asked.
 */
export function canCall(user: SignedIn | null | undefined, channel: Channel): boolean {
  const access = CHANNEL_ACCESS[channel];
  if (access === 'anyone') return true;
  if (!user) return false;
  return access === 'signed-in' || hasRole(user.role, access);
}

/**
 * `can(channel)` for the signed-in account. Outside a session (component tests render screens
 * alone) every channel is offered: what a screen shows by role is tested with a session.
 */
export function useCan(): (channel: Channel) => boolean {
  const session = useSession();
  if (!session) return () => true;
  const user = session.status.user;
  return (channel) => canCall(user, channel);
}

/** Whether the signed-in account may change this setting (see SETTING_ACCESS; main checks it again). */
export function useCanSet(): (setting: keyof typeof SETTING_ACCESS) => boolean {
  const session = useSession();
  if (!session) return () => true;
  const user = session.status.user;
  return (setting) => !!user && hasRole(user.role, SETTING_ACCESS[setting]);
}
