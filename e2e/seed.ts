import type { Page } from '@playwright/test';
import type { CaseInput } from '../shared/schemas/case';

/**
 * Saves summaries through the page's own `window.cpu` API, the same door the forms use, so
 * seeding works in the browser shell and in Electron alike. Reloads the page afterwards.
 * Returns the case codes given, in order: they carry this data folder's PC code
 * (`HIT-2025-KQMB-0001`), which differs from one test's folder to the next.
 */
export async function seedThroughApi(page: Page, summaries: CaseInput[]): Promise<string[]> {
  const outcome = await page.evaluate(async (list) => {
    const errors: string[] = [];
    const codes: string[] = [];
    for (const summary of list) {
      const result = await window.cpu.cases.save({ summary });
      if (result.ok) codes.push(result.value.caseCode);
      else errors.push(result.error.message);
    }
    return { errors, codes };
  }, summaries);
  if (outcome.errors.length > 0) throw new Error(`seeding failed: ${outcome.errors.slice(0, 3).join('; ')}`);
  // The screens loaded before the data existed; start them afresh as an officer would.
  await page.reload();
  return outcome.codes;
}
