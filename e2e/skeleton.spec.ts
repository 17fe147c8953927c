import { expect, test } from './fixtures';
import { CasesPage } from './pages/cases-page';

test('a saved summary is listed and survives a restart on the same data folder', async ({ app }) => {
  const cases = new CasesPage(app.page);
  await cases.ready();
  await cases.fill({ investigationRef: 'cpu-2025-014', team: 'HIT', dateReported: '2025-03-14' });
  await cases.save();

  await expect(cases.form.getByRole('status')).toHaveText('Summary saved.');
  await expect(cases.list).toContainText('Summaries of 2025');
  await expect(cases.row('CPU-2025-014')).toContainText('HIT');
  await expect(cases.row('CPU-2025-014')).toContainText('2025-03-14');

  const again = new CasesPage(await app.restart());
  await again.ready();
  await again.chooseYear(2025);
  await expect(again.row('CPU-2025-014')).toContainText('HIT');
});

test('an empty form shows a message beside each field and saves nothing', async ({ app }) => {
  const cases = new CasesPage(app.page);
  await cases.ready();
  await cases.save();

  const alerts = cases.form.getByRole('alert');
  await expect(alerts).toHaveText([
    'Enter the investigation reference',
    'Choose a team',
    'Enter a real date (day, month, year)',
  ]);
  await expect(cases.form.getByLabel('Investigation reference')).toBeFocused();
  await expect(cases.list).toContainText('No summaries for this year yet.');
});
