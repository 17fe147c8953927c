import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CasesListPage } from './pages/cases-list-page';
import { seedThroughApi } from './seed';

test('a new summary for an investigation starts from its reference, dates, province and offences', async ({ app }) => {
  const page = app.page;
  const [hitCode = ''] = await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-100')]);
  const list = new CasesListPage(page);
  await list.open(2025);
  await page.getByRole('button', { name: 'All summaries of CPU-2025-100' }).click();
  await expect(page.getByRole('heading', { name: 'Investigation CPU-2025-100' })).toBeVisible();

  // From the investigation view: a forensic summary for it.
  const start = page.getByRole('group', { name: 'New summary for this investigation' });
  await start.getByLabel('Team').selectOption({ label: 'FST: Forensic Services Team' });
  await start.getByRole('button', { name: 'New summary for this investigation' }).click();
  await expect(page.getByRole('heading', { name: 'New FST summary' })).toBeFocused();
  const form = page.getByRole('form');
  await expect(form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-100');
  await expect(form.getByLabel('Date reported')).toHaveValue('14/03/2025');
  await expect(form.getByLabel('Date of the offence')).toHaveValue('10/03/2025');
  await expect(form.getByLabel('Province')).toHaveValue('04');
  await expect(form.getByRole('checkbox', { name: 'Rape / sexual intercourse with a minor under 15' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Started from investigation CPU-2025-100' })).toBeVisible();
  // A support summary is no second lead: no warning.
  await expect(page.getByRole('alert').filter({ hasText: 'already has a lead summary' })).toHaveCount(0);

  // From the saved HIT summary: a second HIT summary is warned about before anything is typed.
  await list.open(2025);
  await list.openSummary(hitCode);
  await start.getByLabel('Team').selectOption({ label: 'HIT: Homicide / major-crimes Investigation Team' });
  await start.getByRole('button', { name: 'New summary for this investigation' }).click();
  await expect(page.getByRole('heading', { name: 'New HIT summary' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'CPU-2025-100 already has a lead summary' })).toBeVisible();
  await expect(form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-100');
});
