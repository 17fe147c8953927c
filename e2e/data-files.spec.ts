import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { otherPc } from './other-pc';
import { CaseFormPage } from './pages/case-form-page';
import { CasesListPage } from './pages/cases-list-page';

const arrayBufferOf = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

const PASSPHRASE = 'river lanterns at dusk';

/**
 * Exports the chosen format of 2025 through the Data files screen and returns the downloaded file.
 * Files holding summaries are protected unless the officer deliberately unticks it (`plain`).
 */
async function exportFile(page: Page, format: RegExp, plain = false): Promise<{ name: string; bytes: Buffer }> {
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await page.getByRole('radio', { name: format }).check();
  if (/Yearly data file|Summaries/.test(format.source)) {
    const protect = page.getByLabel('Protect the file with a passphrase (for carrying on a USB stick)');
    await expect(protect).toBeChecked();
    if (plain) {
      await protect.uncheck();
    } else {
      await page.getByLabel('Passphrase (at least 10 characters)').fill(PASSPHRASE);
      await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    }
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  const name = file.suggestedFilename();
  // Named by the PC and the day, so files from several PCs never take each other's place.
  expect(name).toMatch(
    /^cpu-[a-z]+-2025(-[a-z-]+)?-[\p{L}\p{M}\p{N}-]+-\d{4}-\d{2}-\d{2}\.(cpudata|zip|xlsx|csv|json)$/u,
  );
  await expect(page.getByRole('status').filter({ hasText: `Exported ${name}` })).toBeVisible();
  return { name, bytes: await readFile(await file.path()) };
}

const exportAs = async (page: Page, format: RegExp, plain = false) => (await exportFile(page, format, plain)).bytes;

/** Opens an AES-256 zip as 7-Zip would, with the passphrase; a wrong one throws. */
async function openProtectedZip(bytes: Buffer, password: string): Promise<Record<string, Uint8Array>> {
  const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(bytes)), { password });
  const out: Record<string, Uint8Array> = {};
  for (const entry of await reader.getEntries()) {
    if (!entry.directory) out[entry.filename] = await entry.getData(new Uint8ArrayWriter());
  }
  await reader.close();
  return out;
}

/** Chooses a data file in the import panel (the browser shell uploads it to main). */
const chooseFile = (page: Page, path: string) => page.getByLabel('Choose a yearly data file').setInputFiles(path);

test('a second PC’s data file is previewed, its conflict resolved field by field, and imported', async ({ app }) => {
  const page = app.page;
  const form = new CaseFormPage(page);
  const code = await form.enterValid('HIT', 'CPU-2025-0007');

  await page.getByRole('button', { name: 'Totals' }).click();
  // Totals opens on last year, which is 2025 only until 1 January: the summary's year is chosen.
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await expect(page.getByRole('button', { name: 'Investigations 2025: 1. Show the summaries' })).toBeVisible();
  await expect(page.getByText('Arrest rate = suspects arrested ÷ investigations = 1 ÷ 1 = 100.0%')).toBeVisible();

  await page.getByRole('button', { name: 'Data files' }).click();
  const pcName = page.getByLabel('This PC’s name');
  await pcName.fill('HIT office');
  await pcName.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // A protected version 2 file: nothing of the summary can be read without the passphrase.
  const files = await mkdtemp(join(tmpdir(), 'cpu-e2e-files-'));
  const ours = await exportFile(page, /^Yearly data file/);
  expect(ours.name).toMatch(/^cpu-data-2025-protected-hit-office-.*\.cpudata$/);
  expect(ours.bytes.includes(code)).toBe(false);
  // A protected file is bound to its name: it travels under the name it was exported with.
  const oursPath = join(files, ours.name);
  await writeFile(oursPath, ours.bytes);

  // The OVA office, on its own data folder, takes our file, changes the same summary and adds two investigations.
  const ova = await otherPc('OVA office', 'Chan Vanna');
  try {
    expect(await ova.importFile(oursPath, PASSPHRASE)).toMatchObject({ written: 1, years: [2025] });
    const [id = ''] = (await ova.call('cases:list', { year: 2025 })).rows.map((row) => row.id);
    const theirCopy = await ova.call('cases:get', { id });
    await ova.call('cases:save', {
      id,
      expectedRevision: theirCopy.revision,
      summary: { ...theirCopy.summary, status: 'closed', district: 'Kampong Tralach' },
    });
    await ova.call('cases:save', { summary: sampleSummary('HIT', 'CPU-2025-0101') });
    await ova.call('cases:save', { summary: sampleSummary('ICAC', 'CPU-2025-0102') });
    const theirs = await ova.exportFile(2025, files, PASSPHRASE);

    // Meanwhile the same summary is changed here too.
    const list = new CasesListPage(page);
    await list.open(2025);
    await list.openSummary(code);
    await form.form.getByLabel('Status').selectOption({ label: 'Awaiting court' });
    await form.save();
    await expect(page.getByRole('status').filter({ hasText: `Saved as ${code}.` })).toBeVisible();

    await page.getByRole('button', { name: 'Data files' }).click();
    await chooseFile(page, theirs);
    // Protected: the passphrase first, then main reads and checks the file with a progress bar.
    await page.getByLabel('Passphrase of this file').fill(PASSPHRASE);
    const progress = page.getByRole('progressbar', { name: 'Reading and checking the file' });
    const shown = progress.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Open the file' }).click();
    await shown;
    const preview = page.locator('.import-preview');
    await expect(preview.getByText('From OVA office, year 2025')).toBeVisible();
    await expect(preview.getByRole('row', { name: /New summaries/ })).toContainText('2');
    await expect(preview.getByRole('row', { name: /Changed on both PCs/ })).toContainText('1');

    const conflict = preview.getByRole('region', { name: `Conflict in ${code}` });
    // District changed only there: its value is suggested. Status changed on both: the officer chooses.
    await expect(
      conflict
        .getByRole('group', { name: /District.*changed on OVA office/ })
        .getByRole('radio', { name: /Take the value from OVA office/ }),
    ).toBeChecked();
    // Kept to look at: the conflict screen as the officer reads it (labels, not stored codes).
    await conflict.screenshot({ path: 'test-results/screens/import-conflict-en.png' });
    const importButton = preview.getByRole('button', { name: 'Import 3 summaries' });
    await expect(importButton).toBeDisabled();
    await conflict
      .getByRole('group', { name: /Status/ })
      .getByRole('radio', { name: /Keep this PC’s value: Awaiting court/ })
      .check();
    await importButton.click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 summaries into 2025.' })).toBeVisible();

    const merged = await page.evaluate((summaryId) => window.cpu.cases.get({ id: summaryId }), id);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.summary.status).toBe('awaiting-court');
    expect(merged.value.summary.district).toBe('Kampong Tralach');
    expect(merged.value.history.at(-1)).toMatchObject({ action: 'imported', from: { pcName: 'OVA office' } });

    // The totals now count the other PC's investigations too, each once.
    await page.getByRole('button', { name: 'Totals' }).click();
    await page.getByRole('button', { name: 'Investigations 2025: 3. Show the summaries' }).click();
    await expect(page.getByRole('dialog').getByRole('row')).toHaveCount(4);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Data files' }).click();

    // A version 1 file (the kept writer of the current release) still imports: nothing new in it now.
    const v1 = join(files, 'ova-office-v1.json');
    await writeFile(v1, await ova.exportText(2025));
    await chooseFile(page, v1);
    await expect(preview.getByRole('row', { name: /New summaries/ })).toContainText('0');
  } finally {
    await ova.remove();
    await rm(files, { recursive: true, force: true });
  }
});

