import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../session';

/** The screens before the app: first-run set-up, the one-time recovery key, sign-in. */
export class LockPage {
  constructor(readonly page: Page) {}

  /** First run: the first administrator (every team ticked, as offered); returns the recovery key shown. */
  async setUp(passphrase: string, displayName: string = E2E_ADMIN): Promise<string> {
    const page = this.page;
    await expect(page.getByRole('heading', { name: 'Protect this PC’s case data' })).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill(displayName);
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Passphrase again').fill(passphrase);
    await page.getByRole('button', { name: 'Protect the data' }).click();
    const recoveryKey = await this.keepRecoveryKey();
    await this.expectApp();
    return recoveryKey;
  }

  /** Reads the recovery key shown once, and says it is kept. */
  async keepRecoveryKey(): Promise<string> {
    const page = this.page;
    const key = page.getByRole('status', { name: 'Recovery key' });
    await expect(key).toHaveText(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    const recoveryKey = (await key.textContent()) ?? '';
    const next = page.getByRole('button', { name: 'Continue' });
    await expect(next).toBeDisabled();
    await page.getByLabel(/I have printed or written down the recovery key/).check();
    await next.click();
    return recoveryKey;
  }

  async expectLocked(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Sign in to the case register' })).toBeVisible();
    await expect(this.page.getByRole('navigation')).toHaveCount(0);
  }

  /** Chooses who is working and types their passphrase (by the keyboard-reachable radio and field). */
  async signIn(passphrase: string, displayName: string = E2E_ADMIN): Promise<void> {
    await this.expectLocked();
    await this.page.getByRole('group', { name: 'Who is working?' }).getByRole('radio', { name: displayName }).check();
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** The e2e administrator signs in again (after a lock or a restart). */
  async unlock(passphrase: string): Promise<void> {
    await this.signIn(passphrase);
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Sign out' }).click();
    await this.expectLocked();
  }

  async expectApp(): Promise<void> {
    await expect(this.page.getByRole('navigation').getByRole('button', { name: 'Case summaries' })).toBeVisible();
  }

  /** Who the header says is signed in. */
  async expectSignedIn(displayName: string, role: string): Promise<void> {
    const header = this.page.getByRole('banner');
    await expect(header).toContainText(new RegExp(`Signed in:\\s*${displayName}\\s*${role} · `));
  }
}
