import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateSummaries } from '../shared/testing/generate';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { seedThroughApi } from './seed';

/**
 * Prints the layout being shown to PDF through Chromium (as Electron's printToPDF does),
 * returns its text as pdftotext reads it, and keeps a PNG of page 1 to look at.
 */
async function printToText(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = test.info().outputPath();
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(dir, name)]);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
}

test('a case summary prints with every field, Khmer intact, marked confidential, with page numbers', async ({
  app,
}) => {
  const page = app.page;
  const summary = { ...sampleSummary('HIT', 'CPU-2025-0042'), narrative: 'កុមារីអាយុ១២ឆ្នាំ ត្រូវបានរំលោភបំពាន។ Facts only.' };
  const [code = ''] = await seedThroughApi(page, [summary]);
  expect(code).toMatch(/^HIT-2025-[A-Z]{4}-0001$/);
  await page.getByRole('button', { name: 'Case summaries' }).click();
  await page.getByLabel('Year').selectOption('2025');
  await page.getByRole('button', { name: code }).click();
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByRole('article', { name: `Case summary ${code}` })).toBeVisible();

  const text = await printToText(page, 'summary');
  expect(text).toContain(`Case summary ${code}`);
  expect(text).toContain('CPU-2025-0042');
  expect(text).toContain('កុមារីអាយុ១២ឆ្នាំ ត្រូវបានរំលោភបំពាន។');
  expect(text).toContain('CONFIDENTIAL');
  expect(text).toMatch(/Page 1 of 1/);
  expect(text).toContain('Child Protection Unit (CPU) · 2025');
  expect(text).toContain('Neighbour');
});

test('an investigation prints every team’s summary together', async ({ app }) => {
  const page = app.page;
  const codes = await seedThroughApi(page, [
    sampleSummary('HIT', 'CPU-2025-0050'),
    sampleSummary('FST', 'CPU-2025-0050'),
    sampleSummary('OVA', 'CPU-2025-0050'),
  ]);
  await page.getByRole('button', { name: 'Case summaries' }).click();
  await page.getByLabel('Year').selectOption('2025');
  await page.getByRole('button', { name: 'CPU-2025-0050' }).first().click();
  await page.getByRole('button', { name: 'Print…' }).click();
  for (const code of codes) {
    await expect(page.getByRole('article', { name: `Case summary ${code}` })).toBeVisible();
  }
  const text = await printToText(page, 'investigation');
  for (const code of codes) expect(text).toContain(`Case summary ${code}`);
  expect(text).toContain('EX-2025-031');
  expect(text).toMatch(/Page 1 of [2-9]/);
});

test('the annual report prints its figures, formulas and tables, with small counts hidden when chosen', async ({
  app,
}) => {
  const page = app.page;
  await seedThroughApi(page, generateSummaries(60, 2025, 3));
  await page.evaluate(() =>
    window.cpu.years.setSpending({ year: 2025, spending: { HIT: 410_000, OVA: 320_000, FST: 190_000, ICAC: 200_000 } }),
  );
  const report = await page.evaluate(() => window.cpu.totals.get({ year: 2025 }));
  if (!report.ok) throw new Error(report.error.message);
  const investigations = report.value.comparison.current.investigations.value;

  await page.getByRole('button', { name: 'Totals' }).click();
  await page.getByRole('button', { name: 'Print the annual report…' }).click();
  await expect(page.getByRole('article', { name: 'Annual totals 2025' })).toBeVisible();
  const text = await printToText(page, 'report');
  expect(text).toContain('Annual totals 2025');
  expect(text).toMatch(new RegExp(`Investigations\\s+${investigations}\\b`));
  // The arrest figure as the unit publishes it, explained, beside the share that cannot pass 100 (cells wrap).
  expect(text).toContain('Suspects arrested per 100');
  expect(text).toContain('Suspects arrested / investigations × 100');
  expect(text).toContain('It can pass 100');
  expect(text).toMatch(/Investigations with an\s+\d+\.\d%/);
  expect(text).toContain('Investigations by province');
  expect(text).toContain('Kampong Chhnang');
  expect(text).toContain('Suspects by relationship to the victim');
  expect(text).toContain('1,120,000');
  expect(text).not.toContain('CONFIDENTIAL');
  expect(text).toMatch(/Page 1 of \d/);
  // Small counts hidden in the report when chosen.
  expect(text).toContain('<5');
});

test('in Khmer, a summary and the annual report print with Khmer labels, digits and dates intact', async ({ app }) => {
  const page = app.page;
  await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-0042'), ...generateSummaries(30, 2025, 9)]);
  await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
  await page.getByLabel('លេខ', { exact: true }).selectOption('khmer');

  const first = await page.evaluate(async () => {
    const r = await window.cpu.cases.investigation({ investigationRef: 'CPU-2025-0042' });
    return r.ok ? (r.value.records[0]?.caseCode ?? '') : '';
  });
  await page.getByLabel('ឆ្នាំ', { exact: true }).first().selectOption('2025');
  await page.getByLabel('ស្វែងរក', { exact: true }).fill('CPU-2025-0042');
  await page.getByRole('button', { name: first, exact: true }).click();
  await page.getByRole('button', { name: 'បោះពុម្ព…' }).click();
  // The summary arrives from main: print once its layout is drawn, not its loading line.
  await expect(page.getByRole('article', { name: `សេចក្ដីសង្ខេបករណី ${first}` })).toBeVisible();
  // pdftotext may split a Khmer cluster with a space; Khmer writes no spaces between words anyway.
  const summary = (await printToText(page, 'summary-km')).replace(/\s+/g, '');
  expect(summary).toContain(`សេចក្ដីសង្ខេបករណី${first}`);
  expect(summary).toContain('សម្ងាត់៖ទិន្នន័យករណីការពារកុមារ');
  expect(summary).toContain('កំពង់ឆ្នាំង');
  expect(summary).toContain('១៤មីនា២០២៥');
  expect(summary).toContain('សង្ខេបករណី');
  expect(summary).toContain('ទំព័រ១នៃ១');

  const report = await page.evaluate(() => window.cpu.totals.get({ year: 2025 }));
  if (!report.ok) throw new Error(report.error.message);
  const investigations = String(report.value.comparison.current.investigations.value).replace(/\d/g, (d) =>
    String.fromCharCode(0x17e0 + Number(d)),
  );
  await page.getByRole('button', { name: 'តួលេខសរុប', exact: true }).click();
  await page.getByRole('checkbox').first().uncheck();
  await page.getByRole('button', { name: /បោះពុម្ពរបាយការណ៍/ }).click();
  // The report's figures arrive from main: print once the layout is drawn, as the English test does.
  await expect(page.getByRole('article', { name: /^តួលេខសរុបប្រចាំឆ្នាំ/ })).toBeVisible();
  const text = await printToText(page, 'report-km');
  const compact = text.replace(/\s+/g, '');
  expect(compact).toContain('តួលេខសរុបប្រចាំឆ្នាំ២០២៥');
  expect(text).toMatch(new RegExp(`ក\\s*ា\\s*រ\\s*ស៊\\s*ើ\\s*ប\\s*អ\\s*ង្\\s*ក\\s*េ\\s*ត\\s+${investigations}\\s`));
  expect(compact).toContain('ការស៊ើបអង្កេតតាមខេត្ត');
});
