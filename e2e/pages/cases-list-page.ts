import { expect, type Locator, type Page } from '@playwright/test';

/** The cases list: year, filters, search, and a virtualised table of summaries. */
export class CasesListPage {
  constructor(readonly page: Page) {}

  async open(year: number): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
    await this.page.getByLabel('Year', { exact: true }).selectOption(String(year));
    await expect(this.page.getByRole('region', { name: `Summaries of ${year}` }).getByRole('status')).toContainText(
      /summar(y|ies)/,
    );
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /^Summaries of/ });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search').fill(text);
  }

  /** Sorts by a column, as a click on its header does (a second click reverses it). */
  async sortBy(column: string): Promise<void> {
    await this.table().getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  /** Scrolls the table to its last row, whose window the page then asks for. */
  async scrollToEnd(): Promise<void> {
    await this.table().evaluate((table) => {
      const box = table.closest('.cases-scroll');
      if (box) box.scrollTop = box.scrollHeight;
    });
  }

  /** Data rows only (the header row has no cell); a row still loading shows a placeholder cell. */
  rows(): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  row(caseCode: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('button', { name: caseCode, exact: true }) });
  }

  async openSummary(caseCode: string): Promise<void> {
    await this.row(caseCode).getByRole('button', { name: caseCode, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `Summary ${caseCode}` })).toBeVisible();
  }
}

/** The bin: a year's deleted summaries, each restorable after a confirmation. */
export class BinPage {
  constructor(readonly page: Page) {}

  async open(year: number): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Bin' }).click();
    await this.page.getByLabel('Year', { exact: true }).selectOption(String(year));
  }

  async restore(caseCode: string): Promise<void> {
    const table = this.page.getByRole('table', { name: 'Bin' });
    await table.getByRole('row').filter({ hasText: caseCode }).getByRole('button', { name: 'Restore' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Summary ${caseCode} restored.` })).toBeVisible();
  }
}
