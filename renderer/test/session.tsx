import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { TEAMS, type Team } from '../../shared/domain/teams';
import type { Role, SignedIn } from '../../shared/schemas/accounts';
import type { SessionStatus } from '../../shared/schemas/session';
import type { Language } from '../../shared/i18n/translate';
import { I18nProvider } from '../lib/i18n';
import { SessionContext, type SessionControls } from '../lib/session';

/** Accounts of the tests, with valid UUIDs. */
export const ADMIN: SignedIn = {
  id: '00000000-0000-4000-8000-00000000000a',
  displayName: 'Chan Sophea',
  teams: [...TEAMS],
  role: 'administrator',
};

export const signedIn = (role: Role, teams: Team[] = [...TEAMS], displayName = `Test ${role}`): SignedIn => ({
  id: `00000000-0000-4000-8000-${String(ROLE_NUMBER[role]).padStart(12, '0')}`,
  displayName,
  teams,
  role,
});
const ROLE_NUMBER: Record<Role, number> = { officer: 1, coordinator: 2, administrator: 3 };

/** What main answers to `session:status` for `user` (or locked, with no one signed in). */
export function statusOf(user: SignedIn | null, over: Partial<SessionStatus> = {}): SessionStatus {
  return {
    state: user ? 'unlocked' : 'locked',
    accounts: user ? [{ id: user.id, displayName: user.displayName }] : [],
    user,
    autoLockMinutes: 10,
    waitSeconds: 0,
    recoveryKeyUnconfirmed: null,
    ...over,
  };
}

/** The session controls the signed-in app gives its screens, with spies for its actions. */
export function sessionOf(user: SignedIn, over: Partial<SessionStatus> = {}): SessionControls {
  return { status: statusOf(user, over), lock: vi.fn(), refresh: vi.fn(), generation: 0, setStatus: vi.fn() };
}

/** Renders a screen as `user` sees it once signed in. */
export function renderSignedIn(
  ui: ReactNode,
  user: SignedIn = ADMIN,
  language: Language = 'en',
  status: Partial<SessionStatus> = {},
) {
  const session = sessionOf(user, status);
  const result = render(
    <I18nProvider language={language}>
      <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>
    </I18nProvider>,
  );
  return { ...result, session };
}
