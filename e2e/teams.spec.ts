import { expect, test } from './fixtures';
import { CaseFormPage, type TeamCode } from './pages/case-form-page';
import { BinPage, CasesListPage } from './pages/cases-list-page';

const TEAMS: TeamCode[] = ['HIT', 'ICAC', 'FST', 'OVA'];

for (const team of TEAMS) {
  test.describe(`${team} summary`, () => {
    test('submitted empty, shows messages and saves nothing', async ({ app }) => {
      const form = new CaseFormPage(app.page);
      await form.openNew(team);
      await form.save();
      await expect(form.form.getByRole('alert').first()).toBeVisible();
      await expect(form.form.getByText('Enter the investigation reference', { exact: true })).toBeVisible();
      await expect(form.form.getByText('Choose at least one offence', { exact: true })).toBeVisible();
      // Focus is on the error summary at the top, which links to each field.
      await expect(app.page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
      // Nothing was stored: no year holds a summary.
      const stored = await app.page.evaluate(async () => {
        const years = await window.cpu.cases.years({});
        if (!years.ok) return -1;
        let count = 0;
        for (const year of years.value) {
          const list = await window.cpu.cases.list({ year });
          count += list.ok ? list.value.rows.length : 1;
        }
        return count;
      });
      expect(stored).toBe(0);
    });

    test('is entered by label, found by search after a restart, edited with history, binned and restored', async ({
      app,
    }) => {
      const ref = `CPU-2025-${team}-7`;
      const form = new CaseFormPage(app.page);
      await form.openNew(team);
      await form.fillValid(team, ref);
      await form.save();
      const code = await form.savedCode();
      // Team, year, this PC's four letters, sequence.
      expect(code).toMatch(new RegExp(`^${team}-2025-[A-HJKMNP-TV-Z]{4}-0001$`));

      const list = new CasesListPage(await app.restart());
      await list.open(2025);
      await list.search(ref.toLowerCase());
      await expect(list.rows()).toHaveCount(1);
      await expect(list.row(code)).toContainText(ref);

      await list.openSummary(code);
      const edit = new CaseFormPage(list.page);
      await edit.form.getByLabel('District').fill('Kampong Tralach');
      await edit.save();
      await expect(list.page.getByRole('status').filter({ hasText: `Saved as ${code}.` })).toBeVisible();
      const history = list.page.getByRole('region', { name: 'History' });
      await expect(history).toContainText('Revision 2: edited by');
      await expect(history).toContainText('District: Rolea B’ier → Kampong Tralach');
      await expect(history).toContainText('Revision 1: created');

      await list.page.getByRole('button', { name: 'Move to bin' }).click();
      await list.page.getByRole('dialog').getByRole('button', { name: 'Move to bin' }).click();
      await expect(list.page.getByText('This summary is in the bin.')).toBeVisible();

      await list.open(2025);
      await expect(list.row(code)).toHaveCount(0);
      const bin = new BinPage(list.page);
      await bin.open(2025);
      await bin.restore(code);
      await list.open(2025);
      await expect(list.row(code)).toContainText(ref);
    });
  });
}
