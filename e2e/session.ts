import type { Page } from '@playwright/test';

/** The passphrase every e2e data folder is set up with (tests only). */
export const E2E_PASSPHRASE = 'e2e only: four quiet lanterns';

/**
 * Sets up (first start) or unlocks (later starts) the app through the page's own
 * `window.cpu.session` API, then reloads so the page starts on the unlocked app. Specs
 * that do not test the lock itself never see it.
 */
export async function unlockThroughApi(page: Page, passphrase: string = E2E_PASSPHRASE): Promise<void> {
  await page.waitForFunction(() => typeof window.cpu === 'object');
  const outcome = await page.evaluate(async (secret) => {
    const status = await window.cpu.session.status({});
    if (!status.ok) return status.error.message;
    if (status.value.state === 'unlocked') return 'already';
    const result =
      status.value.state === 'setup'
        ? await window.cpu.session.setup({ passphrase: secret })
        : await window.cpu.session.unlock({ passphrase: secret });
    return result.ok ? 'done' : result.error.message;
  }, passphrase);
  if (outcome === 'done') await page.reload();
  else if (outcome !== 'already') throw new Error(`could not unlock the app: ${outcome}`);
}
