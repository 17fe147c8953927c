import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { otherPc } from './other-pc';
import { CaseFormPage } from './pages/case-form-page';
import { CasesListPage } from './pages/cases-list-page';

const arrayBufferOf = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** Exports the chosen format of 2025 through the Data files screen and returns the downloaded bytes. */
async function exportAs(page: Page, format: RegExp, { plain = false } = {}): Promise<Buffer> {
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await page.getByRole('radio', { name: format }).check();
  if (plain) {
    // The yearly file is protected unless the officer deliberately unticks it, and is then warned.
    await page.getByLabel('Protect the file with a passphrase (for carrying on a USB stick)').uncheck();
    await expect(page.getByRole('note')).toContainText('A plain file can be read by anyone who gets a copy');
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  // Named by the PC and the day, so files from several PCs never take each other's place.
  expect(file.suggestedFilename()).toMatch(
    /^cpu-[a-z]+-2025(-[a-z-]+)?-[\p{L}\p{M}\p{N}-]+-\d{4}-\d{2}-\d{2}\.(json|zip|xlsx|csv)$/u,
  );
  await expect(page.getByRole('status').filter({ hasText: `Exported ${file.suggestedFilename()}` })).toBeVisible();
  return readFile(await file.path());
}

test('a second PC’s data file is previewed, its conflict resolved field by field, and imported', async ({ app }) => {
  const page = app.page;
  const form = new CaseFormPage(page);
  const code = await form.enterValid('HIT', 'CPU-2025-0007');

  await page.getByRole('button', { name: 'Totals' }).click();
  await expect(page.getByRole('button', { name: 'Investigations 2025: 1. Show the summaries' })).toBeVisible();
  await expect(page.getByText('Arrest rate = suspects arrested ÷ investigations = 1 ÷ 1 = 100.0%')).toBeVisible();

  await page.getByRole('button', { name: 'Data files' }).click();
  const pcName = page.getByLabel('This PC’s name');
  await pcName.fill('HIT office');
  await pcName.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const ours = JSON.parse((await exportAs(page, /^Yearly data file/, { plain: true })).toString('utf8')) as {
    pc: { pcName: string };
    checksum: string;
    summaries: { id: string; caseCode: string }[];
  };
  expect(ours.pc.pcName).toBe('HIT office');
  expect(ours.checksum).toMatch(/^sha256:/);
  expect(ours.summaries.map((s) => s.caseCode)).toEqual([code]);
  const id = ours.summaries[0]?.id ?? '';

  // The OVA office takes our file, changes the same summary and adds two investigations.
  const ova = await otherPc('OVA office', 'Chan Vanna');
  try {
    await ova.importText(JSON.stringify(ours));
    const theirCopy = await ova.call('cases:get', { id });
    await ova.call('cases:save', {
      id,
      expectedRevision: theirCopy.revision,
      summary: { ...theirCopy.summary, status: 'closed', district: 'Kampong Tralach' },
    });
    await ova.call('cases:save', { summary: sampleSummary('HIT', 'CPU-2025-0101') });
    await ova.call('cases:save', { summary: sampleSummary('ICAC', 'CPU-2025-0102') });
    const theirs = join(app.dataDir, '..', `ova-office-${Date.now()}.json`);
    await writeFile(theirs, await ova.exportText(2025));

    // Meanwhile the same summary is changed here too.
    const list = new CasesListPage(page);
    await list.open(2025);
    await list.openSummary(code);
    await form.form.getByLabel('Status').selectOption({ label: 'Awaiting court' });
    await form.save();
    await expect(page.getByRole('status').filter({ hasText: `Saved as ${code}.` })).toBeVisible();

    await page.getByRole('button', { name: 'Data files' }).click();
    await page.getByLabel('Choose a yearly data file').setInputFiles(theirs);
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

    // The same file again changes nothing.
    await page.getByLabel('Choose a yearly data file').setInputFiles(theirs);
    await expect(preview.getByRole('row', { name: /New summaries/ })).toContainText('0');
  } finally {
    await ova.remove();
  }
});

test('every export format downloads a file holding what was entered', async ({ app }) => {
  const page = app.page;
  const form = new CaseFormPage(page);
  const code = await form.enterValid('HIT', 'CPU-2025-0007');
  await page.getByRole('button', { name: 'Data files' }).click();

  const csvZip = unzipSync(new Uint8Array(await exportAs(page, /^Summaries as CSV/)));
  const summariesCsv = csvZip['summaries.csv'] ?? new Uint8Array();
  expect([...summariesCsv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(summariesCsv);
  expect(text).toContain(code);
  // Khmer typed into the form comes back intact for Excel.
  expect(text).toContain('ករណីរំលោភបំពានលើកុមារ');
  expect(Object.keys(csvZip)).toEqual(expect.arrayContaining(['victims.csv', 'suspects.csv']));

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(arrayBufferOf(await exportAs(page, /^Summaries and totals as an Excel workbook/)));
  expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Totals']));

  const totalsJson = JSON.parse((await exportAs(page, /^Totals only, JSON/)).toString('utf8')) as {
    year: number;
    suppressionThreshold: number | null;
  };
  expect(totalsJson).toMatchObject({ year: 2025, suppressionThreshold: 5 });
  const totalsCsv = (await exportAs(page, /^Totals only, CSV/)).toString('utf8');
  // One investigation is below the threshold: it is hidden, not printed.
  expect(totalsCsv).toMatch(/investigations,[^\r\n]*,<5/);
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
