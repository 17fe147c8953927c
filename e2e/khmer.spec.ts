import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CasesListPage } from './pages/cases-list-page';
import { seedThroughApi } from './seed';

/** Khmer digits only: Chromium has no Khmer Intl data, so these come from our own formatting. */
const KHMER_DATE = '១៤ មីនា ២០២៥';

test('the officer switches to Khmer with Khmer digits, sees Khmer dates, and the choice survives a restart', async ({
  app,
}) => {
  const [code = ''] = await seedThroughApi(app.page, [sampleSummary('HIT', 'CPU-2025-100')]);
  await new CasesListPage(app.page).open(2025);
  const page = app.page;
  await expect(page.getByRole('table', { name: 'Summaries of 2025' })).toContainText('14/03/2025');

  await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByRole('button', { name: 'ខ្មែរ', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('table', { name: 'សេចក្ដីសង្ខេបឆ្នាំ 2025' });
  // Khmer month name at once, digits still Latin until the officer asks for Khmer ones.
  await expect(table).toContainText('14 មីនា 2025');
  await expect(table).toContainText('កំពង់ឆ្នាំង');

  await page.getByLabel('លេខ', { exact: true }).selectOption('khmer');
  const khmerTable = page.getByRole('table', { name: 'សេចក្ដីសង្ខេបឆ្នាំ ២០២៥' });
  await expect(khmerTable.getByRole('row').filter({ hasText: code })).toContainText(KHMER_DATE);
  await expect(page.getByRole('status').filter({ hasText: 'សេចក្ដីសង្ខេប ១' })).toBeVisible();

  // The bundled Noto Sans Khmer loads under the CSP (font-src 'self') and draws the text.
  const loaded = await page.evaluate(async () => {
    const faces = await document.fonts.load('16px "Noto Sans Khmer"', 'ខ្មែរ');
    return faces.filter((face) => face.status === 'loaded').length;
  });
  expect(loaded).toBeGreaterThan(0);

  const again = await app.restart();
  await expect(again.locator('html')).toHaveAttribute('lang', 'km');
  await expect(again.getByRole('button', { name: 'ខ្មែរ', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByLabel('លេខ', { exact: true })).toHaveValue('khmer');
  await again.getByLabel('ឆ្នាំ', { exact: true }).selectOption('2025');
  await expect(again.getByRole('table', { name: 'សេចក្ដីសង្ខេបឆ្នាំ ២០២៥' })).toContainText(KHMER_DATE);

  // And back to English at once, Khmer digits kept until changed.
  await again.getByRole('button', { name: 'English', exact: true }).click();
  await expect(again.locator('html')).toHaveAttribute('lang', 'en');
  await expect(again.getByRole('table', { name: 'Summaries of ២០២៥' })).toContainText('១៤/០៣/២០២៥');
});

test('a Khmer date with a long month name is shown whole in the list, its year included', async ({ app }) => {
  const page = app.page;
  const [code = ''] = await seedThroughApi(page, [
    { ...sampleSummary('HIT', 'CPU-2025-101'), dateReported: '2025-06-14' },
  ]);
  await new CasesListPage(page).open(2025);
  await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
  await page.getByLabel('លេខ', { exact: true }).selectOption('khmer');
  await page.evaluate(() => document.fonts.ready);
  const row = page.getByRole('table', { name: 'សេចក្ដីសង្ខេបឆ្នាំ ២០២៥' }).getByRole('row').filter({ hasText: code });
  const date = row.getByRole('cell', { name: '១៤ មិថុនា ២០២៥' });
  await expect(date).toBeVisible();
  expect(await date.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});
