import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CaseFormPage } from './pages/case-form-page';
import { CasesListPage } from './pages/cases-list-page';
import { LockPage } from './pages/lock-page';
import { E2E_PASSPHRASE } from './session';

const MARKER = 'Marker-KPT-5521-Svay';

/** Every file under the folder, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const saveHit = (page: CaseFormPage['page'], ref: string, narrative?: string): Promise<string> =>
  new CaseFormPage(page).enterValid('HIT', ref, narrative);

test.describe('first run, unlock and recovery', () => {
  test.use({ unlocked: false });

  test('set-up checks the passphrase rules, shows the recovery key once, and a wrong passphrase gets a clear, growing wait', async ({ app }) => {
    const page = app.page;
    const lock = new LockPage(page);
    await page.getByRole('button', { name: 'Protect the data' }).click();
    await expect(page.getByRole('alert').first()).toHaveText('Use at least 12 characters (a few words make a good passphrase)');
    await page.getByLabel('Passphrase', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Protect the data' }).click();
    await expect(page.getByRole('alert').first()).toHaveText('This passphrase is too easy to guess');
    await page.getByLabel('Passphrase', { exact: true }).fill(E2E_PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(`${E2E_PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Protect the data' }).click();
    await expect(page.getByRole('alert')).toHaveText('The two passphrases are not the same');
    expect(await readdir(app.dataDir)).not.toContain('keys.json');

    const recoveryKey = await lock.setUp(E2E_PASSPHRASE);
    expect(recoveryKey).toHaveLength(47);
    // The recovery key is not kept anywhere on disk, in plain text.
    for (const file of await filesUnder(app.dataDir)) expect(await readFile(file, 'utf8')).not.toContain(recoveryKey);

    const again = new LockPage(await app.restart());
    await again.unlock('not the right passphrase');
    await expect(again.page.getByRole('alert')).toContainText('That passphrase or recovery key is not right. Wait 1 seconds');
    await again.page.getByLabel('Passphrase', { exact: true }).fill('still not the right one');
    await expect(again.page.getByRole('button', { name: 'Unlock' })).toBeEnabled();
    await again.page.getByRole('button', { name: 'Unlock' }).click();
    await expect(again.page.getByRole('alert')).toContainText('Wait 2 seconds');
    await expect(again.page.getByRole('status')).toContainText(/Wait [12] seconds before the next attempt/);
    await expect(again.page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
    await again.page.getByLabel('Passphrase', { exact: true }).fill(E2E_PASSPHRASE);
    await expect(again.page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 5_000 });
    await again.page.getByRole('button', { name: 'Unlock' }).click();
    await again.expectApp();
  });

  test('the recovery key opens the data when the passphrase is forgotten, and sets a new one', async ({ app }) => {
    const recoveryKey = await new LockPage(app.page).setUp(E2E_PASSPHRASE);
    const code = await saveHit(app.page, 'CPU-2025-0900');

    const page = await app.restart();
    await new LockPage(page).expectLocked();
    await page.getByRole('button', { name: 'I forgot the passphrase: use the recovery key' }).click();
    await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await page.getByLabel('New passphrase', { exact: true }).fill('a new passphrase after recovery');
    await page.getByLabel('New passphrase again').fill('a new passphrase after recovery');
    await page.getByRole('button', { name: 'Unlock and set the new passphrase' }).click();
    const list = new CasesListPage(page);
    await list.open(2025);
    await expect(list.row(code)).toBeVisible();

    const later = new LockPage(await app.restart());
    await later.unlock(E2E_PASSPHRASE);
    await expect(later.page.getByRole('alert')).toContainText('not right');
    await later.page.reload();
    await expect(later.page.getByRole('status')).toContainText(/Wait \d+ seconds before the next attempt/);
    await expect(later.page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 5_000 });
    await later.unlock('a new passphrase after recovery');
    await later.expectApp();
  });
});

test('a marker typed into a summary and a draft is in no file under the data folder', async ({ app }) => {
  const page = app.page;
  const code = await saveHit(page, 'CPU-2025-0901', `Facts only. ${MARKER}`);
  const form = new CaseFormPage(page);
  await form.openNew('OVA');
  await form.form.getByLabel('District').fill(`Draft ${MARKER}`);
  await expect(form.form.getByText('Draft kept')).toBeVisible();

  const files = await filesUnder(app.dataDir);
  expect(files.map((f) => f.slice(app.dataDir.length + 1))).toEqual(
    expect.arrayContaining(['cases-2025.json', 'drafts.json', 'keys.json', expect.stringMatching(/^backups\/cases-2025\//)]),
  );
  for (const file of files) {
    const bytes = await readFile(file);
    expect(bytes.includes(MARKER), file).toBe(false);
    expect(bytes.includes(code), file).toBe(false);
  }
  // The data is there all the same, for whoever has the passphrase.
  const rows = await page.evaluate(async () => {
    const result = await window.cpu.cases.list({ year: 2025 });
    return result.ok ? result.value.rows.map((r) => r.caseCode) : [];
  });
  expect(rows).toEqual([code]);
});

test('the app locks itself after the idle minutes the officer sets, dropping what it showed', async ({ app }) => {
  const page = app.page;
  await page.clock.install();
  await page.reload();
  const code = await saveHit(page, 'CPU-2025-0902');
  const list = new CasesListPage(page);
  await list.open(2025);
  await expect(list.row(code)).toBeVisible();

  // Default: 10 minutes.
  await page.clock.fastForward('09:30');
  await expect(list.row(code)).toBeVisible();
  await page.clock.fastForward('00:40');
  const lock = new LockPage(page);
  await lock.expectLocked();
  await expect(page.getByText('The app locked itself. Unlock it to continue.')).toBeVisible();
  await expect(page.getByText(code)).toHaveCount(0);
  expect(await page.evaluate(async () => (await window.cpu.cases.years({})).ok)).toBe(false);

  await lock.unlock(E2E_PASSPHRASE);
  await page.getByRole('navigation').getByRole('button', { name: 'Security and backups' }).click();
  await page.getByLabel('Lock after this many idle minutes').fill('1');
  await page.getByRole('region', { name: 'Automatic lock' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The app now locks after 1 idle minutes.' })).toBeVisible();
  await page.clock.fastForward('00:50');
  await page.mouse.move(10, 10);
  await page.clock.fastForward('00:50');
  await expect(page.getByRole('heading', { name: 'Security and backups' })).toBeVisible();
  await page.clock.fastForward('00:15');
  await lock.expectLocked();

  // Locking by hand does the same.
  await lock.unlock(E2E_PASSPHRASE);
  await page.getByRole('navigation').getByRole('button', { name: 'Lock' }).click();
  await lock.expectLocked();
});

test('backups are listed and restored from the UI; a damaged year file offers its newest good backup', async ({ app }) => {
  const page = app.page;
  const first = await saveHit(page, 'CPU-2025-0903');
  const second = await saveHit(page, 'CPU-2025-0904');
  await page.getByRole('navigation').getByRole('button', { name: 'Security and backups' }).click();
  const year = page.getByRole('region', { name: 'Year 2025' });
  await expect(year.getByText('This file opens normally.')).toBeVisible();
  const rows = year.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('cell').nth(1)).toHaveText('2');
  await rows.nth(1).getByRole('button', { name: /^Restore the backup of year 2025 from/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Restored year 2025 from the backup of .* \(1 summaries\)/ })).toBeVisible();
  const list = new CasesListPage(page);
  await list.open(2025);
  await expect(list.row(first)).toBeVisible();
  await expect(list.row(second)).toHaveCount(0);

  // Someone damages the file: the app names it and the reason, changes nothing, and offers the newest good backup.
  const file = join(app.dataDir, 'cases-2025.json');
  const damaged = (await readFile(file, 'utf8')).replace(/"tag":"[^"]+"/, '"tag":"AAAAAAAAAAAAAAAAAAAAAA=="');
  await writeFile(file, damaged);
  const page2 = await app.restart();
  await page2.getByLabel('Year', { exact: true }).selectOption('2025');
  const alert = page2.getByRole('alert').filter({ hasText: 'The data file cases-2025.json could not be opened' });
  await expect(alert).toContainText('integrity check');
  expect(await readFile(file, 'utf8')).toBe(damaged);
  await alert.getByRole('button', { name: /^Restore the newest good backup, from/ }).click();
  const again = new CasesListPage(page2);
  await again.open(2025);
  await expect(again.row(first)).toBeVisible();
});

test('the passphrase can be changed; the next start needs the new one', async ({ app }) => {
  const page = app.page;
  await page.getByRole('navigation').getByRole('button', { name: 'Security and backups' }).click();
  const change = page.getByRole('region', { name: 'Change the passphrase' });
  await change.getByLabel('Current passphrase').fill(E2E_PASSPHRASE);
  await change.getByLabel('New passphrase', { exact: true }).fill('short');
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByRole('alert').first()).toHaveText('Use at least 12 characters (a few words make a good passphrase)');
  await change.getByLabel('New passphrase', { exact: true }).fill('the changed passphrase of the unit');
  await change.getByLabel('New passphrase again').fill('the changed passphrase of the unit');
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The passphrase was changed.' })).toBeVisible();
  const lock = new LockPage(await app.restart({ unlocked: false }));
  await lock.unlock('the changed passphrase of the unit');
  await lock.expectApp();
});
