import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateSummaries } from '../shared/testing/generate';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { seedThroughApi } from './seed';

/** A printed PDF as pdftotext reads it: the whole text, page 1's alone, and the number of pages. */
interface Printed {
  text: string;
  firstPage: string;
  pages: number;
}

/**
 * Prints the layout being shown to PDF through Chromium (as Electron's printToPDF does), reads
 * it with pdftotext and pdfinfo, and keeps a PNG of page 1 beside it to look at.
 */
async function printPdf(page: Page, name: string): Promise<Printed> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = test.info().outputPath();
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, join(dir, name)]);
  const read = (...range: string[]) => execFileSync('pdftotext', ['-layout', ...range, file, '-']).toString('utf8');
  const info = execFileSync('pdfinfo', [file]).toString('utf8');
  return { text: read(), firstPage: read('-f', '1', '-l', '1'), pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

async function printToText(page: Page, name: string): Promise<string> {
  return (await printPdf(page, name)).text;
}

test('a case summary prints with every field, Khmer intact, marked confidential, with page numbers', async ({
  app,
  host,
}) => {
  const page = app.page;
  // A long run without spaces (a pasted identifier) wraps inside the page instead of being cut at its edge.
  const address = 'Verylongword'.repeat(17);
  const summary = {
    ...sampleSummary('HIT', 'CPU-2025-0042'),
    narrative: `កុមារីអាយុ១២ឆ្នាំ ត្រូវបានរំលោភបំពាន។ Facts only. Seen at ${address}`,
  };
  const [code = ''] = await seedThroughApi(page, [summary]);
  expect(code).toMatch(/^HIT-2025-[A-Z]{4}-0001$/);
  await page.getByRole('button', { name: 'Case summaries' }).click();
  await page.getByLabel('Year').selectOption('2025');
  await page.getByRole('button', { name: code }).click();
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByRole('article', { name: `Case summary ${code}` })).toBeVisible();
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 700, height: 900 }); // about an A4 page's width
  await page.emulateMedia({ media: 'print' });
  const narrative = page.getByText(/Facts only\. Seen at/);
  expect(await narrative.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'screen' });
  if (viewport) await page.setViewportSize(viewport);

  // "Save as PDF" is the desktop app's: here it says so, and that message stays off the paper.
  if (host === 'shell') {
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await expect(page.getByText('Saving a PDF directly works in the desktop app.', { exact: false })).toBeVisible();
  }
  const text = await printToText(page, 'summary');
  expect(text).not.toContain('desktop app');
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
  const { text, firstPage } = await printPdf(page, 'investigation');
  // The long title wraps inside its box in the page header rather than running off the page.
  expect(firstPage.replace(/\s+/g, ' ')).toMatch(/Investigation CPU-2025-0050: all teams’ ?summaries/);
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
  // Totals opens on last year, which is 2025 only until 1 January: the summaries' year is chosen.
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  // The officer sets the threshold (2 to 100, as for exports); one out of range is refused at its field.
  const below = page.getByLabel('Hide counts below');
  await below.fill('1');
  await page.getByRole('button', { name: 'Print the annual report…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'enter a whole number from 2 to 100' })).toBeVisible();
  await expect(below).toBeFocused();
  await below.fill('10');
  await page.getByRole('button', { name: 'Print the annual report…' }).click();
  await expect(page.getByRole('article', { name: 'Annual totals 2025' })).toBeVisible();
  const text = await printToText(page, 'report');
  expect(text).toContain('Annual totals 2025');
  expect(text).toMatch(/Counts from 1 to 9 are\s+hidden/);
  expect(text).toMatch(new RegExp(`Investigations\\s+${investigations}\\b`));
  // The arrest figure as the unit publishes it, explained, beside the share that cannot pass 100 (cells wrap).
  expect(text).toContain('Suspects arrested per 100');
  expect(text).toContain('Suspects arrested / investigations × 100');
  expect(text).toContain('can pass 100: one investigation');
  expect(text).toMatch(/Investigations with an\s+\d+\.\d%/);
  expect(text).toContain('Investigations by province');
  expect(text).toContain('Kampong Chhnang');
  expect(text).toContain('Suspects by relationship to the victim');
  expect(text).toContain('1,120,000');
  expect(text).not.toContain('CONFIDENTIAL');
  expect(text).toMatch(/Page 1 of \d/);
  // Small counts hidden in the report when chosen, each marked x, as its note says.
  expect(text).toMatch(/Every hidden figure is\s+shown as x\./);
  expect(text).not.toContain('<5');
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
  await page.getByLabel('ឆ្នាំ', { exact: true }).selectOption('2025');
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

/** Page 1 of the annual report, with Khmer read across pdftotext's breaks inside clusters. */
const compact = (text: string) => text.replace(/\s+/g, '');

test('the annual report opens on the unit’s letterhead, reference, period, headline figures and the director’s signature block', async ({
  app,
}) => {
  const page = app.page;
  await seedThroughApi(page, generateSummaries(40, 2025, 5));
  // The letterhead is set once, on Security and backups, by a coordinator or an administrator.
  await page.getByRole('button', { name: 'Security and backups' }).click();
  const letterhead = page.getByRole('form', { name: 'Report letterhead' });
  await letterhead.getByLabel('Unit name').fill('Child Protection Unit, Cambodian National Police');
  await letterhead.getByLabel('Address').fill('Street 21, Tonle Bassac\nPhnom Penh');
  await letterhead.getByLabel('Director’s name').fill('Pol Col Sok Dara');
  await letterhead.getByLabel('Director’s title').fill('Director, Child Protection Unit');
  await letterhead.getByRole('button', { name: 'Save the letterhead' }).click();
  await expect(letterhead.getByRole('status')).toHaveText('Letterhead saved.');

  await page.getByRole('button', { name: 'Totals' }).click();
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await page.getByRole('button', { name: 'Print the annual report…' }).click();
  await expect(page.getByRole('article', { name: 'Annual totals 2025' })).toBeVisible();
  const reference = page.getByLabel('Reference number');
  await expect(reference).toHaveValue('CPU/AR/2025/001');
  await reference.fill('CPU/AR/2025/007');
  await page.getByLabel('National heading (for reports submitted to the Ministry)').check();

  const { firstPage, text, pages } = await printPdf(page, 'report-letterhead');
  expect(pages).toBeGreaterThan(1);
  // Khmer first, as the Ministry heads its letters, then the English.
  expect(compact(firstPage)).toContain('ព្រះរាជាណាចក្រកម្ពុជា');
  expect(firstPage).toContain('Kingdom of Cambodia');
  expect(firstPage).toContain('Nation Religion King');
  expect(firstPage).toContain('Child Protection Unit, Cambodian National Police');
  expect(firstPage).toContain('Street 21, Tonle Bassac');
  expect(firstPage).toContain('Ref.: CPU/AR/2025/007');
  expect(firstPage).toContain('Annual totals 2025');
  expect(firstPage).toContain('Period: 01/01/2025 to 31/12/2025');
  expect(firstPage).toContain('Headline figures');
  expect(firstPage).toContain('Approved by the Director');
  expect(firstPage).toMatch(/Signature:/);
  expect(firstPage).toContain('Pol Col Sok Dara');
  expect(firstPage).toContain('Director, Child Protection Unit');
  expect(firstPage).toMatch(/Date:/);
  expect(firstPage).toMatch(/Page 1 of \d+/);
  // The details follow on the next pages, in the Totals screen's order.
  expect(firstPage).not.toContain('Investigations by province');
  expect(text.indexOf('Investigations by province')).toBeLessThan(text.indexOf('Summaries by team'));
  // The options are chosen on screen, not printed.
  expect(text).not.toContain('Reference number');
});

test('in Khmer, the annual report’s first page has the national heading, letterhead, reference, period and signature block', async ({
  app,
}) => {
  const page = app.page;
  await seedThroughApi(page, generateSummaries(30, 2025, 7));
  await page.evaluate(() =>
    window.cpu.settings.update({
      unitName: 'អង្គភាពការពារកុមារ',
      unitAddress: 'ផ្លូវ ២១ ទន្លេបាសាក់ ភ្នំពេញ',
      directorName: 'សុខ ដារា',
      directorTitle: 'ប្រធានអង្គភាព',
    }),
  );
  await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
  await page.getByLabel('លេខ', { exact: true }).selectOption('khmer');
  await page.getByRole('button', { name: 'តួលេខសរុប', exact: true }).click();
  await page.getByLabel('ឆ្នាំ', { exact: true }).selectOption('2025');
  await page.getByRole('button', { name: /បោះពុម្ពរបាយការណ៍/ }).click();
  await expect(page.getByRole('article', { name: /^តួលេខសរុបប្រចាំឆ្នាំ/ })).toBeVisible();
  await page.getByLabel('លេខយោង').fill('CPU/AR/2025/002');
  await page.getByLabel('ក្បាលលិខិតជាតិ (សម្រាប់របាយការណ៍ដាក់ជូនក្រសួង)').check();

  const { firstPage } = await printPdf(page, 'report-letterhead-km');
  const first = compact(firstPage);
  expect(first).toContain('ព្រះរាជាណាចក្រកម្ពុជា');
  expect(first).toContain('ជាតិសាសនាព្រះមហាក្សត្រ');
  // A Khmer report carries the national heading in Khmer only.
  expect(firstPage).not.toContain('Kingdom of Cambodia');
  expect(first).toContain('អង្គភាពការពារកុមារ');
  expect(first).toContain('ផ្លូវ២១ទន្លេបាសាក់ភ្នំពេញ');
  expect(first).toContain('លេខ៖CPU/AR/2025/002');
  expect(first).toContain('តួលេខសរុបប្រចាំឆ្នាំ២០២៥');
  expect(first).toMatch(/រយៈពេល៖ពី.*២០២៥ដល់.*២០២៥/);
  expect(first).toContain('បានឯកភាពដោយប្រធានអង្គភាព');
  expect(first).toContain('ហត្ថលេខា៖');
  expect(first).toContain('សុខដារា');
  expect(first).toContain('ប្រធានអង្គភាព');
  expect(first).toMatch(/ទំព័រ១នៃ[០-៩]+/);
});

test('the recovery-key sheet prints on one page, alone, with whole key groups, the PC’s name and the date', async ({
  app,
}) => {
  const page = app.page;
  await page.evaluate(() => window.cpu.settings.update({ pcName: 'OVA office 2' }));
  await page.getByRole('button', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Issue a new recovery key' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Issue a new recovery key' }).click();
  const shown = page.getByRole('status', { name: 'Recovery key' });
  await expect(shown).toHaveText(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
  const key = (await shown.textContent()) ?? '';
  await expect(page.getByText(/^PC: OVA office 2 · Issued /)).toBeVisible();

  const { text, pages } = await printPdf(page, 'recovery-sheet');
  expect(pages).toBe(1);
  // Every group whole on its line: the sheet wraps between groups, never inside one.
  for (const group of key.split('-')) expect(text).toMatch(new RegExp(`(^|[\\s-])${group}(-|\\s|$)`, 'm'));
  expect(compact(text)).toContain(key);
  expect(text).toMatch(/PC: OVA office 2 · Issued \d{2}\/\d{2}\/\d{4}/);
  // Nothing of the app around it: no language controls, navigation or buttons.
  for (const chrome of ['ខ្មែរ', 'English', 'Case summaries', 'Continue', 'Print'])
    expect(text, chrome).not.toContain(chrome);
});
