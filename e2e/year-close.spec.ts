import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CaseFormPage } from './pages/case-form-page';
import { CasesListPage } from './pages/cases-list-page';
import { seedThroughApi } from './seed';

test('a closed year refuses changes until it is reopened with a reason, and both are logged', async ({ app }) => {
  const page = app.page;
  const [code = ''] = await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-0001')]);
  await page.getByRole('button', { name: 'Totals' }).click();
  await page.getByRole('button', { name: 'Close 2025' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close 2025' }).click();
  await expect(page.getByText('2025 is closed since')).toBeVisible();

  const list = new CasesListPage(page);
  await list.open(2025);
  await list.openSummary(code);
  const form = new CaseFormPage(page);
  await form.form.getByLabel('District').fill('Kampong Tralach');
  await form.save();
  await expect(page.getByRole('alert').filter({ hasText: 'The year 2025 is closed' })).toBeVisible();

  await page.getByRole('button', { name: 'Totals' }).click();
  // Leaving the form with the refused change asks first; the officer leaves it.
  const leave = page.getByRole('dialog');
  if (await leave.isVisible()) await leave.getByRole('button').last().click();
  await page.getByRole('button', { name: 'Reopen 2025' }).click();
  await expect(page.getByText('2025 is closed since')).toBeVisible();
  await page.getByLabel('Reason for reopening (recorded in the log)').fill('Late OVA summaries');
  await page.getByRole('button', { name: 'Reopen 2025' }).click();
  await expect(page.getByText(/reopened by .*Reason: Late OVA summaries/)).toBeVisible();
  await expect(page.getByText(/closed by/)).toBeVisible();
});
