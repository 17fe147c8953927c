import { expect, type Locator, type Page } from '@playwright/test';

/** The access log screen (coordinators and administrators): filters, the check of the chain, the entries. */
export class AccessLogPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Access log' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /^Entries \d+–\d+ of \d+$/ })).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Access log' });
  }

  /** Entries whose cells read `who`, `action` and (when given) `target`. */
  entry(who: string, action: string, target?: string): Locator {
    const cell = (text: string) => this.page.getByRole('cell', { name: text, exact: true });
    let rows = this.table()
      .getByRole('row')
      .filter({ has: cell(who) })
      .filter({ has: cell(action) });
    if (target !== undefined) rows = rows.filter({ has: cell(target) });
    return rows;
  }
}
