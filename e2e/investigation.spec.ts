import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { CaseFormPage } from './pages/case-form-page';
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

test('typing the reference of an investigation that already has a lead summary warns on a new lead form', async ({
  app,
}) => {
  const page = app.page;
  await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-100'), sampleSummary('OVA', 'CPU-2025-200')]);
  const form = new CaseFormPage(page);
  await form.openNew('ICAC');
  // By its name: the label changes with the language below.
  const ref = form.form.locator('input[name="investigationRef"]');
  const warning = form.form.getByRole('status').filter({ hasText: 'already has a lead summary' });
  // Typed in lower case, as officers do: the reference is read as it will be saved.
  await ref.fill('cpu-2025-100');
  await expect(warning).toHaveText(/^Investigation CPU-2025-100 already has a lead summary \(HIT or ICAC\)\./);
  // Another reference, with a support summary only: no warning, and none left from the last one.
  await ref.fill('CPU-2025-200');
  await expect(warning).toHaveCount(0);

  await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
  await ref.fill('CPU-2025-100');
  await expect(
    form.form.getByRole('status').filter({ hasText: 'ការស៊ើបអង្កេត CPU-2025-100 មានសេចក្ដីសង្ខេបចម្បង (HIT ឬ ICAC) រួចហើយ' }),
  ).toBeVisible();
  // Typing a reference opens none of its summaries, so the access log says none was opened.
  const opened = await page.evaluate(async () => {
    const result = await window.cpu.audit.list({ filter: { action: 'case-open' }, offset: 0, limit: 50 });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.entries.map((entry) => entry.target);
  });
  expect(opened).toEqual([]);
});

test('a kept draft of a new summary is not silently put in place of the investigation’s facts', async ({ app }) => {
  const page = app.page;
  await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-100')]);
  const form = new CaseFormPage(page);
  await form.openNew('FST');
  await form.form.getByLabel('Investigation reference').fill('CPU-2025-777');
  await expect(form.form.getByText('Draft kept')).toBeVisible();
  const list = new CasesListPage(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave' }).click();
  await list.open(2025);
  await page.getByRole('button', { name: 'All summaries of CPU-2025-100' }).click();
  const start = page.getByRole('group', { name: 'New summary for this investigation' });
  await start.getByLabel('Team').selectOption({ label: 'FST: Forensic Services Team' });
  await start.getByRole('button', { name: 'New summary for this investigation' }).click();

  // Asked at once; the safe choice, keeping the draft, has focus, so Enter loses nothing.
  const question = page.getByRole('dialog', { name: 'Keep your draft, or start from investigation CPU-2025-100?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep my draft' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  // Nothing had focus before the question: the page's title takes it, not the page.
  await expect(page.getByRole('heading', { name: 'New FST summary' })).toBeFocused();
  await expect(form.form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-777');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Your draft is shown, not the facts of investigation CPU-2025-100.' });
  await expect(notice).toBeVisible();

  // Changing their mind: the notice asks again, and starting from the investigation fills it in.
  await notice.getByRole('button', { name: 'Start from investigation CPU-2025-100 instead' }).click();
  await question.getByRole('button', { name: 'Discard it and start from CPU-2025-100' }).click();
  await expect(form.form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-100');
  await expect(form.form.getByLabel('Date reported')).toHaveValue('14/03/2025');
  await expect(page.getByRole('status').filter({ hasText: 'Started from investigation CPU-2025-100' })).toBeVisible();
  await expect(notice).toHaveCount(0);
});
