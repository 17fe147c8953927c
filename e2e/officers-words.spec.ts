import type { Page } from '@playwright/test';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CasesListPage } from './pages/cases-list-page';
import { seedThroughApi } from './seed';

/*
 * The officers' own words: counts with their plural forms (English has two, Khmer one), search
 * by the names officers use, numbers typed in either digits and shown back in the chosen ones,
 * and screens that keep the year chosen.
 */

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });

async function toKhmer(page: Page, digits: 'latin' | 'khmer'): Promise<void> {
  await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await page.getByLabel('លេខ', { exact: true }).selectOption(digits);
}

/** A forensic summary in Kandal about online grooming (the HIT sample is in Kampong Chhnang, about rape). */
const KANDAL_GROOMING = {
  ...sampleSummary('FST', 'CPU-2025-200'),
  province: '08',
  offences: ['online-grooming' as const],
};

test('the list counts summaries in plural forms and finds provinces and offences by name in both languages', async ({
  app,
}) => {
  const page = app.page;
  const [hitCode = ''] = await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-100')]);
  const list = new CasesListPage(page);
  await list.open(2025);
  const count = page.getByRole('region', { name: 'Summaries of 2025' }).getByRole('status');
  await expect(count).toHaveText('1 summary');

  await seedThroughApi(page, [KANDAL_GROOMING]);
  await list.open(2025);
  await expect(count).toHaveText('2 summaries');
  for (const [query, found] of [
    ['Kandal', 1],
    ['kampong chhnang', 1],
    ['grooming', 1],
    ['Rape', 1],
    ['កណ្ដាល', 1],
    ['លួងលោម', 1],
    [hitCode.toLowerCase(), 1],
    ['CPU-2025', 2],
    ['Battambang', 0],
  ] as const) {
    await list.search(query);
    await expect(count, `search "${query}"`).toHaveText(found === 2 ? '2 summaries' : `${found} of 2 summaries`);
  }
  await list.search('grooming');
  await expect(list.rows()).toHaveCount(1);
  await expect(list.rows().first()).toContainText('Kandal');

  // Khmer: one form whatever the count, in the officer's digits.
  await list.search('');
  await toKhmer(page, 'khmer');
  const khmerCount = page.getByRole('region', { name: 'សេចក្ដីសង្ខេបឆ្នាំ ២០២៥' }).getByRole('status');
  await expect(khmerCount).toHaveText('សេចក្ដីសង្ខេប ២');
  await page.getByLabel('ស្វែងរក', { exact: true }).fill('Kandal');
  await expect(khmerCount).toHaveText('សេចក្ដីសង្ខេប ១ ក្នុងចំណោម ២');
  await page.getByLabel('ស្វែងរក', { exact: true }).fill('ការលួងលោមបញ្ឆោតកុមារ');
  await expect(khmerCount).toHaveText('សេចក្ដីសង្ខេប ១ ក្នុងចំណោម ២');
  await expect(page.getByRole('table', { name: 'សេចក្ដីសង្ខេបឆ្នាំ ២០២៥' })).toContainText('កណ្ដាល');
});

test('idle minutes take plural forms and Khmer digits, and are shown back in the chosen digits', async ({ app }) => {
  const page = app.page;
  await nav(page, 'Security and backups').click();
  const minutes = page.getByLabel('Lock after this many idle minutes');
  await expect(minutes).toHaveValue('10');
  await minutes.fill('2');
  await minutes.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The app now locks after 2 idle minutes.' })).toBeVisible();
  await minutes.fill('1');
  await minutes.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The app now locks after 1 idle minute.' })).toBeVisible();
  // Khmer digits typed in the English screen are a number like any other.
  await minutes.fill('១៥');
  await minutes.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The app now locks after 15 idle minutes.' })).toBeVisible();

  await toKhmer(page, 'khmer');
  const khmerMinutes = page.getByLabel('ចាក់សោបន្ទាប់ពីមិនប្រើប៉ុន្មាននាទី');
  await khmerMinutes.fill('៣០');
  await khmerMinutes.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'ឥឡូវនេះ កម្មវិធីនឹងចាក់សោបន្ទាប់ពីមិនប្រើ ៣០ នាទី។' })).toBeVisible();
  await nav(page, 'តួលេខសរុប').click();
  await nav(page, 'សុវត្ថិភាព និងច្បាប់បម្រុងទុក').click();
  await expect(khmerMinutes).toHaveValue('៣០');
});

