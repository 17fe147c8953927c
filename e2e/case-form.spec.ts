import { expect, test } from './fixtures';
import { CaseFormPage } from './pages/case-form-page';
import { KeyboardOnly } from './pages/keyboard';

test.describe('HIT summary with the keyboard only', () => {
  test('a whole summary is entered and saved without the mouse, its keys counted', async ({ app }) => {
    const page = app.page;
    const form = new CaseFormPage(page);
    await form.openNew('HIT');
    const f = form.form;
    await f.getByLabel('Investigation reference').focus();
    const kb = new KeyboardOnly(page);

    await kb.type('CPU-2025-031');
    await kb.fill(f.getByLabel('Date reported'), '14/03/2025');
    await kb.fill(f.getByLabel('Date of the offence'), '10/03/2025');
    await kb.fill(f.getByLabel('Province'), 'Kand');
    await kb.fill(f.getByLabel('District'), 'Ta Khmau');
    await kb.tick(f.getByRole('checkbox', { name: 'Child homicide', exact: true }));
    await kb.tick(f.getByRole('checkbox', { name: 'Physical abuse', exact: true }));
    await kb.fill(f.getByLabel('Status'), 'Aw');
    await kb.fill(f.getByLabel(/^Summary/), 'Facts only.');
    const victim = form.row('Victim', 1);
    await kb.fill(victim.getByLabel('Age (years)'), '9');
    await kb.fill(victim.getByLabel('Sex'), 'F');
    await kb.fill(victim.getByLabel('Harm'), 'D');
    await kb.tick(f.getByRole('checkbox', { name: 'This is a child homicide' }));
    await kb.moveTo(f.getByRole('button', { name: 'Add suspect' }));
    await kb.press('Enter');
    const suspect = form.row('Suspect', 1);
    await kb.fill(suspect.getByLabel('Age (years)'), '41');
    await kb.fill(suspect.getByLabel('Sex'), 'M');
    await kb.fill(suspect.getByLabel('Relationship to the victim'), 'F');
    await kb.tick(suspect.getByLabel('Arrested'));
    await kb.fill(suspect.getByLabel('Arrest date'), '12/03/2025');
    await kb.fill(suspect.getByLabel('Court stage'), 'Ch');
    await kb.moveTo(f.getByRole('button', { name: 'Save', exact: true }));
    await kb.press('Enter');

    const code = await form.savedCode();
    expect(code).toMatch(/^HIT-2025-/);
    // Focus is on the confirmation, so the officer hears the code without looking for it.
    await expect(page.getByRole('status').filter({ hasText: `Saved as ${code}.` })).toBeFocused();
    console.log(`[keys] whole HIT summary: ${kb.keys} keys, ${kb.tabs} of them Tab`);
    test.info().annotations.push({ type: 'keys', description: `${kb.keys} keys, ${kb.tabs} Tab` });
    // Measured with this same test: 120 keys (38 Tab) before the offences became one tab stop.
    expect(kb.tabs).toBeLessThan(38);
    expect(kb.keys).toBeLessThan(120);
  });
});

test.describe('the form with errors', () => {
  test('every error at once in a summary at the top, each a link to its field; in English and Khmer', async ({
    app,
  }) => {
    const page = app.page;
    const form = new CaseFormPage(page);
    await form.openNew('HIT');
    const f = form.form;
    await f.getByLabel('Investigation reference').fill('CPU-2025-040');
    await f.getByLabel('Date reported').fill('14/03/2025');
    await f.getByLabel('Date of the offence').fill('10/03/2025');
    await f.getByRole('checkbox', { name: 'Physical abuse', exact: true }).check();
    const victim = form.row('Victim', 1);
    await victim.getByLabel('Age (years)').fill('25');
    await victim.getByLabel('Sex').selectOption({ label: 'Female' });
    await victim.getByLabel('Harm').selectOption({ label: 'Injured' });
    await form.add('suspect');
    const suspect = form.row('Suspect', 1);
    await suspect.getByLabel('Sex').selectOption({ label: 'Male' });
    await suspect.getByLabel('Relationship to the victim').selectOption({ label: 'Father' });
    await suspect.getByLabel('Arrested').check();
    await suspect.getByLabel('Arrest date').fill('01/03/2025');
    await form.save();

    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Victim 1, Age (years): Enter the child’s age in years, 0 to 17 (Khmer digits are fine)',
      'Suspect 1, Arrest date: The arrest cannot be before the offence',
    ]);
    await page.screenshot({ path: 'test-results/screens/case-form-errors-en.png', fullPage: false });
    await summary.getByRole('link', { name: /^Suspect 1, Arrest date/ }).click();
    await expect(suspect.getByLabel('Arrest date')).toBeFocused();

    // Nothing was stored.
    const stored = await page.evaluate(async () => {
      const list = await window.cpu.cases.list({ year: 2025 });
      return list.ok ? list.value.total : -1;
    });
    expect(stored).toBe(0);

    await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
    const km = page.getByRole('alert', { name: 'មានបញ្ហា' });
    await expect(km.getByRole('link')).toHaveCount(2);
    await km.focus();
    await page.screenshot({ path: 'test-results/screens/case-form-errors-km.png', fullPage: false });
  });

  test('a save refused by main (a closed year) says why at the top with focus there; nothing typed is lost', async ({
    app,
  }) => {
    const page = app.page;
    await page.evaluate(async () => {
      await window.cpu.years.close({ year: 2025 });
    });
    const form = new CaseFormPage(page);
    await form.openNew('HIT');
    await form.fillValid('HIT', 'CPU-2025-041');
    await form.save();
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('2025');
    await expect(form.form.getByText('Not saved: see the message at the top of the form.')).toBeVisible();
    await expect(form.form.getByText('Draft kept')).toHaveCount(0);
    await expect(form.form.getByLabel('Investigation reference')).toHaveValue('CPU-2025-041');
    // The message is where the officer looks: inside the window, not under the Save bar.
    const box = await summary.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
  });
});

