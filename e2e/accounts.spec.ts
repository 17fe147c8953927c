import type { Page } from '@playwright/test';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { AccessLogPage } from './pages/access-log-page';
import { AccountsPage, type NewAccount } from './pages/accounts-page';
import { CasesListPage } from './pages/cases-list-page';
import { LockPage } from './pages/lock-page';
import { seedThroughApi } from './seed';
import { E2E_ADMIN, E2E_PASSPHRASE } from './session';

const COORDINATOR: NewAccount = {
  displayName: 'Lim Bopha',
  teams: ['HIT'],
  role: 'Coordinator',
  passphrase: 'coordinator walks by the river',
};
const OFFICER: NewAccount = {
  displayName: 'Keo Dara',
  teams: ['OVA'],
  role: 'Officer',
  passphrase: 'officer reads quiet lanterns',
};

/** The screen as it is now, in English and in Khmer, for a person to look at (not compared). */
async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}-en.png`, fullPage: true });
  await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await page.screenshot({ path: `test-results/screens/${name}-km.png`, fullPage: true });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test.use({ unlocked: false });

test('an administrator adds a coordinator and an OVA officer; each reaches what their role allows, and the access log names who did what', async ({
  app,
}) => {
  test.slow(); // three people sign in and out
  const page = app.page;
  const lock = new LockPage(page);
  await lock.setUp(E2E_PASSPHRASE);
  await lock.expectSignedIn(E2E_ADMIN, 'Administrator');
  const [outside = '', inside = '', support = ''] = await seedThroughApi(page, [
    // A HIT investigation that OVA does not work on, and one whose victims OVA supports.
    sampleSummary('HIT', 'CPU-2025-0500'),
    sampleSummary('HIT', 'CPU-2025-0600'),
    sampleSummary('OVA', 'CPU-2025-0600'),
  ]);

  const accounts = new AccountsPage(page);
  await accounts.open();
  await accounts.add(COORDINATOR);
  await accounts.add(OFFICER);
  await expect(accounts.row(OFFICER.displayName)).toContainText('Can sign in');
  // The dialogs are keyboard-first: Escape closes one and gives focus back to the button that opened it.
  const edit = accounts.row(OFFICER.displayName).getByRole('button', { name: `Edit ${OFFICER.displayName}` });
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: `Edit ${OFFICER.displayName}` })).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(edit).toBeFocused();
  await screenshots(page, 'accounts');

  await lock.signOut();
  await expect(page.getByRole('group', { name: 'Who is working?' }).getByRole('radio')).toHaveCount(3);
  await screenshots(page, 'sign-in');

  // The OVA officer: their teams' summaries, and other teams' only within OVA's investigations.
  await lock.signIn(OFFICER.passphrase, OFFICER.displayName);
  await lock.expectSignedIn(OFFICER.displayName, 'Officer');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('button', { name: 'Case summaries' })).toBeVisible();
  for (const name of ['Totals', 'Data files', 'Accounts', 'Access log', 'Security and backups'])
    await expect(nav.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: /^New \w+ summary$/ })).toHaveText(['OVA']);

  const list = new CasesListPage(page);
  await list.open(2025);
  await expect(list.row(support)).toBeVisible();
  await expect(list.row(inside)).toBeVisible();
  await expect(list.row(outside)).toHaveCount(0);
  await list.search('CPU-2025-0500');
  await expect(list.rows()).toHaveCount(0);

  // Within OVA's investigation the HIT summary opens, and its print is recorded.
  await list.search('');
  await list.openSummary(inside);
  await page.getByRole('button', { name: 'Print…' }).click();
  await page.evaluate(() => {
    // The system print dialog is stubbed: the page's report to main is what is tested.
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();

  // OVA's summary was entered under the wrong investigation: once it is in the bin, OVA no longer
  // works on CPU-2025-0600, and its HIT summary is refused, saying why.
  await list.open(2025);
  await list.openSummary(support);
  await page.getByRole('button', { name: 'Move to bin' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to bin' }).click();
  await expect(page.getByText('This summary is in the bin.')).toBeVisible();
  await page.getByRole('button', { name: 'All summaries of CPU-2025-0600' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'None of your teams works on this investigation, so your account cannot open its summaries.',
  );
  await expect(page.getByRole('button', { name: inside })).toHaveCount(0);
  await list.open(2025);
  await expect(list.row(inside)).toHaveCount(0);
  await lock.signOut();

  // The coordinator reads every summary and closes the year.
  await lock.signIn(COORDINATOR.passphrase, COORDINATOR.displayName);
  await lock.expectSignedIn(COORDINATOR.displayName, 'Coordinator');
  await expect(nav.getByRole('button', { name: 'Accounts', exact: true })).toHaveCount(0);
  await nav.getByRole('button', { name: 'Totals' }).click();
  // Totals opens on last year, which is 2025 only until 1 January: the summaries' year is chosen.
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await page.getByRole('button', { name: 'Close 2025' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close 2025' }).click();
  await expect(page.getByText('2025 is closed since')).toBeVisible();
  await lock.signOut();

  // The administrator reads who did what.
  await lock.signIn(E2E_PASSPHRASE);
  const log = new AccessLogPage(page);
  await log.open();
  await expect(log.entry(E2E_ADMIN, 'Added an account', COORDINATOR.displayName)).toHaveCount(1);
  await expect(log.entry(E2E_ADMIN, 'Added an account', OFFICER.displayName)).toHaveCount(1);
  await expect(log.entry(OFFICER.displayName, 'Signed in')).toHaveCount(1);
  await expect(log.entry(OFFICER.displayName, 'Opened', inside)).not.toHaveCount(0);
  await expect(log.entry(OFFICER.displayName, 'Printed', `Summary ${inside}`)).toHaveCount(1);
  await expect(log.entry(OFFICER.displayName, 'Moved a summary to the bin', support)).toHaveCount(1);
  await expect(log.entry(COORDINATOR.displayName, 'Signed in')).toHaveCount(1);
  await expect(log.entry(COORDINATOR.displayName, 'Closed a year', '2025')).toHaveCount(1);
  // Newest first: the administrator's own sign-in heads the log.
  await expect(log.table().getByRole('row').nth(1)).toContainText(E2E_ADMIN);

  await page.getByLabel('Officer', { exact: true }).selectOption({ label: COORDINATOR.displayName });
  await expect(page.getByRole('status').filter({ hasText: /^Entries 1–\d+ of \d+$/ })).toBeVisible();
  await expect(log.table().getByRole('row').filter({ hasNotText: COORDINATOR.displayName })).toHaveCount(1);
  await page.getByRole('button', { name: 'Check the chain now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Checked \d+ entries at .*: each follows/ })).toBeVisible();
  await screenshots(page, 'access-log');
});

test('an administrator changes the data key: every officer signs in with the same passphrase, the summaries open, and a new recovery key is shown once', async ({
  app,
}) => {
  const page = app.page;
  const lock = new LockPage(page);
  const oldKey = await lock.setUp(E2E_PASSPHRASE);
  const [code = ''] = await seedThroughApi(page, [sampleSummary('OVA', 'CPU-2025-0700')]);
  const accounts = new AccountsPage(page);
  await accounts.open();
  await accounts.add(OFFICER);

  await page.getByRole('button', { name: 'Change the data key' }).click();
  await page
    .getByRole('dialog', { name: 'Change the data key?' })
    .getByRole('button', { name: 'Change the data key' })
    .click();
  expect(await lock.keepRecoveryKey()).not.toBe(oldKey);

  await lock.signOut();
  await lock.signIn(OFFICER.passphrase, OFFICER.displayName);
  await new CasesListPage(page).open(2025);
  await page.getByRole('button', { name: code }).click();
  await expect(page.getByLabel('Investigation reference')).toHaveValue('CPU-2025-0700');
  await lock.signOut();
  await lock.signIn(E2E_PASSPHRASE);
  const log = new AccessLogPage(page);
  await log.open();
  await expect(log.entry(E2E_ADMIN, 'Changed the data key')).toHaveCount(1);
});
