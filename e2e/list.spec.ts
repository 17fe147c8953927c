import { generateSummaries } from '../shared/testing/generate';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CaseFormPage } from './pages/case-form-page';
import { CasesListPage } from './pages/cases-list-page';
import { seedThroughApi } from './seed';

test('a year of 300 summaries filters, sorts and searches in main and loads far rows when scrolled to', async ({
  app,
}) => {
  // Two summaries were saved without a province.
  const summaries = generateSummaries(300, 2025, 11).map((s, i) => (i % 150 === 7 ? { ...s, province: undefined } : s));
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
  await app.page.getByLabel('Province').selectOption({ label: 'Province not recorded' });
  await expect(count).toHaveText('2 of 300 summaries');
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

test('coming back from a summary, the list is scrolled where it was and the summary opened has focus', async ({
  app,
}) => {
  const page = app.page;
  await seedThroughApi(page, generateSummaries(100, 2025, 7));
  const list = new CasesListPage(page);
  // Choosing a screen from the menu puts focus on that screen's heading, not in the menu.
  await page.getByRole('navigation').getByRole('button', { name: 'Bin' }).click();
  await expect(page.getByRole('heading', { name: 'Bin' })).toBeFocused();
  await page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
  await expect(page.getByRole('heading', { name: /^Summaries of/ })).toBeFocused();
  await list.open(2025);

  await list.table().evaluate((table) => {
    const box = table.closest('.cases-scroll');
    if (box) box.scrollTop = 1600;
  });
  // The 47th summary's row (the header is row 1) is drawn once its window has loaded.
  const farRow = list.table().locator('tr[aria-rowindex="48"]');
  await expect(farRow.getByRole('button').first()).toBeVisible();
  const code = (await farRow.getByRole('button').first().textContent()) ?? '';
  await farRow.getByRole('button', { name: code, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Summary ${code}` })).toBeFocused();

  await page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
  await expect(list.row(code).getByRole('button', { name: code, exact: true })).toBeFocused();
  const scrolled = await list.table().evaluate((table) => table.closest('.cases-scroll')?.scrollTop ?? 0);
  expect(scrolled).toBeGreaterThan(1200);
});

test('a summary opened from a figure’s list in the totals leads back to that list and year', async ({ app }) => {
  const page = app.page;
  const [code = ''] = await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-300')]);
  await page.getByRole('navigation').getByRole('button', { name: 'Totals' }).click();
  await expect(page.getByRole('heading', { name: /^Totals for/ })).toBeFocused();
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await page
    .getByRole('button', { name: /Show the summaries/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  const title = (await dialog.getByRole('heading').first().textContent()) ?? '';
  const label = /“(.*)”/.exec(title)?.[1] ?? '';
  expect(label).not.toBe('');
  await dialog.getByRole('button', { name: code, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Summary ${code}` })).toBeVisible();

  await page.getByRole('button', { name: `Back to “${label}”, totals of 2025` }).click();
  await expect(page.getByRole('heading', { name: 'Totals for 2025' })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('heading', { name: title })).toBeVisible();
});

test('a case code is shown whole in the list, however long its team and PC parts', async ({ app }) => {
  const [code = ''] = await seedThroughApi(app.page, [sampleSummary('ICAC', 'CPU-2025-400')]);
  expect(code).toMatch(/^ICAC-2025-[A-Z0-9]+-\d{4}$/);
  const list = new CasesListPage(app.page);
  await list.open(2025);
  const cell = list.rows().first().getByRole('cell').first();
  await expect(cell).toHaveText(code);
  // Not cut off with an ellipsis: neither the cell nor its button is narrower than the code.
  const cutBy = await cell.evaluate((td) =>
    Math.max(...[td, ...Array.from(td.querySelectorAll('*'))].map((e) => e.scrollWidth - e.clientWidth)),
  );
  expect(cutBy).toBeLessThanOrEqual(0);
  await expect(cell).toHaveAttribute('title', code);
});

test('a row reached by keyboard shows its cut offences and last-saved cells whole', async ({ app }) => {
  const many = ['rape-under-15', 'child-homicide', 'trafficking', 'sexual-exploitation', 'physical-abuse'] as const;
  const [code = ''] = await seedThroughApi(app.page, [
    { ...sampleSummary('HIT', 'CPU-2025-401'), offences: [...many] },
  ]);
  const list = new CasesListPage(app.page);
  await list.open(2025);
  const row = list.rows().first();
  const offences = row.getByRole('cell').nth(6);
  const offencesText = (await offences.getAttribute('title')) ?? '';
  const savedText = (await row.getByRole('cell').nth(7).getAttribute('title')) ?? '';
  // Five offences do not fit their column: cut, whole only in a tooltip the keyboard never shows.
  expect(await offences.evaluate((td) => td.scrollWidth - td.clientWidth)).toBeGreaterThan(0);
  const whole = app.page.locator('.row-details');
  const height = async () => (await row.boundingBox())?.height ?? 0;
  const before = await height();

  // Reached with Tab from the last column's heading, as a keyboard user does.
  await list
    .table()
    .getByRole('button', { name: /^Last saved by/ })
    .focus();
  await app.page.keyboard.press('Tab');
  await expect(row.getByRole('button', { name: code, exact: true })).toBeFocused();
  await expect(whole).toBeVisible();
  await expect(whole).toContainText(`${code} · Kampong Chhnang · ${offencesText} · ${savedText}`);
  // Read whole, not cut: the line wraps inside its box.
  expect(await whole.evaluate((p) => p.scrollWidth - p.clientWidth)).toBeLessThanOrEqual(0);
  await app.page.keyboard.press('Tab');
  await expect(row.getByRole('button', { name: /^All summaries of/ })).toBeFocused();
  await expect(whole).toContainText(offencesText);
  // Nothing in the table moved, and leaving the rows takes the line away.
  expect(await height()).toBe(before);
  await app.page.keyboard.press('Shift+Tab');
  await app.page.keyboard.press('Shift+Tab');
  await expect(whole).toHaveCount(0);

  // The mouse opens a summary with one click: nothing moved under the pointer.
  await row.getByRole('button', { name: code, exact: true }).click();
  await expect(app.page.getByRole('heading', { name: `Summary ${code}` })).toBeVisible();
});

test('a summary’s heading keeps its case code and investigation reference whole, in Khmer too', async ({ app }) => {
  const page = app.page;
  const [code = ''] = await seedThroughApi(page, [sampleSummary('ICAC', 'CPU-2025-401')]);
  const list = new CasesListPage(page);
  await list.open(2025);
  await list.row(code).getByRole('button', { name: code, exact: true }).click();
  const heading = page.getByRole('heading', { name: `Summary ${code}` });
  await expect(heading).toBeVisible();
  /** How many lines the element's text takes on the page. */
  const lines = (element: typeof heading) =>
    element.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    });
  const link = page.getByRole('button', { name: /CPU-2025-401/ });
  expect(await lines(heading)).toBe(1);
  expect(await lines(link)).toBe(1);
  expect(await lines(page.getByRole('button', { name: 'New summary for this investigation' }))).toBe(1);

  await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
  const khmer = page.locator('.page-head .page-title');
  await expect(khmer).toContainText(code);
  expect(await lines(khmer)).toBe(1);
  expect(await lines(page.locator('.page-head > button.link'))).toBe(1);
});

