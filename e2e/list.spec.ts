import { generateSummaries } from '../shared/testing/generate';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CasesListPage } from './pages/cases-list-page';
import { seedThroughApi } from './seed';

test('a year of 300 summaries filters by team and province and finds Khmer text by substring', async ({ app }) => {
  const summaries = generateSummaries(300, 2025, 11);
  await seedThroughApi(app.page, summaries);
  const list = new CasesListPage(app.page);
  await list.open(2025);
  const count = app.page.getByRole('region', { name: 'Summaries of 2025' }).getByRole('status');
  await expect(count).toHaveText('300 summaries');

  const hit = summaries.filter((s) => s.team === 'HIT').length;
  await app.page.getByLabel('Team', { exact: true }).selectOption('HIT');
  await expect(count).toHaveText(`${hit} of 300 summaries`);

  const hitInKampot = summaries.filter((s) => s.team === 'HIT' && s.province === '07').length;
  await app.page.getByLabel('Province').selectOption({ label: 'Kampot' });
  await expect(count).toHaveText(`${hitInKampot} of 300 summaries`);

  await app.page.getByLabel('Team', { exact: true }).selectOption({ label: 'All' });
  await app.page.getByLabel('Province').selectOption({ label: 'All' });
  // Khmer has no spaces between words: a fragment from inside a word still finds it.
  const khmer = summaries.filter((s) => s.narrative.includes('មន្ទីរពេទ្យ')).length;
  expect(khmer).toBeGreaterThan(0);
  await list.search('ន្ទីរពេ');
  await expect(count).toHaveText(`${khmer} of 300 summaries`);
  // Only the visible rows are in the page, not all of them.
  expect(await list.rows().count()).toBeLessThan(khmer);

  // Opening a summary and coming back keeps the year, the search and the result.
  const firstCode = (await list.rows().first().getByRole('button').first().textContent()) ?? '';
  await list.openSummary(firstCode);
  await app.page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
  await expect(app.page.getByLabel('Search')).toHaveValue('ន្ទីរពេ');
  await expect(count).toHaveText(`${khmer} of 300 summaries`);
});

test('the investigation view gathers every team and warns when a support summary has no lead', async ({ app }) => {
  await seedThroughApi(app.page, [
    sampleSummary('HIT', 'CPU-2025-100'),
    sampleSummary('FST', 'CPU-2025-100'),
    sampleSummary('OVA', 'CPU-2025-100'),
    sampleSummary('OVA', 'CPU-2025-200'),
  ]);
  const list = new CasesListPage(app.page);
  await list.open(2025);
  await list.rows().first().waitFor();
  await list.search('CPU-2025-100');
  await app.page.getByRole('button', { name: 'All summaries of CPU-2025-100' }).first().click();
  const main = app.page.getByRole('main');
  for (const code of ['HIT-2025-0001', 'FST-2025-0001', 'OVA-2025-0001']) {
    await expect(main.getByRole('button', { name: code })).toBeVisible();
  }
  await expect(main.getByRole('alert')).toHaveCount(0);

  await list.open(2025);
  await list.search('CPU-2025-200');
  await app.page.getByRole('button', { name: 'All summaries of CPU-2025-200' }).click();
  await expect(app.page.getByRole('main').getByRole('alert')).toContainText(/lead/i);
});
