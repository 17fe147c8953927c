import type { Page } from '@playwright/test';
import { TEAMS } from '../shared/domain/teams';
import type { Role } from '../shared/schemas/accounts';

/** The passphrase every e2e data folder's first administrator is set up with (tests only). */
export const E2E_PASSPHRASE = 'e2e only: four quiet lanterns';
/** The first administrator of every e2e data folder: all four teams. */
export const E2E_ADMIN = 'Chea Sokha';

export interface E2eAccount {
  displayName: string;
  passphrase: string;
}

const ADMIN: E2eAccount = { displayName: E2E_ADMIN, passphrase: E2E_PASSPHRASE };

/**
 * Sets up (first start, with the e2e administrator) or signs in (later starts) through the
 * page's own `window.cpu.session` API, then reloads so the page starts on the signed-in app.
 * Specs that do not test signing in never see it.
 */
export async function unlockThroughApi(page: Page, account: E2eAccount = ADMIN): Promise<void> {
  await page.waitForFunction(() => typeof window.cpu === 'object');
  const outcome = await page.evaluate(
    async ({ displayName, passphrase, teams }) => {
      const status = await window.cpu.session.status({});
      if (!status.ok) return status.error.message;
      if (status.value.state === 'unlocked') return 'already';
      if (status.value.state === 'setup') {
        const result = await window.cpu.session.setup({ displayName, teams, passphrase });
        if (!result.ok) return result.error.message;
        // As the administrator does on the recovery key's sheet: it is kept (no reminder after).
        const kept = await window.cpu.session.recoveryKeyKept({});
        return kept.ok ? 'done' : kept.error.message;
      }
      const account = status.value.accounts.find((a) => a.displayName === displayName);
      if (!account) return `no account named ${displayName} can sign in`;
      const result = await window.cpu.session.unlock({ accountId: account.id, passphrase });
      return result.ok ? 'done' : result.error.message;
    },
    { ...account, teams: [...TEAMS] },
  );
  if (outcome === 'done') await page.reload();
  else if (outcome !== 'already') throw new Error(`could not sign in: ${outcome}`);
}

/** Adds an account through the page's API, as the signed-in administrator (for specs about something else). */
export async function addAccountThroughApi(
  page: Page,
  account: E2eAccount & { teams: (typeof TEAMS)[number][]; role: Role },
): Promise<void> {
  const outcome = await page.evaluate(async (request) => {
    const result = await window.cpu.accounts.add(request);
    return result.ok ? 'done' : result.error.message;
  }, account);
  if (outcome !== 'done') throw new Error(`could not add ${account.displayName}: ${outcome}`);
}
