import { readdir } from 'node:fs/promises';
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
      await expect(form.form.getByText('Enter the investigation reference')).toBeVisible();
      await expect(form.form.getByText('Choose at least one offence')).toBeVisible();
      await expect(form.form.getByLabel('Investigation reference')).toBeFocused();
      expect((await readdir(app.dataDir)).filter((f) => f.startsWith('cases-'))).toEqual([]);
    });

    test('is entered by label, found by search after a restart, edited with history, binned and restored', async ({ app }) => {
      const ref = `CPU-2025-${team}-7`;
      const form = new CaseFormPage(app.page);
      await form.openNew(team);
      await form.fillValid(team, ref);
      await form.save();
      const code = await form.savedCode();
      expect(code).toBe(`${team}-2025-0001`);

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