test.describe('keyboard: focus never under the sticky Save bar', () => {
  test('every tab stop of a new FST form is clear of the Save bar when focused', async ({ app }) => {
    const page = app.page;
    await page.setViewportSize({ width: 1100, height: 640 });
    const form = new CaseFormPage(page);
    await form.openNew('FST');
    await form.add('examination', form.row('Exhibit', 1));
    await form.form.getByLabel('Investigation reference').focus();
    const bar = form.form.locator('.actions.sticky');
    const hidden: string[] = [];
    let stops = 0;
    for (let i = 0; i < 80; i++) {
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.actions.sticky');
        if (!el || !bar) return undefined;
        const r = el.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        const label = el.getAttribute('aria-label') ?? el.id ?? el.tagName;
        return { inBar: bar.contains(el), covered: r.bottom > b.top && r.top < b.bottom, label };
      });
      if (!state || state.inBar) break;
      stops += 1;
      if (state.covered) hidden.push(state.label);
      await page.keyboard.press('Tab');
    }
    await expect(bar).toBeVisible();
    expect(stops).toBeGreaterThan(15);
    expect(hidden).toEqual([]);
  });
});

test.describe('Undo', () => {
  test('an exhibit removed with its custody chain comes back whole with Undo, from the keyboard', async ({ app }) => {
    const page = app.page;
    const form = new CaseFormPage(page);
    await form.openNew('FST');
    await form.fillValid('FST', 'CPU-2025-042');
    await form.form.getByRole('button', { name: 'Remove Exhibit 1' }).click();
    await expect(form.form.getByText('None added.')).toBeVisible();
    const undo = page.getByRole('button', { name: 'Undo: put Exhibit 1 back' });
    await expect(undo).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Exhibit 1 removed.' })).toBeVisible();
    await page.keyboard.press('Enter');
    const exhibit = form.row('Exhibit', 1);
    await expect(exhibit.getByLabel('Exhibit reference')).toHaveValue('EX-2025-031');
    await expect(form.row('Custody', 2, exhibit).getByLabel('Held by')).toHaveValue('Court clerk');
    await expect(form.row('Examination', 1, exhibit).getByLabel('Result summary')).toHaveValue('Profile obtained');
    await form.save();
    expect(await form.savedCode()).toMatch(/^FST-2025-/);
  });

  test('a summary moved to the bin comes back with Undo', async ({ app }) => {
    const page = app.page;
    const form = new CaseFormPage(page);
    const code = await form.enterValid('OVA', 'CPU-2025-043');
    await page.getByRole('button', { name: 'Move to bin' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Move to bin' }).click();
    await expect(page.getByText(/^This summary is in the bin/)).toBeVisible();
    const undo = page.getByRole('button', { name: `Undo: take ${code} out of the bin` });
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move to bin' })).toBeVisible();
    await expect(page.getByText(/^This summary is in the bin/)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `Summary ${code} is back from the bin.` })).toBeFocused();
    const bin = await page.evaluate(async () => {
      const list = await window.cpu.cases.list({ year: 2025, bin: true });
      return list.ok ? list.value.total : -1;
    });
    expect(bin).toBe(0);
  });
});