test('spending takes Khmer digits and thousands separators, shown back in the chosen digits', async ({ app }) => {
  const page = app.page;
  await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-100')]);
  await nav(page, 'Totals').click();
  // Totals opens on last year, which is 2025 only until 1 January: the summary's year is chosen.
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await expect(page.getByRole('heading', { name: 'Totals for 2025' })).toBeVisible();
  const hit = page.getByLabel(/^HIT: .* \(USD\)$/);
  const ova = page.getByLabel(/^OVA: .* \(USD\)$/);
  await hit.fill('12,500');
  await ova.fill('១២,៥០០');
  await page.getByRole('button', { name: 'Save spending' }).click();
  await expect(page.getByText('Spending for 2025 saved.')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('USD 25,000');

  await nav(page, 'Case summaries').click();
  await nav(page, 'Totals').click();
  await expect(hit).toHaveValue('12,500');
  await expect(ova).toHaveValue('12,500');

  // Khmer digits chosen: shown back in them, grouped as Khmer groups them, and read back as shown.
  await toKhmer(page, 'khmer');
  await nav(page, 'សេចក្ដីសង្ខេបករណី').click();
  await nav(page, 'តួលេខសរុប').click();
  const khmerHit = page.getByLabel(/^HIT៖ .* \(USD\)$/);
  await expect(khmerHit).toHaveValue('១២.៥០០');
  await khmerHit.fill('១៣,០០០');
  await page.getByRole('button', { name: 'រក្សាទុកការចំណាយ' }).click();
  await expect(page.getByText('បានរក្សាទុកការចំណាយសម្រាប់ឆ្នាំ ២០២៥។')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('USD ២៥.៥០០');
  await nav(page, 'សេចក្ដីសង្ខេបករណី').click();
  await nav(page, 'តួលេខសរុប').click();
  await expect(khmerHit).toHaveValue('១៣.០០០');
  await expect(page.getByLabel(/^OVA៖ .* \(USD\)$/)).toHaveValue('១២.៥០០');
});

test('a saved summary reopens with its ages and dates in the chosen Khmer digits, and saves back unchanged', async ({
  app,
}) => {
  const page = app.page;
  const [code = ''] = await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-100')]);
  await toKhmer(page, 'khmer');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const list = new CasesListPage(page);
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await list.openSummary(code);
  const victim = page.getByRole('group', { name: 'Victim ១' });
  await expect(victim.getByLabel('Age (years)')).toHaveValue('១២');
  const form = page.getByRole('form', { name: `Summary ${code}` });
  await expect(form.getByLabel('Date reported')).toHaveValue('១៤/០៣/២០២៥');
  await expect(form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-100');
  // Nothing was changed by showing it so: Save records no new revision.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(`Saved as ${code}.`)).toBeVisible();
  await expect(victim.getByLabel('Age (years)')).toHaveValue('១២');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('created');
  await expect(history).not.toContainText('edited');
});

test('Totals and Data files keep the chosen year when the officer leaves and comes back', async ({ app }) => {
  const page = app.page;
  await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-100')]);
  const thisYear = String(new Date().getFullYear());
  const lastYear = String(new Date().getFullYear() - 1);

  await nav(page, 'Totals').click();
  await expect(page.getByRole('heading', { name: `Totals for ${lastYear}` })).toBeVisible();
  await page.getByLabel('Year', { exact: true }).selectOption(thisYear);
  await expect(page.getByRole('heading', { name: `Totals for ${thisYear}` })).toBeVisible();

  await nav(page, 'Data files').click();
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue(lastYear);
  await page.getByLabel('Year', { exact: true }).selectOption(thisYear);

  await nav(page, 'Case summaries').click();
  await nav(page, 'Totals').click();
  await expect(page.getByRole('heading', { name: `Totals for ${thisYear}` })).toBeVisible();
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue(thisYear);
  await nav(page, 'Data files').click();
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue(thisYear);
});
