import type { Page } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { BENCH_PASSPHRASE } from '../lib/app';
import { launchChromium, peakRssOf, startShell, stopShell } from '../lib/browser';
import { CURRENT_YEAR } from '../lib/data';
import { submitUnlock, type Unlocked } from '../lib/page';
import { summarize, type Timing } from '../lib/stats';

/**
 * Types the benchmark's passphrase into the unlock screen and submits it. With `year`, times
 * (in the page) until the list of that year is drawn; without, waits for any list to show.
 */
export async function unlockThroughScreen(
  page: Page,
  year: number | undefined,
): Promise<Pick<Unlocked, 'unlock'> & Partial<Unlocked>> {
  // The sign-in screen asks who is working: the benchmark's folder has one account, its administrator.
  await page.getByRole('group', { name: 'Who is working?' }).getByRole('radio').first().check();
  const field = page.getByLabel('Passphrase', { exact: true });
  await field.fill(BENCH_PASSPHRASE);
  if (year !== undefined) {
    const handle = await field.elementHandle();
    if (!handle) throw new Error('no passphrase field');
    return submitUnlock(page, handle, year);
  }
  const started = performance.now();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.locator('section.case-list-page p[role="status"]').waitFor();
  return { unlock: performance.now() - started };
}

export interface OpenAfterUnlockResult {
  browser: string;
  runs: Unlocked[];
  /** From the unlock screen gone until the current year's list is drawn (DOM committed), over the runs. */
  afterUnlock: Timing;
  afterUnlockPainted: Timing;
  rows: number;
  /** The browser shell's peak resident memory, the largest over the runs (each run a fresh shell). */
  shellPeakRssMb: number | undefined;
}

/**
 * The app opened on a folder of ten years, in Chromium through the browser shell: the
 * passphrase submitted on the unlock screen, then timed until the cases list of the current
 * year is drawn. Each run starts a fresh shell (nothing read yet), as after starting the app.
 */
export async function measureOpenAfterUnlock(dataDir: string, runs = 3): Promise<OpenAfterUnlockResult> {
  const browser = await launchChromium();
  const version = `Chromium ${browser.version()}`;
  const results: Unlocked[] = [];
  let shellPeakRssMb: number | undefined;
  let rows = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const shell = await startShell(dataDir);
      try {
        const page = await browser.newPage();
        await page.goto(shell.url);
        results.push((await unlockThroughScreen(page, CURRENT_YEAR)) as Unlocked);
        const status = await page.locator('section.case-list-page p[role="status"]').textContent();
        rows = Number((status ?? '').replace(/\D/g, ''));
        await page.close();
        const peak = peakRssOf(shell.child.pid);
        if (peak !== undefined) shellPeakRssMb = Math.max(shellPeakRssMb ?? 0, peak);
      } finally {
        await stopShell(shell);
      }
    }
  } finally {
    await browser.close();
  }
  return {
    browser: version,
    runs: results,
    afterUnlock: summarize(results.map((r) => r.afterUnlock)),
    afterUnlockPainted: summarize(results.map((r) => r.afterUnlockPainted)),
    rows,
    shellPeakRssMb,
  };
}
