import { expect, test } from './fixtures';
import { CaseFormPage } from './pages/case-form-page';

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