test('every export format downloads a file holding what was entered', async ({ app }) => {
  const page = app.page;
  const form = new CaseFormPage(page);
  const code = await form.enterValid('HIT', 'CPU-2025-0007');
  await page.getByRole('button', { name: 'Data files' }).click();

  // Protected by default: the zip's contents open only with the passphrase.
  const protectedZip = await exportAs(page, /^Summaries as CSV/);
  expect(protectedZip.includes(Buffer.from(code))).toBe(false);
  await expect(openProtectedZip(protectedZip, 'not the passphrase at all')).rejects.toThrow();
  const csvZip = await openProtectedZip(protectedZip, PASSPHRASE);
  const summariesCsv = csvZip['summaries.csv'] ?? new Uint8Array();
  expect([...summariesCsv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(summariesCsv);
  expect(text).toContain(code);
  // Khmer typed into the form comes back intact for Excel.
  expect(text).toContain('ករណីរំលោភបំពានលើកុមារ');
  expect(Object.keys(csvZip)).toEqual(expect.arrayContaining(['victims.csv', 'suspects.csv']));

  const workbook = new ExcelJS.Workbook();
  // Chosen plain, deliberately: the workbook itself, with the warning shown.
  await workbook.xlsx.load(arrayBufferOf(await exportAs(page, /^Summaries and totals as an Excel workbook/, true)));
  expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Totals']));

  const totalsJson = JSON.parse((await exportAs(page, /^Totals only, JSON/)).toString('utf8')) as {
    year: number;
    suppressionThreshold: number | null;
  };
  expect(totalsJson).toMatchObject({ year: 2025, suppressionThreshold: 5 });
  const totalsCsv = (await exportAs(page, /^Totals only, CSV/)).toString('utf8');
  // One investigation is below the threshold: it is hidden (marked x), not printed.
  expect(totalsCsv).toMatch(/,investigations,[^,\r\n]*,x,/);
  // From the keyboard, focus stays on Export once the file is written (not dropped to the page).
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await download;
  await expect(page.getByRole('status').filter({ hasText: /^Exported / })).toBeVisible();
  await expect(exportButton).toBeFocused();
  const totalsBook = new ExcelJS.Workbook();
  await totalsBook.xlsx.load(arrayBufferOf(await exportAs(page, /^Totals only, Excel/)));
  expect(totalsBook.worksheets.length).toBeGreaterThan(3);
});

test('a damaged or foreign file is refused with a reason and nothing changes', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Data files' }).click();
  const bad = join(app.dataDir, '..', `not-a-data-file-${Date.now()}.json`);
  await writeFile(bad, '{"summaries": [');
  await page.getByLabel('Choose a yearly data file').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('not a CPU Case Register data file');
  await expect(page.locator('.import-preview')).toHaveCount(0);
});
