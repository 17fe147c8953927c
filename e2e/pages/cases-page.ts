import { expect, type Locator, type Page } from '@playwright/test';

export interface SummaryFields {
  investigationRef: string;
  team: 'OVA' | 'HIT' | 'FST' | 'ICAC';
  dateReported: string;
}

/** The case summaries screen, found by roles and labels as an officer would. */
export class CasesPage {
  readonly form: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'New case summary' });
    this.list = page.getByRole('region', { name: /^Summaries of/ });
  }

  async ready(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  async fill(fields: SummaryFields): Promise<void> {
    await this.form.getByLabel('Investigation reference').fill(fields.investigationRef);
    await this.form.getByLabel('Team').selectOption(fields.team);
    await this.form.getByLabel('Date reported').fill(fields.dateReported);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save' }).click();
  }

  async chooseYear(year: number): Promise<void> {
    await this.page.getByLabel('Year', { exact: true }).selectOption(String(year));
  }

  row(text: string): Locator {
    return this.list.getByRole('row').filter({ hasText: text });
  }
}
