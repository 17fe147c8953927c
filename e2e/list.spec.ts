import { generateSummaries } from '../shared/testing/generate';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CasesListPage } from './pages/cases-list-page';
import { seedThroughApi } from './seed';

test('a year of 300 summaries filters, sorts and searches in main and loads far rows when scrolled to', async ({
  app,
}) => {
  const summaries = generateSummaries(300, 2025, 11);
  await seedThroughApi(app.page, summaries);
  const list = new CasesListPage(app.page);
  await list.open(2025);
  const count = app.page.getByRole('region', { name: 'Summaries of 2025' }).getByRole('status');
  await expect(count).toHaveText('300 summaries');
  // Only the rows in view are drawn, not the year.
  expect(await list.rows().count()).toBeLessThan(100);

  const hit = summaries.filter((s) => s.team === 'HIT').length;
  await app.page.getByLabel('Team', { exact: true }).selectOption('HIT');
  await expect(count).toHaveText(`${hit} of 300 summaries`);

  const hitInKampot = summaries.filter((s) => s.team === 'HIT' && s.province === '07').length;
  await app.page.getByLabel('Province').selectOption({ label: 'Kampot' });
  await expect(count).toHaveText(`${hitInKampot} of 300 summaries`);

  await app.page.getByLabel('Team', { exact: true }).selectOption({ label: 'All' });
  await app.page.getByLabel('Province').selectOption({ label: 'All' });
  await expect(count).toHaveText('300 summaries');

  // Sorted by investigation, oldest first: row 300 lies beyond the first window and loads when scrolled to.
  const refs = [...new Set(summaries.map((s) => s.investigationRef))].sort();
  const [firstRef, lastRef] = [refs[0] ?? '', refs.at(-1) ?? ''];
  await list.sortBy('Investigation');
  await expect(list.table().getByRole('columnheader', { name: 'Investigation' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(list.rows().first()).toContainText(firstRef);
  await list.scrollToEnd();
  await expect(list.rows().last()).toContainText(lastRef);
  await expect(list.rows().last()).toHaveAttribute('aria-rowindex', '301');
  await list.sortBy('Investigation');
  await expect(list.table().getByRole('columnheader', { name: 'Investigation' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(list.rows().first()).toContainText(lastRef);

  // Khmer has no spaces between words: a fragment from inside a word of the narrative still finds it.
  const khmer = summaries.filter((s) => s.narrative.includes('មន្ទីរពេទ្យ')).length;
  expect(khmer).toBeGreaterThan(0);
  await list.search('ន្ទីរពេ');
  await expect(count).toHaveText(`${khmer} of 300 summaries`);

  // Opening a summary and coming back keeps the year, the search, the sort and the result.
  const firstCode = (await list.rows().first().getByRole('button').first().textContent()) ?? '';
  await list.openSummary(firstCode);
  await app.page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
  await expect(app.page.getByLabel('Search')).toHaveValue('ន្ទីរពេ');
  await expect(count).toHaveText(`${khmer} of 300 summaries`);
  await expect(list.table().getByRole('columnheader', { name: 'Investigation' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(list.rows().first().getByRole('button').first()).toHaveText(firstCode);
});

test('the investigation view gathers every team and warns when a support summary has no lead', async ({ app }) => {
  const codes = await seedThroughApi(app.page, [
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
  for (const code of codes.slice(0, 3)) {
    await expect(main.getByRole('button', { name: code })).toBeVisible();
  }
  await expect(main.getByRole('alert')).toHaveCount(0);

  await list.open(2025);
  await list.search('CPU-2025-200');
  await app.page.getByRole('button', { name: 'All summaries of CPU-2025-200' }).click();
  await expect(app.page.getByRole('main').getByRole('alert')).toContainText(/lead/i);
});
