import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { km } from './km';
import { translate, type Catalog } from './translate';

const catalogs: Record<string, Catalog> = { en, km };
const keys = Object.keys(en) as MessageKey[];

/**
 * `{name}` placeholders and `{name, plural, …}` arguments, each name once and sorted, so order
 * and plural forms may differ between languages (Khmer has one form) but not the set.
 */
function placeholders(text: string | undefined): string[] {
  return [...new Set([...(text ?? '').matchAll(/\{(\w+)[},]/g)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Strings that read the same in Khmer: names, codes, symbols and pure placeholders.
 * Anything else equal to the English is an untranslated copy.
 */
const SAME_IN_KHMER = new Set<MessageKey>([
  'language.en',
  'language.km',
  'referral.ncmec',
  'exam.dna',
  'totals.notComputed',
  'totals.spending.team',
  'case.list.savedByOn',
  'print.byOn',
  'print.yearColumn',
]);

describe('UI catalogues', () => {
  it('has a Khmer fragment for every English fragment', () => {
    const fragments = (language: string) => readdirSync(new URL(`./${language}/`, import.meta.url)).sort();
    expect(fragments('km')).toEqual(fragments('en'));
  });

  it.each(Object.keys(catalogs))('%s has every key, none of them empty', (language) => {
    const catalog: Partial<Catalog> = catalogs[language] ?? {};
    const missing = keys.filter((key) => !catalog[key]?.trim());
    expect(missing).toEqual([]);
  });

  it('Khmer has no key that English lacks', () => {
    expect(Object.keys(km).filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });

  it('each Khmer string has the same placeholders as the English one', () => {
    const wrong = keys
      .filter((key) => placeholders(km[key]).join() !== placeholders(en[key]).join())
      .map((key) => `${key}: en {${placeholders(en[key]).join('}{')}} km {${placeholders(km[key]).join('}{')}}`);
    expect(wrong).toEqual([]);
  });

  it('Khmer strings are translated, not copied from English', () => {
    const copied = keys.filter((key) => km[key] === en[key] && !SAME_IN_KHMER.has(key));
    expect(copied).toEqual([]);
  });

  it('translates into Khmer and fills placeholders', () => {
    expect(translate('km', 'case.list.title', { year: '២០២៥' })).toBe('សេចក្ដីសង្ខេបឆ្នាំ ២០២៥');
    expect(translate('km', 'v.required')).toBe('ត្រូវតែបំពេញប្រអប់នេះ');
    expect(translate('en', 'case.list.title', { year: 2025 })).toBe('Summaries of 2025');
  });

  it('chooses English plural forms by the number, showing it as the caller formatted it; Khmer has one form', () => {
    expect(translate('en', 'case.list.count', { count: '1' })).toBe('1 summary');
    expect(translate('en', 'case.list.count', { count: '0' })).toBe('0 summaries');
    expect(translate('en', 'case.list.count', { count: '1,234' })).toBe('1,234 summaries');
    expect(translate('en', 'case.list.countFiltered', { shown: '1', count: 1 })).toBe('1 of 1 summary');
    expect(translate('en', 'lock.unlock.wait', { seconds: '១' })).toBe('Wait ១ second before the next attempt.');
    expect(translate('en', 'security.autoLock.saved', { minutes: 1 })).toBe('The app now locks after 1 idle minute.');
    expect(translate('en', 'totals.quality.found', { count: 2 })).toBe('2 kinds of problem found.');
    expect(translate('km', 'case.list.count', { count: '១' })).toBe(km['case.list.count'].replace('{count}', '១'));
    // A param left out shows its placeholder, as in any other message, rather than failing.
    expect(translate('en', 'case.list.count')).toContain('{count');
  });

  it('every English plural message parses and has an `other` form', () => {
    const plural = keys.filter((key) => /\{\w+,\s*plural\s*,/.test(en[key]));
    expect(plural.length).toBeGreaterThan(5);
    for (const key of plural) {
      expect(en[key], key).toMatch(/other \{/);
      expect(
        translate('en', key, Object.fromEntries(placeholders(en[key]).map((name) => [name, '2']))),
        key,
      ).not.toMatch(/[{}]/);
    }
  });
});
