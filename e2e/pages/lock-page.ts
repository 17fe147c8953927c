import { expect, type Page } from '@playwright/test';

/** The screens before the app: first-run set-up, the one-time recovery key, unlock. */
export class LockPage {
  constructor(readonly page: Page) {}

  async setUp(passphrase: string): Promise<string> {
    const page = this.page;
    await expect(page.getByRole('heading', { name: 'Protect this PC’s case data' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Passphrase again').fill(passphrase);
    await page.getByRole('button', { name: 'Protect the data' }).click();
    const key = page.getByRole('status', { name: 'Recovery key' });
    await expect(key).toHaveText(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    const recoveryKey = (await key.textContent()) ?? '';
    const next = page.getByRole('button', { name: 'Continue' });
    await expect(next).toBeDisabled();
    await page.getByLabel(/I have printed or written down the recovery key/).check();
    await next.click();
    await this.expectApp();
    return recoveryKey;
  }

  async expectLocked(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Unlock the case register' })).toBeVisible();
    await expect(this.page.getByRole('navigation')).toHaveCount(0);
  }

  async unlock(passphrase: string): Promise<void> {
    await this.expectLocked();
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  async expectApp(): Promise<void> {
    await expect(this.page.getByRole('navigation').getByRole('button', { name: 'Case summaries' })).toBeVisible();
  }
}
