import type { Page } from '@playwright/test';
import type { CaseInput } from '../shared/schemas/case';

/**
 * Saves summaries through the page's own `window.cpu` API, the same door the forms use, so
 * seeding works in the browser shell and in Electron alike. Reloads the page afterwards.
 */
export async function seedThroughApi(page: Page, summaries: CaseInput[]): Promise<void> {
  const failures = await page.evaluate(async (list) => {
    const errors: string[] = [];
    for (const summary of list) {
      const result = await window.cpu.cases.save({ summary });
      if (!result.ok) errors.push(result.error.message);
    }
    return errors;
  }, summaries);
  if (failures.length > 0) throw new Error(`seeding failed: ${failures.slice(0, 3).join('; ')}`);
  // The screens loaded before the data existed; start them afresh as an officer would.
  await page.reload();
}
