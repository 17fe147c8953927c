import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CaseFormPage } from './pages/case-form-page';
import { CasesListPage } from './pages/cases-list-page';
import { seedThroughApi } from './seed';

test('a closed year refuses changes until it is reopened with a reason, and both are logged', async ({ app }) => {
  const page = app.page;
  const [code = ''] = await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-0001')]);
  await page.getByRole('button', { name: 'Totals' }).click();
  // Totals opens on last year, which is 2025 only until 1 January: the summary's year is chosen.
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await page.getByRole('button', { name: 'Close 2025' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close 2025' }).click();
  await expect(page.getByText('2025 is closed since')).toBeVisible();

  const list = new CasesListPage(page);
  await list.open(2025);
  await list.openSummary(code);
  const form = new CaseFormPage(page);
  // A closed year's summary opens read-only, saying who closed the year (main refuses a change anyway).
  await expect(
    page.getByRole('status').filter({ hasText: /^This summary belongs to 2025, which .* closed on / }),
  ).toBeVisible();
  await expect(form.form.getByLabel('District')).toBeDisabled();
  await expect(form.form.getByRole('button', { name: 'Save' })).toBeHidden();
  const refused = await page.evaluate(async (caseCode) => {
    const rows = await window.cpu.cases.list({ year: 2025 });
    const id = rows.ok ? rows.value.rows.find((r) => r.caseCode === caseCode)?.id : undefined;
    const record = id ? await window.cpu.cases.get({ id }) : undefined;
    if (!record?.ok) return 'not found';
    const saved = await window.cpu.cases.save({
      id: record.value.id,
      expectedRevision: record.value.revision,
      summary: { ...record.value.summary, district: 'Kampong Tralach' },
    });
    return saved.ok ? 'saved' : saved.error.code;
  }, code);
  expect(refused).toBe('year-closed');

  await page.getByRole('button', { name: 'Totals' }).click();
  await page.getByRole('button', { name: 'Reopen 2025' }).click();
  await expect(page.getByText('2025 is closed since')).toBeVisible();
  await page.getByLabel('Reason for reopening (recorded in the log)').fill('Late OVA summaries');
  await page.getByRole('button', { name: 'Reopen 2025' }).click();
  await expect(page.getByText(/reopened by .*Reason: Late OVA summaries/)).toBeVisible();
  await expect(page.getByText(/closed by/)).toBeVisible();

  // Reopened, the summary is editable again.
  await list.open(2025);
  await list.openSummary(code);
  await form.form.getByLabel('District').fill('Kampong Tralach');
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: /saved/i }).first()).toBeVisible();
});
