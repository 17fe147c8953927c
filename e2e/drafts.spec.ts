import { expect, test } from './fixtures';
import { CaseFormPage } from './pages/case-form-page';
import { CasesListPage } from './pages/cases-list-page';
import { LockPage } from './pages/lock-page';
import { E2E_PASSPHRASE } from './session';

test('a draft is kept as the officer types and comes back after a restart', async ({ app }) => {
  const form = new CaseFormPage(app.page);
  await form.openNew('OVA');
  await form.form.getByLabel('Investigation reference').fill('CPU-2025-555');
  await form.form.getByLabel('District').fill('Boribo');
  await expect(form.form.getByText('Draft kept')).toBeVisible();

  const again = new CaseFormPage(await app.restart());
  await again.openNew('OVA');
  await expect(again.page.getByRole('status').filter({ hasText: 'Your unsaved draft from' })).toBeVisible();
  await expect(again.form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-555');
  await expect(again.form.getByLabel('District')).toHaveValue('Boribo');
});

test('leaving a form with unsaved changes asks first; Stay keeps the work', async ({ app }) => {
  const form = new CaseFormPage(app.page);
  await form.openNew('HIT');
  await form.form.getByLabel('Investigation reference').fill('CPU-2025-556');
  await app.page.getByRole('button', { name: 'Case summaries' }).click();

  const dialog = app.page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Leave' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(form.form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-556');

  await app.page.getByRole('button', { name: 'Case summaries' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Leave' }).click();
  await expect(app.page.getByRole('region', { name: /^Summaries of/ })).toBeVisible();
});

test('Enter in a field submits (and validates) rather than losing anything', async ({ app }) => {
  const form = new CaseFormPage(app.page);
  await form.openNew('FST');
  await form.form.getByLabel('Investigation reference').fill('CPU-2025-557');
  await form.form.getByLabel('Investigation reference').press('Enter');
  await expect(form.form.getByText('Choose at least one offence', { exact: true })).toBeVisible();
  await expect(form.form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-557');
});

test('a change typed just before discarding the draft does not bring the draft back', async ({ app }) => {
  const page = app.page;
  const form = new CaseFormPage(page);
  await form.openNew('OVA');
  await form.form.getByLabel('District').fill('Boribo');
  await expect(form.form.getByText('Draft kept')).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave' }).click();

  await form.openNew('OVA');
  const restored = page.getByRole('status').filter({ hasText: 'Your unsaved draft from' });
  await expect(restored).toBeVisible();
  // A change, then at once Discard draft and its confirmation: the change's autosave, due a moment
  // later, must not write the draft back after the discard.
  await form.form.getByLabel('District').fill('Boribo centre');
  await restored.getByRole('button', { name: 'Discard draft' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard draft' }).click();
  await expect(form.form.getByLabel('District')).toHaveValue('');
  await expect(restored).toHaveCount(0);

  await page.reload();
  await form.openNew('OVA');
  await expect(form.form.getByLabel('District')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Your unsaved draft from' })).toHaveCount(0);
});

test('a draft kept from before another save brings back only what the officer changed, and says what both changed', async ({
  app,
}) => {
  const page = app.page;
  const form = new CaseFormPage(page);
  const code = await form.enterValid('OVA', 'CPU-2025-601', 'First account of the case.');
  // The officer changes the district, then leaves: the change is kept as a draft of revision 1.
  await form.form.getByLabel('District').fill('Draft district');
  await expect(form.form.getByText('Draft kept')).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave' }).click();

  // Meanwhile the summary is saved elsewhere (another window, an import): its summary and its district.
  await page.evaluate(async (caseCode) => {
    const list = await window.cpu.cases.list({ year: 2025 });
    const row = list.ok ? list.value.rows.find((r) => r.caseCode === caseCode) : undefined;
    if (!row) throw new Error('the summary was not found');
    const record = await window.cpu.cases.get({ id: row.id });
    if (!record.ok) throw new Error(record.error.message);
    const summary = { ...record.value.summary, narrative: 'Saved elsewhere.', district: 'Saved district' };
    const saved = await window.cpu.cases.save({ id: row.id, expectedRevision: record.value.revision, summary });
    if (!saved.ok) throw new Error(saved.error.message);
  }, code);

  const list = new CasesListPage(page);
  await list.open(2025);
  await list.openSummary(code);
  const notice = page.getByRole('status').filter({ hasText: 'Your unsaved draft from' });
  await expect(notice).toContainText('was started on revision 1; this summary has been saved since (revision 2)');
  await expect(notice).toContainText('Changed in both: District.');
  // The other save's summary stays; the officer's district is shown.
  await expect(form.form.getByLabel(/^Summary/)).toHaveValue('Saved elsewhere.');
  await expect(form.form.getByLabel('District')).toHaveValue('Draft district');

  await form.save();
  await expect(page.getByRole('status').filter({ hasText: `Saved as ${code}.` })).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  const latest = history.getByRole('listitem').filter({ hasText: /^Revision 3: edited/ });
  await expect(latest).toContainText('District: Saved district → Draft district');
  await expect(latest).not.toContainText('Summary:');
});

test('what was typed a moment before signing out is kept as a draft', async ({ app }) => {
  const form = new CaseFormPage(app.page);
  await form.openNew('OVA');
  await form.form.getByLabel('Investigation reference').fill('CPU-2025-558');
  await expect(form.form.getByText('Draft kept')).toBeVisible();
  // Typed, then Sign out at once: the draft's autosave had not had its turn yet.
  await form.form.getByLabel('District').fill('Boribo');
  const lock = new LockPage(app.page);
  await lock.signOut();
  await lock.signIn(E2E_PASSPHRASE);

  await form.openNew('OVA');
  await expect(app.page.getByRole('status').filter({ hasText: 'Your unsaved draft from' })).toBeVisible();
  await expect(form.form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-558');
  await expect(form.form.getByLabel('District')).toHaveValue('Boribo');
});

test('what was typed a moment before the page reloads or closes is kept as a draft', async ({ app }) => {
  const form = new CaseFormPage(app.page);
  await form.openNew('FST');
  await form.form.getByLabel('Investigation reference').fill('CPU-2025-559');
  await expect(form.form.getByText('Draft kept')).toBeVisible();
  // Typed, then the page reloads at once (a closed tab, or the app quit, is the same): no prompt, no wait.
  await form.form.getByLabel(/^Summary/).fill('Exhibit handed to the court clerk');
  await app.page.reload();

  const again = new CaseFormPage(app.page);
  await again.openNew('FST');
  await expect(app.page.getByRole('status').filter({ hasText: 'Your unsaved draft from' })).toBeVisible();
  await expect(again.form.getByLabel(/^Summary/)).toHaveValue('Exhibit handed to the court clerk');
});

test('a change saved from another tab first leaves this tab’s refused changes kept as a draft, as it says', async ({
  app,
}) => {
  const first = new CaseFormPage(app.page);
  const code = await first.enterValid('OVA', 'CPU-2025-560');
  const open = async (page: CaseFormPage['page']) => {
    const list = new CasesListPage(page);
    await list.open(2025);
    await list.openSummary(code);
    return new CaseFormPage(page);
  };
  const a = await open(app.page);
  const other = await app.page.context().newPage();
  await other.goto(app.page.url());
  const b = await open(other);

  await a.form.getByLabel('District').fill('District A');
  await b.form.getByLabel(/^Summary/).fill('Narrative B');
  await a.save();
  await b.form.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('alert').first()).toContainText('Someone saved this summary after you opened it');

  await other.getByRole('button', { name: 'Case summaries' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Leave' }).click();
  const again = await open(other);
  await expect(again.form.getByLabel('District')).toHaveValue('District A');
  await expect(again.form.getByLabel(/^Summary/)).toHaveValue('Narrative B');
});
