import type { ElementHandle, Page } from '@playwright/test';
import { BENCH_PASSPHRASE } from '../lib/app';
import { launchChromium, peakRssOf, startShell, stopShell } from '../lib/browser';
import { BENCH_YEAR } from '../lib/data';
import { summarize, type Timing } from '../lib/stats';

export interface ListFilterResult {
  rows: number;
  browser: string;
  /** Choosing the year until its count shows: rows over HTTP from the shell, sorted, first rows drawn. */
  openList: number;
  /** The first search, which also builds each row's search text once. */
  firstSearch: number;
  /** Later searches: from the input event until the result count changes. */
  search: Timing;
  /** The same searches until the frame after the change (drawn). */
  searchPainted: Timing;
  terms: { term: string; shown: string }[];
  shellPeakRssMb: number | undefined;
  /** Whether the build had a passphrase lock to set up or unlock first (not timed). */
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
          requestAnimationFrame(() => setTimeout(() => resolve({ ms, painted: performance.now() - start, shown: count.textContent ?? '' })));
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

type Answer = { ok: true; value: { state: string } } | { ok: false; error: { message: string } };
type SessionApi = Record<'status' | 'setup' | 'unlock', (input: object) => Promise<Answer>>;

/**
 * Sets up or unlocks the passphrase lock through the page's own API (not timed), as an
 * officer unlocks before opening the list, then reloads. Answers what it did.
 */
async function unlock(page: Page): Promise<string> {
  const state = await page.evaluate(async (passphrase) => {
    const session = Reflect.get(Reflect.get(window, 'cpu') ?? {}, 'session') as SessionApi | undefined;
    if (!session) return 'no lock in this build';
    const status = await session.status({});
    if (!status.ok) return `status failed: ${status.error.message}`;
    const step = status.value.state === 'setup' ? 'setup' : status.value.state === 'locked' ? 'unlock' : undefined;
    if (!step) return status.value.state;
    const done = await session[step]({ passphrase });
    return done.ok ? `${step} done` : `${step} failed: ${done.error.message}`;
  }, BENCH_PASSPHRASE);
  if (state !== 'no lock in this build') await page.reload();
  return state;
}

/** The cases list of a folder holding one year of summaries, in Chromium through the browser shell. */
export async function measureListFilter(dataDir: string, rounds = 3): Promise<ListFilterResult> {
  const shell = await startShell(dataDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(shell.url);
    const lock = await unlock(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Case summaries' }).click();
    const region = page.getByRole('region', { name: `Summaries of ${BENCH_YEAR}` });
    const started = performance.now();
    await page.getByLabel('Year', { exact: true }).selectOption(String(BENCH_YEAR));
    await region.getByRole('status').filter({ hasText: /^\d[\d,]* summaries$/ }).waitFor();
    await region.getByRole('row').nth(1).waitFor();
    const openList = performance.now() - started;

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
