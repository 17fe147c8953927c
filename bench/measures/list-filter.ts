import type { ElementHandle, Page } from '@playwright/test';
import { launchChromium, peakRssOf, startShell, stopShell } from '../lib/browser';
import { BENCH_YEAR } from '../lib/data';
import { chooseYear, type Drawn } from '../lib/page';
import { unlockThroughScreen } from './open-after-unlock';
import { summarize, type Timing } from '../lib/stats';

export interface ListFilterResult {
  rows: number;
  browser: string;
  /**
   * Choosing the year in the picker until its count and first row are drawn, timed in the
   * page: the first time after unlock (the shell reads and unseals the whole year, sorts it,
   * sends every row over HTTP; the page sorts and draws), then again once it is in the shell's memory.
   */
  openList: Drawn;
  openListWarm: Drawn | undefined;
  /** The first search, which also builds each row's search text once. */
  firstSearch: number;
  /** Later searches: from the input event until the result count changes. */
  search: Timing;
  /** The same searches until the frame after the change (drawn). */
  searchPainted: Timing;
  terms: { term: string; shown: string }[];
  shellPeakRssMb: number | undefined;
  /** How the page was unlocked (not part of these figures). */
  lock: string;
}

/** Whole terms, as typed or pasted: Khmer inside a word, English, codes, references, Khmer digits. */
const terms = (year: number) => ['ន្ទីរពេ', 'commune', `HIT-${year}-01`, `CPU-${year}-12`, 'district 7', '១២'];

/**
 * Sets the search field in one input event and resolves when the count's text changes,
 * timed with the page's own clock; the observer fires right after React commits.
 */
function searchOnce(page: Page, status: ElementHandle, input: ElementHandle, term: string) {
  return page.evaluate(
    ([count, field, text]) =>
      new Promise<{ ms: number; painted: number; shown: string }>((resolve, reject) => {
        const before = count.textContent;
        const timer = setTimeout(() => reject(new Error(`the count did not change for "${text}"`)), 15_000);
        let start = 0;
        const observer = new MutationObserver(() => {
          if (count.textContent === before) return;
          const ms = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ ms, painted: performance.now() - start, shown: count.textContent ?? '' })),
          );
        });
        observer.observe(count, { childList: true, characterData: true, subtree: true });
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        start = performance.now();
        setValue?.call(field, text);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [status, input, term] as const,
  );
}

/** The cases list of a folder holding one year of summaries, in Chromium through the browser shell. */
export async function measureListFilter(dataDir: string, rounds = 3): Promise<ListFilterResult> {
  const shell = await startShell(dataDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(shell.url);
    const unlocked = await unlockThroughScreen(page, undefined);
    const lock = `unlocked through the unlock screen (${Math.round(unlocked.unlock)} ms)`;
    const region = page.getByRole('region', { name: `Summaries of ${BENCH_YEAR}` });
    const openList = await chooseYear(page, BENCH_YEAR);
    const other = await page.evaluate((year) => {
      const select = document.querySelector('section.case-list-page select');
      return Array.from((select as HTMLSelectElement | null)?.options ?? [])
        .map((o) => Number(o.value))
        .find((y) => y !== year);
    }, BENCH_YEAR);
    let openListWarm: Drawn | undefined;
    if (other !== undefined) {
      await chooseYear(page, other, true);
      openListWarm = await chooseYear(page, BENCH_YEAR);
    }

    const status = await region.getByRole('status').elementHandle();
    const input = await page.getByLabel('Search').elementHandle();
    if (!status || !input) throw new Error('the list has no count or no search field');
    const all = (await status.textContent()) ?? '';
    const rows = Number(all.replace(/\D/g, ''));
    const samples: number[] = [];
    const painted: number[] = [];
    const seen: { term: string; shown: string }[] = [];
    let firstSearch = Number.NaN;
    for (let round = 0; round < rounds; round++) {
      for (const term of terms(BENCH_YEAR)) {
        const result = await searchOnce(page, status, input, term);
        if (Number.isNaN(firstSearch)) firstSearch = result.ms;
        else {
          samples.push(result.ms);
          painted.push(result.painted);
        }
        if (round === 0) seen.push({ term, shown: result.shown });
        await searchOnce(page, status, input, '');
      }
    }
    return {
      rows,
      browser: `Chromium ${browser.version()}`,
      openList,
      openListWarm,
      firstSearch,
      search: summarize(samples),
      searchPainted: summarize(painted),
      terms: seen,
      shellPeakRssMb: peakRssOf(shell.child.pid),
      lock,
    };
  } finally {
    await browser.close();
    await stopShell(shell);
  }
}
