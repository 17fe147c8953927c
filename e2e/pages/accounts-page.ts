import { expect, type Locator, type Page } from '@playwright/test';
import type { TeamCode } from './case-form-page';

export interface NewAccount {
  displayName: string;
  teams: TeamCode[];
  /** As the Role list shows it: Officer, Coordinator, Administrator. */
  role: 'Officer' | 'Coordinator' | 'Administrator';
  passphrase: string;
}

/** The administrators' Accounts screen: the table of accounts, the add form and the recovery key. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Accounts' }).click();
    await expect(this.table()).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Accounts' });
  }

  row(displayName: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: displayName, exact: true }) });
  }

  /** Fills the add form by label, ticking only the account's teams, and waits for the table to list it. */
  async add(account: NewAccount): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add an account' });
    await form.getByLabel('Name', { exact: true }).fill(account.displayName);
    for (const team of account.teams) await form.getByRole('checkbox', { name: new RegExp(`^${team}:`) }).check();
    await form.getByLabel('Role', { exact: true }).selectOption({ label: account.role });
    await form.getByLabel('First passphrase').fill(account.passphrase);
    await expect(form.getByText(/^Strength: (Hard to guess|Strong)$/)).toBeVisible();
    await form.getByLabel('Passphrase again').fill(account.passphrase);
    await form.getByRole('button', { name: 'Add the account' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `${account.displayName} was added as ${account.role}.` }),
    ).toBeVisible();
    await expect(this.row(account.displayName)).toContainText(account.teams.join(', '));
  }
}
