import { createContext, useContext } from 'react';
import type { SessionStatus } from '../../shared/schemas/session';

export interface SessionControls {
  status: SessionStatus;
  /** Locks now: main forgets the key, and everything shown is dropped. */
  lock(): Promise<void>;
  /** Starts every screen afresh (after a backup was restored). */
  refresh(): void;
  setStatus(status: SessionStatus): void;
}

export const SessionContext = createContext<SessionControls | undefined>(undefined);

/** The session controls inside the unlocked app; undefined outside it (and in component tests). */
export function useSession(): SessionControls | undefined {
  return useContext(SessionContext);
}
