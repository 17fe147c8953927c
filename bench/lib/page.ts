import type { ElementHandle, Page } from '@playwright/test';

/** How long an in-page wait may take before the measure fails. */
const LIMIT_MS = 60_000;

/** One request the page made to the shell, from the page's resource timing, relative to the start. */
export interface Request {
  name: string;
  /** When it was sent, after the start. */
  at: number;
  /** From sent until the first byte of the answer (the shell's work, mostly). */
  wait: number;
  /** Receiving the answer. */
  receive: number;
  /** Size of the answer's body in bytes. */
  bytes: number;
}

export interface Drawn {
  /** From the action until the DOM shows the year's count and its first row (React committed). */
  ms: number;
  /** Until the frame after that (drawn). */
  painted: number;
  /** The requests made in between, each timed by the page. */
  requests: Request[];
}

/** Chooses `year` in the list's year picker and times, in the page's own clock, until it is drawn. */
export function chooseYear(page: Page, year: number, empty = false): Promise<Drawn> {
  return page.evaluate(
    ([year, empty, limit]) =>
      new Promise<Drawn>((resolve, reject) => {
        const requests = (from: number) =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((e) => e.startTime >= from)
            .map((e) => ({
              name: new URL(e.name).pathname,
              at: e.startTime - from,
              wait: e.responseStart - e.startTime,
              receive: e.responseEnd - e.responseStart,
              bytes: e.decodedBodySize,
            }));
        const shown = (year: number, empty: boolean): boolean => {
          const section = Array.from(document.querySelectorAll('section.case-list-page')).find((s) =>
            s.querySelector('h2')?.textContent?.includes(String(year)),
          );
          const status = section?.querySelector('p[role="status"].result-count')?.textContent ?? '';
          if (!/^[\d,]+ summaries$/.test(status)) return false;
          if (empty) return true;
          const row = section?.querySelector('table.cases tbody tr[aria-rowindex="2"]');
          return Boolean(row?.textContent?.includes(`-${year}-`));
        };
        const select = Array.from(document.querySelectorAll('section.case-list-page select')).find((s) =>
          Array.from((s as HTMLSelectElement).options).some((o) => o.value === String(year)),
        ) as HTMLSelectElement | undefined;
        if (!select) return reject(new Error(`no year picker offers ${year}`));
        const timer = setTimeout(() => reject(new Error(`the list of ${year} was not drawn`)), limit);
        let start = 0;
        const observer = new MutationObserver(() => {
          if (!shown(year, empty)) return;
          const ms = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ ms, painted: performance.now() - start, requests: requests(start) })),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
        performance.clearResourceTimings();
        start = performance.now();
        setValue?.call(select, String(year));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    [year, empty, LIMIT_MS] as const,
  );
}

export interface Unlocked extends Drawn {
  /** From submitting the passphrase until the unlock screen is gone (the key derivation and the unlock request). */
  unlock: number;
  /** From the unlock screen gone until the list of `year` is drawn (DOM) and painted. */
  afterUnlock: number;
  afterUnlockPainted: number;
}

/**
 * Submits the unlock screen's passphrase field (already filled) and times, in the page's
 * clock, until the unlock screen is gone and then until the list of `year` is drawn.
 */
export function submitUnlock(page: Page, field: ElementHandle, year: number): Promise<Unlocked> {
  return page.evaluate(
    ([input, year, limit]) =>
      new Promise<Unlocked>((resolve, reject) => {
        const requests = (from: number) =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((e) => e.startTime >= from)
            .map((e) => ({
              name: new URL(e.name).pathname,
              at: e.startTime - from,
              wait: e.responseStart - e.startTime,
              receive: e.responseEnd - e.responseStart,
              bytes: e.decodedBodySize,
            }));
        const shown = (year: number, empty: boolean): boolean => {
          const section = Array.from(document.querySelectorAll('section.case-list-page')).find((s) =>
            s.querySelector('h2')?.textContent?.includes(String(year)),
          );
          const status = section?.querySelector('p[role="status"].result-count')?.textContent ?? '';
          if (!/^[\d,]+ summaries$/.test(status)) return false;
          if (empty) return true;
          const row = section?.querySelector('table.cases tbody tr[aria-rowindex="2"]');
          return Boolean(row?.textContent?.includes(`-${year}-`));
        };
        const form = (input as HTMLInputElement).form;
        if (!form) return reject(new Error('the passphrase field has no form'));
        const timer = setTimeout(() => reject(new Error(`the list of ${year} was not drawn after unlock`)), limit);
        let start = 0;
        let gone = 0;
        const observer = new MutationObserver(() => {
          if (!gone && !input.isConnected) gone = performance.now();
          if (!gone || !shown(year, false)) return;
          const end = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            setTimeout(() => {
              const painted = performance.now();
              resolve({
                ms: end - start,
                painted: painted - start,
                unlock: gone - start,
                afterUnlock: end - gone,
                afterUnlockPainted: painted - gone,
                requests: requests(start),
              });
            }),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        performance.clearResourceTimings();
        start = performance.now();
        form.requestSubmit();
      }),
    [field, year, LIMIT_MS] as const,
  );
}
