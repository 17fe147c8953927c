import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { MessageKey } from '../shared/i18n/en';
import { translate, type Language } from '../shared/i18n/translate';
import { TEAMS } from '../shared/domain/teams';
import { sampleSummary } from '../shared/testing/samples';
import { expect, test } from './fixtures';
import { seedThroughApi } from './seed';
import { E2E_ADMIN, E2E_PASSPHRASE } from './session';

/** WCAG 2.1 levels A and AA: the rules axe-core tags with these, every one of them run. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core over the page as it is and expects no violation. A failure names each rule,
 * its help text and the elements, so the message says what to fix.
 */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map(
    (v) => `${screen}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe-core violations on ${screen}`).toEqual([]);
}

for (const language of ['en', 'km'] as const satisfies readonly Language[]) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const nav = (page: Page, key: MessageKey, params?: Record<string, string | number>) =>
    page.getByRole('navigation').getByRole('button', { name: tr(key, params), exact: true });
  /** The screen has drawn: its heading shows and nothing is still loading. */
  const shown = async (page: Page, heading: string | RegExp) => {
    const main = page.getByRole('main');
    await expect(main.locator('.page-title').first()).toHaveText(heading);
    await expect(main.getByText(tr('common.loading'))).toHaveCount(0);
  };
  /** Switches the screen's language with the language buttons, as an officer does. */
  const choose = async (page: Page) => {
    if (language === 'en') return;
    await page.getByRole('button', { name: 'ខ្មែរ', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  };

  test.describe(`accessibility in ${language === 'en' ? 'English' : 'Khmer'}`, () => {
    test.describe('before the app', () => {
      test.use({ unlocked: false });

      test('set-up, the recovery key and sign-in have no WCAG 2.1 AA violations', async ({ app }) => {
        const page = app.page;
        await choose(page);
        await expect(page.getByRole('heading', { name: tr('lock.setup.title') })).toBeVisible();
        await expectAccessible(page, 'set-up');
        await page.getByLabel(tr('account.displayName'), { exact: true }).fill(E2E_ADMIN);
        await page.getByLabel(tr('lock.passphrase'), { exact: true }).fill(E2E_PASSPHRASE);
        await page.getByLabel(tr('lock.passphraseAgain')).fill(E2E_PASSPHRASE);
        await page.getByRole('button', { name: tr('lock.setup.submit') }).click();
        await expect(page.getByRole('heading', { name: tr('lock.recovery.title') })).toBeVisible();
        await expectAccessible(page, 'recovery key');
        await page.getByLabel(tr('lock.recovery.confirm')).check();
        await page.getByRole('button', { name: tr('lock.recovery.continue') }).click();
        await nav(page, 'nav.signOut').click();
        await expect(page.getByRole('heading', { name: tr('lock.signIn.title') })).toBeVisible();
        await expectAccessible(page, 'sign-in');
      });
    });

    for (const team of TEAMS) {
      test(`the ${team} form, empty and with its errors, has no WCAG 2.1 AA violations`, async ({ app }) => {
        const page = app.page;
        await choose(page);
        await nav(page, 'nav.newTeam', { team }).click();
        await shown(page, tr('case.form.title.new', { team }));
        await expectAccessible(page, `new ${team} form`);
        await page
          .getByRole('form')
          .getByRole('button', { name: tr('common.save'), exact: true })
          .click();
        await expect(page.getByRole('form').getByRole('alert').first()).toBeVisible();
        await expectAccessible(page, `${team} form with errors`);
      });
    }

    test('a summary, its history, its investigation, the bin and the kept-draft question have no WCAG 2.1 AA violations', async ({
      app,
    }) => {
      test.slow(); // seven screens and dialogs, each checked by axe
      const page = app.page;
      const [hit = '', fst = ''] = await seedThroughApi(page, [
        sampleSummary('HIT', 'CPU-2025-100'),
        sampleSummary('FST', 'CPU-2025-100'),
        sampleSummary('OVA', 'CPU-2025-100'),
      ]);
      // A second revision, so the history lists a change; and one summary in the bin.
      await page.evaluate(
        async ({ hit, fst }) => {
          const list = await window.cpu.cases.list({ year: 2025 });
          if (!list.ok) throw new Error(list.error.message);
          const row = (code: string) => list.value.rows.find((r) => r.caseCode === code);
          const hitRow = row(hit);
          const fstRow = row(fst);
          if (!hitRow || !fstRow) throw new Error('seeded rows missing');
          const record = await window.cpu.cases.get({ id: hitRow.id });
          if (!record.ok) throw new Error(record.error.message);
          const summary = { ...record.value.summary, district: 'Kampong Tralach', status: 'closed' as const };
          await window.cpu.cases.save({ id: hitRow.id, expectedRevision: record.value.revision, summary });
          await window.cpu.cases.delete({ id: fstRow.id, expectedRevision: fstRow.revision });
        },
        { hit, fst },
      );
      await page.reload();
      await choose(page);
      await nav(page, 'nav.cases').click();
      await page.getByLabel(tr('case.list.year'), { exact: true }).selectOption('2025');
      const table = page.getByRole('table', { name: tr('case.list.title', { year: 2025 }) });
      await expect(table.getByRole('button', { name: hit, exact: true })).toBeVisible();
      await expectAccessible(page, 'cases list');

      await table.getByRole('button', { name: hit, exact: true }).click();
      await shown(page, tr('case.form.title.edit', { code: hit }));
      await expect(page.getByRole('heading', { name: tr('history.title') })).toBeVisible();
      await expectAccessible(page, 'summary with its history');
      // Kept to look at: the history as the officer reads it, in each language.
      await page
        .getByRole('region', { name: tr('history.title') })
        .screenshot({ path: `test-results/screens/history-${language}.png` });

      await page
        .getByRole('main')
        .getByRole('button', { name: tr('case.form.openInvestigation', { ref: 'CPU-2025-100' }) })
        .click();
      await shown(page, tr('investigation.title', { ref: 'CPU-2025-100' }));
      await expectAccessible(page, 'investigation');

      await nav(page, 'nav.bin').click();
      await page.getByLabel(tr('case.list.year'), { exact: true }).selectOption('2025');
      await expect(page.getByRole('main').getByRole('row').filter({ hasText: fst })).toBeVisible();
      await expectAccessible(page, 'bin');

      // Starting a summary for the investigation over a kept draft of another: the question
      // asked first, then the notice shown above the kept draft.
      await nav(page, 'nav.newTeam', { team: 'FST' }).click();
      await shown(page, tr('case.form.title.new', { team: 'FST' }));
      await page.getByRole('form').getByLabel(tr('field.investigationRef')).fill('CPU-2025-777');
      await expect(page.getByRole('form').getByText(tr('case.form.draftSaved'))).toBeVisible();
      await nav(page, 'nav.cases').click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: tr('case.form.leave.confirm') })
        .click();
      await table.getByRole('button', { name: hit, exact: true }).click();
      await page
        .getByRole('main')
        .getByRole('button', { name: tr('case.form.openInvestigation', { ref: 'CPU-2025-100' }) })
        .click();
      const start = page.getByRole('group', { name: tr('case.prefill.start') });
      await start.getByLabel(tr('case.prefill.team')).selectOption('FST');
      await start.getByRole('button', { name: tr('case.prefill.start') }).click();
      const question = page.getByRole('dialog', { name: tr('case.prefill.draft.title', { ref: 'CPU-2025-100' }) });
      await expect(question).toBeVisible();
      await expectAccessible(page, 'keep the draft or start from the investigation');
      await question.getByRole('button', { name: tr('case.prefill.draft.keep') }).click();
      await expect(
        page.getByRole('status').filter({ hasText: tr('case.prefill.draft.kept', { ref: 'CPU-2025-100' }) }),
      ).toBeVisible();
      await expectAccessible(page, 'the kept draft with its notice');
    });

    test('totals, data files, security, accounts and the access log have no WCAG 2.1 AA violations', async ({
      app,
    }) => {
      const page = app.page;
      await seedThroughApi(page, [sampleSummary('HIT', 'CPU-2025-100'), sampleSummary('OVA', 'CPU-2025-100')]);
      await choose(page);
      await nav(page, 'nav.totals').click();
      await page.getByLabel(tr('case.list.year'), { exact: true }).selectOption('2025');
      await shown(page, tr('totals.title', { year: 2025 }));
      await expectAccessible(page, 'totals');

      const screens: [MessageKey, MessageKey][] = [
        ['nav.data', 'data.title'],
        ['nav.security', 'security.title'],
        ['nav.accounts', 'accounts.title'],
        ['nav.log', 'log.title'],
      ];
      for (const [link, title] of screens) {
        await nav(page, link).click();
        await shown(page, tr(title));
        await expectAccessible(page, tr(title));
      }
    });
  });
}
