import type { Locator, Page } from '@playwright/test';

/**
 * Drives the page with the keyboard only and counts every key an officer would press: a
 * `type` counts one key per character, `press` one key. Moving to a control presses Tab, or,
 * inside a group whose other choices Tab skips (a roving tabindex), the choice's first letter
 * where the group jumps by letter, else the arrow key.
 */
export class KeyboardOnly {
  keys = 0;
  tabs = 0;

  constructor(readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.keys += 1;
    if (key === 'Tab') this.tabs += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.keys += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** Moves focus forward to `target` as an officer would: Tab, or ArrowDown within a roving group. */
  async moveTo(target: Locator, limit = 120): Promise<void> {
    for (let i = 0; i < limit; i++) {
      const where = await target.evaluate((el) => {
        if (el === document.activeElement) return 'here';
        const group = el.closest('[data-roving]');
        if (!group || el.getAttribute('tabindex') !== '-1' || !group.contains(document.activeElement)) return 'Tab';
        // A group that jumps to a choice by its first letter, as a list box does.
        const letter = group.hasAttribute('data-typeahead') ? el.closest('label')?.textContent?.trim()[0] : undefined;
        return letter ?? 'ArrowDown';
      });
      if (where === 'here') return;
      await this.press(where);
    }
    throw new Error(`focus never reached the target in ${limit} keys`);
  }

  /** Moves to a field and types into it. */
  async fill(target: Locator, text: string): Promise<void> {
    await this.moveTo(target);
    await this.type(text);
  }

  /** Moves to a checkbox and ticks it with Space. */
  async tick(target: Locator): Promise<void> {
    await this.moveTo(target);
    await this.press('Space');
  }
}