test('after a summary of another year is saved, the list opens on its year with it there', async ({ app }) => {
  const page = app.page;
  const form = new CaseFormPage(page);
  // Entered late (as in January, for last year): its year is not the current one.
  const code = await form.enterValid('OVA', 'CPU-2025-778');
  await page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2025');
  await expect(new CasesListPage(page).row(code)).toBeVisible();
});

test('on a 1024 px screen the list fits without scrolling sideways and the offences keep room', async ({ app }) => {
  await seedThroughApi(app.page, generateSummaries(20, 2025, 11));
  const list = new CasesListPage(app.page);
  const scroller = app.page.locator('.cases-scroll');
  const offences = list.table().getByRole('columnheader', { name: 'Offences' });
  for (const width of [1024, 1366]) {
    await app.page.setViewportSize({ width, height: 768 });
    await list.open(2025);
    await expect(list.rows().first()).toBeVisible();
    const sideways = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(sideways, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
    expect((await offences.boundingBox())?.width ?? 0, `offences at ${width} px`).toBeGreaterThan(150);
  }
  // Wide, every column; narrow (checked below), the team (which the case code names) goes and "Last saved" shows the date.
  await expect(list.table().getByRole('columnheader', { name: 'Team', exact: true })).toBeVisible();
  await expect(list.table().getByRole('columnheader', { name: 'Last saved by', exact: true })).toBeVisible();
  await app.page.setViewportSize({ width: 1024, height: 768 });
  await expect(list.table().getByRole('columnheader', { name: 'Team', exact: true })).toBeHidden();
  // Shown: "Last saved" and the date alone; read (and in the tooltip): who saved, and when, in full.
  const header = list.table().getByRole('columnheader', { name: 'Last saved by', exact: true });
  await expect(header.getByText('Last saved', { exact: true })).toBeVisible();
  const saved = list.rows().first().getByRole('cell').last();
  await expect(saved).toHaveAccessibleName(/^.+, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(saved.getByText(/^\d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  expect((await saved.locator('.wide-only').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await expect(saved).toHaveAttribute('title', /^.+, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
});
